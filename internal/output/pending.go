package output

import (
	"bytes"

	"gostrace/internal/decode"
)

// With status filtering (-z, -Z, -e status=) strace cannot print a call
// before it knows how the call ends: it renders the entry aside, at the
// entry (leader, timestamp and all), and at the exit prints the whole line
// or nothing. Such lines are never interrupted by other tracees, so they
// have no "<unfinished ...>"/"<... resumed>" halves.

// EntryTo renders the entry part of a call as Entry would, into pending
// (reused) instead of the stream, and returns it.
func (t *Text) EntryTo(pending []byte, tid int, c *decode.Call) []byte {
	if t.json != nil {
		// The JSON reports the call whole at its exit.
		t.jsonStage(tid, c)
		return pending[:0]
	}
	saved, savedOff := t.buf, t.lineOff
	t.buf = pending[:0]
	t.lineOff = 0
	t.buf = t.appendLeader(t.buf, tid)
	t.entryArgs(c)
	pending = t.buf
	t.buf, t.lineOff = saved, savedOff
	return pending
}

// Resume puts an entry rendered by EntryTo on the stream as tid's open
// line, for Exit or Abandon to complete. When the entry was ended already
// (its text ends with a newline), the line to complete is the one after,
// from its first column.
func (t *Text) Resume(tid int, pending []byte) {
	t.interrupt()
	if t.json != nil {
		t.jsonResume(tid, pending)
		return
	}
	t.lineOff = len(t.buf)
	t.buf = append(t.buf, pending...)
	if i := bytes.LastIndexByte(pending, '\n'); i >= 0 {
		t.lineOff = len(t.buf) - len(pending) + i + 1
	}
	t.openTid = tid
}

// Raw appends whole lines of text that belong to no tracee's line (the
// -e read= and -e write= dumps). b must end with a newline.
func (t *Text) Raw(b []byte) {
	if t.json != nil {
		t.jsonDump(b)
		return
	}
	t.interrupt()
	t.buf = append(t.buf, b...)
	t.lineOff = len(t.buf)
	t.maybeFlush()
}

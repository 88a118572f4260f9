package output

import (
	"bytes"
	"io"
	"strconv"

	"gostrace/internal/decode"
	"gostrace/internal/xlat"
)

// The JSON sink (--output-format=json) is a Text in another mode: the
// session drives both through the same calls, and the JSON mode writes
// one JSON object per line and per event instead of strace's lines. It
// keeps the text sink's notion of the open line so that its stream says
// exactly what the text says: a call whose line another event interrupts
// is reported then as "unfinished" (its entry), and completed later by a
// "syscall" event with "resumed":true. docs/json.md describes the events.

// jsonSink is the state of a Text in JSON mode.
type jsonSink struct {
	enc jsonEnc
	// open is the call of Text.openTid whose entry has not been
	// reported, nil when its entry is not this sink's to report (a
	// status-filtered call, staged by the session).
	open    *decode.Call
	openPid int
	// entryComm is -Y's command of thread commTid, read at the entry of
	// its call: the text's line began then.
	entryComm []byte
	commTid   int
	// The last call reported, which -e read= and -e write= dumps follow.
	lastPid, lastTid int
	// staged are the calls the session holds back until their exit
	// (status filtering), by thread; split says that the call being
	// completed was cut in two (see jsonResume).
	staged map[int]*decode.Call
	split  bool
}

// jsonStage notes a call whose entry the session holds back.
func (t *Text) jsonStage(tid int, c *decode.Call) {
	if t.json.staged == nil {
		t.json.staged = map[int]*decode.Call{}
	}
	t.json.staged[tid] = c
}

// jsonResume readies the report of a staged call. When the session cut
// its line while it was staged (another event began meanwhile: its
// pending text holds a whole line already), strace prints the entry's
// line ended with " <unfinished ...>" and the rest on the next line, with
// neither prefix nor "<... resumed>": the entry is reported as an
// "unfinished" event, and the call's event says "split".
func (t *Text) jsonResume(tid int, pending []byte) {
	j := t.json
	c := j.staged[tid]
	delete(j.staged, tid)
	if c != nil && bytes.IndexByte(pending, '\n') >= 0 {
		t.openTid, j.open, j.openPid = tid, c, t.Tgid
		t.jsonInterrupt()
		j.split = true
	}
	t.openTid = tid
}

// NewJSON returns a sink that writes JSON lines to w.
func NewJSON(w io.Writer) *Text {
	t := NewText(w)
	t.json = &jsonSink{}
	return t
}

// IsJSON reports whether t writes JSON lines.
func (t *Text) IsJSON() bool { return t.json != nil }

// jsonHeadComm is jsonHead with the command read when the line began.
func (t *Text) jsonHeadComm(typ string, pid, tid int, comm []byte) {
	t.buf = append(t.buf, `{"type":"`...)
	t.buf = append(t.buf, typ...)
	t.buf = append(t.buf, '"')
	t.buf = appendKeyInt(t.buf, "pid", int64(pid))
	t.buf = appendKeyInt(t.buf, "tid", int64(tid))
	t.jsonComm(tid, comm)
}

// jsonHead begins an event's object.
func (t *Text) jsonHead(typ string, pid, tid int) {
	t.buf = append(t.buf, `{"type":"`...)
	t.buf = append(t.buf, typ...)
	t.buf = append(t.buf, '"')
	t.buf = appendKeyInt(t.buf, "pid", int64(pid))
	t.buf = appendKeyInt(t.buf, "tid", int64(tid))
	t.jsonComm(tid, nil)
}

// jsonComm appends, with -Y, "comm": the thread's command, which the
// text has after the pid of a line; saved is the one read when the line
// began (a call's entry, before an execve changes it), nil to read it
// now.
func (t *Text) jsonComm(tid int, saved []byte) {
	if t.PidComm == nil {
		return
	}
	c := saved
	if c == nil {
		e := &t.json.enc
		e.scratch = t.PidComm(tid, e.scratch[:0])
		c = e.scratch
	}
	if len(c) > 2 {
		t.buf = appendJSONString(appendKey(t.buf, "comm"), c[1:len(c)-1])
	}
}

// jsonEnd ends an event's object and its line.
func (t *Text) jsonEnd() {
	t.buf = append(t.buf, '}', '\n')
	t.maybeFlush()
}

// jsonInterrupt is interrupt in JSON mode: the open call's entry is
// reported as an "unfinished" event.
func (t *Text) jsonInterrupt() {
	j := t.json
	if t.openTid != 0 && j.open != nil {
		c := j.open
		t.jsonHeadComm("unfinished", j.openPid, t.openTid, j.savedComm(t.openTid))
		t.jsonCallHead(c)
		t.jsonArgs(c, c.Tokens()[:c.EntryEnd])
		t.jsonExitArgs(c)
		t.jsonEnd()
	}
	t.openTid = 0
	j.open = nil
}

func (t *Text) jsonEntry(tid int, c *decode.Call) {
	t.interrupt()
	t.openTid = tid
	t.json.open = c
	t.json.openPid = t.Tgid
	if t.PidComm != nil {
		t.json.entryComm = t.PidComm(tid, t.json.entryComm[:0])
		t.json.commTid = tid
	}
}

// jsonTake ends tid's open call, or, when another event came in between
// (the text's "<... resumed>" case), ends the other one's: it reports
// whether tid's call was interrupted.
func (t *Text) jsonTake(tid int) (resumed bool) {
	resumed = t.openTid != tid
	if resumed {
		t.interrupt()
	}
	t.openTid = 0
	t.json.open = nil
	return resumed
}

// jsonCallStart begins the report of tid's call: its line began at its
// entry, or now if it was interrupted.
func (t *Text) jsonCallStart(tid int, resumed bool) {
	var comm []byte
	if !resumed {
		comm = t.json.savedComm(tid)
	}
	t.jsonHeadComm("syscall", t.Tgid, tid, comm)
	t.json.commTid = 0
}

// savedComm returns the command read at the entry of tid's call, or nil.
func (j *jsonSink) savedComm(tid int) []byte {
	if j.commTid != tid || tid == 0 {
		return nil
	}
	return j.entryComm
}

func (t *Text) jsonExit(tid int, c *decode.Call) {
	resumed := t.jsonTake(tid)
	t.jsonCallStart(tid, resumed)
	t.jsonCallHead(c)
	t.buf = appendKeyInt(t.buf, "exit_ns", c.ExitTime)
	t.buf = appendKeyInt(t.buf, "duration_ns", max(c.ExitTime-c.EntryTime, 0))
	t.jsonArgs(c, c.Tokens())
	t.jsonReturn(c)
	if resumed {
		t.buf = appendKeyTrue(t.buf, "resumed")
	}
	t.jsonSplit()
	if c.Raw {
		t.buf = appendKeyTrue(t.buf, "raw")
	}
	t.jsonEnd()
	t.json.lastPid, t.json.lastTid = t.Tgid, tid
}

func (t *Text) jsonSplit() {
	if t.json.split {
		t.buf = appendKeyTrue(t.buf, "split")
		t.json.split = false
	}
}

func (t *Text) jsonAbandon(tid int, c *decode.Call, detached bool) {
	resumed := t.jsonTake(tid)
	t.jsonCallStart(tid, resumed)
	t.jsonCallHead(c)
	t.buf = appendKeyInt(t.buf, "time_ns", t.Now)
	t.jsonArgs(c, c.Tokens())
	if detached {
		t.buf = appendKeyTrue(t.buf, "detached")
	} else {
		t.buf = appendKeyTrue(t.buf, "unfinished")
	}
	t.jsonExitArgs(c)
	if resumed {
		t.buf = appendKeyTrue(t.buf, "resumed")
	}
	t.jsonSplit()
	if c.Raw {
		t.buf = appendKeyTrue(t.buf, "raw")
	}
	t.jsonEnd()
}

// jsonCallHead appends what every report of a call has.
func (t *Text) jsonCallHead(c *decode.Call) {
	t.buf = appendKeyText(t.buf, "syscall", c.Name)
	t.buf = appendKeyInt(t.buf, "nr", int64(c.Nr))
	t.buf = appendKeyInt(t.buf, "entry_ns", c.EntryTime)
}

// jsonArgs appends "args": the values of toks.
func (t *Text) jsonArgs(c *decode.Call, toks []decode.Token) {
	e := &t.json.enc
	e.c, e.pidDecor = c, t.PidDecor
	t.buf = append(appendKey(t.buf, "args"), '[')
	t.buf = append(e.seq(t.buf, toks), ']')
}

// jsonExitArgs says, for a call reported before its exit, whether the
// exit adds arguments to those shown: "yes", or "maybe" (the decoder
// knows only at the exit). Absent: the arguments are all there.
func (t *Text) jsonExitArgs(c *decode.Call) {
	switch {
	case c.More && c.LateSep:
		t.buf = appendKeyText(t.buf, "exit_args", "maybe")
	case c.More:
		t.buf = appendKeyText(t.buf, "exit_args", "yes")
	}
}

// jsonReturn appends how the call ended: "ret" and, for a failure, the
// errno ("errno", "errno_num", "strerror", "restart" for the codes that
// make the kernel restart the call); then what strace prints after the
// return value ("ret_detail") and the marks of -e inject=.
func (t *Text) jsonReturn(c *decode.Call) {
	dst := t.buf
	if c.Errno > 0 {
		restart := xlat.IsRestart(c.Errno)
		dst = appendKey(dst, "ret")
		if restart && !c.Raw {
			// The program never sees these: strace prints "?".
			dst = append(dst, "null"...)
		} else {
			dst = append(dst, '-', '1')
		}
		if name, ok := xlat.ErrnoName(c.Errno); ok {
			dst = appendKeyText(dst, "errno", name)
		}
		dst = appendKeyInt(dst, "errno_num", int64(c.Errno))
		dst = appendKey(dst, "strerror")
		if restart && c.Raw {
			// -e raw= shows the restart codes as errors without a message.
			dst = append(dst, `"Unknown error `...)
			dst = strconv.AppendInt(dst, int64(c.Errno), 10)
			dst = append(dst, '"')
		} else {
			dst = appendJSONText(dst, xlat.ErrnoMessage(c.Errno))
		}
		if restart {
			dst = appendKeyTrue(dst, "restart")
		}
	} else {
		dst = appendKey(dst, "ret")
		switch c.RetKind {
		case decode.RetUnknown:
			dst = append(dst, "null"...)
		case decode.RetHex:
			dst = append(appendHex(append(dst, `{"hex":"`...), uint64(c.Rval)), `"}`...)
		case decode.RetOct:
			dst = append(appendOct(append(dst, `{"oct":"`...), uint64(c.Rval)), `"}`...)
		case decode.RetUdec:
			dst = strconv.AppendUint(dst, uint64(c.Rval), 10)
		case decode.RetFd:
			dst = strconv.AppendInt(append(dst, `{"fd":`...), c.Rval, 10)
			if p := c.RetPath(); p != nil {
				dst = appendFdPathJSON(dst, p)
			}
			dst = append(dst, '}')
		case decode.RetPid:
			e := &t.json.enc
			if t.PidDecor != nil {
				if e.scratch = t.PidDecor(c.Pid, c.Rval, e.scratch[:0]); len(e.scratch) > 0 {
					dst = strconv.AppendInt(append(dst, `{"int":`...), c.Rval, 10)
					dst = appendJSONString(append(dst, `,"decor":`...), e.scratch)
					dst = append(dst, '}')
					break
				}
			}
			dst = strconv.AppendInt(dst, c.Rval, 10)
		default:
			dst = strconv.AppendInt(dst, c.Rval, 10)
		}
	}
	if rt := c.RetTokens(); len(rt) > 0 {
		e := &t.json.enc
		e.c, e.pidDecor = c, t.PidDecor
		dst = append(appendKey(dst, "ret_detail"), '[')
		dst = append(e.seq(dst, rt), ']')
	}
	if c.Tamper&decode.TamperRetval != 0 {
		dst = appendKeyTrue(dst, "injected_retval")
	}
	if c.Tamper&decode.TamperArgs != 0 {
		dst = appendKeyTrue(dst, "injected_args")
	}
	if c.Tamper&decode.TamperDelayed != 0 {
		dst = appendKeyTrue(dst, "delayed")
	}
	t.buf = dst
}

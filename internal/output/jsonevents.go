package output

import (
	"gostrace/internal/decode"
	"gostrace/internal/xlat"
)

// The events that are not calls, in both modes: the session passes the
// text's line along with what the JSON needs.

// jsonEvent begins an event of tid's that is not a call, at t.Now.
func (t *Text) jsonEvent(typ string, tid int) {
	t.interrupt()
	t.jsonHead(typ, t.Tgid, tid)
	t.buf = appendKeyInt(t.buf, "time_ns", t.Now)
}

// jsonSignal appends "signal" (its name, or its number when it has none)
// and "signo".
func (t *Text) jsonSignal(sig int) {
	if n := xlat.SignalName(sig); n != "" {
		t.buf = appendKeyText(t.buf, "signal", n)
	}
	t.buf = appendKeyInt(t.buf, "signo", int64(sig))
}

// Ending is how a process ended, for ExitLine.
type Ending struct {
	Signal int  // the signal that killed it, 0 if it exited
	Status int  // its exit status
	Core   bool // it dumped core
}

// SignalLine reports a signal delivered to tid, whose siginfo c holds:
// in text, line ("--- SIGCHLD {...} ---").
func (t *Text) SignalLine(tid, sig int, c *decode.Call, line []byte) {
	if t.json == nil {
		t.Line(tid, t.colorSignal(line, sig, c))
		return
	}
	t.jsonEvent("signal", tid)
	t.jsonSignal(sig)
	e := &t.json.enc
	e.c, e.pidDecor = c, t.PidDecor
	toks := c.Tokens()
	if len(toks) > 0 && isValue(toks[0].Kind) && exprEnd(toks, 0) == len(toks) {
		t.buf = appendKey(t.buf, "siginfo")
		t.buf, _ = e.expr(t.buf, toks, 0)
	} else {
		t.buf = append(appendKey(t.buf, "siginfo_items"), '[')
		t.buf = append(e.seq(t.buf, toks), ']')
	}
	t.jsonEnd()
}

// StopLine reports tid's group-stop: in text, line ("--- stopped by
// SIGSTOP ---").
func (t *Text) StopLine(tid, sig int, line []byte) {
	if t.json == nil {
		t.Line(tid, line)
		return
	}
	t.jsonEvent("stopped", tid)
	t.jsonSignal(sig)
	t.jsonEnd()
}

// ExitLine reports the end of tid: in text, line ("+++ exited with 0
// +++", "+++ killed by SIGKILL +++").
func (t *Text) ExitLine(tid int, e Ending, line []byte) {
	if t.json == nil {
		t.Line(tid, t.colorExit(line, e))
		return
	}
	if e.Signal != 0 {
		t.jsonEvent("killed", tid)
		t.jsonSignal(e.Signal)
		if e.Core {
			t.buf = appendKeyTrue(t.buf, "core_dumped")
		}
	} else {
		t.jsonEvent("exit", tid)
		t.buf = appendKeyInt(t.buf, "status", int64(e.Status))
	}
	t.jsonEnd()
}

// SupersededLine reports that tid vanished because another thread of its
// process, former, called execve: in text, line ("+++ superseded by
// execve in pid N +++").
func (t *Text) SupersededLine(tid, former int, line []byte) {
	if t.json == nil {
		t.Line(tid, line)
		return
	}
	t.jsonEvent("superseded", tid)
	t.buf = appendKeyInt(t.buf, "by_tid", int64(former))
	t.jsonEnd()
}

// AttachEvent reports, in JSON mode only, that the tracer attached to a
// thread (threads > 0: to a process with that many threads) or detached
// from it. The text has these as messages (Message).
func (t *Text) AttachEvent(pid, tid, threads int, detach bool) {
	if t.json == nil {
		return
	}
	typ := "attach"
	if detach {
		typ = "detach"
	}
	// Like the text's messages, these do not interrupt an open call.
	t.jsonHead(typ, pid, tid)
	if threads > 1 {
		t.buf = appendKeyInt(t.buf, "threads", int64(threads))
	}
	t.jsonEnd()
}

func (t *Text) jsonLine(tid int, s []byte) {
	t.jsonEvent("line", tid)
	t.buf = appendJSONString(appendKey(t.buf, "text"), s)
	t.jsonEnd()
}

func (t *Text) jsonMessage(s []byte) {
	t.buf = append(t.buf, `{"type":"message","text":`...)
	t.buf = appendJSONString(t.buf, s)
	t.jsonEnd()
}

func (t *Text) jsonDump(b []byte) {
	t.interrupt()
	j := t.json
	t.jsonHead("dump", j.lastPid, j.lastTid)
	t.buf = appendJSONString(appendKey(t.buf, "text"), b)
	t.jsonEnd()
}

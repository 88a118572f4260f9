// Package output renders decoded calls and tracer events: the text sink
// reproduces strace's lines byte for byte (pid prefixes, the column of " = ",
// "<unfinished ...>" and "<... resumed>"), and the JSON sink writes the same
// values as data.
package output

import (
	"io"
	"strconv"

	"gostrace/internal/decode"
	"gostrace/internal/xlat"
)

// PidPrefix is how a line names its process.
type PidPrefix uint8

const (
	PrefixNone    PidPrefix = iota
	PrefixFile              // "1234  " (-o FILE with -f)
	PrefixBracket           // "[pid  1234] " (stderr, several tracees)
)

// DefaultColumn is where strace aligns " = " by default (-a 40: the call
// is padded to 39 columns, prefixes included).
const DefaultColumn = 39

// Text is the strace-format sink. It owns the line that is being written,
// so that a call interrupted by another tracee's event is closed with
// " <unfinished ...>" and later resumed.
type Text struct {
	w   io.Writer
	buf []byte
	err error

	// Prefix reports, at each line, how to prefix it. The session decides
	// (strace prefixes only once several tracees exist).
	Prefix func(tid int) PidPrefix
	// Hex is the -x level.
	Hex int
	// Style is -X: how named constants print.
	Style xlat.Style
	// Timing: timestamps and -T. Now is the time of the event being
	// printed, set by the caller before each call when Timing is active.
	Timing Timing
	Now    int64
	// Column is the width the call is padded to before " = " (-a N is
	// N-1; 0 pads nothing).
	Column int
	// Numbers (-n) and IPs (-i) add "[ NR] " and "[IP] " after the
	// timestamp. The caller sets Nr and IP before each line; NoIP prints
	// the question marks strace prints when it has no registers (the
	// "+++ exited" lines).
	Numbers, IPs bool
	Nr           int
	IP           uint64
	NoIP         bool
	// PidComm, with -Y, appends "<comm>" for the pid of the line prefix
	// (nothing when unknown).
	PidComm func(pid int, dst []byte) []byte
	// PidDecor, with -Y or --pidns-translation, appends what follows a
	// process id that tracee tid printed or received: "<comm>",
	// " /* N in strace's PID NS */".
	PidDecor func(tid int, pid int64, dst []byte) []byte

	// Tgid is the process (thread group) of the task the next event is
	// about, which the session sets: the JSON mode reports it.
	Tgid int

	json *jsonSink // JSON lines instead of text (NewJSON)
	pal  *Palette  // colors (SetColor), nil for none
	line []byte    // a line being colored
	// hidden is how many bytes of escapes the open line had in what was
	// flushed already, when its lineOff is hiddenFor (see column).
	hidden, hiddenFor int

	r       renderer
	openTid int // the tracee whose line is unfinished, 0 for none
	lineCol int // bytes written on the current line
	lineOff int // where the current line starts in buf
}

// NewText writes strace-format lines to w.
func NewText(w io.Writer) *Text {
	return &Text{w: w, buf: make([]byte, 0, 64<<10), Column: DefaultColumn,
		Prefix: func(int) PidPrefix { return PrefixNone }}
}

// Writer returns the destination, for output that bypasses the line
// logic (the -c table). Flush first.
func (t *Text) Writer() io.Writer { return t.w }

// Err returns the first write error.
func (t *Text) Err() error { return t.err }

// Buffered reports whether output is waiting for Flush.
func (t *Text) Buffered() bool { return len(t.buf) > 0 }

// Flush writes the buffered output.
func (t *Text) Flush() error {
	if len(t.buf) == 0 || t.err != nil {
		t.buf = t.buf[:0]
		return t.err
	}
	_, err := t.w.Write(t.buf)
	if err != nil {
		t.err = err
	}
	if t.pal != nil {
		t.flushColor()
	}
	t.lineOff -= len(t.buf)
	t.buf = t.buf[:0]
	return t.err
}

func (t *Text) maybeFlush() {
	if len(t.buf) >= 60<<10 {
		t.Flush()
	}
}

// OpenLine returns the tracee whose line is unfinished.
func (t *Text) OpenLine() int { return t.openTid }

// interrupt closes another tracee's open line with " <unfinished ...>".
func (t *Text) interrupt() {
	if t.json != nil {
		t.jsonInterrupt()
		return
	}
	if t.openTid != 0 {
		t.buf = t.pal.paint(t.buf, colComment, " <unfinished ...>")
		t.buf = append(t.buf, '\n')
		t.openTid = 0
	}
}

func (t *Text) begin(tid int) {
	t.interrupt()
	t.lineOff = len(t.buf)
	t.buf = t.appendLeader(t.buf, tid)
}

// appendLeader appends what precedes every line: the pid, the timestamp,
// the syscall number (-n) and the instruction pointer (-i).
func (t *Text) appendLeader(dst []byte, tid int) []byte {
	switch t.Prefix(tid) {
	case PrefixFile:
		start := len(dst)
		dst = strconv.AppendInt(dst, int64(tid), 10)
		if t.PidComm != nil {
			// strace drops the padding when it prints the command:
			// "5<a> ", not "5<a>  ".
			n := len(dst)
			if dst = t.PidComm(tid, dst); len(dst) > n {
				dst = append(dst, ' ')
				break
			}
		}
		for len(dst)-start < 5 {
			dst = append(dst, ' ')
		}
		dst = append(dst, ' ')
	case PrefixBracket:
		dst = append(dst, "[pid "...)
		var n [20]byte
		s := strconv.AppendInt(n[:0], int64(tid), 10)
		for i := len(s); i < 5; i++ {
			dst = append(dst, ' ')
		}
		dst = append(dst, s...)
		if t.PidComm != nil {
			dst = t.PidComm(tid, dst)
		}
		dst = append(dst, "] "...)
	}
	if t.Timing.Format != StampNone || t.Timing.Relative {
		dst = t.Timing.appendStamp(dst, t.Now)
	}
	if t.Numbers {
		// "[%4u] "
		dst = append(dst, '[')
		var n [20]byte
		s := strconv.AppendUint(n[:0], uint64(t.Nr), 10)
		for i := len(s); i < 4; i++ {
			dst = append(dst, ' ')
		}
		dst = append(dst, s...)
		dst = append(dst, "] "...)
	}
	if t.IPs {
		// "[%016lx] "
		dst = append(dst, '[')
		if t.NoIP {
			dst = append(dst, "????????????????"...)
		} else {
			var n [20]byte
			s := strconv.AppendUint(n[:0], t.IP, 16)
			for i := len(s); i < 16; i++ {
				dst = append(dst, '0')
			}
			dst = append(dst, s...)
		}
		dst = append(dst, "] "...)
	}
	return dst
}

func (t *Text) end() {
	t.buf = append(t.buf, '\n')
	t.openTid = 0
	t.maybeFlush()
}

// Entry prints the part of a call known at its entry and leaves the line
// open.
func (t *Text) Entry(tid int, c *decode.Call) {
	if t.json != nil {
		t.jsonEntry(tid, c)
		return
	}
	t.begin(tid)
	t.entryArgs(c)
	t.openTid = tid
}

func (t *Text) entryArgs(c *decode.Call) {
	t.buf = t.pal.paint(t.buf, colSyscall, c.Name)
	t.buf = t.pal.paint(t.buf, colPunct, "(")
	t.setRenderer()
	toks := c.Tokens()
	t.buf = t.r.tokens(t.buf, c, toks[:c.EntryEnd])
	if c.More && !c.LateSep && t.r.count[0] > 0 {
		t.buf = t.pal.paint(t.buf, colPunct, ", ")
	}
}

// setRenderer readies the renderer for a new line.
func (t *Text) setRenderer() {
	t.r.reset()
	t.r.hex = t.Hex
	t.r.style = t.Style
	t.r.pidDecor = t.PidDecor
	t.r.pal = t.pal
}

// resumedHeader begins a call's line that another event interrupted.
func (t *Text) resumedHeader(tid int, c *decode.Call) {
	t.begin(tid)
	t.buf = t.pal.paint(t.buf, colComment, "<... ")
	t.buf = t.pal.paint(t.buf, colSyscall, c.Name)
	t.buf = t.pal.paint(t.buf, colComment, " resumed>")
}

// Exit completes a call: on its own open line, or on a "<... resumed>"
// line when something else was printed since its entry.
func (t *Text) Exit(tid int, c *decode.Call) {
	if t.json != nil {
		t.jsonExit(tid, c)
		return
	}
	if t.openTid != tid {
		t.resumedHeader(tid, c)
	}
	t.setRenderer()
	toks := c.Tokens()
	if c.EntryEnd < len(toks) {
		if c.LateSep && c.EntryEnd > 0 {
			// The entry's arguments were printed without the separator
			// that follows them: count them, so that the exit's first
			// argument gets one (an arrow glues to them instead).
			t.r.count[0] = 1
		}
		t.buf = t.r.tokens(t.buf, c, toks[c.EntryEnd:])
	}
	t.buf = t.pal.paint(t.buf, colPunct, ")")
	t.pad()
	t.buf = t.pal.paint(t.buf, colPunct, " = ")
	if t.pal != nil {
		t.buf = t.colorReturn(t.buf, c)
	} else {
		t.buf = t.appendReturn(t.buf, c)
		if c.Tamper != 0 {
			t.buf = appendTamper(t.buf, c.Tamper)
		}
		if t.Timing.Durations {
			t.buf = t.Timing.appendDuration(t.buf, c.ExitTime-c.EntryTime)
		}
	}
	t.end()
}

// Abandon ends a call whose tracee vanished or was detached mid-call,
// with strace's " <unfinished ...>" or " <detached ...>".
func (t *Text) Abandon(tid int, c *decode.Call, detached bool) {
	if t.json != nil {
		t.jsonAbandon(tid, c, detached)
		return
	}
	if t.openTid != tid {
		t.resumedHeader(tid, c)
	}
	if detached {
		t.buf = t.pal.paint(t.buf, colComment, " <detached ...>")
	} else {
		if c.More {
			// The arguments printed at exit will never come: strace says
			// so before closing the call.
			t.buf = t.pal.paint(t.buf, colComment, " <unfinished ...>")
		}
		t.buf = t.pal.paint(t.buf, colPunct, ")")
		t.pad()
		t.buf = t.pal.paint(t.buf, colPunct, " = ?")
	}
	t.end()
}

func (t *Text) pad() {
	for col := t.column(); col < t.Column; col++ {
		t.buf = append(t.buf, ' ')
	}
}

func (t *Text) appendReturn(dst []byte, c *decode.Call) []byte {
	dst = t.appendRetValue(dst, c)
	return t.appendRetTokens(dst, c)
}

// appendRetValue appends the return value, or the error.
func (t *Text) appendRetValue(dst []byte, c *decode.Call) []byte {
	if c.Errno > 0 && c.Raw && xlat.IsRestart(c.Errno) {
		// -e raw=: strace treats the restart codes as plain errors, which
		// have no message: "= -1 ERESTART_RESTARTBLOCK (Unknown error 516)".
		dst = append(dst, "-1 "...)
		name, _ := xlat.ErrnoName(c.Errno)
		dst = append(dst, name...)
		dst = append(dst, " (Unknown error "...)
		dst = strconv.AppendInt(dst, int64(c.Errno), 10)
		dst = append(dst, ')')
	} else if c.Errno > 0 {
		if xlat.IsRestart(c.Errno) {
			dst = append(dst, '?')
		} else {
			dst = append(dst, '-', '1')
		}
		dst = xlat.AppendErrno(dst, c.Errno)
	} else {
		switch c.RetKind {
		case decode.RetUnknown:
			dst = append(dst, '?')
		case decode.RetHex:
			dst = appendHex(dst, uint64(c.Rval))
		case decode.RetOct:
			dst = appendOct(dst, uint64(c.Rval))
		case decode.RetUdec:
			dst = strconv.AppendUint(dst, uint64(c.Rval), 10)
		case decode.RetPid:
			dst = strconv.AppendInt(dst, c.Rval, 10)
			if t.PidDecor != nil {
				dst = t.PidDecor(c.Pid, c.Rval, dst)
			}
		default:
			dst = strconv.AppendInt(dst, c.Rval, 10)
		}
		if p := c.RetPath(); p != nil {
			dst = append(dst, '<')
			dst = appendFdPath(dst, p)
			dst = append(dst, '>')
		}
	}
	return dst
}

// appendRetTokens appends what follows the return value in parentheses.
func (t *Text) appendRetTokens(dst []byte, c *decode.Call) []byte {
	if rt := c.RetTokens(); len(rt) > 0 {
		t.r.reset()
		dst = t.pal.paint(dst, colPunct, " (")
		dst = t.r.tokens(dst, c, rt)
		dst = t.pal.paint(dst, colPunct, ")")
	}
	return dst
}

// Line prints a whole line of its own for tid: "--- SIG... ---",
// "+++ exited with 0 +++".
func (t *Text) Line(tid int, s []byte) {
	if t.json != nil {
		t.jsonLine(tid, s)
		return
	}
	t.begin(tid)
	t.buf = append(t.buf, s...)
	t.end()
}

// Message writes a tracer message (such as "Process 12 attached") into the
// stream as strace does when its trace and its messages share stderr: in
// the middle of an open line, which is then continued on the next line.
func (t *Text) Message(s []byte) {
	if t.json != nil {
		t.jsonMessage(s)
		return
	}
	col := len(t.buf) - t.lineOff
	if t.pal != nil {
		// Only the visible columns count: lineOff is placed as many
		// bytes back, into the message's own (plain) text.
		col = t.column()
		t.hidden = 0
	}
	t.buf = append(t.buf, s...)
	t.buf = append(t.buf, '\n')
	t.lineOff = len(t.buf)
	if t.openTid != 0 {
		// The open line continues after the message, as in strace's
		// "vfork(strace: Process 12 attached\n <unfinished ...>". strace
		// counts the columns of the trace alone: " = " is placed as if
		// the message were not there ("read(3, strace: poke_tcb: ...\n
		// "XX\n", 15)                     = 3", padded from "read(3, ").
		t.lineOff -= col
	}
}

// Render appends the rendering of a whole token stream (a siginfo) to dst.
func (t *Text) Render(dst []byte, c *decode.Call) []byte {
	t.setRenderer()
	return t.r.tokens(dst, c, c.Tokens())
}

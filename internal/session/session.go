// Package session wires a tracing session together: it receives the
// backend's events, decodes the calls the filter selects, and hands them to
// the sinks, deciding what strace would print around them (pid prefixes,
// attach and detach messages, exit lines).
package session

import (
	"io"
	"os"
	"strconv"
	"time"

	"gostrace/internal/decode"
	"gostrace/internal/filter"
	"gostrace/internal/output"
	"gostrace/internal/ptrace"
	"gostrace/internal/summary"
	"gostrace/internal/sysent"
	"gostrace/internal/tracer"
	"gostrace/internal/xlat"
)

// Config is what the session needs from the command line.
type Config struct {
	ProgName   string // for messages: "gostrace: Process 12 attached"
	Follow     bool   // -f
	OutputFile bool   // -o FILE (pid prefixes "1234  " instead of "[pid 1234] ")
	// PerThread (-ff with -o): each thread's trace goes to OutputBase.TID,
	// without pid prefixes.
	PerThread  bool
	OutputBase string
	Quiet      filter.QuietSet   // -q, -qq, -e quiet=
	Trace      *filter.Set       // -e trace=
	Signals    *filter.SignalSet // -e signal=: signals shown; nil for all
	Decode     *decode.Options
	Timing     output.Timing // -t, -tt, -ttt, -r, -T
	Hex        int           // -x level

	// Count accumulates the -c/-C table when not nil. CountOnly (-c)
	// prints no call lines at all, and decodes nothing. WallClock (-w)
	// times calls from entry to exit instead of by system time.
	Count     *summary.Summary
	CountOnly bool
	WallClock bool

	// CallDone, when set, is called after each call that passed the
	// filters has been printed or counted (--syscall-limit counts them).
	CallDone func()
	// OutputError, when set, is called once, on the tracer's thread, when
	// the trace cannot be written (see outfail.go): gostrace detaches.
	OutputError func()
}

// Session implements tracer.Handler.
type Session struct {
	cfg    Config
	text   *output.Text // the one sink, or nil with -ff
	stderr *os.File
	files  map[*output.Text]*os.File // -ff: each thread's sink and file
	// sameStream: trace and messages both go to stderr.
	sameStream bool
	ntasks     int
	timed      bool
	trace      *filter.Set // -e trace= plus the numbers with no name
	epoch      time.Time   // -w's monotonic clock starts here
	msg        []byte
	sig        decode.Call
	// failed: the trace could not be written (outfail.go).
	failed     bool
	discardOut *output.Text
}

// taskState is what the session keeps per traced thread.
type taskState struct {
	out     *output.Text
	start   int64 // -c: the clock at the current call's entry
	nr      int   // -c: the current call's number
	call    decode.Call
	traced  bool // the current call passes the filter and its entry was printed
	attach  bool
	started bool
}

// New returns a session writing the trace to out (ignored with PerThread).
func New(cfg Config, out *os.File) *Session {
	s := &Session{cfg: cfg, stderr: os.Stderr}
	if cfg.PerThread {
		s.files = map[*output.Text]*os.File{}
	} else {
		s.text = s.newText(out)
		s.sameStream = out == os.Stderr
	}
	if cfg.Decode == nil {
		s.cfg.Decode = decode.DefaultOptions()
	}
	s.timed = cfg.Timing.Active()
	s.epoch = time.Now()
	// strace 6.1 shows a syscall number it has no name for whatever
	// -e trace= says: the user cannot have meant to exclude it.
	s.trace = cfg.Trace.Clone()
	for nr := 0; nr < sysent.Count(); nr++ {
		if sysent.Lookup(nr) == nil {
			s.trace.Add(nr)
		}
	}
	return s
}

// traced reports whether the filter selects syscall nr.
func (s *Session) traced(nr int) bool {
	return nr >= sysent.Count() || s.trace.Has(nr)
}

func (s *Session) newText(f *os.File) *output.Text {
	o := output.NewText(f)
	o.Prefix = s.prefix
	o.Timing = s.cfg.Timing
	o.Hex = s.cfg.Hex
	return o
}

// now reads the clock for the event being printed, only when an option
// shows time: a vDSO call, but still one per stop.
func (s *Session) now(o *output.Text) int64 {
	if !s.timed {
		return 0
	}
	n := time.Now().UnixNano()
	o.Now = n
	return n
}

// out returns the sink of a task: the shared one, or with -ff its own file,
// created at its first line.
func (s *Session) out(t *tracer.Task) *output.Text {
	if s.text != nil {
		return s.text
	}
	ts := state(t)
	if ts.out == nil {
		if s.failed {
			return s.discard()
		}
		name := s.cfg.OutputBase + "." + strconv.Itoa(t.Tid)
		f, err := os.Create(name)
		if err != nil {
			// Formerly traced on into /dev/null after a Go-worded
			// message: now strace's words, and the output failure rules.
			s.outputFailed("Can't fopen '" + name + "': " + errText(err))
			return s.discard()
		}
		ts.out = s.newText(f)
		ts.out.Prefix = func(int) output.PidPrefix { return output.PrefixNone }
		s.files[ts.out] = f
	}
	return ts.out
}

// closeOut flushes and closes a -ff file whose thread is gone.
func (s *Session) closeOut(t *tracer.Task) {
	ts := state(t)
	if s.files == nil || ts.out == nil || ts.out == s.discardOut {
		return
	}
	ts.out.Flush()
	s.check(ts.out)
	s.files[ts.out].Close()
	delete(s.files, ts.out)
	ts.out = nil
}

func (s *Session) prefix(int) output.PidPrefix {
	if s.cfg.OutputFile {
		if s.cfg.Follow || s.ntasks > 1 {
			return output.PrefixFile
		}
		return output.PrefixNone
	}
	if s.ntasks > 1 {
		return output.PrefixBracket
	}
	return output.PrefixNone
}

func state(t *tracer.Task) *taskState {
	if ts, ok := t.Data.(*taskState); ok {
		return ts
	}
	ts := &taskState{}
	t.Data = ts
	return ts
}

// Message prints "PROG: text" on stderr, the way strace prints its notes.
func (s *Session) Message(text string) {
	s.msg = append(s.msg[:0], s.cfg.ProgName...)
	s.msg = append(s.msg, ": "...)
	s.msg = append(s.msg, text...)
	if s.sameStream {
		s.text.Message(s.msg)
		return
	}
	s.Flush()
	s.msg = append(s.msg, '\n')
	s.stderr.Write(s.msg)
}

// Attached notes a process attached by -p.
func (s *Session) Attached(pid, nthreads int) {
	s.ntasks += nthreads
	if s.cfg.Quiet&filter.QuietAttach != 0 {
		return
	}
	if nthreads > 1 {
		s.Message("Process " + strconv.Itoa(pid) + " attached with " + strconv.Itoa(nthreads) + " threads")
	} else {
		s.Message("Process " + strconv.Itoa(pid) + " attached")
	}
}

// Started notes the process gostrace launched.
func (s *Session) Started() { s.ntasks++ }

// SyscallEntry implements tracer.Handler.
func (s *Session) SyscallEntry(t *tracer.Task, info *ptrace.SyscallInfo) {
	ts := state(t)
	nr := int(info.Nr)
	if !s.traced(nr) {
		ts.traced = false
		return
	}
	ts.traced = true
	if s.cfg.Count != nil {
		ts.start = s.callClock(t)
		if s.cfg.CountOnly {
			ts.nr = nr
			return
		}
	}
	c := &ts.call
	c.Reset(nr, sysent.Name(nr), info.Args, t, s.cfg.Decode, t.Tid)
	c.SP = info.SP
	o := s.out(t)
	c.EntryTime = s.now(o)
	if c.Name == "restart_syscall" {
		s.restartEntry(t, c)
	} else {
		c.DecodeEntry()
	}
	o.Entry(t.Tid, c)
	s.check(o)
}

// callClock is the clock -c times calls with: the process's system time as
// wait4 reported it at this stop, or with -w the monotonic clock.
func (s *Session) callClock(t *tracer.Task) int64 {
	if s.cfg.WallClock {
		return int64(time.Since(s.epoch))
	}
	return t.Stime
}

// restartEntry fills restart_syscall's only "argument": the call it resumes.
// strace names the last call the thread made that was interrupted; for a
// thread it has just attached to, it knows none and names syscall 0 (its
// state is zeroed): "read" on x86_64. We do the same.
func (s *Session) restartEntry(t *tracer.Task, c *decode.Call) {
	name := sysent.Name(0)
	if t.RestartNr >= 0 {
		name = sysent.Name(t.RestartNr)
	}
	c.RawText("<... resuming interrupted " + name + " ...>")
	c.EntryEnd = len(c.Tokens())
	c.More = false
}

// SyscallExit implements tracer.Handler.
func (s *Session) SyscallExit(t *tracer.Task, info *ptrace.SyscallInfo) {
	ts := state(t)
	if !ts.traced {
		return
	}
	ts.traced = false
	if s.cfg.Count != nil {
		nr := ts.nr
		if !s.cfg.CountOnly {
			nr = ts.call.Nr
		}
		s.cfg.Count.Add(nr, info.IsError(), s.callClock(t)-ts.start)
		if s.cfg.CountOnly {
			s.callDone()
			return
		}
	}
	c := &ts.call
	c.SetMemory(t)
	o := s.out(t)
	c.ExitTime = s.now(o)
	c.DecodeExit(info.Rval(), info.IsError())
	o.Exit(t.Tid, c)
	s.check(o)
	s.callDone()
}

func (s *Session) callDone() {
	if s.cfg.CallDone != nil {
		s.cfg.CallDone()
	}
}

// Signal implements tracer.Handler.
func (s *Session) Signal(t *tracer.Task, sig int, si *ptrace.Siginfo) {
	if s.cfg.CountOnly || s.cfg.Signals != nil && !s.cfg.Signals.Has(sig) {
		return
	}
	c := &s.sig
	c.Reset(0, "", [6]uint64{}, t, s.cfg.Decode, t.Tid)
	decode.Siginfo(c, si[:])
	line := append(s.msg[:0], "--- "...)
	line = xlat.AppendSignal(line, sig)
	line = append(line, ' ')
	o := s.out(t)
	s.now(o)
	line = o.Render(line, c)
	line = append(line, " ---"...)
	s.msg = line
	o.Line(t.Tid, line)
	s.check(o)
}

// GroupStop implements tracer.Handler.
func (s *Session) GroupStop(t *tracer.Task, sig int) {
	if s.cfg.CountOnly || s.cfg.Signals != nil && !s.cfg.Signals.Has(sig) {
		return
	}
	line := append(s.msg[:0], "--- stopped by "...)
	line = xlat.AppendSignal(line, sig)
	line = append(line, " ---"...)
	s.msg = line
	o := s.out(t)
	s.now(o)
	o.Line(t.Tid, line)
	s.check(o)
}

// Exited implements tracer.Handler.
func (s *Session) Exited(t *tracer.Task, st ptrace.WaitStatus) {
	ts := state(t)
	if s.cfg.CountOnly {
		ts.traced = false
		s.ntasks--
		return
	}
	if ts.traced {
		// Killed in the middle of a call (exit_group, or a thread of a
		// process another thread ended): strace ends it with "= ?".
		o := s.out(t)
		s.now(o)
		o.Abandon(t.Tid, &ts.call, false)
		ts.traced = false
	}
	if s.cfg.Quiet&filter.QuietExit == 0 {
		line := s.msg[:0]
		switch {
		case st.Exited():
			line = append(line, "+++ exited with "...)
			line = strconv.AppendInt(line, int64(st.ExitStatus()), 10)
			line = append(line, " +++"...)
		case st.Signaled() && s.cfg.Signals != nil && !s.cfg.Signals.Has(st.Signal()):
			// strace says nothing of a death by a signal -e signal= hides.
		case st.Signaled():
			line = append(line, "+++ killed by "...)
			line = xlat.AppendSignal(line, st.Signal())
			if st.CoreDump() {
				line = append(line, " (core dumped)"...)
			}
			line = append(line, " +++"...)
		}
		s.msg = line
		if len(line) > 0 {
			o := s.out(t)
			s.now(o)
			o.Line(t.Tid, line)
			s.check(o)
		}
	}
	s.closeOut(t)
	s.ntasks--
}

// NewTask implements tracer.Handler.
func (s *Session) NewTask(t *tracer.Task, attach bool) {
	s.ntasks++
	if s.cfg.Quiet&filter.QuietAttach == 0 {
		s.Message("Process " + strconv.Itoa(t.Tid) + " attached")
	}
}

// Detached implements tracer.Handler.
func (s *Session) Detached(t *tracer.Task) {
	ts := state(t)
	if s.cfg.Quiet&filter.QuietAttach == 0 {
		s.Message("Process " + strconv.Itoa(t.Tid) + " detached")
	}
	if o := s.out(t); ts.traced && o.OpenLine() == t.Tid {
		o.Abandon(t.Tid, &ts.call, true)
	}
	ts.traced = false
	s.closeOut(t)
	s.ntasks--
}

// Exec implements tracer.Handler.
func (s *Session) Exec(t *tracer.Task, former int, old *tracer.Task) {
	if old == nil {
		return
	}
	ots := state(old)
	o := s.out(old)
	if ots.traced {
		o.Abandon(old.Tid, &ots.call, false)
	}
	if s.cfg.Quiet&filter.QuietThreadExecve == 0 {
		o.Line(old.Tid, []byte("+++ superseded by execve in pid "+strconv.Itoa(former)+" +++"))
	}
	s.check(o)
	s.closeOut(old)
	s.ntasks--
}

// Idle implements tracer.Handler: nothing else will come for a while.
func (s *Session) Idle() { s.Flush() }

// Flush writes what is buffered and returns the first write error, which
// it also reports as the output's failure (outfail.go).
func (s *Session) Flush() error {
	if s.text != nil {
		err := s.text.Flush()
		s.check(s.text)
		return err
	}
	var first error
	for o := range s.files {
		if err := o.Flush(); err != nil && first == nil {
			first = err
			s.check(o)
		}
	}
	return first
}

// SummaryWriter is where the -c table goes: the trace's output.
func (s *Session) SummaryWriter() io.Writer {
	if s.text != nil {
		return s.text.Writer()
	}
	return s.stderr
}

// Close flushes and closes the -ff files still open.
func (s *Session) Close() {
	s.Flush()
	for o, f := range s.files {
		f.Close()
		delete(s.files, o)
	}
}

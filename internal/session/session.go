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
	"gostrace/internal/inject"
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
	Append     bool              // -A: -ff files are appended to
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

	// Status selects calls by how they ended (-z, -Z, -e status=). Unless
	// it is StatusAll, calls are printed whole at their exit, or not at all.
	Status filter.StatusSet
	// ReadFds and WriteFds: -e read= and -e write=, the descriptors whose
	// data is dumped in hex after the call.
	ReadFds, WriteFds *filter.FdSet
	// Column is the -a alignment column (0: strace's default, 40).
	Column int
	// Numbers (-n) and IPs (-i) prefix lines with the syscall number and
	// the instruction pointer.
	Numbers, IPs bool
	// Style is -X: how named constants print.
	Style xlat.Style
	// Raw (-e raw=) lists the calls printed undecoded; Abbrev (-e abbrev=,
	// none with -v) those whose structures are abbreviated; Verbose (-e
	// verbose=) those whose structures are printed at all. nil: strace's
	// defaults (none, all, all).
	Raw, Abbrev, Verbose *filter.Set
	// Paths (-P) limits the trace to the calls that name one of them.
	Paths []string
	// Pids (-Y, --pidns-translation) decorates process ids; nil: not.
	Pids *PidDecor
	// CallDone, when set, is called after each call that passed the
	// filters has been printed or counted (--syscall-limit counts them).
	CallDone func()
	// OutputError, when set, is called once, on the tracer's thread, when
	// the trace cannot be written (see outfail.go): gostrace detaches.
	OutputError func()

	// Inject tampers with the calls the filter selects (-e inject=,
	// -e fault=); nil for none.
	Inject *inject.Engine

	// gostrace's own (extras.go). Recorder receives the calls shown (the
	// timeline); MinDuration (ns) shows only calls at least that slow;
	// PerProcess keeps a -c table per process.
	Recorder    Recorder
	MinDuration int64
	PerProcess  bool
	// JSON (--output-format=json) writes JSON lines instead of text;
	// Color (--color) colors the text (nil: no colors).
	JSON  bool
	Color *output.Palette
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
	// deferred: status filtering is on (see output.Text.EntryTo).
	deferred bool
	// lean: LeanEntries, decided once the extras are set up.
	lean    bool
	dumps   bool   // -e read= or -e write= selects some descriptor
	dumpBuf []byte // tracee data being dumped
	dumpOut []byte // its hex dump
	// opts are the decoding options by [abbreviated][not dereferenced].
	opts [2][2]*decode.Options
	// staged is the task whose deferred entry was the last line begun,
	// while no call has ended since: see splitStaged.
	staged *taskState
	// paths are -P's paths; pathBuf and fdBuf receive a path argument and
	// a descriptor's link while they are compared with them.
	paths          [][]byte
	pathBuf, fdBuf []byte
	x              extras
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
	// pending is the rendered entry of the current call, with status
	// filtering.
	pending []byte
	// ip is the instruction pointer at the current call's entry (-i).
	ip     uint64
	inject inject.State // -e inject= counters and the current call's tampering
}

// New returns a session writing the trace to out (ignored with PerThread).
func New(cfg Config, out *os.File) *Session {
	s := &Session{cfg: cfg, stderr: os.Stderr}
	out = s.setupExtras(out)
	if cfg.PerThread {
		s.files = map[*output.Text]*os.File{}
	} else {
		s.text = s.newText(out)
		s.sameStream = out == os.Stderr
	}
	if cfg.Decode == nil {
		s.cfg.Decode = decode.DefaultOptions()
	}
	for abbrev := 0; abbrev < 2; abbrev++ {
		for noDeref := 0; noDeref < 2; noDeref++ {
			o := *s.cfg.Decode
			o.Verbose = abbrev == 0
			o.NoDeref = noDeref == 1
			s.opts[abbrev][noDeref] = &o
		}
	}
	for _, p := range cfg.Paths {
		s.paths = append(s.paths, []byte(p))
	}
	s.lean = s.LeanEntries()
	// JSON reports times; colors show slow calls.
	s.timed = cfg.Timing.Active() || cfg.Recorder != nil || cfg.MinDuration > 0 || cfg.JSON || cfg.Color != nil
	s.deferred = cfg.Status != filter.StatusAll || cfg.MinDuration > 0
	s.dumps = !cfg.ReadFds.Empty() || !cfg.WriteFds.Empty()
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

// LeanEntries reports whether the session wants nothing of a syscall at
// its entry (tracer.Config.LeanEntries): -c alone, with no -P paths, no
// tampering and no timeline, all of which look at the entry's number or
// arguments. It then learns the number at the exit (Task.Nr), and applies
// -e trace= there.
func (s *Session) LeanEntries() bool {
	return s.cfg.Count != nil && s.cfg.CountOnly && len(s.paths) == 0 &&
		s.cfg.Inject == nil && s.cfg.Recorder == nil
}

// traced reports whether the filter selects syscall nr.
func (s *Session) traced(nr int) bool {
	return nr >= sysent.Count() || s.trace.Has(nr)
}

func (s *Session) newText(f *os.File) *output.Text {
	o := output.NewText(f)
	if s.cfg.JSON {
		o = output.NewJSON(f)
	}
	o.SetColor(s.cfg.Color)
	o.Prefix = s.prefix
	o.Timing = s.cfg.Timing
	o.Hex = s.cfg.Hex
	if s.cfg.Column > 0 {
		o.Column = s.cfg.Column - 1
	} else if s.cfg.Column < 0 {
		o.Column = 0
	}
	o.Numbers = s.cfg.Numbers
	o.Style = s.cfg.Style
	if s.cfg.Pids != nil {
		o.PidDecor = s.cfg.Pids.Decor
		if s.cfg.Pids.set&filter.DecodePidComm != 0 {
			o.PidComm = s.cfg.Pids.Comm
		}
	}
	o.IPs = s.cfg.IPs
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
		s.text.Tgid = t.Pid
		return s.text
	}
	ts := state(t)
	if ts.out == nil {
		if s.failed {
			return s.discard()
		}
		name := s.cfg.OutputBase + "." + strconv.Itoa(t.Tid)
		flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		if s.cfg.Append {
			flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
		}
		f, err := os.OpenFile(name, flags, 0o666)
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
	ts.out.Tgid = t.Pid
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
	if s.cfg.Quiet&filter.QuietAttach != 0 || s.attachEvent(nil, pid, nthreads, false) {
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
	if s.lean {
		// The number, perhaps not read, is the exit's business.
		ts.traced, ts.nr = true, -1
		ts.start = s.callClock(t)
		return
	}
	nr := int(info.Nr)
	if !s.traced(nr) || len(s.paths) > 0 && !s.pathMatch(t, nr, info.Args) {
		ts.traced = false
		return
	}
	ts.traced = true
	s.injectEntry(t, ts, nr, info)
	if s.cfg.Count != nil {
		ts.start = s.callClock(t)
		if s.cfg.CountOnly {
			ts.nr = nr
			return
		}
	}
	c := &ts.call
	c.Reset(nr, sysent.Name(nr), info.Args, t, s.decodeOptions(nr), t.Tid)
	c.SP = info.SP
	o := s.out(t)
	c.EntryTime = s.now(o)
	switch {
	case c.Name == "restart_syscall":
		s.restartEntry(t, c)
	case s.cfg.Raw != nil && s.cfg.Raw.Has(nr):
		c.DecodeEntryRaw()
	default:
		c.DecodeEntry()
	}
	o.Nr, o.IP, o.NoIP = nr, info.IP, false
	ts.ip = info.IP
	// An injected error or retval makes even exit_group return.
	neverReturns := c.RetKind == decode.RetUnknown && !c.More && !ts.inject.Returns()
	if s.deferred {
		if neverReturns {
			// strace does not stage these: their line begins at once.
			s.splitStaged(t)
		}
		ts.pending = o.EntryTo(ts.pending, t.Tid, c)
		s.staged = ts
	} else {
		o.Entry(t.Tid, c)
	}
	if neverReturns {
		// exit and exit_group never return: strace ends their line at
		// once ("exit_group(0) = ?"), before the other threads' ends,
		// and counts them as unfinished.
		s.abandon(t, o, false)
		ts.traced = false
	}
	s.check(o)
}

// decodeOptions returns the decoding options of syscall nr: -e abbrev=
// and -e verbose= choose per call.
func (s *Session) decodeOptions(nr int) *decode.Options {
	abbrev, noDeref := 0, 0
	if s.cfg.Abbrev == nil {
		if !s.cfg.Decode.Verbose {
			abbrev = 1
		}
	} else if s.cfg.Abbrev.Has(nr) {
		abbrev = 1
	}
	if s.cfg.Verbose != nil && !s.cfg.Verbose.Has(nr) {
		noDeref = 1
	}
	return s.opts[abbrev][noDeref]
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
	rval, isError := s.injectExit(t, ts, info)
	if s.cfg.Count != nil {
		nr := ts.nr
		if !s.cfg.CountOnly {
			nr = ts.call.Nr
		}
		if s.lean {
			if nr = t.Nr; !s.traced(nr) {
				return
			}
		}
		dur := s.callClock(t) - ts.start
		s.cfg.Count.Add(nr, isError, dur)
		if s.x.procs != nil {
			s.countProcess(t, nr, isError, dur)
		}
		if s.cfg.CountOnly {
			s.callDone()
			return
		}
	}
	c := &ts.call
	c.SetMemory(t)
	o := s.out(t)
	c.ExitTime = s.now(o)
	if c.Raw {
		c.DecodeExitRaw(rval, isError)
	} else {
		c.DecodeExit(rval, isError)
	}
	injectMark(c, ts)
	o.Nr, o.IP, o.NoIP = c.Nr, info.IP, false
	if s.deferred {
		s.staged = nil
		want := filter.StatusSuccessful
		if c.Errno > 0 {
			want = filter.StatusFailed
		}
		if s.cfg.Status&want == 0 || !s.slow(c.EntryTime, c.ExitTime) {
			return
		}
		o.Resume(t.Tid, ts.pending)
	}
	o.Exit(t.Tid, c)
	s.recordCall(t, c, false, false)
	if s.dumps {
		s.dump(t, c, o)
	}
	s.check(o)
	s.callDone()
}

func (s *Session) callDone() {
	if s.cfg.CallDone != nil {
		s.cfg.CallDone()
	}
}

// abandon ends the current call of a task that will never return from it
// (detached is false: it died or was replaced by an exec; true: we let go
// of it), if the status filter wants such calls.
func (s *Session) abandon(t *tracer.Task, o *output.Text, detached bool) {
	ts := state(t)
	// The registers are gone: strace shows the last it read, the entry's.
	o.IP, o.NoIP = ts.ip, false
	if s.deferred {
		s.staged = nil
		want := filter.StatusUnfinished
		if detached {
			want = filter.StatusDetached
		}
		if s.cfg.Status&want == 0 || !s.slow(ts.call.EntryTime, time.Now().UnixNano()) {
			return
		}
		o.Resume(t.Tid, ts.pending)
	} else if detached && o.OpenLine() != t.Tid {
		// Its entry was shown: the Recorder draws it to now.
		s.recordCall(t, &ts.call, true, true)
		return
	}
	o.Abandon(t.Tid, &ts.call, detached)
	s.recordCall(t, &ts.call, true, detached)
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
	s.regsLine(t, o)
	s.splitStaged(t)
	line = o.Render(line, c)
	line = append(line, " ---"...)
	s.msg = line
	o.SignalLine(t.Tid, sig, c, line)
	s.check(o)
	s.recordSignal(t, sig, line)
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
	s.regsLine(t, o)
	s.splitStaged(t)
	o.StopLine(t.Tid, sig, line)
	s.check(o)
}

// splitStaged does what strace 6.1 does, with status filtering and one
// output, when a line that is not staged (a signal, a process's end, the
// entry of exit_group) begins while the last line begun is another task's
// call, still staged, with no call ended since: that call's line is ended
// there with " <unfinished ...>", and its exit part printed later on a
// line of its own, without a prefix or a "<... resumed>" header (strace
// writes the mark into the call's staged output). Found by tracing
// processes that end or take signals while another is in a call.
func (s *Session) splitStaged(t *tracer.Task) {
	ts := s.staged
	if ts == nil || s.cfg.PerThread {
		return
	}
	s.staged = nil
	if ts == state(t) {
		return
	}
	ts.pending = append(ts.pending, " <unfinished ...>\n"...)
}

// regsLine sets the -n and -i fields of a line that is not a syscall's:
// the task's last syscall, and its instruction pointer read from its
// registers.
func (s *Session) regsLine(t *tracer.Task, o *output.Text) {
	o.Nr, o.NoIP = t.Nr, false
	if s.cfg.IPs {
		ip, err := ptrace.InstructionPointer(t.Tid)
		o.IP, o.NoIP = ip, err != nil
	}
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
		o.Nr = ts.call.Nr
		s.abandon(t, o, false)
		ts.traced = false
	}
	{
		// -qq (quiet=exit) hides normal exits only: strace still reports
		// a death by a signal ("+++ killed by SIGTERM +++").
		line := s.msg[:0]
		switch {
		case st.Exited() && s.cfg.Quiet&filter.QuietExit != 0:
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
			o.Nr, o.NoIP = t.Nr, true
			s.splitStaged(t)
			o.ExitLine(t.Tid, ending(st), line)
			s.check(o)
		}
	}
	s.closeOut(t)
	s.ntasks--
	if s.cfg.Pids != nil {
		s.cfg.Pids.Forget(t.Tid)
	}
}

// NewTask implements tracer.Handler.
func (s *Session) NewTask(t *tracer.Task, attach bool) {
	s.ntasks++
	if s.cfg.Quiet&filter.QuietAttach == 0 && !s.attachEvent(t, t.Tid, 1, false) {
		s.Message("Process " + strconv.Itoa(t.Tid) + " attached")
	}
}

// Detached implements tracer.Handler.
func (s *Session) Detached(t *tracer.Task) {
	ts := state(t)
	if s.cfg.Quiet&filter.QuietAttach == 0 && !s.attachEvent(t, t.Tid, 1, true) {
		s.Message("Process " + strconv.Itoa(t.Tid) + " detached")
	}
	if o := s.out(t); ts.traced {
		o.Nr = ts.call.Nr
		s.abandon(t, o, true)
	}
	ts.traced = false
	s.closeOut(t)
	s.ntasks--
}

// Exec implements tracer.Handler.
func (s *Session) Exec(t *tracer.Task, former int, old *tracer.Task) {
	if s.x.procs != nil {
		s.execSeen(t)
	}
	if old == nil {
		return
	}
	ots := state(old)
	o := s.out(old)
	if ots.traced {
		o.Nr = ots.call.Nr
		s.abandon(old, o, false)
	}
	o.Nr, o.NoIP = old.Nr, true
	if s.cfg.Quiet&filter.QuietThreadExecve == 0 {
		s.splitStaged(old)
		o.SupersededLine(old.Tid, former, []byte("+++ superseded by execve in pid "+strconv.Itoa(former)+" +++"))
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
	if s.x.summaryOut != nil {
		return s.x.summaryOut
	}
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

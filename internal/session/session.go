// Package session wires a tracing session together: it receives the
// backend's events, decodes the calls the filter selects, and hands them to
// the sinks, deciding what strace would print around them (pid prefixes,
// attach and detach messages, exit lines).
package session

import (
	"os"
	"strconv"

	"gostrace/internal/decode"
	"gostrace/internal/filter"
	"gostrace/internal/output"
	"gostrace/internal/ptrace"
	"gostrace/internal/sysent"
	"gostrace/internal/tracer"
	"gostrace/internal/xlat"
)

// Config is what the session needs from the command line.
type Config struct {
	ProgName   string // for messages: "gostrace: Process 12 attached"
	Follow     bool   // -f
	OutputFile bool   // -o FILE (pid prefixes "1234  " instead of "[pid 1234] ")
	Quiet      int    // -q: no attach/detach messages; -qq: no exit lines either
	Trace      *filter.Set
	Signals    *filter.Set // -e signal=: signals shown; nil for all
	Decode     *decode.Options
}

// Session implements tracer.Handler.
type Session struct {
	cfg    Config
	text   *output.Text
	stderr *os.File
	// sameStream: trace and messages both go to stderr.
	sameStream bool
	ntasks     int
	msg        []byte
	sig        decode.Call
}

// taskState is what the session keeps per traced thread.
type taskState struct {
	call    decode.Call
	traced  bool // the current call passes the filter and its entry was printed
	attach  bool
	started bool
}

// New returns a session writing the trace to out.
func New(cfg Config, out *os.File) *Session {
	s := &Session{cfg: cfg, text: output.NewText(out), stderr: os.Stderr}
	s.sameStream = out == os.Stderr
	s.text.Prefix = s.prefix
	if cfg.Decode == nil {
		s.cfg.Decode = decode.DefaultOptions()
	}
	return s
}

// Text returns the text sink (for options that tune it).
func (s *Session) Text() *output.Text { return s.text }

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
	s.text.Flush()
	s.msg = append(s.msg, '\n')
	s.stderr.Write(s.msg)
}

// Attached notes a process attached by -p.
func (s *Session) Attached(pid, nthreads int) {
	s.ntasks += nthreads
	if s.cfg.Quiet > 0 {
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
	if !s.cfg.Trace.Has(nr) {
		ts.traced = false
		return
	}
	ts.traced = true
	c := &ts.call
	c.Reset(nr, sysent.Name(nr), info.Args, t, s.cfg.Decode, t.Tid)
	c.SP = info.SP
	if c.Name == "restart_syscall" {
		s.restartEntry(t, c)
	} else {
		c.DecodeEntry()
	}
	s.text.Entry(t.Tid, c)
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
	c := &ts.call
	c.SetMemory(t)
	c.DecodeExit(info.Rval(), info.IsError())
	if c.Errno == 516 { // ERESTART_RESTARTBLOCK: restart_syscall will name it
		t.RestartNr = c.Nr
	}
	s.text.Exit(t.Tid, c)
}

// Signal implements tracer.Handler.
func (s *Session) Signal(t *tracer.Task, sig int, si *ptrace.Siginfo) {
	if s.cfg.Signals != nil && !s.cfg.Signals.Has(sig) {
		return
	}
	c := &s.sig
	c.Reset(0, "", [6]uint64{}, t, s.cfg.Decode, t.Tid)
	decode.Siginfo(c, si[:])
	line := append(s.msg[:0], "--- "...)
	line = xlat.AppendSignal(line, sig)
	line = append(line, ' ')
	line = s.text.Render(line, c)
	line = append(line, " ---"...)
	s.msg = line
	s.text.Line(t.Tid, line)
}

// GroupStop implements tracer.Handler.
func (s *Session) GroupStop(t *tracer.Task, sig int) {
	if s.cfg.Signals != nil && !s.cfg.Signals.Has(sig) {
		return
	}
	line := append(s.msg[:0], "--- stopped by "...)
	line = xlat.AppendSignal(line, sig)
	line = append(line, " ---"...)
	s.msg = line
	s.text.Line(t.Tid, line)
}

// Exited implements tracer.Handler.
func (s *Session) Exited(t *tracer.Task, st ptrace.WaitStatus) {
	ts := state(t)
	if ts.traced {
		// Killed in the middle of a call (exit_group, or a thread of a
		// process another thread ended): strace ends it with "= ?".
		s.text.Abandon(t.Tid, &ts.call, false)
		ts.traced = false
	}
	if s.cfg.Quiet < 2 {
		line := s.msg[:0]
		switch {
		case st.Exited():
			line = append(line, "+++ exited with "...)
			line = strconv.AppendInt(line, int64(st.ExitStatus()), 10)
			line = append(line, " +++"...)
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
			s.text.Line(t.Tid, line)
		}
	}
	s.ntasks--
}

// NewTask implements tracer.Handler.
func (s *Session) NewTask(t *tracer.Task, attach bool) {
	s.ntasks++
	if s.cfg.Quiet == 0 {
		s.Message("Process " + strconv.Itoa(t.Tid) + " attached")
	}
}

// Detached implements tracer.Handler.
func (s *Session) Detached(t *tracer.Task) {
	ts := state(t)
	if s.cfg.Quiet == 0 {
		s.Message("Process " + strconv.Itoa(t.Tid) + " detached")
	}
	if ts.traced && s.text.OpenLine() == t.Tid {
		s.text.Abandon(t.Tid, &ts.call, true)
	}
	ts.traced = false
	s.ntasks--
}

// Exec implements tracer.Handler.
func (s *Session) Exec(t *tracer.Task, former int, old *tracer.Task) {
	if old == nil {
		return
	}
	ots := state(old)
	if ots.traced {
		s.text.Abandon(old.Tid, &ots.call, false)
	}
	if s.cfg.Quiet < 2 {
		s.text.Line(old.Tid, []byte("+++ superseded by execve in pid "+strconv.Itoa(former)+" +++"))
	}
	s.ntasks--
}

// Idle implements tracer.Handler: nothing else will come for a while.
func (s *Session) Idle() { s.text.Flush() }

// Flush writes what is buffered.
func (s *Session) Flush() error { return s.text.Flush() }

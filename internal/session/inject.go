package session

import (
	"gostrace/internal/ptrace"
	"gostrace/internal/tracer"
)

// injectEntry tampers with a call the filter selects, at its entry stop,
// before it is decoded (-e inject=, -e fault=). The execve that starts
// the command is left alone, as strace does: it is not even counted.
func (s *Session) injectEntry(t *tracer.Task, ts *taskState, nr int, info *ptrace.SyscallInfo) {
	if s.cfg.Inject != nil && !t.Hidden() {
		s.cfg.Inject.Entry(&ts.inject, t, t.Tid, nr, info.Args)
	}
}

// injectExit finishes the tampering at the exit stop, before the call is
// decoded or counted, and returns the value and error flag it ends with.
func (s *Session) injectExit(t *tracer.Task, ts *taskState, info *ptrace.SyscallInfo) (int64, bool) {
	if s.cfg.Inject == nil {
		return info.Rval(), info.IsError()
	}
	return s.cfg.Inject.Exit(&ts.inject, t, t.Tid, info.Rval(), info.IsError())
}

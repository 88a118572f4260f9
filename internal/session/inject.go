package session

import (
	"gostrace/internal/decode"
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

// injectMark notes on a decoded call what tampering did to it. A call
// that never returns (exit_group) but was made to return a value shows
// that value, unsigned, as strace 6.1 does: "exit_group(0) = 5 (INJECTED)",
// "= 18446744073709551615 (INJECTED)" for retval=-1.
func injectMark(c *decode.Call, ts *taskState) {
	c.Tamper = ts.inject.Tamper()
	if c.Tamper&decode.TamperRetval != 0 && c.RetKind == decode.RetUnknown {
		c.RetKind = decode.RetUdec
	}
}

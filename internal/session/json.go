package session

import (
	"gostrace/internal/output"
	"gostrace/internal/ptrace"
	"gostrace/internal/tracer"
)

// attachEvent reports an attach or a detach in a JSON trace, and whether
// that is all: the text's "Process N attached" message is still written
// to stderr when the trace goes elsewhere, not into a JSON stream. t is
// nil for a process attached by -p, which has no file of its own yet
// with -ff: only a shared trace reports those.
func (s *Session) attachEvent(t *tracer.Task, tid, threads int, detach bool) bool {
	if !s.cfg.JSON {
		return false
	}
	var o *output.Text
	switch {
	case t != nil:
		o = s.out(t)
	case s.text != nil:
		o = s.text
	default:
		return false
	}
	pid := tid
	if t != nil {
		pid = t.Pid
	}
	o.AttachEvent(pid, tid, threads, detach)
	return s.sameStream
}

// ending is how a process ended, for the sinks.
func ending(st ptrace.WaitStatus) output.Ending {
	if st.Signaled() {
		return output.Ending{Signal: st.Signal(), Core: st.CoreDump()}
	}
	return output.Ending{Status: st.ExitStatus()}
}

package session

import (
	"errors"
	"io"
	"syscall"

	"gostrace/internal/output"
	"gostrace/internal/xlat"
)

// When the trace cannot be written (a full disk, -o /dev/full, a closed
// pipe after "2>&1 | head -1", a -ff file that cannot be created), strace
// 6.1 prints an error at every line and traces on, or dies of SIGPIPE and
// takes the command it started with it. gostrace does what issue 5 asks
// instead, because the trace is lost anyway and the tracees must not pay
// for it:
//
//   - one line on stderr, in strace's words ("gostrace: FILE: strerror",
//     or "Can't fopen 'FILE': strerror"), not one per write;
//   - every tracee is detached, never killed: an attached process runs on
//     untraced, the command we started too (it meets the closed pipe
//     itself if it writes there, as it would without us);
//   - gostrace waits for the command it started, as after -b execve, so
//     that a shell pipeline still waits for the command, then exits 1:
//     the trace is incomplete, and a script must be able to tell.
//
// The check costs one comparison per event (the sink keeps its first
// error); no write is attempted after it.

// check notes a failed write of sink o.
func (s *Session) check(o *output.Text) {
	if o.Err() != nil && !s.failed {
		s.outputFailed(s.sinkName(o) + ": " + errText(o.Err()))
	}
}

// outputFailed reports msg once, straight to stderr (the trace's buffer
// may be the stream that failed), and has the tracees let go of.
func (s *Session) outputFailed(msg string) {
	if s.failed {
		return
	}
	s.failed = true
	line := append([]byte(nil), s.cfg.ProgName...)
	line = append(line, ": "...)
	line = append(line, msg...)
	line = append(line, '\n')
	s.stderr.Write(line)
	if s.cfg.OutputError != nil {
		s.cfg.OutputError()
	}
}

// OutputFailure reports that the trace cannot be written (msg says why,
// in strace's words), as a failed write does: gostrace lets go.
func (s *Session) OutputFailure(msg string) { s.outputFailed(msg) }

// OutputFailed reports whether the trace could not be written.
func (s *Session) OutputFailed() bool { return s.failed }

// discard is the sink of -ff threads first seen after the output failed:
// no more files are created.
func (s *Session) discard() *output.Text {
	if s.discardOut == nil {
		s.discardOut = output.NewText(io.Discard)
	}
	return s.discardOut
}

// sinkName names a sink's destination in an error message, as strace
// names its -o file.
func (s *Session) sinkName(o *output.Text) string {
	if f, ok := s.files[o]; ok {
		return f.Name()
	}
	if s.cfg.OutputFile {
		return s.cfg.OutputBase
	}
	return "stderr"
}

// errText is strerror's text for an errno, as strace prints it.
func errText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return xlat.ErrnoMessage(int(errno))
	}
	return err.Error()
}

// WriteFailed reports a failed write that bypassed the sink (the -c
// table goes straight to the trace's destination) as the trace's failure.
func (s *Session) WriteFailed(err error) {
	if err == nil || s.failed {
		return
	}
	name := "stderr"
	if s.text != nil {
		name = s.sinkName(s.text)
	}
	s.outputFailed(name + ": " + errText(err))
}

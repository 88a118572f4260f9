package session

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"time"

	"gostrace/internal/decode"
	"gostrace/internal/output"
	"gostrace/internal/summary"
	"gostrace/internal/tracer"
)

// Record is one call or signal as a Recorder receives it.
type Record struct {
	Pid, Tid int
	// Nr and Name: the call; Sig > 0 instead for a signal delivery.
	Nr   int
	Name string
	Sig  int
	// Start and End are the times of the entry and exit stops (ns since
	// the epoch); equal for a signal.
	Start, End int64
	Errno      int
	// Unfinished: the call never returned (its task died, exec'd or was
	// detached); End is when that was seen.
	Unfinished bool
	// Line is the call's strace line, without prefix ("read(3, ...) =
	// 5"), or the signal's ("--- SIGCHLD {...} ---"). Valid during the
	// Record call only.
	Line []byte
}

// Recorder is a sink beside the text: it receives every call and signal
// the trace shows (after -e trace=, -P, status filtering and
// --min-duration), whole, once each call has ended. The timeline is one.
// It runs on the tracer's thread, with the task stopped.
type Recorder interface {
	Record(r *Record)
}

// extras holds the session's part of gostrace's own options.
type extras struct {
	// line renders calls for the Recorder: a text sink of its own, so
	// that the trace's open line is left alone.
	line    *output.Text
	lineBuf []byte
	rec     Record
	// summaryOut: with -c and a Recorder, calls are decoded for the
	// Recorder and printed nowhere; the table goes here.
	summaryOut io.Writer
	// procs: --per-process's tables.
	procs     map[int]*ProcSummary
	procOrder []*ProcSummary
}

// ProcSummary is one process's -c table (--per-process).
type ProcSummary struct {
	Pid   int
	Comm  string
	Count *summary.Summary
}

// setupExtras prepares the extras before the sinks are made; it returns
// the file the trace goes to.
func (s *Session) setupExtras(out *os.File) *os.File {
	if s.cfg.Recorder != nil {
		s.x.line = output.NewText(io.Discard)
		s.x.line.Hex, s.x.line.Style = s.cfg.Hex, s.cfg.Style
		if s.cfg.Pids != nil {
			s.x.line.PidDecor = s.cfg.Pids.Decor
		}
		if s.cfg.CountOnly && !s.cfg.PerThread {
			// -c decodes nothing; the Recorder wants every call decoded.
			// Decode them, and send the trace to /dev/null.
			if null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0); err == nil {
				s.cfg.CountOnly = false
				s.x.summaryOut = out
				out = null
			}
		}
	}
	if s.cfg.PerProcess && s.cfg.Count != nil {
		s.x.procs = map[int]*ProcSummary{}
	}
	return out
}

// slow reports whether a call that began at start and ended at end passes
// --min-duration.
func (s *Session) slow(start, end int64) bool {
	return s.cfg.MinDuration <= 0 || end-start >= s.cfg.MinDuration
}

// recordCall gives a call that was shown to the Recorder.
func (s *Session) recordCall(t *tracer.Task, c *decode.Call, abandoned, detached bool) {
	if s.cfg.Recorder == nil {
		return
	}
	end := c.ExitTime
	if abandoned || detached || end == 0 {
		end = time.Now().UnixNano()
	}
	s.x.lineBuf = s.x.line.AppendCall(s.x.lineBuf[:0], c, abandoned, detached)
	s.x.rec = Record{Pid: t.Pid, Tid: t.Tid, Nr: c.Nr, Name: c.Name, Start: c.EntryTime, End: end,
		Errno: c.Errno, Unfinished: abandoned || detached, Line: s.x.lineBuf}
	s.cfg.Recorder.Record(&s.x.rec)
}

// recordSignal gives a signal line that was shown to the Recorder.
func (s *Session) recordSignal(t *tracer.Task, sig int, line []byte) {
	if s.cfg.Recorder == nil {
		return
	}
	now := time.Now().UnixNano()
	s.x.rec = Record{Pid: t.Pid, Tid: t.Tid, Sig: sig, Start: now, End: now, Line: line}
	s.cfg.Recorder.Record(&s.x.rec)
}

// countProcess adds a call to its process's table (--per-process).
func (s *Session) countProcess(t *tracer.Task, nr int, failed bool, dur int64) {
	p := s.x.procs[t.Pid]
	if p == nil {
		p = &ProcSummary{Pid: t.Pid, Comm: readComm(t.Pid),
			Count: &summary.Summary{Percentiles: s.cfg.Count.Percentiles}}
		s.x.procs[t.Pid] = p
		s.x.procOrder = append(s.x.procOrder, p)
	}
	p.Count.Add(nr, failed, dur)
}

// execSeen notes a process's new command name (--per-process tables are
// named by the last one).
func (s *Session) execSeen(t *tracer.Task) {
	if p := s.x.procs[t.Pid]; p != nil {
		p.Comm = readComm(t.Pid)
	}
}

func readComm(pid int) string {
	b, _ := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/comm")
	return string(bytes.TrimSuffix(b, []byte("\n")))
}

// PerProcess returns --per-process's tables, in the order the processes
// made their first call; nil without the option.
func (s *Session) PerProcess() []*ProcSummary {
	if s.x.procs == nil {
		return nil
	}
	return s.x.procOrder
}

// Interject writes whole lines of text (a periodic table) where the -c
// table goes, ending the trace's open line first with " <unfinished
// ...>": it is resumed after.
func (s *Session) Interject(b []byte) {
	switch {
	case s.x.summaryOut != nil:
		s.x.summaryOut.Write(b)
	case s.text != nil:
		s.text.Raw(b)
		s.text.Flush()
	default:
		s.Flush()
		s.stderr.Write(b)
	}
}

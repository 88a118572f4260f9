// Package timeline draws a trace: every call as a bar on its thread's lane,
// from its entry to its exit, and every signal as a mark. It is a sink
// beside the text (session.Recorder): it reads the calls the session
// decoded and the lines it rendered, and decodes nothing itself.
//
// Two formats, by the file's extension: ".json" is the trace-event format
// of Chrome's about:tracing and of Perfetto (a complete event per call, an
// instant event per signal, process and thread names as metadata);
// ".html" is one page with everything inline (no network, no external
// script or font) that draws the lanes on a canvas, with zoom and the
// strace line of the call under the pointer.
//
// Memory stays bounded on long traces: events are written to the file as
// they come, through a small buffer. The file and the page stay usable:
// the first MaxEvents calls and signals are written, each line cut at
// MaxLine bytes; later ones are only counted, and the file says how many.
package timeline

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"strings"
	"time"

	"gostrace/internal/session"
	"gostrace/internal/xlat"
)

// The caps (see the package comment; the --timeline help says them).
const (
	MaxEvents = 100000
	MaxLine   = 512
)

type format interface {
	begin(w *Writer)
	thread(w *Writer, th *thread)
	event(w *Writer, r *session.Record, th *thread, line []byte)
	end(w *Writer)
}

// thread is what the timeline knows of a traced thread.
type thread struct {
	tid, pid   int
	name, proc string // thread and process command names
}

// Writer is a session.Recorder that writes a timeline file.
type Writer struct {
	f    *os.File
	w    *bufio.Writer
	fmt  format
	t0   int64 // the times in the file are relative to this (ns since the epoch)
	buf  []byte
	line []byte
	// events written, and dropped past MaxEvents.
	events, calls, signals, dropped int
	first, last                     int64 // extent of what was written, relative to t0
	threads                         map[int]*thread
	// Title describes the trace (the command line); set before the first
	// event.
	Title  string
	err    error
	closed bool
	max    int // MaxEvents, but in tests
}

// Create opens path for a timeline in the format its extension names
// (".html" or ".json"). Times are measured from now.
func Create(path string, title string) (*Writer, error) {
	w := &Writer{t0: time.Now().UnixNano(), threads: map[int]*thread{}, Title: title, max: MaxEvents}
	if strings.HasSuffix(path, ".json") {
		w.fmt = &chromeFormat{}
	} else {
		w.fmt = &htmlFormat{}
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	w.f = f
	w.w = bufio.NewWriterSize(f, 64<<10)
	w.fmt.begin(w)
	return w, nil
}

// Record implements session.Recorder.
func (w *Writer) Record(r *session.Record) {
	if w.events >= w.max {
		w.dropped++
		return
	}
	th := w.threads[r.Tid]
	if th == nil {
		th = &thread{tid: r.Tid, pid: r.Pid}
		w.threads[r.Tid] = th
		w.names(th)
	} else if th.pid != r.Pid {
		// A thread that exec'd took its leader's id.
		th.pid = r.Pid
		w.names(th)
	}
	w.line = append(w.line[:0], r.Line...)
	if len(w.line) > MaxLine {
		w.line = append(w.line[:MaxLine-3], "..."...)
	}
	w.events++
	if r.Sig > 0 {
		w.signals++
	} else {
		w.calls++
	}
	start, end := r.Start-w.t0, r.End-w.t0
	if w.events == 1 || start < w.first {
		w.first = start
	}
	w.last = max(w.last, end)
	w.fmt.event(w, r, th, w.line)
	if r.Sig == 0 && r.Errno == 0 && (r.Name == "execve" || r.Name == "execveat" || r.Name == "prctl") {
		// A new program, or a thread that named itself (PR_SET_NAME):
		// new names, for the events after.
		w.names(th)
	}
}

// names reads the command names of a thread and its process, and writes
// them when they changed.
func (w *Writer) names(th *thread) {
	name, proc := comm(th.tid), comm(th.pid)
	if name == th.name && proc == th.proc {
		return
	}
	th.name, th.proc = name, proc
	w.fmt.thread(w, th)
}

func comm(tid int) string {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(tid) + "/comm")
	if err != nil {
		return ""
	}
	return string(bytes.TrimSuffix(b, []byte("\n")))
}

// Closed reports whether Close was called.
func (w *Writer) Closed() bool { return w.closed }

// Close ends the file.
func (w *Writer) Close() error {
	if w.closed {
		return w.err
	}
	w.closed = true
	w.fmt.end(w)
	if err := w.w.Flush(); err != nil && w.err == nil {
		w.err = err
	}
	if err := w.f.Close(); err != nil && w.err == nil {
		w.err = err
	}
	return w.err
}

func (w *Writer) write(b []byte) {
	if _, err := w.w.Write(b); err != nil && w.err == nil {
		w.err = err
	}
}

func (w *Writer) writeString(s string) {
	if _, err := w.w.WriteString(s); err != nil && w.err == nil {
		w.err = err
	}
}

// signalName returns "SIGCHLD" for a signal number.
func signalName(sig int) string { return string(xlat.AppendSignal(nil, sig)) }

package timeline

import (
	"strconv"
	"time"

	"gostrace/internal/session"
	"gostrace/internal/xlat"
)

// chromeFormat writes the trace-event JSON object format: {"traceEvents":
// [...]} with "X" (complete) events for calls, "i" (instant, thread
// scope) for signals, and "M" metadata naming processes and threads. Times
// are microseconds from the start of the trace.
type chromeFormat struct{ n int }

func (c *chromeFormat) sep(w *Writer) {
	if c.n > 0 {
		w.writeString(",\n")
	} else {
		w.writeString("\n")
	}
	c.n++
}

func (c *chromeFormat) begin(w *Writer) {
	w.writeString(`{"displayTimeUnit":"ms","traceEvents":[`)
}

func (c *chromeFormat) thread(w *Writer, th *thread) {
	b := w.buf[:0]
	if th.tid == th.pid {
		c.sep(w)
		b = append(b, `{"name":"process_name","ph":"M","pid":`...)
		b = strconv.AppendInt(b, int64(th.pid), 10)
		b = append(b, `,"tid":`...)
		b = strconv.AppendInt(b, int64(th.tid), 10)
		b = append(b, `,"args":{"name":`...)
		b = appendString(b, []byte(th.proc))
		b = append(b, `}}`...)
		w.write(b)
		b = b[:0]
	}
	c.sep(w)
	b = append(b, `{"name":"thread_name","ph":"M","pid":`...)
	b = strconv.AppendInt(b, int64(th.pid), 10)
	b = append(b, `,"tid":`...)
	b = strconv.AppendInt(b, int64(th.tid), 10)
	b = append(b, `,"args":{"name":`...)
	b = appendString(b, []byte(th.name+" "+strconv.Itoa(th.tid)))
	b = append(b, `}}`...)
	w.buf = b
	w.write(b)
}

func (c *chromeFormat) event(w *Writer, r *session.Record, th *thread, line []byte) {
	c.sep(w)
	b := w.buf[:0]
	b = append(b, `{"name":`...)
	if r.Sig > 0 {
		b = appendString(b, []byte(signalName(r.Sig)))
		b = append(b, `,"cat":"signal","ph":"i","s":"t","ts":`...)
		b = appendMicros(b, r.Start-w.t0)
	} else {
		b = appendString(b, []byte(r.Name))
		b = append(b, `,"cat":"`...)
		b = append(b, classes[classOf(r.Nr)].name...)
		b = append(b, `","ph":"X","ts":`...)
		b = appendMicros(b, r.Start-w.t0)
		b = append(b, `,"dur":`...)
		b = appendMicros(b, max(0, r.End-r.Start))
	}
	b = append(b, `,"pid":`...)
	b = strconv.AppendInt(b, int64(th.pid), 10)
	b = append(b, `,"tid":`...)
	b = strconv.AppendInt(b, int64(th.tid), 10)
	b = append(b, `,"args":{"line":`...)
	b = appendString(b, line)
	if r.Errno > 0 {
		b = append(b, `,"error":`...)
		name, _ := xlat.ErrnoName(r.Errno)
		b = appendString(b, []byte(name))
	}
	if r.Unfinished {
		b = append(b, `,"unfinished":true`...)
	}
	b = append(b, `}}`...)
	w.buf = b
	w.write(b)
}

func (c *chromeFormat) end(w *Writer) {
	b := w.buf[:0]
	b = append(b, "\n],\"otherData\":{\"tool\":\"gostrace\",\"title\":"...)
	b = appendString(b, []byte(w.Title))
	b = append(b, `,"start":`...)
	b = appendString(b, []byte(time.Unix(0, w.t0).UTC().Format(time.RFC3339Nano)))
	b = append(b, `,"calls":`...)
	b = strconv.AppendInt(b, int64(w.calls), 10)
	b = append(b, `,"signals":`...)
	b = strconv.AppendInt(b, int64(w.signals), 10)
	b = append(b, `,"dropped":`...)
	b = strconv.AppendInt(b, int64(w.dropped), 10)
	b = append(b, "}}\n"...)
	w.buf = b
	w.write(b)
}

package timeline

import (
	_ "embed"
	"strconv"
	"strings"
	"time"

	"gostrace/internal/session"
)

// page.html is the page: styles and script inline. The events go where
// its data marker is, as one JSON array streamed row by row:
//
//	["t", tid, pid, "thread name", "process name"]   a thread's names
//	[tid, start, duration, class, flags, "line"]     a call (ns; flags: 1 failed, 2 unfinished)
//	["s", tid, time, "line"]                         a signal
//
// and the totals follow in a second JSON element, written at the end.
//
//go:embed page.html
var page string

const dataMarker = "<!--DATA-->"

type htmlFormat struct{ n int }

func (h *htmlFormat) sep(w *Writer) {
	if h.n > 0 {
		w.writeString(",\n")
	}
	h.n++
}

func (h *htmlFormat) begin(w *Writer) {
	head, _, _ := strings.Cut(page, dataMarker)
	w.writeString(head)
	w.writeString(`<script type="application/json" id="gst-data">[` + "\n")
}

func (h *htmlFormat) thread(w *Writer, th *thread) {
	h.sep(w)
	b := append(w.buf[:0], `["t",`...)
	b = strconv.AppendInt(b, int64(th.tid), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(th.pid), 10)
	b = append(b, ',')
	b = appendString(b, []byte(th.name))
	b = append(b, ',')
	b = appendString(b, []byte(th.proc))
	b = append(b, ']')
	w.buf = b
	w.write(b)
}

func (h *htmlFormat) event(w *Writer, r *session.Record, th *thread, line []byte) {
	h.sep(w)
	b := w.buf[:0]
	if r.Sig > 0 {
		b = append(b, `["s",`...)
		b = strconv.AppendInt(b, int64(r.Tid), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, r.Start-w.t0, 10)
	} else {
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(r.Tid), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, r.Start-w.t0, 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, max(0, r.End-r.Start), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(classOf(r.Nr)), 10)
		flags := 0
		if r.Errno > 0 {
			flags |= 1
		}
		if r.Unfinished {
			flags |= 2
		}
		b = append(b, ',', byte('0'+flags))
	}
	b = append(b, ',')
	b = appendString(b, line)
	b = append(b, ']')
	w.buf = b
	w.write(b)
}

func (h *htmlFormat) end(w *Writer) {
	b := append(w.buf[:0], "\n]</script>\n"...)
	b = append(b, `<script type="application/json" id="gst-meta">{"title":`...)
	b = appendString(b, []byte(w.Title))
	b = append(b, `,"start":`...)
	b = appendString(b, []byte(time.Unix(0, w.t0).Format("2006-01-02 15:04:05 MST")))
	b = append(b, `,"calls":`...)
	b = strconv.AppendInt(b, int64(w.calls), 10)
	b = append(b, `,"signals":`...)
	b = strconv.AppendInt(b, int64(w.signals), 10)
	b = append(b, `,"dropped":`...)
	b = strconv.AppendInt(b, int64(w.dropped), 10)
	b = append(b, `,"maxEvents":`...)
	b = strconv.AppendInt(b, int64(w.max), 10)
	b = append(b, `,"errorColor":"`+errorColor+`","classes":[`...)
	for i, c := range classes {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"name":"`+c.name+`","color":"`+c.color+`"}`...)
	}
	b = append(b, "]}</script>\n"...)
	w.buf = b
	w.write(b)
	_, tail, _ := strings.Cut(page, dataMarker)
	w.writeString(tail)
}

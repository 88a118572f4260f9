package timeline

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gostrace/internal/session"
	"gostrace/internal/sysent"
)

// record feeds w a call of name on our own thread (whose names /proc
// gives), starting at t0+start ns.
func record(t *testing.T, w *Writer, name string, start, dur int64, errno int, line string) {
	t.Helper()
	nr, ok := sysent.Number(name)
	if !ok {
		t.Fatalf("no syscall %s", name)
	}
	pid := os.Getpid()
	w.Record(&session.Record{Pid: pid, Tid: pid, Nr: nr, Name: name, Start: w.t0 + start,
		End: w.t0 + start + dur, Errno: errno, Line: []byte(line)})
}

func TestChromeFormat(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.json")
	w, err := Create(path, "gostrace -f x")
	if err != nil {
		t.Fatal(err)
	}
	record(t, w, "openat", 1500, 2250, 2, `openat(AT_FDCWD, "</script>", O_RDONLY) = -1 ENOENT (No such file or directory)`)
	record(t, w, "write", 5000, 1000, 0, "write(1, \"\\n\", 1) = 1")
	pid := os.Getpid()
	w.Record(&session.Record{Pid: pid, Tid: pid, Sig: 17, Start: w.t0 + 7000, End: w.t0 + 7000, Line: []byte("--- SIGCHLD {...} ---")})
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	var doc struct {
		TraceEvents []struct {
			Name, Cat, Ph, S string
			Ts, Dur          float64
			Pid, Tid         int
			Args             map[string]any
		}
		OtherData map[string]any
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b)
	}
	ev := doc.TraceEvents
	if len(ev) != 5 {
		t.Fatalf("%d events:\n%s", len(ev), b)
	}
	if ev[0].Name != "process_name" || ev[0].Ph != "M" || ev[1].Name != "thread_name" || ev[0].Pid != pid {
		t.Errorf("metadata: %+v %+v", ev[0], ev[1])
	}
	o := ev[2]
	if o.Name != "openat" || o.Cat != "file" || o.Ph != "X" || o.Ts != 1.5 || o.Dur != 2.25 ||
		o.Tid != pid || o.Args["error"] != "ENOENT" || !strings.Contains(o.Args["line"].(string), `"</script>"`) {
		t.Errorf("openat: %+v", o)
	}
	if ev[3].Cat != "desc" || ev[3].Ts != 5 || ev[3].Args["error"] != nil {
		t.Errorf("write: %+v", ev[3])
	}
	if s := ev[4]; s.Name != "SIGCHLD" || s.Ph != "i" || s.S != "t" || s.Ts != 7 || s.Cat != "signal" {
		t.Errorf("signal: %+v", s)
	}
	if doc.OtherData["calls"] != 2.0 || doc.OtherData["signals"] != 1.0 || doc.OtherData["dropped"] != 0.0 {
		t.Errorf("otherData: %v", doc.OtherData)
	}
	// The JSON is safe inside HTML too: no raw '<'.
	if strings.Contains(string(b), "</script>") {
		t.Errorf("raw </script> in the output")
	}
}

// The page's data is JSON, rows as the page reads them; past the cap,
// events are counted, not written.
func TestHTMLDataAndCap(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.html")
	w, err := Create(path, "title")
	if err != nil {
		t.Fatal(err)
	}
	w.max = 3
	long := "read(3, \"" + strings.Repeat("x", 600) + "\", 600) = 600"
	record(t, w, "read", 100, 50, 0, long)
	record(t, w, "close", 200, 10, 9, "close(99) = -1 EBADF (Bad file descriptor)")
	record(t, w, "mmap", 300, 10, 0, "mmap(...) = 0x7f00")
	record(t, w, "munmap", 400, 10, 0, "munmap(...) = 0")
	record(t, w, "brk", 500, 10, 0, "brk(NULL) = 0x1000")
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	page := string(b)
	data := between(t, page, `<script type="application/json" id="gst-data">`, "</script>")
	var rows [][]any
	if err := json.Unmarshal([]byte(data), &rows); err != nil {
		t.Fatalf("data is not JSON: %v\n%s", err, data)
	}
	if len(rows) != 4 || rows[0][0] != "t" {
		t.Fatalf("rows: %v", rows)
	}
	if line := rows[1][5].(string); len(line) != MaxLine || !strings.HasSuffix(line, "...") {
		t.Errorf("a long line is cut at %d bytes: %d %q", MaxLine, len(line), line[len(line)-10:])
	}
	if rows[2][4] != 1.0 || classes[int(rows[2][3].(float64))].name != "desc" {
		t.Errorf("close row: %v", rows[2])
	}
	if classes[int(rows[3][3].(float64))].name != "memory" {
		t.Errorf("mmap row: %v", rows[3])
	}
	var meta map[string]any
	if err := json.Unmarshal([]byte(between(t, page, `<script type="application/json" id="gst-meta">`, "</script>")), &meta); err != nil {
		t.Fatal(err)
	}
	if meta["calls"] != 3.0 || meta["dropped"] != 2.0 || meta["maxEvents"] != 3.0 {
		t.Errorf("meta: %v", meta)
	}
	// Self-contained: nothing is fetched.
	for _, bad := range []string{"http://", "https://", "src=", "@import", "url("} {
		if strings.Contains(page, bad) {
			t.Errorf("the page holds %q", bad)
		}
	}
}

func between(t *testing.T, s, open, close string) string {
	t.Helper()
	_, rest, ok := strings.Cut(s, open)
	if !ok {
		t.Fatalf("no %s", open)
	}
	in, _, ok := strings.Cut(rest, close)
	if !ok {
		t.Fatalf("no %s after %s", close, open)
	}
	return in
}

func TestAppendString(t *testing.T) {
	got := string(appendString(nil, []byte("a\"\\\n\t\x01<>&\xff\u00e9")))
	want := `"a\"\\\n\t\u0001\u003c\u003e\u0026\ufffd` + "\u00e9" + `"`
	if got != want {
		t.Errorf("got %s want %s", got, want)
	}
	var back string
	if err := json.Unmarshal([]byte(got), &back); err != nil || back != "a\"\\\n\t\x01<>&\ufffd\u00e9" {
		t.Errorf("round trip: %q %v", back, err)
	}
	if s := string(appendMicros(nil, 1234567)); s != "1234.567" {
		t.Errorf("appendMicros: %s", s)
	}
}

package output_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"gostrace/internal/decode"
	"gostrace/internal/decode/decodetest"
	"gostrace/internal/jsontrace"
	. "gostrace/internal/output"
)

// both drives a text sink and a JSON sink with the same events.
type both struct {
	tb, jb bytes.Buffer
	t, j   *Text
}

func newBoth() *both {
	b := &both{}
	b.t, b.j = NewText(&b.tb), NewJSON(&b.jb)
	b.t.Prefix = func(int) PidPrefix { return PrefixFile }
	b.t.Timing = Timing{Format: StampUnix, Precision: 6, Relative: true, RelPrecision: 6, Durations: true, DurPrecision: 6}
	return b
}

func (b *both) do(now int64, pid int, f func(o *Text)) {
	for _, o := range []*Text{b.t, b.j} {
		o.Now, o.Tgid = now, pid
		f(o)
	}
}

// Every kind of event, through both sinks: the JSON turned back into
// text is the text, byte for byte; each JSON line is valid JSON that
// satisfies the schema.
func TestJSONEventsRoundTrip(t *testing.T) {
	mem := decodetest.NewMemory()
	buf := mem.Alloc([]byte("hello\n"))
	path := mem.CString("/tmp/x\xff\x01")
	b := newBoth()
	at := int64(1700000000_000000000)
	// The session stamps a call's entry with the time of its line.
	call := func(now int64, name string, args ...uint64) *decode.Call {
		c := decoded(t, mem, name, args...)
		c.EntryTime = now
		return c
	}
	// A call interrupted twice over, completed later.
	r := call(at, "read", 0, buf, 6)
	b.do(at, 10, func(o *Text) { o.Entry(10, r) })
	w := call(at+1000, "wait4", ^uint64(0), 0, 0, 0)
	w.Pid = 11
	b.do(at+1000, 10, func(o *Text) { o.Entry(11, w) })
	b.do(at+2000, 10, func(o *Text) {
		o.StopLine(12, 19, []byte("--- stopped by SIGSTOP ---"))
	})
	r.ExitTime = at + 3000
	r.DecodeExit(6, false)
	r.Tamper = decode.TamperRetval | decode.TamperDelayed
	b.do(at+3000, 10, func(o *Text) { o.Exit(10, r) })
	b.do(at+3500, 10, func(o *Text) { o.Raw([]byte(" | 00000  68 65  he |\n")) })
	// A message does not interrupt: it is not in an -o file's text.
	b.do(at+3600, 0, func(o *Text) { o.AttachEvent(13, 13, 1, false) })
	w.ExitTime = at + 4000
	w.DecodeExit(-512, true)
	b.do(at+4000, 10, func(o *Text) { o.Exit(11, w) })
	// Calls that never end: a thread killed in one, one detached.
	o2 := call(at+5000, "openat", uint64(0xffffff9c), path, 0x241, 0o644)
	b.do(at+5000, 14, func(o *Text) { o.Entry(14, o2) })
	b.do(at+6000, 14, func(o *Text) { o.Abandon(14, o2, false) })
	n := call(at+7000, "nanosleep", buf, 0)
	b.do(at+7000, 15, func(o *Text) { o.Entry(15, n) })
	b.do(at+7500, 16, func(o *Text) { o.SupersededLine(16, 15, []byte("+++ superseded by execve in pid 15 +++")) })
	b.do(at+8000, 15, func(o *Text) { o.Abandon(15, n, true) })
	b.do(at+9000, 15, func(o *Text) { o.ExitLine(15, Ending{Status: 3}, []byte("+++ exited with 3 +++")) })
	b.do(at+9500, 16, func(o *Text) {
		o.ExitLine(16, Ending{Signal: 11, Core: true}, []byte("+++ killed by SIGSEGV (core dumped) +++"))
	})
	e := call(at+10000, "exit_group", 0)
	b.do(at+10000, 17, func(o *Text) { o.Entry(17, e); o.Abandon(17, e, false) })
	b.t.Flush()
	b.j.Flush()

	opt := jsontrace.Options{Prefix: PrefixFile, Column: DefaultColumn,
		Timing: Timing{Format: StampUnix, Precision: 6, Relative: true, RelPrecision: 6, Durations: true, DurPrecision: 6}}
	back, err := jsontrace.ConvertString(b.jb.String(), opt)
	if err != nil {
		t.Fatal(err)
	}
	if back != b.tb.String() {
		t.Errorf("text:\n%s\nfrom JSON:\n%s\nJSON:\n%s", b.tb.String(), back, b.jb.String())
	}
	schema, err := jsontrace.LoadSchema(filepath.Join("..", "..", "docs", "trace.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSuffix(b.jb.String(), "\n"), "\n") {
		var v map[string]any
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Errorf("not JSON: %v\n%s", err, l)
		}
		types[v["type"].(string)] = true
		if err := schema.Validate([]byte(l)); err != nil {
			t.Errorf("%v\n%s", err, l)
		}
	}
	for _, typ := range []string{"syscall", "unfinished", "stopped", "dump", "attach", "superseded", "exit", "killed"} {
		if !types[typ] {
			t.Errorf("no %s event", typ)
		}
	}
	for _, want := range []string{
		// The path is not UTF-8: its bytes are there too.
		`{"type":"syscall","pid":14,"tid":14,"syscall":"openat","nr":257,"entry_ns":1700000000000005000,"time_ns":1700000000000006000,` +
			`"args":[{"fd":-100,"name":"AT_FDCWD"},{"str":"/tmp/x\ufffd\u0001","bytes":"2f746d702f78ff01"},{"flags":["O_WRONLY","O_CREAT","O_TRUNC"],"value":577},{"oct":"0644"}],"unfinished":true}`,
		`{"type":"syscall","pid":15,"tid":15,"syscall":"nanosleep","nr":35,"entry_ns":1700000000000007000,"time_ns":1700000000000008000,"args":[{"ptr":"0x7ffd00000000"}],"detached":true,"exit_args":"yes","resumed":true}`,
		`{"type":"unfinished","pid":10,"tid":10,"syscall":"read","nr":0,"entry_ns":1700000000000000000,"args":[{"fd":0}],"exit_args":"yes"}`,
		`"args":[{"fd":0},"hello\n",6],"ret":6,"injected_retval":true,"delayed":true,"resumed":true}`,
		`"ret":null,"errno":"ERESTARTSYS","errno_num":512,"strerror":"To be restarted if SA_RESTART is set","restart":true,"resumed":true}`,
		`{"type":"killed","pid":16,"tid":16,"time_ns":1700000000000009500,"signal":"SIGSEGV","signo":11,"core_dumped":true}`,
		`{"type":"superseded","pid":16,"tid":16,"time_ns":1700000000000007500,"by_tid":15}`,
		`{"type":"attach","pid":13,"tid":13}`,
	} {
		if !strings.Contains(b.jb.String(), want) {
			t.Errorf("no %s in\n%s", want, b.jb.String())
		}
	}
}

// Reporting a call allocates nothing once the sink's buffer has grown:
// the tracer's loop runs it at every stop.
func TestJSONNoAlloc(t *testing.T) {
	mem := decodetest.NewMemory()
	path := mem.CString("/etc/ld.so.cache")
	st := mem.Alloc(make([]byte, 144))
	buf := mem.Alloc(bytes.Repeat([]byte("\x7fELF\x02"), 100))
	var sink bytes.Buffer
	o := NewJSON(&sink)
	o.PidDecor = func(tid int, pid int64, dst []byte) []byte { return append(dst, "<sh>"...) }
	calls := []*decode.Call{
		decoded(t, mem, "openat", uint64(0xffffff9c), path, 0x80000),
		decoded(t, mem, "fstat", 3, st),
		decoded(t, mem, "read", 3, buf, 500),
		decoded(t, mem, "rt_sigprocmask", 2, 0, 0, 8),
		decoded(t, mem, "kill", 42, 9),
	}
	run := func() {
		for i, c := range calls {
			o.Entry(5, c)
			if i == 0 {
				o.Entry(6, calls[1]) // interrupts the first
			}
		}
		for i, c := range calls {
			c.DecodeExit(int64(-2*(i%2)), i%2 == 1)
			o.Exit(5, c)
		}
		sink.Reset()
	}
	run()
	if n := testing.AllocsPerRun(50, run); n != 0 {
		t.Errorf("%v allocations per run", n)
	}
}

func BenchmarkJSONCall(b *testing.B) {
	mem := decodetest.NewMemory()
	path := mem.CString("/etc/ld.so.cache")
	var sink bytes.Buffer
	o := NewJSON(&sink)
	t := &testing.T{}
	c := decoded(t, mem, "openat", uint64(0xffffff9c), path, 0x80000)
	c.DecodeExit(3, false)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		o.Exit(5, c)
		if sink.Len() > 1<<20 {
			sink.Reset()
		}
	}
}

func BenchmarkTextCall(b *testing.B) {
	mem := decodetest.NewMemory()
	path := mem.CString("/etc/ld.so.cache")
	var sink bytes.Buffer
	o := NewText(&sink)
	t := &testing.T{}
	c := decoded(t, mem, "openat", uint64(0xffffff9c), path, 0x80000)
	c.DecodeExit(3, false)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		o.Exit(5, c)
		if sink.Len() > 1<<20 {
			sink.Reset()
		}
	}
}

// -Y's command after a line's pid is read when the line begins: a call's
// entry (an execve changes it by its exit), or its "resumed" line.
func TestJSONComm(t *testing.T) {
	mem := decodetest.NewMemory()
	comm := "old"
	pidComm := func(tid int, dst []byte) []byte { return append(dst, "<"+comm+">"...) }
	b := newBoth()
	b.t.Timing = Timing{}
	b.t.PidComm, b.j.PidComm = pidComm, pidComm
	e := decoded(t, mem, "execve", 0, 0, 0)
	b.do(0, 5, func(o *Text) { o.Entry(5, e) })
	comm = "new"
	e.DecodeExit(0, false)
	b.do(0, 5, func(o *Text) { o.Exit(5, e) })
	r := decoded(t, mem, "read", 0, 0, 0)
	b.do(0, 5, func(o *Text) { o.Entry(5, r) })
	comm = "other"
	b.do(0, 6, func(o *Text) { o.StopLine(6, 19, []byte("--- stopped by SIGSTOP ---")) })
	comm = "newer"
	r.DecodeExit(0, false)
	b.do(0, 5, func(o *Text) { o.Exit(5, r) })
	b.t.Flush()
	b.j.Flush()
	back, err := jsontrace.ConvertString(b.jb.String(), jsontrace.Options{Prefix: PrefixFile, Column: DefaultColumn})
	if err != nil || back != b.tb.String() {
		t.Errorf("%v text:\n%s\nfrom JSON:\n%s\nJSON:\n%s", err, b.tb.String(), back, b.jb.String())
	}
	for _, want := range []string{`"syscall":"execve"`, `"comm":"old"`, `"comm":"other"`, `"comm":"newer"`} {
		if !strings.Contains(b.jb.String(), want) {
			t.Errorf("no %s in\n%s", want, b.jb.String())
		}
	}
}

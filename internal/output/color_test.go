package output_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"gostrace/internal/decode"
	"gostrace/internal/decode/decodetest"
	. "gostrace/internal/output"
	"gostrace/internal/sysent"
)

var escapes = regexp.MustCompile("\x1b\\[[0-9;]*m")

// A palette where every kind has a color of its own, to see which piece
// gets which.
const testColors = "syscall=1:argname=2:argval=3:call=4:const=5:comment=6:punct=7:retval=8:error=9:slow=10"

func esc(n string) string { return "\x1b[" + n + "m" }

const reset = "\x1b[0m"

// lines runs the same calls through a plain sink and a colored one.
func colorLines(t *testing.T, pal *Palette, durations bool, run func(o *Text)) (plain, colored string) {
	t.Helper()
	var pb, cb bytes.Buffer
	for _, s := range []struct {
		b   *bytes.Buffer
		pal *Palette
	}{{&pb, nil}, {&cb, pal}} {
		o := NewText(s.b)
		o.Prefix = func(int) PidPrefix { return PrefixBracket }
		o.Timing.Durations = durations
		o.Timing.DurPrecision = 6
		o.SetColor(s.pal)
		run(o)
		o.Flush()
	}
	return pb.String(), cb.String()
}

func decoded(t *testing.T, mem *decodetest.Memory, name string, args ...uint64) *decode.Call {
	t.Helper()
	nr, _ := sysent.Number(name)
	var a [6]uint64
	copy(a[:], args)
	c := &decode.Call{}
	c.Reset(nr, name, a, mem, decode.DefaultOptions(), 1)
	c.DecodeEntry()
	return c
}

// Each piece of a line gets its kind's color, the columns are those of
// the plain text (escapes take no room), and taking the escapes out gives
// the plain text back.
func TestColorPieces(t *testing.T) {
	pal := NewPalette(testColors)
	mem := decodetest.NewMemory()
	path := mem.CString("/etc/passwd")
	st := mem.Alloc(make([]byte, 144))
	// struct sockaddr_in: AF_INET, port 80, 127.0.0.1.
	sin := mem.Alloc([]byte{2, 0, 0, 80, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0})
	plain, colored := colorLines(t, pal, false, func(o *Text) {
		c := decoded(t, mem, "openat", uint64(0xffffff9c), path, 0x80000)
		o.Entry(5, c)
		c.DecodeExit(-2, true)
		o.Exit(5, c)
		c = decoded(t, mem, "openat", uint64(0xffffff9c), path, 0)
		o.Entry(5, c)
		c.DecodeExit(3, false)
		o.Exit(5, c)
		c = decoded(t, mem, "fstat", 3, st)
		o.Entry(5, c)
		w := decoded(t, mem, "wait4", ^uint64(0), 0, 0, 0)
		o.Entry(6, w)
		c.DecodeExit(0, false)
		o.Exit(5, c)
		w.DecodeExit(7, false)
		o.Exit(6, w)
		c = decoded(t, mem, "connect", 3, sin, 16)
		o.Entry(5, c)
		c.DecodeExit(0, false)
		o.Exit(5, c)
	})
	if got := escapes.ReplaceAllString(colored, ""); got != plain {
		t.Errorf("without the escapes:\n%s\nplain:\n%s", got, plain)
	}
	for _, want := range []string{
		esc("1") + "openat" + reset + esc("7") + "(" + reset,
		esc("5") + "AT_FDCWD" + reset + esc("7") + ", " + reset + esc("3") + `"/etc/passwd"` + reset,
		esc("5") + "O_RDONLY|O_CLOEXEC" + reset + esc("7") + ")" + reset,
		esc("9") + "-1 ENOENT (No such file or directory)" + reset + "\n",
		esc("7") + " = " + reset + esc("8") + "3" + reset + "\n",
		esc("2") + "st_mode" + reset + esc("7") + "=" + reset,
		esc("4") + "htons" + reset + esc("7") + "(" + reset + esc("3") + "80" + reset + esc("7") + ")" + reset,
		esc("6") + " <unfinished ...>" + reset + "\n",
		esc("6") + "<... " + reset + esc("1") + "wait4" + reset + esc("6") + " resumed>" + reset,
	} {
		if !strings.Contains(colored, want) {
			t.Errorf("no %q in\n%q", want, colored)
		}
	}
	// " = " at the plain text's column on the terminal.
	for _, l := range strings.Split(strings.TrimSuffix(colored, "\n"), "\n") {
		vis := escapes.ReplaceAllString(l, "")
		if i := strings.Index(vis, ") = "); i >= 0 && i < 39 {
			for _, c := range vis[i+1 : 39] {
				if c != ' ' {
					t.Errorf("not padded to the column: %q", vis)
				}
			}
		}
	}
}

// A slow call's result and time stand out; a quick one's do not.
func TestColorSlow(t *testing.T) {
	pal := NewPalette(testColors)
	mem := decodetest.NewMemory()
	for _, tc := range []struct {
		took int64
		want string
	}{
		{pal.Slow, esc("10") + "0" + reset + esc("10") + " <0.100000>" + reset + "\n"},
		{pal.Slow - 1, esc("8") + "0" + reset + esc("6") + " <0.099999>" + reset + "\n"},
	} {
		_, colored := colorLines(t, pal, true, func(o *Text) {
			c := decoded(t, mem, "pause")
			c.EntryTime = 1e18
			o.Entry(5, c)
			c.ExitTime = c.EntryTime + tc.took
			c.DecodeExit(0, false)
			o.Exit(5, c)
		})
		if !strings.HasSuffix(colored, tc.want) {
			t.Errorf("took %d: %q, want it to end with %q", tc.took, colored, tc.want)
		}
	}
}

// GOSTRACE_COLORS: key=SGR entries, keys in any case, entries that are
// not understood ignored (the default stays).
func TestPalette(t *testing.T) {
	mem := decodetest.NewMemory()
	line := func(spec string) string {
		_, colored := colorLines(t, NewPalette(spec), false, func(o *Text) {
			c := decoded(t, mem, "close", 3)
			o.Entry(5, c)
			c.DecodeExit(-9, true)
			o.Exit(5, c)
		})
		return colored
	}
	def := line("")
	if !strings.Contains(def, esc("1;31")+"-1 EBADF (Bad file descriptor)"+reset) || !strings.Contains(def, esc("1")+"close"+reset) {
		t.Errorf("default palette: %q", def)
	}
	// Punctuation and argument values are left alone by default.
	if !strings.Contains(def, "close"+reset+"(3)") {
		t.Errorf("uncolored kinds get escapes: %q", def)
	}
	for spec, want := range map[string]string{
		"ERROR=4;33":                  esc("4;33") + "-1 EBADF",
		" error = 45 :syscall=7":      esc("45") + "-1 EBADF",
		"error=red:syscall=x":         esc("1;31") + "-1 EBADF",
		"error=:nonsense=3:error":     esc("1;31") + "-1 EBADF",
		"error=;;":                    esc("1;31") + "-1 EBADF",
		"syscall=7:error=2":           esc("7") + "close",
		"argval=36":                   esc("36") + "3" + reset,
		"punct=2:argval=36:error=1;4": esc("2") + "(" + reset + esc("36") + "3",
	} {
		if got := line(spec); !strings.Contains(got, want) {
			t.Errorf("GOSTRACE_COLORS=%q: %q, want %q in it", spec, got, want)
		}
	}
}

// Without a palette nothing changes: the same bytes as a sink that was
// never given one.
func TestNoColor(t *testing.T) {
	mem := decodetest.NewMemory()
	path := mem.CString("/x")
	var a, b bytes.Buffer
	for i, buf := range []*bytes.Buffer{&a, &b} {
		o := NewText(buf)
		if i == 1 {
			o.SetColor(nil)
		}
		c := decoded(t, mem, "openat", uint64(0xffffff9c), path, 0)
		o.Entry(1, c)
		o.Message([]byte("gostrace: Process 2 attached"))
		c.DecodeExit(-2, true)
		o.Exit(1, c)
		o.Flush()
	}
	if a.String() != b.String() || strings.Contains(a.String(), "\x1b") {
		t.Errorf("%q\n%q", a.String(), b.String())
	}
}

// A JSON sink is never colored.
func TestJSONNoColor(t *testing.T) {
	var b bytes.Buffer
	o := NewJSON(&b)
	o.SetColor(NewPalette(""))
	c := decoded(t, decodetest.NewMemory(), "close", 3)
	o.Entry(1, c)
	c.DecodeExit(-9, true)
	o.Exit(1, c)
	o.Flush()
	if strings.Contains(b.String(), "\x1b") || !strings.HasPrefix(b.String(), `{"type":"syscall"`) {
		t.Errorf("%q", b.String())
	}
}

// Signals and ends of processes: the signal as a constant, a clean exit
// as a result, any other end as an error.
func TestColorEvents(t *testing.T) {
	pal := NewPalette(testColors)
	plain, colored := colorLines(t, pal, false, func(o *Text) {
		si := &decode.Call{}
		si.Reset(0, "", [6]uint64{}, decodetest.NewMemory(), decode.DefaultOptions(), 1)
		si.Struct()
		si.Field("si_signo")
		si.SignalNum(17)
		si.End()
		o.SignalLine(5, 17, si, []byte("--- SIGCHLD {si_signo=SIGCHLD} ---"))
		o.ExitLine(5, Ending{Status: 0}, []byte("+++ exited with 0 +++"))
		o.ExitLine(6, Ending{Status: 3}, []byte("+++ exited with 3 +++"))
		o.ExitLine(7, Ending{Signal: 15}, []byte("+++ killed by SIGTERM +++"))
	})
	if got := escapes.ReplaceAllString(colored, ""); got != plain {
		t.Errorf("without the escapes:\n%s\nplain:\n%s", got, plain)
	}
	for _, want := range []string{
		"--- " + esc("5") + "SIGCHLD" + reset + " " + esc("7") + "{" + reset + esc("2") + "si_signo" + reset,
		esc("8") + "+++ exited with 0 +++" + reset,
		esc("9") + "+++ exited with 3 +++" + reset,
		esc("9") + "+++ killed by SIGTERM +++" + reset,
	} {
		if !strings.Contains(colored, want) {
			t.Errorf("no %q in\n%q", want, colored)
		}
	}
}

// A line written out in parts (the session flushes before a call that
// may block, and a message may come in the middle) is still padded by
// what shows.
func TestColorFlushedLine(t *testing.T) {
	mem := decodetest.NewMemory()
	path := mem.CString("/etc/passwd")
	plain, colored := colorLines(t, NewPalette(testColors), false, func(o *Text) {
		for i := 0; i < 3; i++ {
			c := decoded(t, mem, "openat", uint64(0xffffff9c), path, 0)
			o.Entry(5, c)
			o.Flush()
			if i == 1 {
				o.Message([]byte("gostrace: Process 9 attached"))
			}
			if i == 2 {
				o.Flush()
				o.Message([]byte("x"))
				o.Flush()
			}
			c.DecodeExit(3, false)
			o.Exit(5, c)
			o.Flush()
		}
	})
	if got := escapes.ReplaceAllString(colored, ""); got != plain {
		t.Errorf("without the escapes:\n%s\nplain:\n%s", got, plain)
	}
}

package output_test

import (
	"bytes"
	"testing"

	"gostrace/internal/decode"
	"gostrace/internal/decode/decodetest"
	. "gostrace/internal/output"
	"gostrace/internal/sysent"
)

// call decodes a syscall with simple integer arguments.
func call(t *testing.T, name string, args ...uint64) *decode.Call {
	t.Helper()
	nr, ok := sysent.Number(name)
	if !ok {
		t.Fatalf("no syscall %s", name)
	}
	var a [6]uint64
	copy(a[:], args)
	c := &decode.Call{}
	c.Reset(nr, name, a, decodetest.NewMemory(), decode.DefaultOptions(), 1)
	c.DecodeEntry()
	return c
}

// Lines as strace 6.1 prints them: a call completed on its own line is
// padded so that " = " starts at column 39; a call interrupted by another
// tracee's line is closed with " <unfinished ...>" and completed on a
// "<... NAME resumed>" line.
func TestUnfinishedResumed(t *testing.T) {
	var b bytes.Buffer
	o := NewText(&b)
	o.Prefix = func(int) PidPrefix { return PrefixBracket }

	w := call(t, "wait4", ^uint64(0), 0, 0, 0) // wait4(-1, NULL, 0, NULL)
	o.Entry(100, w)
	c := call(t, "close", 3)
	o.Entry(101, c)
	c.DecodeExit(0, false)
	o.Exit(101, c)
	w.DecodeExit(101, false)
	o.Exit(100, w)
	o.Flush()
	want := "[pid   100] wait4(-1,  <unfinished ...>\n" +
		"[pid   101] close(3)                    = 0\n" +
		"[pid   100] <... wait4 resumed>NULL, 0, NULL) = 101\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestFilePrefixAndAbandon(t *testing.T) {
	var b bytes.Buffer
	o := NewText(&b)
	o.Prefix = func(int) PidPrefix { return PrefixFile }
	e := call(t, "exit_group", 0)
	o.Entry(2357, e)
	o.Abandon(2357, e, false)
	o.Line(2357, []byte("+++ exited with 0 +++"))
	o.Flush()
	// As in `strace -f -o FILE`: "PID  " padded to 5 columns and a space.
	want := "2357  exit_group(0)                     = ?\n2357  +++ exited with 0 +++\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}

func TestDetachedCall(t *testing.T) {
	var b bytes.Buffer
	o := NewText(&b)
	r := call(t, "read", 3, 0x1000, 10)
	o.Entry(7, r)
	o.Abandon(7, r, true)
	o.Flush()
	if want := "read(3,  <detached ...>\n"; b.String() != want {
		t.Errorf("got %q want %q", b.String(), want)
	}
}

// Timestamps and durations as `strace -r -T` and `--syscall-times=ns`
// print them.
func TestTiming(t *testing.T) {
	var b bytes.Buffer
	o := NewText(&b)
	o.Timing = Timing{Relative: true, RelPrecision: 6, Durations: true, DurPrecision: 6}
	c := call(t, "close", 3)
	c.EntryTime, c.ExitTime = 1_000_000_000, 1_000_150_000
	o.Now = c.EntryTime
	o.Entry(1, c)
	c.DecodeExit(0, false)
	o.Exit(1, c)
	d := call(t, "close", 4)
	d.EntryTime, d.ExitTime = 1_000_239_000, 1_000_246_543
	o.Now = d.EntryTime
	o.Entry(1, d)
	d.DecodeExit(0, false)
	o.Exit(1, d)
	o.Flush()
	// Column as in strace 6.1's "     0.000051 close(0)                  = 0".
	want := "     0.000000 close(3)                  = 0 <0.000150>\n" +
		"     0.000239 close(4)                  = 0 <0.000007>\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
	b.Reset()
	o.Timing = Timing{Durations: true, DurPrecision: 9}
	c.ExitTime = c.EntryTime + 144464
	o.Entry(1, c)
	o.Exit(1, c)
	o.Flush()
	if want := "close(3)                                = 0 <0.000144464>\n"; b.String() != want {
		t.Errorf("ns duration: got %q want %q", b.String(), want)
	}
}

func TestQuoted(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"\x001", `"\0001"`}, // a digit follows: three octal digits
		{"\x00a", `"\0a"`},   // else as few as needed
		{"\x1bq", `"\33q"`},  // ESC
		{"\x80\xff", `"\200\377"`},
		{"\t\n\v\f\r\"\\", `"\t\n\v\f\r\"\\"`},
	} {
		if got := string(AppendQuoted(nil, []byte(tc.in), false, true)); got != tc.want {
			t.Errorf("%q: got %s want %s", tc.in, got, tc.want)
		}
	}
}

package output_test

import (
	"bytes"
	"testing"

	"gostrace/internal/decode"
	"gostrace/internal/decode/decodetest"
	. "gostrace/internal/output"
	"gostrace/internal/sysent"
)

// The marks of -e inject=, each line as strace 6.1 printed it for the same
// call and options (a program calling getppid, umask and clock_nanosleep
// under -T -e inject=...): after the errno text, before -T's duration.
func TestTamperMarks(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []uint64
		rval   int64
		isErr  bool
		tamper uint8
		dur    bool
		want   string
	}{
		{"getppid", nil, -1, true, decode.TamperRetval, true,
			"getppid()                               = -1 EPERM (Operation not permitted) (INJECTED) <0.000008>\n"},
		{"getppid", nil, 42, false, decode.TamperRetval, false,
			"getppid()                               = 42 (INJECTED)\n"},
		// retval=-1: a success, no errno.
		{"getppid", nil, -1, false, decode.TamperRetval, false,
			"getppid()                               = -1 (INJECTED)\n"},
		{"umask", []uint64{0o22}, 0o22, false, decode.TamperRetval, false,
			"umask(022)                              = 022 (INJECTED)\n"},
		{"getppid", nil, 14074, false, decode.TamperDelayed, false,
			"getppid()                               = 14074 (DELAYED)\n"},
		{"getppid", nil, -5, true, decode.TamperRetval | decode.TamperDelayed, true,
			"getppid()                               = -1 EIO (Input/output error) (INJECTED) (DELAYED) <0.000008>\n"},
		{"close", []uint64{3}, 0, false, decode.TamperArgs, false,
			"close(3)                                = 0 (INJECTED: args)\n"},
		{"close", []uint64{3}, 1, false, decode.TamperArgs | decode.TamperRetval | decode.TamperDelayed, false,
			"close(3)                                = 1 (INJECTED: args, retval) (DELAYED)\n"},
		// A restart errno keeps its "?".
		{"close", []uint64{3}, -514, true, decode.TamperRetval, false,
			"close(3)                                = ? ERESTARTNOHAND (To be restarted if no handler) (INJECTED)\n"},
	} {
		var b bytes.Buffer
		o := NewText(&b)
		o.Timing = Timing{Durations: tc.dur, DurPrecision: 6}
		c := call(t, tc.name, tc.args...)
		c.EntryTime, c.ExitTime = 1_000_000_000, 1_000_008_000
		o.Entry(1, c)
		c.DecodeExit(tc.rval, tc.isErr)
		c.Tamper = tc.tamper
		o.Exit(1, c)
		o.Flush()
		if b.String() != tc.want {
			t.Errorf("got  %q\nwant %q", b.String(), tc.want)
		}
	}
}

// A message printed in the middle of a call's line (a failed poke, trace
// and messages both on stderr) does not count in the line's column:
// strace 6.1 pads what follows it as if it were not there.
func TestMessageKeepsColumn(t *testing.T) {
	m := decodetest.NewMemory()
	buf := m.Alloc([]byte("XX\n"))
	nr, _ := sysent.Number("read")
	c := &decode.Call{}
	c.Reset(nr, "read", [6]uint64{3, buf, 15}, m, decode.DefaultOptions(), 1)
	c.DecodeEntry()
	var b bytes.Buffer
	o := NewText(&b)
	o.Entry(1, c)
	msg := "strace: poke_tcb: Failed to tamper with process 14855: couldn't poke"
	o.Message([]byte(msg))
	o.Message([]byte(msg))
	c.DecodeExit(3, false)
	c.Tamper = decode.TamperArgs
	o.Exit(1, c)
	o.Flush()
	want := "read(3, " + msg + "\n" + msg + "\n" + `"XX\n", 15)                     = 3 (INJECTED: args)` + "\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

package filter

import (
	"math"
	"testing"
	"time"
)

// Accepted and refused spellings as strace 6.1's -O and inject delay_enter=
// took them.
func TestParseTimeSpec(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want time.Duration
	}{
		{"1", time.Microsecond},
		{"0", 0},
		{"-0", 0},
		{"-0.0", 0},
		{"1s", time.Second},
		{"1ms", time.Millisecond},
		{"1us", time.Microsecond},
		{"1ns", 1},
		{"1.5", 1500},
		{"1.5ms", 1500 * time.Microsecond},
		{".5", 500},
		{"+.5", 500},
		{"5.", 5 * time.Microsecond},
		{"00.5", 500},
		{" 5", 5 * time.Microsecond},
		{"+5", 5 * time.Microsecond},
		{"1e3", time.Millisecond},
		{"1E3", time.Millisecond},
		{"1e+2ns", 100},
		{"1.5e-3s", 1500 * time.Microsecond},
		{"1e3ms", time.Second},
		{"9223372036854775807ns", math.MaxInt64},
		{"9223372036854775807s", math.MaxInt64},
		{"9223372036854775808.0ns", math.MaxInt64},
		{"1e30", math.MaxInt64},
	} {
		got, ok := ParseTimeSpec(tc.s)
		if !ok || got != tc.want {
			t.Errorf("%q: got %v %v, want %v", tc.s, got, ok, tc.want)
		}
	}
	for _, s := range []string{
		"", "x", "-1", "1x", "1S", "1h", "1m", "5sec", "5Ms", "5 s", "5 ", "0x1", "0x1e", "0x1.8p1", "0x1p3",
		"-.5", "-0.5", "1.5e400", "1e-400", "-1e-400", ".e3", ".", "-", "+", "1..5", "1.5.5", "inf", "INF",
		"nan", "infinity", "nan.0", "inf.", "1e", "e3", "1e5e", " .5", "1 .5",
		"9223372036854775808", "-9223372036854775809", "18446744073709551615ns",
	} {
		if d, ok := ParseTimeSpec(s); ok {
			t.Errorf("%q accepted as %v", s, d)
		}
	}
}

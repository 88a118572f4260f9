package filter

import (
	"math"
	"testing"
)

func TestStrtol(t *testing.T) {
	for _, tc := range []struct {
		s    string
		v    int64
		rest string
		ok   bool
	}{
		{"5", 5, "", true},
		{" \t+5x", 5, "x", true},
		{"-0", 0, "", true},
		{"010", 10, "", true},
		{"9223372036854775807", math.MaxInt64, "", true},
		{"-9223372036854775808", math.MinInt64, "", true},
		{"9223372036854775808", 0, "", false},
		{"", 0, "", false},
		{"+", 0, "+", false},
		{" x", 0, " x", false},
	} {
		v, rest, ok := Strtol(tc.s)
		if v != tc.v || rest != tc.rest || ok != tc.ok {
			t.Errorf("%q: got %d %q %v", tc.s, v, rest, ok)
		}
	}
	if _, ok := ParseDecimal("5 ", 0, 10); ok {
		t.Errorf("trailing space accepted")
	}
	if _, ok := ParseDecimal("11", 0, 10); ok {
		t.Errorf("out of range accepted")
	}
}

func TestStrtoull(t *testing.T) {
	for _, tc := range []struct {
		s  string
		v  uint64
		ok bool
	}{
		{"0x10", 16, true},
		{"010", 8, true},
		{"-1", math.MaxUint64, true},
		{"18446744073709551615", math.MaxUint64, true},
		{"01777777777777777777777", math.MaxUint64, true},
		{"18446744073709551616", 0, false},
		{" +7", 7, true},
		{"0x", 0, true}, // "0", leaving "x"
	} {
		v, _, ok := strtoull(tc.s)
		if v != tc.v || ok != tc.ok {
			t.Errorf("%q: got %d %v", tc.s, v, ok)
		}
	}
}

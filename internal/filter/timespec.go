package filter

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// ParseTimeSpec reads strace's time specification (-O, inject's delay_enter
// and delay_exit): a non-negative number, microseconds unless followed by
// s, ms, us or ns.
//
// strace reads it as an integer unless the text holds '.', 'e' or 'E', and
// then as a plain decimal floating-point number (no hex, inf or nan, no
// leading space). Integers follow strtoll: leading space and a sign are
// fine, a value beyond int64 is not. Results beyond the range of
// time.Duration saturate, as strace accepts them.
func ParseTimeSpec(s string) (time.Duration, bool) {
	var num float64
	var rest string
	if strings.ContainsAny(s, ".eE") {
		n := floatPrefix(s)
		if n == 0 {
			return 0, false
		}
		f, err := strconv.ParseFloat(s[:n], 64)
		if err != nil || math.IsInf(f, 0) {
			return 0, false
		}
		// glibc's strtod reports ERANGE for results that underflow too.
		if f != 0 && math.Abs(f) < 0x1p-1022 {
			return 0, false
		}
		if f == 0 && hasNonZeroDigit(s[:n]) {
			return 0, false
		}
		num, rest = f, s[n:]
	} else {
		v, r, ok := Strtol(s)
		if !ok {
			return 0, false
		}
		num, rest = float64(v), r
		if v == 0 {
			num = 0
		}
	}
	if num < 0 {
		return 0, false
	}
	var unit float64
	switch rest {
	case "s":
		unit = 1e9
	case "ms":
		unit = 1e6
	case "", "us":
		unit = 1e3
	case "ns":
		unit = 1
	default:
		return 0, false
	}
	ns := num * unit
	if ns >= math.MaxInt64 {
		return time.Duration(math.MaxInt64), true
	}
	return time.Duration(ns), true
}

// floatPrefix returns the length of the longest prefix of s of the form
// [+-](digits[.digits]|.digits)([eE][+-]digits), or 0.
func floatPrefix(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > j {
			i = k
		}
	}
	return i
}

func hasNonZeroDigit(s string) bool {
	mant := s
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant = s[:i]
	}
	return strings.ContainsAny(mant, "123456789")
}

package filter

import "math"

// strace reads most numbers on its command line with the C library's
// strtol family, so "+5", " 5" and "05" are five while "5 " and "0x5" are
// errors. These helpers reproduce exactly that much of strtol.

func isCSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// Strtol parses a decimal number the way strtol(s, &end, 10) does: leading
// white space, an optional sign, then at least one digit. It returns the
// value, the unparsed rest, and false when there were no digits or the value
// does not fit in an int64 (strtol's ERANGE).
func Strtol(s string) (v int64, rest string, ok bool) {
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	start := i
	var u uint64
	overflow := false
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		d := uint64(s[i] - '0')
		if u > (math.MaxUint64-d)/10 {
			overflow = true
		} else {
			u = u*10 + d
		}
		i++
	}
	if i == start {
		return 0, s, false
	}
	limit := uint64(math.MaxInt64)
	if neg {
		limit++
	}
	if overflow || u > limit {
		return 0, s[i:], false
	}
	if neg {
		return -int64(u), s[i:], true
	}
	return int64(u), s[i:], true
}

// ParseDecimal parses the whole of s with Strtol and checks that the value
// lies in [min, max].
func ParseDecimal(s string, min, max int64) (int64, bool) {
	v, rest, ok := Strtol(s)
	if !ok || rest != "" || v < min || v > max {
		return 0, false
	}
	return v, true
}

// parseDigits accepts only a plain run of decimal digits, as strace does for
// syscall and signal numbers in -e expressions (no sign, no spaces).
func parseDigits(s string, max int64) (int64, bool) {
	if s == "" {
		return 0, false
	}
	var v int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int64(c-'0')
		if v > max {
			return 0, false
		}
	}
	return v, true
}

// strtoull parses s as strtoull(s, &end, 0) does: white space, a sign, and
// a decimal, octal (leading 0) or hexadecimal (leading 0x) number; a minus
// sign negates modulo 2^64. ok is false without digits or on overflow.
func strtoull(s string) (v uint64, rest string, ok bool) {
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	base := uint64(10)
	if i < len(s) && s[i] == '0' {
		base = 8
		if i+2 < len(s) && (s[i+1] == 'x' || s[i+1] == 'X') && hexVal(s[i+2]) >= 0 {
			base = 16
			i += 2
		}
	}
	start := i
	overflow := false
	for i < len(s) {
		d := hexVal(s[i])
		if d < 0 || uint64(d) >= base {
			break
		}
		if v > (math.MaxUint64-uint64(d))/base {
			overflow = true
		} else {
			v = v*base + uint64(d)
		}
		i++
	}
	if i == start || overflow {
		return 0, s, false
	}
	if neg {
		v = -v
	}
	return v, s[i:], true
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

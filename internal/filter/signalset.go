package filter

import (
	"strings"

	"gostrace/internal/xlat"
)

// SignalSet is a set of signal numbers, as -e signal= selects them.
// strace accepts numbers up to 255; higher ones follow the set's sign.
type SignalSet struct {
	bits   [4]uint64
	beyond bool
}

// AllSignals returns the set of every signal (the default).
func AllSignals() *SignalSet {
	s := &SignalSet{}
	s.invert()
	return s
}

// Has reports whether sig is in the set.
func (s *SignalSet) Has(sig int) bool {
	if sig < 0 {
		return false
	}
	if sig >= 256 {
		return s.beyond
	}
	return s.bits[sig/64]&(1<<(sig%64)) != 0
}

func (s *SignalSet) add(sig int) { s.bits[sig/64] |= 1 << (sig % 64) }

func (s *SignalSet) invert() {
	for i := range s.bits {
		s.bits[i] = ^s.bits[i]
	}
	s.beyond = !s.beyond
}

// All reports whether the set holds every signal.
func (s *SignalSet) All() bool {
	return s.beyond && s.bits == [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
}

// ParseSignalSet compiles -e signal=: signal names with or without "SIG"
// in any case, numbers 0-255, "all", "none", and '!'.
func ParseSignalSet(expr string) (*SignalSet, error) {
	s := &SignalSet{}
	err := parseList(expr, func(item string) bool {
		sig, ok := signalNumber(item, 255)
		if ok {
			s.add(sig)
		}
		return ok
	}, func() { s.invert() }, "invalid signal '%s'")
	if err != nil {
		return nil, err
	}
	return s, nil
}

// signalNumber reads a signal as strace's -e signal= and inject signal= do:
// a plain decimal number up to max, or a name ("SIGINT", "int", "RTMIN",
// "SIGRT_3").
func signalNumber(s string, max int64) (int, bool) {
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		n, ok := parseDigits(s, max)
		return int(n), ok
	}
	name := strings.ToUpper(s)
	if !strings.HasPrefix(name, "SIG") {
		name = "SIG" + name
	}
	for sig := 1; sig <= 64; sig++ {
		if xlat.SignalName(sig) == name {
			return sig, true
		}
	}
	return 0, false
}

// Package filter holds what the user asked to see: the -e trace= set and
// the other qualifiers, compiled into bitsets so that the hot path asks one
// question per stop.
package filter

import "gostrace/internal/sysent"

// Set is a set of syscall numbers of one architecture.
type Set struct {
	bits []uint64
}

// NewSet returns an empty set, or a full one.
func NewSet(all bool) *Set {
	s := &Set{bits: make([]uint64, (sysent.Count()+64)/64+1)}
	if all {
		for i := range s.bits {
			s.bits[i] = ^uint64(0)
		}
	}
	return s
}

// Has reports whether nr is in the set. Numbers beyond the table (syscalls
// the table does not know) are in a full set.
func (s *Set) Has(nr int) bool {
	if nr < 0 {
		return false
	}
	i := nr / 64
	if i >= len(s.bits) {
		return s.bits[len(s.bits)-1]&(1<<63) != 0
	}
	return s.bits[i]&(1<<(nr%64)) != 0
}

// Add puts nr in the set.
func (s *Set) Add(nr int) {
	if nr >= 0 && nr/64 < len(s.bits) {
		s.bits[nr/64] |= 1 << (nr % 64)
	}
}

// Remove takes nr out of the set.
func (s *Set) Remove(nr int) {
	if nr >= 0 && nr/64 < len(s.bits) {
		s.bits[nr/64] &^= 1 << (nr % 64)
	}
}

// Invert complements the set.
func (s *Set) Invert() {
	for i := range s.bits {
		s.bits[i] = ^s.bits[i]
	}
}

// All reports whether every syscall is in the set.
func (s *Set) All() bool {
	for _, b := range s.bits {
		if b != ^uint64(0) {
			return false
		}
	}
	return true
}

// Package filter holds what the user asked to see: the -e trace= set and
// the other qualifiers, compiled into bitsets so that the hot path asks one
// question per stop.
package filter

import "gostrace/internal/sysent"

// Set is a set of syscall numbers of one architecture. Numbers beyond the
// table share the fate of the last bit, so that "all" and "!open" also
// cover syscalls newer than the table.
type Set struct {
	bits []uint64
}

// NewSet returns an empty set, or a full one.
func NewSet(all bool) *Set {
	s := &Set{bits: make([]uint64, (sysent.Count()+64)/64+1)}
	if all {
		s.Fill()
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

// Fill puts every number in the set, known or not.
func (s *Set) Fill() {
	for i := range s.bits {
		s.bits[i] = ^uint64(0)
	}
}

// Clear empties the set.
func (s *Set) Clear() {
	for i := range s.bits {
		s.bits[i] = 0
	}
}

// Clone returns an independent copy.
func (s *Set) Clone() *Set {
	return &Set{bits: append([]uint64(nil), s.bits...)}
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

// Empty reports whether no syscall is in the set.
func (s *Set) Empty() bool {
	for _, b := range s.bits {
		if b != 0 {
			return false
		}
	}
	return true
}

// Equal reports whether both sets hold the same numbers.
func (s *Set) Equal(t *Set) bool {
	if len(s.bits) != len(t.bits) {
		return false
	}
	for i := range s.bits {
		if s.bits[i] != t.bits[i] {
			return false
		}
	}
	return true
}

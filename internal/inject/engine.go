// Package inject carries out strace's tampering options, -e inject= and
// -e fault=: which invocation of which syscall is tampered with (the
// when= counters, kept per syscall and per thread), and what is done to
// it (a skipped call with an error or a return value, a signal, a delay,
// bytes written into the tracee's memory). The tracer does the register
// work; this package decides.
//
// What strace 6.1 does, and so do we (each checked against it):
//   - Only calls the -e trace= filter selects are tampered with, and only
//     those are counted; the execve that starts the command is neither.
//   - Each thread counts on its own, from zero: a new thread or child
//     process does not inherit its creator's counts. An exec keeps them.
//   - Several expressions naming the same syscall: the last one wins
//     entirely (its options are not merged with the earlier ones').
package inject

import (
	"gostrace/internal/filter"
	"gostrace/internal/sysent"
)

// Engine holds the compiled expressions. It keeps no per-thread state:
// that is State, one per thread, which the caller keeps.
type Engine struct {
	// slot maps a syscall number of the table to its index in rules, -1
	// for none.
	slot  []int32
	rules []*filter.Inject
	// beyond is the rule for the numbers beyond the table, which sets
	// like "all" cover (each still counted on its own).
	beyond *filter.Inject

	// Warn prints a message of strace's ("poke_tcb: ...", without the
	// "PROG: " prefix). Nil discards them.
	Warn func(msg string)
}

// New compiles the expressions of -e inject= and -e fault=, in the order
// given; nil when there are none.
func New(injects []*filter.Inject) *Engine {
	if len(injects) == 0 {
		return nil
	}
	n := sysent.Count()
	e := &Engine{slot: make([]int32, n)}
	byNr := make([]*filter.Inject, n)
	for _, in := range injects {
		for nr := 0; nr < n; nr++ {
			if in.Syscalls.Has(nr) {
				byNr[nr] = in
			}
		}
		if in.Syscalls.Has(n) {
			e.beyond = in
		}
	}
	for nr, in := range byNr {
		e.slot[nr] = -1
		if in != nil {
			e.slot[nr] = int32(len(e.rules))
			e.rules = append(e.rules, in)
		}
	}
	return e
}

// rule returns the expression for syscall nr and counts the invocation
// in st; nil when nr is not tampered with.
func (e *Engine) rule(st *State, nr int) (*filter.Inject, uint32) {
	if nr < 0 {
		return nil, 0
	}
	if nr >= len(e.slot) {
		if e.beyond == nil {
			return nil, 0
		}
		if st.beyond == nil {
			st.beyond = map[int]uint32{}
		}
		st.beyond[nr]++
		return e.beyond, st.beyond[nr]
	}
	i := e.slot[nr]
	if i < 0 {
		return nil, 0
	}
	if st.counts == nil {
		st.counts = make([]uint32, len(e.rules))
	}
	if st.counts[i] < ^uint32(0) {
		st.counts[i]++
	}
	return e.rules[i], st.counts[i]
}

// Applies reports whether when= selects the n-th invocation (from 1).
func Applies(w filter.When, n uint32) bool {
	first, last := uint32(w.First), uint32(w.Last)
	if n < first || n > last {
		return false
	}
	return (n-first)%uint32(w.Step) == 0
}

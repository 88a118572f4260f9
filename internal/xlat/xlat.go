// Package xlat holds named constants: the tables that turn numbers into the
// names strace prints (O_*, MAP_*, CLONE_*, errno names and messages,
// signals), and the rules for printing flag sets and enumerations.
package xlat

import (
	"strconv"
	"sync/atomic"
)

// Pair is one named value.
type Pair struct {
	Val  uint64
	Name string
}

// Table is an ordered list of named values. For flag sets the order is the
// order in which strace prints the names; for enumerations it does not matter.
type Table struct {
	// Unknown is what strace prints in a comment after a value that no entry
	// names, such as "MAP_???".
	Unknown string
	Pairs   []Pair
	// dense is a lookup table for enumerations with small values, built
	// at the first lookup (see Index).
	dense     atomic.Pointer[[]string]
	wantDense bool
	// A composite set (open's flags, mmap's flags) starts with an
	// enumeration in the bits of LowMask, printed by Low, then flags.
	Low     *Table
	LowMask uint64
	// Split: with -X raw or verbose the two parts of a composite print as
	// two values, "0x2000 /* AT_STATX_FORCE_SYNC */|0x100 /* ... */", not
	// as one number.
	Split bool
}

// Composite builds a flag set whose low bits (mask) are an enumeration.
func Composite(low *Table, mask uint64, flags *Table) *Table {
	return &Table{Unknown: flags.Unknown, Pairs: flags.Pairs, Low: low, LowMask: mask}
}

// T builds a table; unknown is the /* PREFIX_??? */ text.
func T(unknown string, pairs ...Pair) *Table {
	return &Table{Unknown: unknown, Pairs: pairs}
}

// P is a shorthand for building pairs from signed constants.
func P(v int64, name string) Pair { return Pair{Val: uint64(v), Name: name} }

// Lookup returns the name of the entry whose value is exactly v.
func (t *Table) Lookup(v uint64) (string, bool) {
	if t.wantDense {
		d := t.dense.Load()
		if d == nil {
			d = t.buildDense()
		}
		if *d != nil {
			if v < uint64(len(*d)) && (*d)[v] != "" {
				return (*d)[v], true
			}
			return "", false
		}
	}
	for _, p := range t.Pairs {
		if p.Val == v {
			return p.Name, true
		}
	}
	return "", false
}

// Index asks for a dense lookup, for an enumeration whose values are all
// small. It returns t for use in variable initialisers; the tables of this
// package set wantDense in their literals instead, so that the compiler
// lays them out in the binary's data with no code run at start-up (made
// by T and Index, they cost 0.15 ms and 115 KB of each start). The lookup
// itself is built at the first Lookup.
func (t *Table) Index() *Table {
	t.wantDense = true
	return t
}

// buildDense builds and publishes the dense lookup: a nil slice when a
// value is too large for one (lookups then scan the pairs). Two
// goroutines may both build it; they build the same one.
func (t *Table) buildDense() *[]string {
	var d []string
	max := uint64(0)
	for _, p := range t.Pairs {
		max = maxOf(max, p.Val)
	}
	if max <= 4096 {
		d = make([]string, max+1)
		for i := len(t.Pairs) - 1; i >= 0; i-- { // first entry wins, as in a linear scan
			d[t.Pairs[i].Val] = t.Pairs[i].Name
		}
	}
	t.dense.Store(&d)
	return &d
}

func maxOf(a, b uint64) uint64 {
	if a > b {
		return a
	}
	return b
}

// AppendFlags appends v as a flag set the way strace prints one: the names
// of the entries whose bits are all set, in table order, joined by "|",
// then the bits no entry names in hex. A value no entry names at all is
// printed in hex followed by /* Unknown */; zero is printed as "0" unless
// the table names it.
func (t *Table) AppendFlags(dst []byte, v uint64) []byte {
	if t.Low != nil {
		dst = t.Low.AppendConst(dst, v&t.LowMask, false)
		v &^= t.LowMask
		if v == 0 {
			return dst
		}
		dst = append(dst, '|')
	}
	if v == 0 {
		for _, p := range t.Pairs {
			if p.Val == 0 {
				return append(dst, p.Name...)
			}
		}
		return append(dst, '0')
	}
	n := 0
	rest := v
	for _, p := range t.Pairs {
		if p.Val != 0 && rest&p.Val == p.Val {
			if n > 0 {
				dst = append(dst, '|')
			}
			dst = append(dst, p.Name...)
			rest &^= p.Val
			n++
		}
	}
	if n == 0 {
		dst = appendHex(dst, v)
		if t.Unknown != "" {
			dst = append(dst, " /* "...)
			dst = append(dst, t.Unknown...)
			dst = append(dst, " */"...)
		}
		return dst
	}
	if rest != 0 {
		dst = append(dst, '|')
		dst = appendHex(dst, rest)
	}
	return dst
}

// FlagNames returns the names of the set flags and the bits left unnamed:
// the same split as AppendFlags, as data.
func (t *Table) FlagNames(v uint64) (names []string, rest uint64) {
	rest = v
	for _, p := range t.Pairs {
		if p.Val != 0 && rest&p.Val == p.Val {
			names = append(names, p.Name)
			rest &^= p.Val
		}
	}
	return names, rest
}

// AppendConst appends the name of v, or v in hex (or decimal with dec)
// followed by /* Unknown */ when no entry names it.
func (t *Table) AppendConst(dst []byte, v uint64, dec bool) []byte {
	if name, ok := t.Lookup(v); ok {
		return append(dst, name...)
	}
	if dec {
		dst = strconv.AppendInt(dst, int64(v), 10)
	} else {
		dst = appendHex(dst, v)
	}
	if t.Unknown != "" {
		dst = append(dst, " /* "...)
		dst = append(dst, t.Unknown...)
		dst = append(dst, " */"...)
	}
	return dst
}

// appendHex prints like C's "%#x", which prints zero as "0" (strace's
// "0 /* EPOLL_CTL_??? */").
func appendHex(dst []byte, v uint64) []byte {
	if v == 0 {
		return append(dst, '0')
	}
	dst = append(dst, '0', 'x')
	return strconv.AppendUint(dst, v, 16)
}

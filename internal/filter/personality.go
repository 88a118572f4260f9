package filter

import (
	"sort"
	"sync"

	"gostrace/internal/sysent"
)

// A personality is one syscall ABI a tracee may use, named in -e trace= by
// the designator after '@' ("open@32"). strace accepts a name or number when
// any personality knows it, even though only the native one's syscalls end
// up in a Set: gostrace traces native processes only, but a command line
// written for strace must not become an error.
type personality struct {
	designator string
	native     bool
	byName     func() map[string]int // built on first use, shared: not to be changed
	// nativeTable: byName is nativeNames, whose lookups sysent.Number
	// answers without the map.
	nativeTable bool
	valid       func(nr int) bool
	// sortedNames are byName's names, sorted, for regular expressions:
	// made on first use, because most runs name their syscalls and every
	// run that parses -e pays for this at start-up.
	sortedNames func() []string
}

func (p *personality) names() []string { return p.sortedNames() }

func (p *personality) lookup(name string) (int, bool) {
	if p.nativeTable {
		// sysent's search in its data: building the map, with its
		// 400-odd allocations' page faults, would be paid at start-up
		// by every run that names a syscall (-e trace=openat).
		return sysent.Number(name)
	}
	nr, ok := p.byName()[name]
	return nr, ok
}

func newPersonality(designator string, native bool, byName func() map[string]int, valid func(int) bool) *personality {
	p := &personality{designator: designator, native: native, byName: byName, valid: valid}
	if byName == nil {
		p.byName, p.nativeTable = nativeNames, true
	}
	p.sortedNames = sync.OnceValue(func() []string {
		names := make([]string, 0, len(p.byName()))
		for n := range p.byName() {
			names = append(names, n)
		}
		sort.Strings(names)
		return names
	})
	if p.valid == nil {
		nrs := sync.OnceValue(func() map[int]bool {
			m := make(map[int]bool, len(p.byName()))
			for _, nr := range p.byName() {
				m[nr] = true
			}
			return m
		})
		p.valid = func(nr int) bool { return nrs()[nr] }
	}
	return p
}

// nativeNames maps the native table's names to numbers: sysent's own map,
// built only for the regular expressions of -e trace=/RE.
func nativeNames() map[string]int { return sysent.Names() }

func nativeValid(nr int) bool { return sysent.Lookup(nr) != nil }

// personalityByDesignator finds the personality named after '@'.
func personalityByDesignator(d string) *personality {
	for _, p := range personalities() {
		if p.designator == d {
			return p
		}
	}
	return nil
}

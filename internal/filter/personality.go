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
	valid      func(nr int) bool
	// sortedNames are byName's names, sorted, for regular expressions:
	// made on first use, because most runs name their syscalls and every
	// run that parses -e pays for this at start-up.
	sortedNames func() []string
}

func (p *personality) names() []string { return p.sortedNames() }

func (p *personality) lookup(name string) (int, bool) {
	nr, ok := p.byName()[name]
	return nr, ok
}

func newPersonality(designator string, native bool, byName func() map[string]int, valid func(int) bool) *personality {
	p := &personality{designator: designator, native: native, byName: byName, valid: valid}
	p.sortedNames = sync.OnceValue(func() []string {
		names := make([]string, 0, len(byName()))
		for n := range byName() {
			names = append(names, n)
		}
		sort.Strings(names)
		return names
	})
	if p.valid == nil {
		nrs := sync.OnceValue(func() map[int]bool {
			m := make(map[int]bool, len(byName()))
			for _, nr := range byName() {
				m[nr] = true
			}
			return m
		})
		p.valid = func(nr int) bool { return nrs()[nr] }
	}
	return p
}

// nativeNames maps the native table's names to numbers: sysent's own map,
// which gostrace builds once in any case.
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

package sysent

import (
	"math/bits"
	"testing"
)

func TestLookupNameNumber(t *testing.T) {
	// Every entry round-trips through Name and Number.
	n := 0
	for nr := 0; nr < Count(); nr++ {
		e := Lookup(nr)
		if e == nil {
			continue
		}
		n++
		if Name(nr) != e.Name {
			t.Errorf("Name(%d) = %q, entry says %q", nr, Name(nr), e.Name)
		}
		if got, ok := Number(e.Name); !ok || got != nr {
			t.Errorf("Number(%q) = %d, %v; want %d", e.Name, got, ok, nr)
		}
		if e.NArgs < 0 || e.NArgs > 6 {
			t.Errorf("%s: NArgs %d", e.Name, e.NArgs)
		}
	}
	if n < 300 {
		t.Errorf("only %d syscalls in the table", n)
	}

	nr, ok := Number("read")
	if !ok || Name(nr) != "read" || Lookup(nr).NArgs != 3 {
		t.Errorf("read: Number = %d, %v", nr, ok)
	}
	for _, name := range []string{"", "nosuch", "syscall_0x1f4", "READ", "_", "zzz", "read\x00"} {
		if nr, ok := Number(name); ok {
			t.Errorf("Number(%q) = %d, want not found", name, nr)
		}
	}
}

func TestUnknownNumbers(t *testing.T) {
	// strace names a number it has no entry for syscall_0x<hex>, e.g.
	// syscall_0x1f4(0x1, ...) for 500 and syscall_0xffffffffffffffff(...)
	// for -1 (observed with strace 6.1 on x86_64, where 500 is unused).
	for _, tc := range []struct {
		nr   int
		want string
	}{
		{500, "syscall_0x1f4"},
		{100000, "syscall_0x186a0"},
		{-1, "syscall_0xffffffffffffffff"},
		{Count(), "syscall_0x"},
	} {
		if Lookup(tc.nr) != nil {
			t.Errorf("Lookup(%d) != nil", tc.nr)
		}
		if tc.nr == Count() {
			continue // only checks Lookup past the end
		}
		if got := Name(tc.nr); got != tc.want {
			t.Errorf("Name(%d) = %q, want %q", tc.nr, got, tc.want)
		}
	}
	// Holes inside the table (reserved numbers) are unknown too.
	holes := 0
	for nr := 0; nr < Count(); nr++ {
		if table[nr].Name == "" {
			holes++
			if Lookup(nr) != nil {
				t.Errorf("Lookup(%d) of a hole != nil", nr)
			}
		}
	}
	if holes == 0 {
		t.Error("no holes in the table: 337-423 (x86_64) or 295-423 (arm64) are unused")
	}
}

func TestClassNames(t *testing.T) {
	var all Class
	for name, c := range ClassNames {
		if bits.OnesCount32(uint32(c)) != 1 {
			t.Errorf("ClassNames[%q] = %#x, want a single class", name, c)
		}
		if len(InClass(c)) == 0 {
			t.Errorf("%%%s selects no syscall", name)
		}
		all |= c
	}
	if want := NeverFails - 1; all != want {
		t.Errorf("ClassNames covers %#x, want every class below NeverFails (%#x)", all, want)
	}
	if all&(NeverFails|UnknownTo61) != 0 {
		t.Error("NeverFails and UnknownTo61 are not classes one can select")
	}
}

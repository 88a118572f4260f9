package filter

import (
	"strings"
	"testing"

	"gostrace/internal/sysent"
)

// knownError reports whether msg has the shape of one of strace's
// messages for a syscall set.
func knownSetError(msg string) bool {
	return strings.HasPrefix(msg, "invalid system call '") ||
		strings.HasPrefix(msg, "regcomp: ") ||
		strings.HasPrefix(msg, "incorrect personality designator '")
}

func FuzzTraceExpr(f *testing.F) {
	for _, s := range []string{"open", "!open,close", "%file", "/^open", "?foo@32", "all", "none", "/[[:alpha:]]{2}(a|b)\\1", "335"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, expr string) {
		s, err := ParseSyscallSet(expr)
		if err != nil {
			if !knownSetError(err.Error()) {
				t.Fatalf("%q: unexpected message %q", expr, err)
			}
			return
		}
		// "!" complements exactly, including numbers beyond the table.
		inv, err := ParseSyscallSet("!" + expr)
		if err != nil {
			t.Fatalf("%q parses but its negation fails: %v", expr, err)
		}
		for nr := 0; nr < sysent.Count()+130; nr++ {
			if s.Has(nr) == inv.Has(nr) {
				t.Fatalf("%q: %d in both or neither of the set and its negation", expr, nr)
			}
		}
		// Adding a valid item never removes anything.
		if !strings.HasPrefix(expr, "!") && expr != "none" {
			more, err := ParseSyscallSet(expr + ",read")
			if err != nil {
				t.Fatalf("%q,read: %v", expr, err)
			}
			for nr := 0; nr < sysent.Count(); nr++ {
				if s.Has(nr) && !more.Has(nr) {
					t.Fatalf("%q: adding read lost %d", expr, nr)
				}
			}
		}
	})
}

func FuzzInjectExpr(f *testing.F) {
	for _, s := range []string{
		"open:error=ENOENT", "open:retval=-1:when=2..5+2", "all:signal=INT:delay_enter=1.5ms",
		"open:poke_enter=@arg1=00ff,@arg2=-1:poke_exit=@arg3=0g", "!open:error=EIO:when=3+",
		"open:syscall=getpid:retval=0", "x:foo",
	} {
		f.Add(s, false)
	}
	f.Add("open:when=2", true)
	f.Fuzz(func(t *testing.T, expr string, fault bool) {
		in, warnings, err := ParseInject(expr, fault)
		for _, w := range warnings {
			if !strings.HasPrefix(w, "Inadvertent injection of error ") && !strings.HasPrefix(w, "Injected return value ") {
				t.Fatalf("%q: odd warning %q", expr, w)
			}
		}
		if err != nil {
			msg := err.Error()
			kind := "inject"
			if fault {
				kind = "fault"
			}
			if msg != "invalid "+kind+" argument '"+expr+"'" && !knownSetError(msg) {
				t.Fatalf("%q: unexpected message %q", expr, msg)
			}
			return
		}
		if in.Syscalls == nil {
			t.Fatalf("%q: no syscall set", expr)
		}
		w := in.When
		if w.First < 1 || w.First > 65535 || w.Last < w.First || w.Last > WhenInfinite || w.Step < 1 || w.Step > 65535 {
			t.Fatalf("%q: bad when %+v", expr, w)
		}
		if in.Error < 0 || in.Error > 4095 || (in.Error != 0 && in.HasRetval) {
			t.Fatalf("%q: error %d with retval %v", expr, in.Error, in.HasRetval)
		}
		if in.Error == 0 && !in.HasRetval && in.Signal == 0 && !in.HasDelay[0] && !in.HasDelay[1] &&
			in.PokeEnter == nil && in.PokeExit == nil {
			t.Fatalf("%q: accepted without anything to do", expr)
		}
		if fault && (in.Error == 0 || in.HasRetval || in.Signal != 0 || in.PokeEnter != nil) {
			t.Fatalf("%q: fault with %+v", expr, *in)
		}
		if in.Signal < 0 || in.Signal > 64 || in.DelayEnter < 0 || in.DelayExit < 0 {
			t.Fatalf("%q: %+v", expr, *in)
		}
		for _, p := range append(append([]Poke{}, in.PokeEnter...), in.PokeExit...) {
			if p.Arg < 1 || p.Arg > 7 || len(p.Data) == 0 || len(p.Data) > maxPokeData {
				t.Fatalf("%q: bad poke %+v", expr, p)
			}
		}
	})
}

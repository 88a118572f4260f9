package inject

import (
	"testing"

	"gostrace/internal/filter"
	"gostrace/internal/sysent"
)

func mustParse(t *testing.T, expr string, fault bool) *filter.Inject {
	t.Helper()
	in, _, err := filter.ParseInject(expr, fault)
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return in
}

func nr(t *testing.T, name string) int {
	t.Helper()
	n, ok := sysent.Number(name)
	if !ok {
		t.Fatalf("no syscall %s", name)
	}
	return n
}

// selected returns which of the first n invocations when= selects, as
// strace numbers them (from 1).
func selected(w filter.When, n uint32) []uint32 {
	var got []uint32
	for i := uint32(1); i <= n; i++ {
		if Applies(w, i) {
			got = append(got, i)
		}
	}
	return got
}

// The invocations each when= form selects. The short ones were checked
// with strace 6.1 on a program that calls getppid(2) six times and prints
// which calls failed; the large ones with 70000 and 140000 calls (a
// counter does not wrap at 65535, and when=65535 differs from 65535+).
func TestApplies(t *testing.T) {
	for _, tc := range []struct {
		when string
		n    uint32
		want []uint32
	}{
		{"2..5+2", 6, []uint32{2, 4}},
		{"3+", 6, []uint32{3, 4, 5, 6}},
		{"2+2", 6, []uint32{2, 4, 6}},
		{"2", 6, []uint32{2}},
		{"3..4", 6, []uint32{3, 4}},
		{"1..6+3", 6, []uint32{1, 4}},
		{"2+65535", 140000, []uint32{2, 65537, 131072}},
		{"65535", 70000, []uint32{65535}},
		{"1..65534+65533", 140000, []uint32{1, 65534}},
	} {
		in := mustParse(t, "getppid:error=EIO:when="+tc.when, false)
		got := selected(in.When, tc.n)
		if len(got) != len(tc.want) {
			t.Errorf("when=%s: %v, want %v", tc.when, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("when=%s: %v, want %v", tc.when, got, tc.want)
				break
			}
		}
	}
	// Open-ended: every call from FIRST, however many.
	in := mustParse(t, "getppid:error=EIO:when=65535+", false)
	if got := selected(in.When, 70000); len(got) != 70000-65535+1 {
		t.Errorf("when=65535+: %d calls selected of 70000, want %d", len(got), 70000-65535+1)
	}
}

// Several expressions for one syscall: strace 6.1 keeps the last one
// whole (-e inject=getppid:delay_exit=1000 -e inject=getppid:error=EPERM:when=2
// neither delays the first call nor any other); a syscall only the
// first names keeps it.
func TestLastExpressionWins(t *testing.T) {
	e := New([]*filter.Inject{
		mustParse(t, "getppid,getpid:delay_exit=1000", false),
		mustParse(t, "getppid:error=EPERM:when=2", false),
	})
	var st State
	in, n := e.rule(&st, nr(t, "getppid"))
	if in == nil || in.Error != 1 || in.HasDelay[1] || n != 1 {
		t.Errorf("getppid: %+v (call %d), want the second expression alone", in, n)
	}
	in, _ = e.rule(&st, nr(t, "getpid"))
	if in == nil || !in.HasDelay[1] {
		t.Errorf("getpid: %+v, want the first expression", in)
	}
	if in, _ := e.rule(&st, nr(t, "read")); in != nil {
		t.Errorf("read: %+v, want none", in)
	}
	if New(nil) != nil {
		t.Error("New(nil) is not nil")
	}
}

// Counters are per syscall (inject=getppid,getpid:when=2 fails the second
// getppid and the second getpid, interleaved) and per thread: a State of
// its own counts from zero.
func TestCountersPerSyscallAndThread(t *testing.T) {
	e := New([]*filter.Inject{mustParse(t, "getppid,getpid:error=EPERM:when=2", false)})
	ppid, pid := nr(t, "getppid"), nr(t, "getpid")
	var a, b State
	for i, want := range []uint32{1, 1, 2, 2} {
		n := ppid
		if i%2 == 1 {
			n = pid
		}
		if _, got := e.rule(&a, n); got != want {
			t.Errorf("call %d: count %d, want %d", i, got, want)
		}
	}
	if _, got := e.rule(&b, ppid); got != 1 {
		t.Errorf("another thread's first getppid counts %d, want 1", got)
	}
	// "all" covers numbers beyond the table, each counted on its own.
	e = New([]*filter.Inject{mustParse(t, "all:error=EPERM", false)})
	big := sysent.Count() + 5
	for i := uint32(1); i <= 2; i++ {
		if in, got := e.rule(&a, big); in == nil || got != i {
			t.Errorf("syscall %d: %v count %d, want %d", big, in, got, i)
		}
	}
	if in, got := e.rule(&a, big+1); in == nil || got != 1 {
		t.Errorf("syscall %d: %v count %d, want 1", big+1, in, got)
	}
	if in, _ := e.rule(&a, -1); in != nil {
		t.Errorf("syscall -1: %v", in)
	}
}

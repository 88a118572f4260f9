package tracer

import (
	"os"
	"slices"
	"testing"

	"golang.org/x/sys/unix"

	"gostrace/internal/ptrace"
)

// leanExit is what a test compares of an exit: the call and, for a
// failure, its error (other results hold pids, different in each run).
type leanExit struct {
	nr  int
	err int64
}

// leanExits returns the exits of each process (by order of appearance),
// leaving out the launch shim's.
func leanExits(evs []event) [][]leanExit {
	var order []int
	byPid := map[int][]leanExit{}
	for _, e := range evs {
		if e.kind != evExit || e.hidden {
			continue
		}
		if _, ok := byPid[e.pid]; !ok {
			order = append(order, e.pid)
		}
		x := leanExit{nr: e.nr}
		if e.rval < 0 && e.rval >= -4095 {
			x.err = e.rval
		}
		byPid[e.pid] = append(byPid[e.pid], x)
	}
	var out [][]leanExit
	for _, pid := range order {
		out = append(out, byPid[pid])
	}
	return out
}

// With Config.LeanEntries, entries are not read and exits name their call
// from the registers: every exit must still be placed as when each stop
// is read. The program makes a call that returns -ENOSYS (what an entry
// stop shows too), two rt_sigreturns (no number left at their exit), a
// restarted read, a fork and an exec.
func TestLeanEntries(t *testing.T) {
	if !ptrace.ExitRegsSupported {
		t.Skip("no syscall number at the exit stop on " + "this architecture")
	}
	prog := cprog(t, "leancalls")
	run := func(lean bool) ([][]leanExit, *Tracer) {
		s := launch(t, Config{Follow: true, Rusage: true, LeanEntries: lean}, nil, prog, []string{prog}, os.Environ())
		evs := s.wait(t)
		if st := ended(t, evs)[s.pid].status; !st.Exited() || st.ExitStatus() != 0 {
			t.Fatalf("leancalls: status %#x", uint32(st))
		}
		return leanExits(evs), s.tr
	}
	want, plain := run(false)
	got, lean := run(true)
	if plain.leanEntries != 0 || plain.leanExits != 0 {
		t.Errorf("lean stops without LeanEntries: %d entries, %d exits", plain.leanEntries, plain.leanExits)
	}
	if lean.leanEntries == 0 || lean.leanExits == 0 {
		t.Errorf("LeanEntries: %d lean entries, %d lean exits", lean.leanEntries, lean.leanExits)
	}
	t.Logf("lean entries %d, lean exits %d", lean.leanEntries, lean.leanExits)
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("exits differ with LeanEntries:\n got %v\nwant %v", got, want)
	}
	if len(got) != 2 {
		t.Fatalf("%d processes made calls, want 2", len(got))
	}
	parent := got[0]
	if !slices.Contains(parent, leanExit{nr: 1000, err: -int64(unix.ENOSYS)}) {
		t.Errorf("no exit of call 1000 with ENOSYS: %v", parent)
	}
	sigreturns := 0
	for _, x := range parent {
		if x.nr == sysNr("rt_sigreturn") {
			sigreturns++
		}
	}
	if sigreturns != 2 {
		t.Errorf("%d rt_sigreturn exits, want 2", sigreturns)
	}
}

// Lean entries only where probes are off anyway (with Rusage), and never
// with the seccomp fast path, whose entries are seccomp stops.
func TestLeanEntriesWhen(t *testing.T) {
	for _, c := range []struct {
		cfg  Config
		want bool
	}{
		{Config{LeanEntries: true, Rusage: true}, ptrace.ExitRegsSupported},
		{Config{LeanEntries: true}, false},
		{Config{LeanEntries: true, Rusage: true, Seccomp: true}, false},
		{Config{Rusage: true}, false},
	} {
		if got := New(c.cfg, &recorder{}).lean; got != c.want {
			t.Errorf("%+v: lean %v, want %v", c.cfg, got, c.want)
		}
	}
}

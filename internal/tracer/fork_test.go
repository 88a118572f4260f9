package tracer

import (
	"os"
	"testing"
)

// ended checks that every task that showed up ended: its last event is
// its exit (or the exec that replaced it), and returns the exit status of
// every process (its leader's last exit), by pid.
func ended(t *testing.T, evs []event) map[int]event {
	t.Helper()
	last := make(map[int]event)
	replaced := make(map[int]bool)
	for _, e := range evs {
		last[e.tid] = e
		if e.kind == evExec && e.former != 0 {
			replaced[e.former] = true
		}
	}
	procs := make(map[int]event)
	for tid, e := range last {
		if e.kind != evExited && !replaced[tid] {
			t.Errorf("task %d did not end: last event %v", tid, e)
		}
		if e.kind == evExited && tid == e.pid {
			procs[tid] = e
		}
	}
	return procs
}

// Every process of a tree three deep (Go programs starting Go programs:
// 15 processes, each with the Go runtime's threads) is seen, with its
// threads in the right process, and every one of them ends. (Each Go
// process that starts another also forks a child that exits at once: the
// os package's probe for CLONE_PIDFD. They are counted apart.)
func TestForkTree(t *testing.T) {
	s := launchHelper(t, Config{Follow: true}, nil, "tree", "3")
	evs := s.wait(t)
	procs := ended(t, evs)
	execd := make(map[int]bool)
	for _, e := range evs {
		if e.kind == evExec {
			execd[e.tid] = true
		}
	}
	if len(execd) != 15 {
		t.Errorf("%d processes exec'd, want 15", len(execd))
	}
	for pid := range execd {
		e, ok := procs[pid]
		if !ok {
			t.Errorf("process %d: no exit seen", pid)
		} else if !e.status.Exited() || e.status.ExitStatus() != 0 {
			t.Errorf("process %d: status %#x", pid, uint32(e.status))
		}
	}
	// Every other process is such a probe: it exits 0 without exec.
	for pid, e := range procs {
		if !execd[pid] && e.status != 0 {
			t.Errorf("process %d (no exec) ended with status %#x", pid, uint32(e.status))
		}
	}
	if probes := len(procs) - len(execd); probes > 7 {
		t.Errorf("%d processes that did not exec, want at most 7 (one per parent)", probes)
	}
}

// Hundreds of processes that end at once: many report their first stop
// before their parent's fork event reaches us (the kernel does not order
// the two). None may be lost, none counted twice, each in its own
// process (the checks of wait), and the run must end.
func TestForkStormEarlyChildren(t *testing.T) {
	prog := cprog(t, "forkstorm")
	const n = 200
	s := launch(t, Config{Follow: true}, nil, prog, []string{prog, itoa(n)}, os.Environ())
	evs := s.wait(t)
	procs := ended(t, evs)
	if len(procs) != 1+2*n {
		t.Errorf("%d processes ended, want %d", len(procs), 1+2*n)
	}
	news := count(evs, func(e event) bool { return e.kind == evNewTask })
	if news != 2*n {
		t.Errorf("%d new tasks, want %d", news, 2*n)
	}
	if e := procs[s.pid]; !e.status.Exited() || e.status.ExitStatus() != 0 {
		t.Errorf("forkstorm: status %#x", uint32(e.status))
	}
	t.Logf("%d of %d children reported before their parent's event", s.tr.adopted, 2*n)
}

// vfork: the parent is suspended until the child execs; both are traced,
// the child's exec is seen, and nothing deadlocks (the child runs while
// the parent sits in vfork, on our single thread).
func TestVfork(t *testing.T) {
	prog := cprog(t, "vfork")
	s := launch(t, Config{Follow: true}, nil, prog, []string{prog, "3"}, os.Environ())
	evs := s.wait(t)
	procs := ended(t, evs)
	if len(procs) != 4 {
		t.Errorf("%d processes ended, want 4", len(procs))
	}
	// glibc's vfork: the vfork call where there is one, clone with
	// CLONE_VFORK elsewhere (arm64).
	nrVfork := sysNr("vfork")
	if nrVfork < 0 {
		nrVfork = nrOf("clone")
	}
	vforks := 0
	per := byTid(evs)
	for _, e := range per[s.pid] {
		if e.kind == evExit && e.nr == nrVfork {
			vforks++
			child := int(e.rval)
			var sawExec bool
			for _, c := range per[child] {
				if c.kind == evExec {
					sawExec = true
				}
			}
			if !sawExec {
				t.Errorf("vfork child %d: no exec seen", child)
			}
		}
	}
	if vforks != 3 {
		t.Errorf("%d vforks returned in the parent, want 3", vforks)
	}
}

// threadsCheck: n threads of the process, other than the leader, each
// made exactly calls getppid calls and ended; all were in pid's group.
func threadsCheck(t *testing.T, evs []event, pid, n, calls int) {
	t.Helper()
	ended(t, evs)
	nr := nrOf("getppid")
	callers := 0
	for tid, tevs := range byTid(evs) {
		c := count(tevs, func(e event) bool { return e.kind == evEntry && e.nr == nr })
		x := count(tevs, func(e event) bool { return e.kind == evExit && e.nr == nr && e.rval > 0 })
		if c == 0 {
			continue
		}
		callers++
		if tid == pid || tevs[0].pid != pid {
			t.Errorf("thread %d (pid %d) made getppid calls, want threads of %d", tid, tevs[0].pid, pid)
		}
		if c != calls || x != calls {
			t.Errorf("thread %d: %d getppid entries, %d exits, want %d", tid, c, x, calls)
		}
		if tevs[0].kind != evNewTask {
			t.Errorf("thread %d: first event %v, want newtask", tid, tevs[0])
		}
	}
	if callers != n {
		t.Errorf("%d threads called getppid, want %d", callers, n)
	}
}

// Threads made by clone(CLONE_THREAD) (the Go runtime's): their Pid is the
// leader's, every call of each is seen.
func TestThreadsClone(t *testing.T) {
	s := launchHelper(t, Config{Follow: true}, nil, "threads", "8", "100")
	threadsCheck(t, s.wait(t), s.pid, 8, 100)
}

// Threads made by clone3 (glibc's pthread_create): the flags are read
// from the clone_args in the tracee's memory.
func TestThreadsClone3(t *testing.T) {
	prog := cprog(t, "pthreads")
	s := launch(t, Config{Follow: true}, nil, prog, []string{prog, "8", "100"}, os.Environ())
	evs := s.wait(t)
	threadsCheck(t, evs, s.pid, 8, 100)
	if count(evs, func(e event) bool { return e.kind == evEntry && e.nr == nrOf("clone3") }) < 8 {
		t.Errorf("fewer than 8 clone3 calls: is this glibc older than 2.34?")
	}
}

// Without -f, only the command itself is traced: its children and
// threads run untraced, and the run ends when the command does.
func TestNoFollow(t *testing.T) {
	s := launchHelper(t, Config{}, nil, "tree", "2")
	evs := s.wait(t)
	for _, e := range evs {
		if e.tid != s.pid {
			t.Fatalf("event of another task without -f: %v", e)
		}
	}
	if e := evs[len(evs)-1]; e.kind != evExited || e.status != 0 {
		t.Errorf("last event %v", e)
	}
}

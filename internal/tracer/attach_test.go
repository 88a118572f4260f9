package tracer

import (
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// untraced checks that no thread of pid is traced any more.
func untraced(t *testing.T, pid int) {
	t.Helper()
	tids, err := threadsOf(pid)
	if err != nil {
		t.Fatalf("process %d: %v", pid, err)
	}
	for _, tid := range tids {
		b, _ := os.ReadFile("/proc/" + itoa(pid) + "/task/" + itoa(tid) + "/status")
		if tp := statusField(b, "\nTracerPid:"); tp != 0 {
			t.Errorf("thread %d: TracerPid %d after detach", tid, tp)
		}
	}
}

// waitGone waits for pid to end (gone, or a zombie nobody reaps).
func waitGone(t *testing.T, pid int) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		st := procField(pid, "State")
		if st == "" || st[0] == 'Z' || st[0] == 'X' {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("process %d still there: %q", pid, st)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// stop asks the tracer to detach, as an interrupting signal does, and
// checks it did: Run returns, Interrupted says why, every task got its
// Detached (and nothing after).
func stop(t *testing.T, s *traced) []event {
	t.Helper()
	s.tr.RequestStop(int(unix.SIGINT))
	evs := s.wait(t)
	if s.tr.Interrupted() != int(unix.SIGINT) {
		t.Errorf("Interrupted %d", s.tr.Interrupted())
	}
	return evs
}

// detachedAll checks that every task that showed up ended or was
// detached, and returns how many were detached.
func detachedAll(t *testing.T, evs []event) int {
	t.Helper()
	last := make(map[int]event)
	for _, e := range evs {
		last[e.tid] = e
	}
	n := 0
	for tid, e := range last {
		switch e.kind {
		case evDetached:
			n++
		case evExited:
		default:
			t.Errorf("task %d: last event %v, want detached or exited", tid, e)
		}
	}
	return n
}

// Attach to a process that runs without making calls, then detach: it
// runs on, untraced, and still does what it is asked.
func TestAttachDetachRunning(t *testing.T) {
	pid, stdin, stdout := spawn(t, "spin")
	if l := readLine(t, stdout); l != "spinning" {
		t.Fatalf("scenario said %q", l)
	}
	s := attach(t, Config{}, nil, pid)
	if s.n != 1 {
		t.Errorf("Attach: %d threads, want 1 without -f", s.n)
	}
	waitState(t, pid, "R")
	evs := stop(t, s)
	if n := detachedAll(t, evs); n != 1 {
		t.Errorf("%d detached", n)
	}
	untraced(t, pid)
	waitState(t, pid, "R") // not stopped: it spins on
	io.WriteString(stdin, "end\n")
	waitGone(t, pid)
}

// Attach with -f seizes every thread (and says how many), detach lets go
// of every one.
func TestAttachFollowThreads(t *testing.T) {
	pid, stdin, stdout := spawn(t, "spin")
	readLine(t, stdout)
	var tids []int
	s := startTracer(t, Config{Follow: true}, nil, func(tr *Tracer) (int, int, error) {
		n, err := tr.Attach(pid)
		tids, _ = threadsOf(pid)
		return pid, n, err
	})
	if s.n != len(tids) || s.n < 3 {
		t.Errorf("Attach: %d threads, /proc lists %d", s.n, len(tids))
	}
	evs := stop(t, s)
	if n := detachedAll(t, evs); n < len(tids) {
		t.Errorf("%d detached, want %d", n, len(tids))
	}
	for _, e := range evs {
		if e.pid != pid {
			t.Errorf("task of another process: %v", e)
		}
	}
	untraced(t, pid)
	io.WriteString(stdin, "end\n")
	waitGone(t, pid)
}

// Attach to a process sleeping in read: the read it was in is resumed
// (we see it made again) and returns what comes; detach while it sleeps
// in the next one: it goes on sleeping there, untraced, and reads on.
func TestAttachDetachSleeping(t *testing.T) {
	pid, stdin, stdout := spawn(t, "read", "twice")
	waitState(t, pid, "S")
	rec := &recorder{}
	nrRead := nrOf("read")
	inRead := make(chan struct{}, 2)
	rec.hook = func(tr *Tracer, t *Task, e event) {
		if e.kind == evEntry && e.nr == nrRead && t.Args[0] == 0 {
			inRead <- struct{}{}
		}
	}
	s := attach(t, Config{Follow: true}, rec, pid)
	recv(t, inRead, "the read resumed")
	io.WriteString(stdin, "x")
	if l := readLine(t, stdout); l != "got x" {
		t.Errorf("scenario said %q", l)
	}
	recv(t, inRead, "the second read")
	waitState(t, pid, "S")
	evs := stop(t, s)
	detachedAll(t, evs)
	untraced(t, pid)
	// Back in its read: detached from the interrupt's stop, it runs for a
	// moment to restart the call (one check at once failed now and then
	// on a loaded machine with "R").
	waitState(t, pid, "S")
	p := byTid(evs)[pid]
	reads := 0
	for _, e := range p {
		if e.kind == evExit && e.nr == nrRead && e.rval == 1 {
			reads++
		}
	}
	if reads != 1 {
		t.Errorf("%d reads of 1 byte seen", reads)
	}
	stdin.Close()
	waitGone(t, pid)
}

// Attach to a stopped process: the group-stop is reported and it stays
// stopped; detach: still stopped ("T"), untraced; SIGCONT: it runs on.
func TestAttachDetachStopped(t *testing.T) {
	pid, stdin, stdout := spawn(t, "read", "twice")
	waitState(t, pid, "S")
	unix.Kill(pid, unix.SIGSTOP)
	waitState(t, pid, "T")
	rec := &recorder{}
	stopped := make(chan struct{}, 64)
	rec.hook = func(tr *Tracer, t *Task, e event) {
		if e.kind == evGroupStop {
			stopped <- struct{}{}
		}
	}
	s := attach(t, Config{Follow: true}, rec, pid)
	for i := 0; i < s.n; i++ {
		recv(t, stopped, "a group-stop report")
	}
	waitState(t, pid, "tT")
	evs := stop(t, s)
	if n := detachedAll(t, evs); n < s.n {
		t.Errorf("%d detached, want %d", n, s.n)
	}
	for _, e := range evs {
		if e.kind == evEntry || e.kind == evExit || e.kind == evSignal {
			t.Errorf("a stopped process made a call or got a signal: %v", e)
		}
	}
	untraced(t, pid)
	// PTRACE_DETACH wakes the task so that it re-enters the group-stop
	// by itself: for a moment it may show R. It must settle in T.
	if st := waitState(t, pid, "T"); st == "" || st[0] != 'T' {
		t.Errorf("state %q after detach, want T (stopped)", st)
	}
	unix.Kill(pid, unix.SIGCONT)
	io.WriteString(stdin, "x")
	if l := readLine(t, stdout); l != "got x" {
		t.Errorf("scenario said %q", l)
	}
	stdin.Close()
	waitGone(t, pid)
}

// Detach from a command we started (the interrupt of strace without -o):
// it runs on untraced, and we reap it later as its parent.
func TestDetachLaunched(t *testing.T) {
	rec := &recorder{}
	inRead := make(chan struct{}, 1)
	nrRead := nrOf("read")
	rec.hook = func(tr *Tracer, t *Task, e event) {
		if e.kind == evEntry && e.nr == nrRead && t.Args[0] == 0 {
			inRead <- struct{}{}
		}
	}
	f := fifos(t)
	s := launchHelperIO(t, Config{Follow: true}, rec, f, "read", "twice")
	recv(t, inRead, "the read")
	stop(t, s)
	untraced(t, s.pid)
	f.in.WriteString("x")
	if l := readLine(t, f.out); l != "got x" {
		t.Errorf("scenario said %q", l)
	}
	f.in.Close()
	var ws unix.WaitStatus
	if _, err := unix.Wait4(s.pid, &ws, 0, nil); err != nil || ws.ExitStatus() != 4 {
		t.Errorf("wait4: %v, status %#x", err, uint32(ws))
	}
}

// Attach -f to a process busy with calls on several threads and forking
// all the time, then detach: whatever stop each task is in (syscall,
// signal, fork event, a new child's first stop), every one is let go,
// nothing is left traced, and the process carries on.
func TestAttachDetachBusy(t *testing.T) {
	pid, stdin, stdout := spawn(t, "busy", "4")
	readLine(t, stdout)
	for round := 0; round < 3; round++ {
		s := attach(t, Config{Follow: true}, nil, pid)
		time.Sleep(50 * time.Millisecond) // let it make calls and children under us
		evs := stop(t, s)
		detachedAll(t, evs)
		untraced(t, pid)
		for _, e := range evs {
			if e.kind != evNewTask || e.pid == pid {
				continue
			}
			// A child, if still there, must be untraced too.
			b, err := os.ReadFile("/proc/" + strconv.Itoa(e.tid) + "/status")
			if err == nil && !strings.Contains(string(b), "State:\tZ") && statusField(b, "\nTracerPid:") != 0 {
				t.Errorf("child %d still traced", e.tid)
			}
		}
		io.WriteString(stdin, "?\n")
		if l := readLine(t, stdout); l != "alive" {
			t.Fatalf("scenario said %q", l)
		}
	}
	stdin.Close()
	waitGone(t, pid)
}

// Detach while a process forks: the child is attached by the kernel at
// the fork, before we hear of it, and must be detached too, even when its
// parent is detached first (else it stays stopped, traced by nobody who
// cares, and its parent waits for it forever).
func TestDetachAtFork(t *testing.T) {
	prog := cprog(t, "forkstorm")
	rec := &recorder{}
	nrClone := nrOf("clone")
	rec.hook = func(tr *Tracer, t *Task, e event) {
		if e.kind == evEntry && e.nr == nrClone {
			tr.RequestStop(int(unix.SIGINT))
		}
	}
	s := launch(t, Config{Follow: true}, rec, prog, []string{prog, "1"}, os.Environ())
	evs := s.wait(t)
	detachedAll(t, evs)
	deadline := time.Now().Add(20 * time.Second)
	for {
		var ws unix.WaitStatus
		wpid, err := unix.Wait4(s.pid, &ws, unix.WNOHANG, nil)
		if err != nil {
			t.Fatal(err)
		}
		if wpid == s.pid {
			if ws != 0 {
				t.Errorf("forkstorm: status %#x", uint32(ws))
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("forkstorm does not end: its child is stuck?")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

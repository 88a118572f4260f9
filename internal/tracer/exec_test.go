package tracer

import (
	"errors"
	"io"
	"testing"

	"golang.org/x/sys/unix"
)

// A thread that is not the leader execs /bin/true while the leader and
// other threads sleep in read(2) and nanosleep. The kernel gives the
// thread the leader's tid and silently releases the old leader; the other
// threads end. Nothing may hang, the thread's state must move to the
// leader's tid (its execve's exit is seen there), and the old leader's
// unfinished read must not come back.
func TestExecFromThread(t *testing.T) {
	s := launchHelper(t, Config{Follow: true}, nil, "execthread")
	evs := s.wait(t)
	pid := s.pid
	var execs []event
	for _, e := range evs {
		if e.kind == evExec {
			execs = append(execs, e)
		}
	}
	if len(execs) != 2 || execs[1].tid != pid {
		t.Fatalf("execs %v, want 2 of %d (the helper's and /bin/true's)", execs, pid)
	}
	x := execs[1]
	if x.former == 0 || x.former == pid || x.oldTid != pid {
		t.Fatalf("exec event %v: want former = the thread's tid, old = %d", x, pid)
	}
	per := byTid(evs)
	th := per[x.former]
	if len(th) < 2 || th[len(th)-1].kind != evEntry || th[len(th)-1].nr != nrExecve {
		t.Errorf("thread %d: last event before the exec is not execve's entry", x.former)
	}
	// On the leader's tid: the old leader sat in read(2) (no exit: it was
	// released), then comes the thread's execve exit, then /bin/true.
	p := per[pid]
	i := 0
	for i < len(p) && !(p[i].kind == evExec && p[i].former == x.former) {
		i++
	}
	if i == 0 || p[i-1].kind != evEntry || p[i-1].nr != nrOf("read") {
		t.Errorf("the old leader's last event is not read's entry")
	}
	if i+1 >= len(p) || p[i+1].kind != evExit || p[i+1].nr != nrExecve || p[i+1].rval != 0 {
		t.Errorf("no execve exit = 0 right after the exec")
	}
	if last := p[len(p)-1]; last.kind != evExited || last.status != 0 {
		t.Errorf("leader's last event %v, want exit 0", last)
	}
	if st, ok := s.tr.LeaderStatus(); !ok || st != 0 {
		t.Errorf("LeaderStatus %#x %v, want exit 0", uint32(st), ok)
	}
	ended(t, evs) // every other thread ended
}

// Without -f the thread that execs is not traced: the kernel reports
// nothing, releases the leader we traced and lets the new leader run
// untraced. We started it, so we still reap its end as its parent (strace
// prints the same: the leader's read unfinished, then "+++ exited with 0
// +++").
func TestExecFromUntracedThread(t *testing.T) {
	s := launchHelper(t, Config{}, nil, "execthread")
	evs := s.wait(t)
	if n := count(evs, func(e event) bool { return e.kind == evExec }); n != 1 {
		t.Errorf("%d exec events, want only the helper's", n)
	}
	if len(evs) < 2 {
		t.Fatal("too few events")
	}
	if e := evs[len(evs)-2]; e.kind != evEntry || e.nr != nrOf("read") {
		t.Errorf("next to last event %v, want the leader's read entry", e)
	}
	if e := evs[len(evs)-1]; e.kind != evExited || e.status != 0 {
		t.Errorf("last event %v, want exit 0", e)
	}
}

// The same on an attached process that is not our child: nothing will
// ever report, wait4 fails with ECHILD, and Run says so instead of
// waiting forever (strace: "wait4(__WALL): No child processes").
func TestExecFromUntracedThreadAttached(t *testing.T) {
	pid, stdin, stdout := spawn(t, "execthread", "stdin")
	if line, _ := stdout.ReadString('\n'); line != "ready\n" {
		t.Fatalf("helper said %q", line)
	}
	s := attach(t, Config{}, nil, pid)
	io.WriteString(stdin, "x")
	var err2 error
	select {
	case err2 = <-s.done:
	case <-timeoutC():
		t.Fatal("Run did not return")
	}
	var we *WaitError
	if !errors.As(err2, &we) || we.Err != unix.ECHILD {
		t.Fatalf("Run: %v, want wait4's ECHILD", err2)
	}
	if we.Error() != "wait4(__WALL): No child processes" {
		t.Errorf("message %q", we.Error())
	}
	if len(s.tr.tasks) != 1 {
		t.Errorf("%d tasks left, want the released leader", len(s.tr.tasks))
	}
	// Forget runs on the tracer's thread, which has ended with Run: it
	// makes no ptrace request, so any goroutine will do.
	s.tr.Forget()
	evs := s.rec.log()
	if e := evs[len(evs)-1]; e.kind != evDetached || e.tid != pid {
		t.Errorf("last event %v, want detached %d", e, pid)
	}
}

package tracer

import (
	"os"
	"testing"

	"golang.org/x/sys/unix"

	"gostrace/internal/ptrace"
)

// These check the bookkeeping of new tasks on a Tracer whose table is set
// by hand, for cases no real process can be made to produce on demand: the
// launch shim's Go runtime starting a thread after we seized it (it rarely
// does), and a child killed before its first stop, reported before its
// parent's fork event.

func bareTracer(rec *recorder) *Tracer {
	return &Tracer{h: rec, tasks: make(map[int]*Task), unmatched: make(map[int]bool)}
}

// A thread of the hidden shim is hidden too, not announced, in the shim's
// process; its end is not shown.
func TestHiddenThreadOfShim(t *testing.T) {
	rec := &recorder{}
	tr := bareTracer(rec)
	shimTask := tr.addTask(1000, 1000)
	shimTask.hidden, shimTask.started = true, true
	shimTask.Nr = nrClone
	shimTask.Args[cloneFlagsArg] = unix.CLONE_VM | unix.CLONE_THREAD | unix.CLONE_SIGHAND
	tr.newChild(shimTask, 1001, ptrace.EventClone)
	c := tr.tasks[1001]
	if c == nil || !c.hidden || !c.started || c.Pid != 1000 {
		t.Fatalf("child %+v, want hidden, started, in process 1000", c)
	}
	tr.gone(c, 0)
	if evs := rec.log(); len(evs) != 0 {
		t.Errorf("events shown for a hidden thread:\n%s", dump(evs))
	}
}

// The same for a thread that reports before the shim's clone event: /proc
// says which process it is in, and it takes that process's flags. (A real
// thread of this test process plays the shim's.)
func TestHiddenThreadAdopted(t *testing.T) {
	pid := os.Getpid()
	tids, err := threadsOf(pid)
	if err != nil || len(tids) < 2 {
		t.Skip("no second thread")
	}
	tid := tids[1]
	rec := &recorder{}
	tr := bareTracer(rec)
	leader := tr.addTask(pid, pid)
	leader.hidden = true
	a := tr.adopt(tid)
	if !a.hidden || a.Pid != pid {
		t.Errorf("adopted %+v, want hidden, in process %d", a, pid)
	}
	// Then its parent's event: nothing new.
	leader.Nr = nrClone
	leader.Args[cloneFlagsArg] = unix.CLONE_THREAD
	tr.newChild(leader, tid, ptrace.EventClone)
	if len(tr.tasks) != 2 || tr.tasks[tid] != a || tr.unmatched[tid] {
		t.Errorf("tasks %v, unmatched %v after the parent's event", tr.tasks, tr.unmatched)
	}
	if evs := rec.log(); len(evs) != 0 {
		t.Errorf("events shown for a hidden thread:\n%s", dump(evs))
	}
}

// A child that died before its first stop and whose death we read before
// its parent's fork event: the event must not add a task that will never
// report (Run would wait for it forever).
func TestChildGoneBeforeForkEvent(t *testing.T) {
	rec := &recorder{}
	tr := bareTracer(rec)
	parent := tr.addTask(2000, 2000)
	tr.handle(2001, ptrace.WaitStatus(unix.SIGKILL)) // killed, unknown yet
	tr.newChild(parent, 2001, ptrace.EventFork)
	if len(tr.tasks) != 1 {
		t.Errorf("tasks %v: the dead child was added", tr.tasks)
	}
	if len(tr.unmatched) != 0 {
		t.Errorf("unmatched %v: the parent's event should clear it", tr.unmatched)
	}
	// A child we hear of first from its parent is added, and announced.
	tr.newChild(parent, 2002, ptrace.EventFork)
	if c := tr.tasks[2002]; c == nil || c.Pid != 2002 {
		t.Errorf("child 2002: %+v", c)
	}
	if evs := rec.log(); len(evs) != 1 || evs[0].kind != evNewTask {
		t.Errorf("events:\n%s", dump(evs))
	}
}

package tracer

import (
	"encoding/binary"

	"golang.org/x/sys/unix"

	"gostrace/internal/ptrace"
	"gostrace/internal/sysent"
)

var nrExecve, nrExecveat = sysNr("execve"), sysNr("execveat")

func sysNr(name string) int {
	if nr, ok := sysent.Number(name); ok {
		return nr
	}
	return -1
}

// Run handles stops until no task is left, or until an interrupting signal
// made us detach from all of them.
func (tr *Tracer) Run() error {
	for len(tr.tasks) > 0 {
		if tr.interrupt.Load() != 0 && !tr.detaching {
			tr.ack.Store(true)
			tr.detachAll()
			continue
		}
		pid, st, err := tr.wait()
		if err == unix.EINTR {
			continue
		}
		if err == unix.ECHILD {
			// Nothing left to wait for: whatever we still hold is gone.
			for tid, t := range tr.tasks {
				delete(tr.tasks, tid)
				tr.lost++
				tr.h.Exited(t, 0)
			}
			break
		}
		if err != nil {
			return err
		}
		tr.handle(pid, st)
	}
	tr.h.Idle()
	return nil
}

// wait blocks for the next stop. When the last resumed call may block for
// long and output is pending, it first checks without blocking, and lets
// the sink flush before it sleeps: the user sees the line of a call that is
// sleeping, at the cost of one more wait4 only on such calls.
func (tr *Tracer) wait() (int, ptrace.WaitStatus, error) {
	if tr.idleHint {
		pid, st, err := ptrace.Wait4(-1, unix.WNOHANG, nil)
		if pid != 0 || err != nil {
			return pid, st, err
		}
		tr.idleHint = false
		tr.h.Idle()
	}
	return ptrace.Wait4(-1, 0, nil)
}

func (tr *Tracer) handle(pid int, st ptrace.WaitStatus) {
	t := tr.tasks[pid]
	if t == nil {
		if !st.Stopped() {
			return // a child of ours that we do not trace
		}
		t = tr.adopt(pid)
	}
	if !st.Stopped() {
		tr.gone(t, st)
		return
	}
	if t.pendingDetach {
		sig := 0
		if st.Event() == 0 && st.StopSignal() != int(unix.SIGTRAP)|0x80 {
			sig = st.StopSignal()
		}
		if st.Event() == ptrace.EventStop {
			sig = 0
		}
		tr.detach(t, sig)
		return
	}
	sig := st.StopSignal()
	switch {
	case sig == int(unix.SIGTRAP)|0x80:
		tr.syscallStop(t)
	case st.Event() != 0:
		tr.eventStop(t, st.Event(), sig)
	default:
		tr.signalStop(t, sig)
	}
}

// adopt takes in a new task that reported before its parent's fork event
// (the kernel does not order the two), or one we lost track of.
func (tr *Tracer) adopt(tid int) *Task {
	t := tr.addTask(tid, tgidOf(tid))
	tr.h.NewTask(t, false)
	return t
}

func (tr *Tracer) gone(t *Task, st ptrace.WaitStatus) {
	delete(tr.tasks, t.Tid)
	if t.started && t.Tid == tr.leaderPid {
		tr.exitStatus, tr.leaderDone = st, true
	}
	// The shim's own exit is shown: it means the exec failed.
	if !t.hidden || t.Tid == tr.leaderPid {
		tr.h.Exited(t, st)
	}
}

func (tr *Tracer) syscallStop(t *Task) {
	si := &tr.si
	if err := ptrace.GetSyscallInfo(t.Tid, si); err != nil {
		return // ESRCH: killed while stopped; its exit follows
	}
	switch si.Op {
	case ptrace.InfoEntry:
		t.InSyscall = true
		t.Nr = int(si.Nr)
		t.Args = si.Args
		if !t.hidden || t.Nr == nrExecve || t.Nr == nrExecveat {
			tr.h.SyscallEntry(t, si)
		}
		if tr.cfg.MayBlock != nil && tr.cfg.MayBlock(t.Nr) {
			tr.idleHint = true
		}
	case ptrace.InfoExit:
		wasIn := t.InSyscall
		t.InSyscall = false
		if !t.hidden || (wasIn && (t.Nr == nrExecve || t.Nr == nrExecveat)) {
			tr.h.SyscallExit(t, si)
		}
	}
	tr.resume(t, 0)
}

func isStopSignal(sig int) bool {
	switch unix.Signal(sig) {
	case unix.SIGSTOP, unix.SIGTSTP, unix.SIGTTIN, unix.SIGTTOU:
		return true
	}
	return false
}

func (tr *Tracer) eventStop(t *Task, ev int, sig int) {
	switch ev {
	case ptrace.EventStop:
		if isStopSignal(sig) && !t.hidden {
			// A group-stop: keep the task stopped for job control, but let
			// it report its next event (SIGCONT) to us.
			if !t.listening {
				tr.h.GroupStop(t, sig)
			}
			t.listening = true
			t.state = stateRunning
			ptrace.Listen(t.Tid)
			return
		}
		// An interrupt, the first stop of a new task, or the launch
		// shim's own stop: carry on.
		tr.resume(t, 0)
	case ptrace.EventFork, ptrace.EventVfork, ptrace.EventClone:
		msg, err := ptrace.EventMsg(t.Tid)
		if err == nil {
			tr.newChild(t, int(msg), ev)
		}
		tr.resume(t, 0)
	case ptrace.EventExec:
		former, _ := ptrace.EventMsg(t.Tid)
		tr.exec(t, int(former))
	default: // EXIT, VFORK_DONE, SECCOMP
		tr.resume(t, 0)
	}
}

const cloneThread = 0x10000

func (tr *Tracer) newChild(parent *Task, tid int, ev int) {
	pid := tid
	if ev == ptrace.EventClone {
		if thread, known := tr.isThreadClone(parent); !known {
			pid = tgidOf(tid)
		} else if thread {
			pid = parent.Pid
		}
	}
	if c := tr.tasks[tid]; c != nil {
		c.Pid = pid // it reported first; now we know its process
		c.started = parent.started
		return
	}
	c := tr.addTask(tid, pid)
	c.started = parent.started
	c.hidden = parent.hidden // a thread of the launch shim's Go runtime
	if !c.hidden {
		tr.h.NewTask(c, false)
	}
}

// isThreadClone tells from the flags of the clone or clone3 call the
// parent is in whether the child is a thread; known is false when the
// flags cannot be read.
func (tr *Tracer) isThreadClone(parent *Task) (thread, known bool) {
	switch parent.Nr {
	case nrClone:
		return parent.Args[cloneFlagsArg]&cloneThread != 0, true
	case nrClone3:
		var b [8]byte // struct clone_args starts with the u64 flags
		if n, _ := ptrace.ReadMem(parent.Tid, parent.Args[0], b[:]); n == 8 {
			return binary.LittleEndian.Uint64(b[:])&cloneThread != 0, true
		}
	}
	return false, false
}

var nrClone, nrClone3 = sysNr("clone"), sysNr("clone3")

func (tr *Tracer) exec(t *Task, former int) {
	var old *Task
	if former != 0 && former != t.Tid {
		// execve from a non-leader thread: the thread took the leader's
		// tid. Its state (in execve) moves to the leader's tid; the old
		// leader is gone without a death report.
		if th := tr.tasks[former]; th != nil {
			old = t
			delete(tr.tasks, former)
			th.Tid = t.Tid
			th.Pid = t.Pid
			tr.tasks[t.Tid] = th
			t = th
		}
	} else {
		former = 0
	}
	t.hidden = false
	tr.h.Exec(t, former, old)
	tr.resume(t, 0)
}

func (tr *Tracer) signalStop(t *Task, sig int) {
	if err := ptrace.GetSiginfo(t.Tid, &tr.siginfo); err != nil {
		if err == unix.EINVAL {
			tr.resume(t, 0) // not a signal-delivery-stop after all
		}
		return
	}
	if t.hidden {
		// The launch shim: the SIGCONT that woke it from its self-stop is
		// ours; anything else is not its business either.
		tr.resume(t, 0)
		return
	}
	tr.h.Signal(t, sig, &tr.siginfo)
	tr.resume(t, sig)
}

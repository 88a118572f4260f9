package tracer

import (
	"encoding/binary"

	"golang.org/x/sys/unix"

	"gostrace/internal/ptrace"
	"gostrace/internal/sysent"
)

var (
	nrExecve, nrExecveat = sysNr("execve"), sysNr("execveat")
	nrClone, nrClone3    = sysNr("clone"), sysNr("clone3")
	nrRtSigreturn        = sysNr("rt_sigreturn")
)

func sysNr(name string) int {
	if nr, ok := sysent.Number(name); ok {
		return nr
	}
	return -1
}

// syscallTrap is the stop signal of a syscall-stop under TRACESYSGOOD.
const syscallTrap = int(unix.SIGTRAP) | 0x80

// errRestartBlock is ERESTART_RESTARTBLOCK, an errno only tracers see: the
// call will be resumed by restart_syscall if no handler runs.
const errRestartBlock = 516

// Run handles stops until no task is left, or until an interrupting signal
// made us detach from all of them. After an error, tasks may be left: the
// caller reports the error, then calls Forget.
func (tr *Tracer) Run() error {
	// Whoever rings the bell (CatchSignals, RequestStop) may stop once we
	// are gone: the thread that was ours runs other code now.
	defer tr.ack.Store(true)
	defer tr.stopRinging()
	if tr.cfg.Tick > 0 && tr.cfg.OnTick != nil {
		tr.startTicker(tr.cfg.Tick)
		defer tr.stopTicker()
	}
	for len(tr.tasks) > 0 {
		tr.checkTick()
		if !tr.detaching && tr.interrupt.Load() != 0 {
			tr.ack.Store(true)
			if tr.cfg.KillOnExit {
				// Not detached: EXITKILL ends them when we exit.
				return nil
			}
			tr.detachAll()
			continue
		}
		if len(tr.held.tasks) > 0 {
			tr.releaseHeld(false)
		}
		tr.yield.maybeYield()
		pid, st, err := tr.nextStop()
		switch err {
		case nil:
			tr.spinGate.stopped()
			tr.handle(pid, st)
		case unix.EINTR:
			// The bell (or any signal without SA_RESTART): look at the
			// interrupt flag again.
		default:
			// ECHILD: nothing left to wait for, yet tasks in our table.
			// The kernel dropped them without a report: a thread we did
			// not trace exec'd in a process whose leader we traced. strace
			// ends the same way ("wait4(__WALL): No child processes").
			return &WaitError{Err: err}
		}
	}
	tr.h.Idle()
	return nil
}

// WaitError is a failed wait4.
type WaitError struct{ Err error }

func (e *WaitError) Error() string { return "wait4(__WALL): " + errText(e.Err) }

func (e *WaitError) Unwrap() error { return e.Err }

// Forget drops the tasks left after Run failed, telling the Handler they
// are detached (strace's last words are "Process N detached").
func (tr *Tracer) Forget() {
	for tid, t := range tr.tasks {
		delete(tr.tasks, tid)
		t.state = stateDetached
		tr.h.Detached(t)
	}
}

// wait blocks for the next stop. When the last resumed call may block for
// long and output is pending, it first checks without blocking, and lets
// the sink flush before it sleeps: the user sees the line of a call that is
// sleeping, at the cost of one more wait4 only on such calls.
func (tr *Tracer) wait() (int, ptrace.WaitStatus, error) {
	if pid, st, err := tr.spinWait(); pid != 0 || err != nil {
		return pid, st, err
	}
	if tr.idleHint {
		pid, st, err := ptrace.Wait4(-1, unix.WNOHANG, tr.ruPtr)
		if pid != 0 || err != nil {
			return pid, st, err
		}
		tr.idleHint = false
		tr.h.Idle()
	}
	return ptrace.Wait4(-1, 0, tr.ruPtr)
}

// reaped is a stop collected by nextStop and not yet handled.
type reaped struct {
	pid   int
	st    ptrace.WaitStatus
	stime int64
}

// maxBatch bounds the stops collected at once.
const maxBatch = 64

// nextStop returns the next stop to handle. With more than one task, it
// collects every stop already there before handling the first, and hands
// them out in turn, as strace does: found by the 8-thread benchmark (W5),
// where wait4(-1) keeps returning the same few threads first, so the
// others sat stopped while one CPU idled (gostrace used 1.3 CPUs where
// strace used 1.5, and was 1.3 times slower). Handled in a batch, all of
// them are resumed in one pass and run while the next ones are decoded.
// With one task there is nothing to collect, and where the tasks take turns
// (a shell waiting for its child) the collecting wait4 mostly finds
// nothing: after such a miss, the next few stops are handled without it.
func (tr *Tracer) nextStop() (int, ptrace.WaitStatus, error) {
	if tr.next < len(tr.batch) {
		r := tr.batch[tr.next]
		tr.next++
		tr.stime = r.stime
		return r.pid, r.st, nil
	}
	tr.batch, tr.next = tr.batch[:0], 0
	if tr.probe() {
		tr.next = 1
		return tr.batch[0].pid, tr.batch[0].st, nil
	}
	pid, st, err := tr.wait()
	tr.stime = tr.ru.Stime.Nano()
	if err != nil || pid == 0 || len(tr.tasks) < 2 {
		return pid, st, err
	}
	if tr.skipCollect > 0 {
		tr.skipCollect--
		return pid, st, err
	}
	stime := tr.stime
	// With -c, the kernel sums the CPU times of every thread of the
	// stopped task's process for each wait4 that asks for them: on the
	// 8-thread benchmark (W5, -c) that summing is about 4% of the run. The
	// stops of one process collected here get the sum read with the first
	// (they were all stopped by then): W5 -c went from 0.97 to 0.95 of
	// strace's time (15 rounds in rotating order).
	ru := tr.ruPtr
	if ru != nil && tr.oneProcess(pid) {
		ru = nil
	}
	for len(tr.batch) < maxBatch {
		p, s, e := ptrace.Wait4(-1, unix.WNOHANG, ru)
		if p <= 0 || e != nil {
			// Nothing more now (or an error the next blocking wait4
			// will report).
			break
		}
		tr.batch = append(tr.batch, reaped{p, s, tr.ru.Stime.Nano()})
	}
	if len(tr.batch) == 0 {
		tr.skipCollect = 4
	}
	tr.stime = stime
	return pid, st, err
}

// oneProcess reports whether every task belongs to the process of tid
// (looked at only for a few tasks: with many, it answers false).
func (tr *Tracer) oneProcess(tid int) bool {
	first := tr.tasks[tid]
	if first == nil || len(tr.tasks) > spinScanMax {
		return false
	}
	for _, t := range tr.tasks {
		if t.Pid != first.Pid {
			return false
		}
	}
	return true
}

func (tr *Tracer) handle(pid int, st ptrace.WaitStatus) {
	t := tr.tasks[pid]
	if t != nil {
		tr.runTime(t)
		if t.probed {
			tr.handleProbed(t)
			return
		}
		t.probeable = false
	}
	if t != nil && tr.ruPtr != nil {
		// For a stopped tracee the kernel reports the usage of its whole
		// process (RUSAGE_BOTH): strace's -c times are deltas of it.
		t.Stime = tr.stime
	}
	if !st.Stopped() {
		if t == nil {
			// A new task killed before its first stop, whose parent's
			// event has not reached us yet (remember it, so that event
			// does not add a task that will never report), or a child of
			// ours we do not trace.
			tr.unmatched[pid] = true
			return
		}
		tr.gone(t, st)
		return
	}
	ev := st.Event()
	if ev == ptrace.EventExec {
		// Before anything else, also when detaching: the exec may have
		// moved a thread to this tid, and the thread's old tid will never
		// report again.
		tr.exec(pid, t)
		return
	}
	if t == nil {
		t = tr.adopt(pid)
	}
	sig := st.StopSignal()
	switch {
	case sig == syscallTrap:
		tr.syscallStop(t)
	case ev != 0:
		tr.eventStop(t, ev, sig)
	default:
		tr.signalStop(t, sig)
	}
}

// adopt takes in a task that reported before its parent's fork, vfork or
// clone event (the kernel does not order them). /proc says which process
// it is in, and which task created it: it inherits that one's flags (a
// thread of the launch shim's Go runtime stays hidden).
func (tr *Tracer) adopt(tid int) *Task {
	tr.adopted++
	tgid, ppid := procIDs(tid)
	t := tr.addTask(tid, tgid)
	tr.unmatched[tid] = true
	creator := tr.tasks[tgid]
	if creator == t {
		creator = tr.tasks[ppid]
	}
	if creator != nil {
		t.hidden, t.started = creator.hidden, creator.started
	}
	if !t.hidden {
		tr.h.NewTask(t, false)
	}
	return t
}

func (tr *Tracer) gone(t *Task, st ptrace.WaitStatus) {
	delete(tr.tasks, t.Tid)
	t.state = stateDetached
	if t.started && t.Tid == tr.leaderPid {
		tr.exitStatus, tr.leaderDone = st, true
	}
	// The shim's own exit is shown: it means the exec failed.
	if !t.hidden || t.Tid == tr.leaderPid {
		tr.h.Exited(t, st)
	}
}

func (tr *Tracer) syscallStop(t *Task) {
	if t.pendingDetach {
		tr.detach(t, 0)
		return
	}
	si := &tr.si
	read := t.probed
	if read {
		*si = t.probeInfo
	} else if tr.lean && t.leanOK && !t.hidden && !t.afterSeccomp {
		switch tr.leanStop(t, si) {
		case leanDone:
			return
		case leanRead:
			read = true
		}
	}
	if !read {
		if err := ptrace.GetSyscallInfo(t.Tid, si); err != nil {
			// ESRCH: killed while stopped; its exit report follows.
			// Anything else (a kernel without the request): do not
			// leave it stopped.
			if err != unix.ESRCH {
				tr.resume(t, 0)
			}
			return
		}
	}
	switch si.Op {
	case ptrace.InfoEntry:
		t.leanOK = true
		if t.afterSeccomp {
			// A syscall-entry stop after the seccomp stop (kernels before
			// 4.8): the entry was handled at the seccomp stop.
			t.afterSeccomp = false
			tr.resume(t, 0)
			return
		}
		t.InSyscall = true
		t.shimSignals = false // from now on, signals may be the command's
		t.Nr = int(si.Nr)
		t.Args = si.Args
		if !t.hidden || t.Nr == nrExecve || t.Nr == nrExecveat {
			tr.h.SyscallEntry(t, si)
		}
		tr.beforeBlocking(t)
	case ptrace.InfoExit:
		// Whatever the order of the entry and seccomp stops, the entry is
		// behind us now.
		t.afterSeccomp = false
		t.leanOK = true
		if t.Nr < 0 && tr.lean {
			// A lean entry (lean.go) whose exit was read otherwise.
			if nr, _, _, _, err := ptrace.ExitRegs(t.Tid, &tr.regs); err == nil && nr >= 0 {
				t.Nr = int(nr)
			}
		}
		wasIn := t.InSyscall
		t.InSyscall = false
		if si.Rval() == -errRestartBlock {
			// restart_syscall will name this call: "<... resuming
			// interrupted NAME ...>". strace names the last call the
			// thread made, which is this one (restart_syscall itself when
			// it is interrupted again).
			t.RestartNr = t.Nr
		}
		if !t.hidden || (wasIn && (t.Nr == nrExecve || t.Nr == nrExecveat)) {
			tr.h.SyscallExit(t, si)
		}
	}
	tr.resumeSyscall(t)
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
		// Under PTRACE_SEIZE a group-stop is reported as an event stop
		// with the stopping signal; interrupts, a new task's first stop and
		// the end of a group-stop (after LISTEN) come with SIGTRAP.
		if isStopSignal(sig) && !t.hidden && !t.pendingDetach {
			// Keep the task stopped for job control, but let it report
			// its next event (SIGCONT) to us. Resuming it instead would
			// make SIGSTOP useless on a traced process.
			if !t.listening {
				tr.h.GroupStop(t, sig)
			}
			t.listening = true
			t.state = stateRunning
			_ = ptrace.Listen(t.Tid) // ESRCH: dead; its exit follows
			return
		}
		// The launch shim's self-stop carries on (its wake-up SIGCONT is
		// on its way); a task being detached in group-stop is detached
		// from this stop, and the kernel puts it back in the group-stop.
		tr.resume(t, 0)
	case ptrace.EventFork, ptrace.EventVfork, ptrace.EventClone:
		// Also when detaching: the child is attached already, and must be
		// waited for and detached too.
		if msg, err := ptrace.EventMsg(t.Tid); err == nil {
			tr.newChild(t, int(msg), ev)
		}
		tr.resume(t, 0)
	case ptrace.EventSeccomp:
		tr.seccompStop(t)
	default: // EXIT, VFORK_DONE: not asked for
		tr.resume(t, 0)
	}
}

const cloneThread = unix.CLONE_THREAD

func (tr *Tracer) newChild(parent *Task, tid int, ev int) {
	if tr.unmatched[tid] {
		// It reported (or died) first: adopt has it, with what /proc
		// said, or it is gone already. Adding it now would make a task
		// that never reports, and Run would wait for it forever.
		delete(tr.unmatched, tid)
		if c := tr.tasks[tid]; c != nil {
			c.started = parent.started
		}
		return
	}
	if tr.tasks[tid] != nil {
		return
	}
	pid := tid
	if ev == ptrace.EventClone {
		if thread, known := tr.isThreadClone(parent); !known {
			pid, _ = procIDs(tid)
		} else if thread {
			pid = parent.Pid
		}
	}
	if pid != parent.Pid {
		tr.spinGate.churn()
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

// exec handles PTRACE_EVENT_EXEC, reported with the tid of the process's
// leader. When a thread other than the leader called execve, the kernel
// has given it the leader's tid and silently released the old leader
// (which never reports its end): the thread's state (in execve) moves to
// that tid, and the old leader's is dropped. t is the task we had at pid
// (the old leader), nil if we did not trace it.
//
// The event comes from the thread that called execve, so that thread is
// one of ours. (When it is not, we hear nothing: the kernel releases the
// leader we traced without a report, and the new leader runs untraced. If
// the process is our child we still reap its end as its parent; if not,
// wait4 fails with ECHILD once nothing else is left, as with strace.)
func (tr *Tracer) exec(pid int, t *Task) {
	tr.spinGate.churn()
	former := pid
	if msg, err := ptrace.EventMsg(pid); err == nil {
		former = int(msg)
	}
	var old *Task
	if th := tr.tasks[former]; former != pid && th != nil {
		old = t
		if old != nil {
			old.state = stateDetached
		}
		delete(tr.tasks, former)
		th.Tid, th.Pid = pid, pid
		tr.tasks[pid] = th
		t = th
	} else {
		former = 0
	}
	if t == nil {
		t = tr.adopt(pid) // an exec event from a task we do not know
	}
	launch := t.hidden
	t.hidden = false
	t.shimSignals = launch
	tr.h.Exec(t, former, old)
	if tr.cfg.DetachOnExec && !launch {
		// -b execve, as strace: a successful exec (failed ones are traced
		// on) other than the one that starts the command lets the task go
		// before its execve returns: its line ends "<detached ...>".
		t.pendingDetach = true
	}
	tr.resume(t, 0)
}

func (tr *Tracer) signalStop(t *Task, sig int) {
	if err := ptrace.GetSiginfo(t.Tid, &tr.siginfo); err != nil {
		// ESRCH: killed while stopped. EINVAL would mean a group-stop of a
		// tracee attached without SEIZE, which we never do: resume.
		if err != unix.ESRCH {
			tr.resume(t, 0)
		}
		return
	}
	if t.hidden {
		// The launch shim: the SIGCONT that ends its self-stop is ours
		// (Launch sent it) and must not reach the command. Anything else
		// is delivered, unreported: the shim is not shown.
		if sig == int(unix.SIGCONT) {
			sig = 0
		}
		tr.resume(t, sig)
		return
	}
	if t.shimSignals && sig == int(unix.SIGURG) && shimPreemption(&tr.siginfo, t.Pid) {
		// The Go runtime of the launch shim tgkill()s SIGURG at its own
		// threads to preempt goroutines; one sent as the shim called
		// execve stays pending into the command. The command cannot have
		// sent it (it has made no call yet): it is the shim's, so drop it.
		tr.resume(t, 0)
		return
	}
	if !t.pendingDetach {
		tr.h.Signal(t, sig, &tr.siginfo)
	}
	tr.resume(t, sig) // detaches, delivering sig, when detaching
}

// shimPreemption reports whether si is a SIGURG sent with tgkill by the
// process itself (si_code SI_TKILL, si_pid its own pid).
func shimPreemption(si *ptrace.Siginfo, pid int) bool {
	code := int32(binary.LittleEndian.Uint32(si[8:]))
	sender := int32(binary.LittleEndian.Uint32(si[16:]))
	return code == -6 && int(sender) == pid
}

// seccompStop handles the stop the seccomp filter asks for at the entry of
// a traced syscall: it is that syscall's entry. The task goes on with
// PTRACE_SYSCALL so that its exit stops too.
func (tr *Tracer) seccompStop(t *Task) {
	if t.pendingDetach {
		tr.detach(t, 0)
		return
	}
	if t.InSyscall {
		// Resumed with PTRACE_SYSCALL (the hidden launch shim), the task
		// reported the entry already: since Linux 4.8 the seccomp stop
		// follows the syscall-entry stop, "to catch any tracer changes".
		tr.resume(t, 0)
		return
	}
	si := &tr.si
	if err := ptrace.GetSyscallInfo(t.Tid, si); err != nil || si.Op != ptrace.InfoSeccomp {
		if err != unix.ESRCH {
			tr.resume(t, 0)
		}
		return
	}
	t.InSyscall = true
	// Before 4.8 the order was the other way round: then a syscall-entry
	// stop may follow this one, and is skipped.
	t.afterSeccomp = true
	t.shimSignals = false
	t.Nr = int(si.Nr)
	t.Args = si.Args
	if !t.hidden || t.Nr == nrExecve || t.Nr == nrExecveat {
		tr.h.SyscallEntry(t, si)
	}
	tr.beforeBlocking(t)
	tr.resumeSyscall(t)
}

// beforeBlocking is called at the entry of t's call: one that may block
// gets the lines printed so far out first.
func (tr *Tracer) beforeBlocking(t *Task) {
	if tr.cfg.MayBlock == nil || !tr.cfg.MayBlock(t.Nr) {
		return
	}
	if tr.cfg.IdleFirst {
		// Found by the reliability suite: with the trace on the stream
		// the tracee writes to, a write it made at once could get there
		// before the lines still buffered (the launch shim's message in
		// the middle of its failed execve's line, one run in a few).
		tr.h.Idle()
	} else {
		tr.idleHint = true
	}
}

// Package tracer is the ptrace backend. It starts or attaches to tracees,
// follows their threads and children, and turns every ptrace stop into a
// call of the Handler, on one locked OS thread that also does the waiting:
// a stop costs one wake-up of that thread and nothing else.
package tracer

import (
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"

	"golang.org/x/sys/unix"

	"gostrace/internal/ptrace"
)

// Handler receives the tracer's events. Every method runs on the tracer's
// locked thread while the task is stopped, so it may read the task's memory.
type Handler interface {
	// SyscallEntry is called at a syscall-entry stop (also for the launch
	// shim's execve, the only hidden call shown).
	SyscallEntry(t *Task, info *ptrace.SyscallInfo)
	// SyscallExit is called at a syscall-exit stop.
	SyscallExit(t *Task, info *ptrace.SyscallInfo)
	// Signal is called at a signal-delivery-stop; the signal is then
	// delivered unchanged.
	Signal(t *Task, sig int, si *ptrace.Siginfo)
	// GroupStop is called when a task enters a group-stop (stopped by sig).
	GroupStop(t *Task, sig int)
	// Exited is called when a task is gone: status says how.
	Exited(t *Task, status ptrace.WaitStatus)
	// NewTask is called for a task we start tracing: attach says whether it
	// was attached by -p (rather than followed as a new child).
	NewTask(t *Task, attach bool)
	// Detached is called after a task was detached.
	Detached(t *Task)
	// Exec is called at a successful exec. When a thread other than the
	// leader called execve, former is its old tid and old is the leader it
	// replaced (gone without a death report); else they are 0 and nil.
	Exec(t *Task, former int, old *Task)
	// Idle is called before the tracer blocks waiting for the next stop,
	// when the last resumed task may block for long (the sink flushes).
	Idle()
}

// Config says what to trace and how.
type Config struct {
	Follow bool // -f: follow forks, vforks and clones
	// SignalsToCatch are the signals that make us detach and return (with
	// Interrupted set): SIGINT, SIGTERM... as strace's -I says.
	SignalsToCatch []unix.Signal
	// MayBlock reports whether a syscall entry may block for long: before
	// waiting after resuming such an entry, the tracer calls Handler.Idle.
	MayBlock func(nr int) bool
}

// Tracer owns the traced tasks.
type Tracer struct {
	cfg   Config
	h     Handler
	tasks map[int]*Task
	opts  int

	leader     *Task // the process we started, if any
	leaderPid  int
	exitStatus ptrace.WaitStatus
	leaderDone bool

	interrupt atomic.Int32 // the signal that asked us to stop, 0 if none
	ack       atomic.Bool
	detaching bool
	waitTid   int
	idleHint  bool
	si        ptrace.SyscallInfo
	siginfo   ptrace.Siginfo
	// lost counts tasks still in our table when wait4 said there was
	// nothing left to wait for: a bookkeeping bug (the tests check it).
	lost int
}

// New returns a tracer. It must be used from one goroutine, which it locks
// to its OS thread.
func New(cfg Config, h Handler) *Tracer {
	runtime.LockOSThread()
	t := &Tracer{cfg: cfg, h: h, tasks: make(map[int]*Task)}
	t.opts = ptrace.OptTraceSysGood | ptrace.OptTraceExec
	if cfg.Follow {
		t.opts |= ptrace.OptTraceFork | ptrace.OptTraceVfork | ptrace.OptTraceClone
	}
	t.waitTid = unix.Gettid()
	setSigchldDefault()
	return t
}

// NumTasks is the number of tasks traced now.
func (tr *Tracer) NumTasks() int { return len(tr.tasks) }

// Interrupted returns the signal that stopped the tracing, or 0.
func (tr *Tracer) Interrupted() int { return int(tr.interrupt.Load()) }

// LeaderStatus returns how the started command ended (valid when Run
// returns after a launch).
func (tr *Tracer) LeaderStatus() (ptrace.WaitStatus, bool) { return tr.exitStatus, tr.leaderDone }

var errNoTracees = errors.New("no tracees")

func (tr *Tracer) addTask(tid, pid int) *Task {
	t := &Task{Tid: tid, Pid: pid, state: stateNew, RestartNr: -1}
	tr.tasks[tid] = t
	return t
}

// resume restarts a stopped task until its next syscall stop, delivering sig.
func (tr *Tracer) resume(t *Task, sig int) {
	if t.pendingDetach || tr.detaching {
		tr.detach(t, sig)
		return
	}
	t.state = stateRunning
	t.listening = false
	if err := ptrace.Syscall(t.Tid, sig); err != nil {
		// ESRCH: the task died (SIGKILL) while stopped; its exit is coming.
		_ = err
	}
}

func (tr *Tracer) detach(t *Task, sig int) {
	err := ptrace.Detach(t.Tid, sig)
	if err != nil && err != unix.ESRCH {
		// Not stopped (it can only be running if something is wrong): ask
		// for a stop and detach then.
		t.pendingDetach = true
		ptrace.Interrupt(t.Tid)
		return
	}
	t.state = stateDetached
	delete(tr.tasks, t.Tid)
	if err == nil {
		tr.h.Detached(t)
	}
}

func (tr *Tracer) String() string { return fmt.Sprintf("tracer(%d tasks)", len(tr.tasks)) }

// Package tracer is the ptrace backend. It starts or attaches to tracees,
// follows their threads and children, and turns every ptrace stop into a
// call of the Handler, on one locked OS thread that also does the waiting:
// a stop costs one wake-up of that thread and nothing else.
//
// Linux accepts ptrace requests only from the thread that attached, so New,
// Launch, Attach, CatchSignals and Run must all be called from the one
// goroutine that called New (New locks it to its thread). RequestStop may
// be called from anywhere.
package tracer

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"

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
	// NewTask is called for a task we start tracing as a child or thread
	// of a traced one (attach is false: the threads Attach seizes are
	// counted by its return value, not announced one by one).
	NewTask(t *Task, attach bool)
	// Detached is called after a task was detached.
	Detached(t *Task)
	// Exec is called at a successful exec. When a thread other than the
	// leader called execve, former is its old tid and old is the leader it
	// replaced (gone without a death report; nil if we did not trace it);
	// else they are 0 and nil.
	Exec(t *Task, former int, old *Task)
	// Idle is called before the tracer blocks waiting for the next stop,
	// when the last resumed task may block for long (the sink flushes).
	Idle()
}

// Config says what to trace and how.
type Config struct {
	Follow bool // -f: follow forks, vforks and clones
	// MayBlock reports whether a syscall entry may block for long: before
	// waiting after resuming such an entry, the tracer calls Handler.Idle.
	MayBlock func(nr int) bool
	// IdleFirst calls Handler.Idle at such an entry before the task is
	// resumed, not after (and only if the wait would block). For a trace
	// that shares its stream with the tracees (stderr): their own output
	// (a write, the launch shim's "exec: ..." message) then comes after
	// the lines printed before it, as with strace, whatever the timing.
	IdleFirst bool
	// Rusage asks wait4 for the resource usage at every stop, so that
	// Task.Stime is current (-c measures system time per call this way).
	Rusage bool
	// DetachOnExec (-b execve): a task is detached at its exec event,
	// before its execve returns. The exec that starts the command does
	// not count, nor does a failed execve.
	DetachOnExec bool
	// KillOnExit (--kill-on-exit): every tracee gets PTRACE_O_EXITKILL,
	// and an interrupting signal ends Run at once, without detaching: the
	// kernel kills the tracees when we are gone. Without it, as strace
	// 6.1, a tracee outlives a tracer that dies.
	KillOnExit bool
	// Seccomp: the started command carries a seccomp filter that stops it
	// only at the traced syscalls (PTRACE_EVENT_SECCOMP). Tasks run with
	// PTRACE_CONT between those stops, new threads and children from
	// their first stop on: every other syscall costs no stop at all.
	Seccomp bool
	// Tick, when not 0, makes Run call OnTick about once every Tick on
	// its thread, also while it waits (--summary-interval; tick.go).
	Tick   time.Duration
	OnTick func()
	// Spin, when not 0, is how long the loop may poll for the next stop
	// before it sleeps in wait4, when a CPU is free for it (spin.go).
	Spin time.Duration
	// LeanEntries: the Handler wants nothing of a syscall at its entry but
	// the stop (-c alone). Entry stops are then not read, and exit stops
	// give the number in Task.Nr with the result (lean.go). Where the
	// architecture cannot, with Seccomp, and without Rusage, it has no
	// effect.
	LeanEntries bool
}

// Tracer owns the traced tasks.
type Tracer struct {
	cfg   Config
	h     Handler
	tasks map[int]*Task
	opts  int

	leaderPid  int // the process we started, if any
	exitStatus ptrace.WaitStatus
	leaderDone bool
	// leaderDetached: we let go of the process we started before it ended.
	leaderDetached bool

	// unmatched holds the tids we heard from (a stop or an exit) before
	// the fork, vfork or clone event of their parent: the kernel does not
	// order the two reports. When the parent's event comes, the child is
	// known already, or gone already; it must not be added again.
	unmatched map[int]bool

	ru       unix.Rusage // filled by wait4 with Config.Rusage
	yield    yielder
	cpus     int // usable CPUs, for the poll before a wait
	spin     spinStats
	spinGate spinGate
	spinBack spinBackoff
	prober   prober
	ruPtr    *unix.Rusage
	// batch holds the stops nextStop collected, batch[next:] unhandled;
	// stime is the system time reported with the stop being handled.
	batch       []reaped
	next        int
	stime       int64
	skipCollect int // stops to handle before collecting again

	interrupt atomic.Int32 // the signal that asked us to stop, 0 if none
	// ack is set once the loop has seen the interrupt (or has returned):
	// whoever rings the bell may stop.
	ack       atomic.Bool
	detaching bool
	waitTid   int
	idleHint  bool
	si        ptrace.SyscallInfo
	siginfo   ptrace.Siginfo
	// lean: Config.LeanEntries in effect; regs is its register buffer,
	// leanEntries and leanExits count the stops it handled (for tests).
	lean        bool
	regs        ptrace.Regs
	leanEntries int
	leanExits   int

	// adopted counts children that reported before their parent's event.
	adopted int
	// held: tasks kept stopped for a while (Task.Hold, tamper.go).
	held holdQueue
	// tick: the periodic wake-up (Config.Tick), while Run runs.
	tick *ticker
}

// New returns a tracer. It must be used from one goroutine, which it locks
// to its OS thread.
func New(cfg Config, h Handler) *Tracer {
	runtime.LockOSThread()
	ensureProcs()
	t := &Tracer{cfg: cfg, h: h, tasks: make(map[int]*Task), unmatched: make(map[int]bool)}
	t.opts = ptrace.OptTraceSysGood | ptrace.OptTraceExec
	if cfg.Follow {
		t.opts |= ptrace.OptTraceFork | ptrace.OptTraceVfork | ptrace.OptTraceClone
	}
	if cfg.KillOnExit {
		t.opts |= ptrace.OptExitKill
	}
	if cfg.Seccomp {
		t.opts |= ptrace.OptTraceSeccomp
	}
	if cfg.Rusage {
		t.ruPtr = &t.ru
	}
	// Without Rusage (-c -w), probes (probe.go) find the stops of
	// several threads without a wait4, which lean entries would rule
	// out: they do better there (W5 -c -w: 0.87 of strace's time with
	// probes, 0.92 with lean entries).
	t.lean = cfg.LeanEntries && ptrace.ExitRegsSupported && !cfg.Seccomp && cfg.Rusage
	t.waitTid = unix.Gettid()
	t.cpus = usableCPUs()
	setSigchldDefault()
	prepareBell()
	return t
}

// NumTasks is the number of tasks traced now.
func (tr *Tracer) NumTasks() int { return len(tr.tasks) }

// Interrupted returns the signal that stopped the tracing, or 0.
func (tr *Tracer) Interrupted() int { return int(tr.interrupt.Load()) }

// LeaderStatus returns how the started command ended (valid when Run
// returns after a launch).
func (tr *Tracer) LeaderStatus() (ptrace.WaitStatus, bool) { return tr.exitStatus, tr.leaderDone }

func (tr *Tracer) addTask(tid, pid int) *Task {
	t := &Task{Tid: tid, Pid: pid, state: stateNew, RestartNr: -1}
	// Found while detaching from everything (a child of a task we were
	// about to detach): it goes too, at its first stop.
	t.pendingDetach = tr.detaching
	tr.tasks[tid] = t
	return t
}

// resume restarts a stopped task until its next syscall stop, delivering sig.
func (tr *Tracer) resume(t *Task, sig int) {
	t.probeable = false
	if t.pendingDetach {
		tr.detach(t, sig)
		return
	}
	t.state = stateRunning
	t.listening = false
	t.resumes++
	// ESRCH: the task was killed (SIGKILL) while stopped; its exit report
	// follows, and it is handled then. Nothing else can fail here.
	if tr.cfg.Seccomp && t.started && !t.InSyscall {
		// The seccomp filter stops it at the next traced syscall, which
		// may be far away: what it writes meanwhile (to the terminal we
		// print on) must come after our lines, so flush before waiting.
		//
		// The hidden launch shim too: the only call of it ever shown, its
		// execve, stops at the filter the shim installs first when the
		// user traces execve, and its exec event stops it in any case.
		// Stepping through its other calls cost six stops: 0.6 ms of a
		// traced /bin/true (4.7 ms against 4.1 ms).
		_ = ptrace.Cont(t.Tid, sig)
		tr.idleHint = true
		return
	}
	tr.resumedNow(t)
	t.probeable = ptrace.Syscall(t.Tid, sig) == nil
}

// detach lets go of a task in a ptrace-stop, delivering sig.
func (tr *Tracer) detach(t *Task, sig int) {
	if err := ptrace.Detach(t.Tid, sig); err != nil {
		// ESRCH: the task is not in a ptrace-stop we can detach from. Either
		// it died while stopped (its exit report follows: keep it until
		// then), or it sits in PTRACE_LISTEN, which PTRACE_DETACH refuses
		// (ptrace_check_attach fails for JOBCTL_LISTENING). An interrupt
		// makes a live one trap again; it is detached at that stop.
		t.pendingDetach = true
		_ = ptrace.Interrupt(t.Tid)
		return
	}
	t.state = stateDetached
	delete(tr.tasks, t.Tid)
	if t.started && t.Tid == tr.leaderPid {
		tr.leaderDetached = true
	}
	tr.h.Detached(t)
}

func (tr *Tracer) String() string { return fmt.Sprintf("tracer(%d tasks)", len(tr.tasks)) }

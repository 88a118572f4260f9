package tracer

import (
	"time"

	"golang.org/x/sys/unix"

	"gostrace/internal/ptrace"
)

// Before it sleeps in wait4, the loop may poll for the next stop for a few
// microseconds (Config.Spin).
//
// Why: most of a ptrace stop's cost is not the stop but the two wake-ups
// around it, the tracee's stop waking the tracer and the tracer's resume
// waking the tracee. When tracer and tracee sleep on different CPUs, each
// wake-up is a cross-CPU interrupt, and on a virtual machine whose idle
// CPUs halt (the benchmark machine: cpuidle haltpoll with
// guest_halt_poll_ns=0) waking a halted CPU costs more than everything
// else in the stop. Measured on the getppid storm (../shared/bench W1,
// 50,000 calls): 4.3 s traced as usual, 1.6 s with the poll, 0.75 s with
// tracer and tracee pinned to one CPU (which would change the tracee's
// affinity: not ours to do). While the tracer polls, its CPU is awake and
// the tracee's stop wakes nobody.
//
// When not:
//   - With one CPU, or with as many tasks as CPUs that run long between
//     stops (Task.runNs above the budget): the poll would take a CPU they
//     want. Four threads that compute for about 100 us between calls ran
//     0.25 s with polls, 0.21 s without (strace 0.23 s). Tasks that stop
//     again at once do not count: the 8 threads of W5, each making calls
//     in a row, ran 0.61 s with polls and 0.65 s without (strace 0.72 s).
//   - When every task sits in a call that waits for something else
//     (sleepingCall): a process idle in epoll_pwait costs no poll at all.
//   - While processes come and go (spinGate).

// runTime is called at a task's stop: Task.runNs follows how long the
// task ran since it was resumed (not counting calls that sleep).
func (tr *Tracer) runTime(t *Task) {
	if t.resumedAt == 0 {
		return
	}
	gap := holdClock() - t.resumedAt
	t.runNsBefore = t.runNs
	t.runNs += (gap - t.runNs) / 4
	t.resumedAt = 0
}

// sleptInCall takes back the last runTime of a task whose call, not known
// when it was resumed (a lean entry), turns out at its exit to be one
// that sleeps: that wait was not running time.
func (tr *Tracer) sleptInCall(t *Task) {
	if sleepingCall(t.Nr, t.Args) {
		t.runNs = t.runNsBefore
	}
}

// resumedNow notes when a task that will run (not sleep) was resumed.
func (tr *Tracer) resumedNow(t *Task) {
	if tr.cfg.Spin > 0 && !(t.InSyscall && sleepingCall(t.Nr, t.Args)) {
		t.resumedAt = holdClock()
	}
}

// spinScanMax bounds the tasks looked at to decide: with more, the loop
// does not poll (a scan per wait would cost more than it saves, and so many
// tasks rarely leave a CPU free).
const spinScanMax = 32

// spinStats counts the loop's decisions, for tests.
type spinStats struct {
	polls    int // polls made
	hits     int // polls that found a stop
	skipIdle int // waits without a poll: every task waits in a sleeping call
}

// spinWait polls for a stop for up to Config.Spin. It returns pid 0 when
// none came (or the loop should not poll now).
func (tr *Tracer) spinWait() (int, ptrace.WaitStatus, error) {
	if tr.cfg.Spin <= 0 || tr.cpus < 2 || len(tr.tasks) > spinScanMax || len(tr.held.tasks) > 0 {
		return 0, 0, nil
	}
	running, long := 0, 0
	now := int64(0)
	for _, t := range tr.tasks {
		if t.listening || (t.InSyscall && sleepingCall(t.Nr, t.Args)) {
			continue
		}
		if t.InSyscall && t.Nr < 0 && t.resumedAt != 0 {
			// A lean entry (lean.go): which call it is comes with its
			// exit. One in it for longer than a poll would last sleeps,
			// most likely; one that just went in will be back at once.
			if now == 0 {
				now = holdClock()
			}
			if now-t.resumedAt > int64(tr.cfg.Spin) {
				continue
			}
		}
		running++
		if t.runNs > int64(tr.cfg.Spin) {
			if long++; long >= tr.cpus {
				return 0, 0, nil
			}
		}
	}
	if running == 0 {
		tr.spin.skipIdle++
		return 0, 0, nil
	}
	if !tr.spinGate.open() {
		return 0, 0, nil
	}
	if tr.spinBack.skip > 0 {
		tr.spinBack.skip--
		return 0, 0, nil
	}
	tr.spin.polls++
	deadline := time.Now().Add(tr.cfg.Spin)
	for {
		pid, st, err := ptrace.Wait4(-1, unix.WNOHANG, tr.ruPtr)
		if pid != 0 || err != nil {
			if pid > 0 {
				tr.spin.hits++
			}
			tr.spinBack.misses = 0
			return pid, st, err
		}
		if time.Now().After(deadline) {
			tr.spinBack.missed()
			return 0, 0, nil
		}
	}
}

// spinBackoff spaces out the polls of a tracee that computes between its
// calls for longer than the budget: each poll that finds nothing doubles
// the waits that follow without one (up to spinBackMax), and a poll that
// finds its stop resets that. Measured with a python loop that computes
// for about 400 us between two calls, for 1 s: the tracer's polls cost
// 0.16 s of CPU time without the backoff, 0.07 s with it. (With 40 us
// between calls the polls find their stop, and the loop ran 13,130 times
// against 8,077 with --no-spin.)
type spinBackoff struct {
	misses int // polls in a row that found nothing
	skip   int // waits left without a poll
}

const spinBackMax = 64

func (b *spinBackoff) missed() {
	b.misses++
	b.skip = 1 << min(b.misses, 6)
	if b.skip > spinBackMax {
		b.skip = spinBackMax
	}
}

// spinQuiet is how many stops must pass after a new process or an exec
// before the loop polls again.
const spinQuiet = 2048

// spinGate suspends the polls while processes come and go. On the
// process-churn benchmark (W4: a shell starting 300 processes, -c, 9
// rounds in rotating order) polls made the run slower: 0.64 s with them,
// 0.60 s without, although they found their stop 95% of the time and as
// quickly as on W1. Our reading, not proven: a tracer that polls stays
// runnable, so the scheduler spreads tracer and tracees over the CPUs,
// where every fork, exec and exit then wakes a halted CPU, while a tracer
// that sleeps at once lets a new child run next to it. Choosing by
// measurement (alternating blocks of stops with and without polls and
// keeping the faster) chose the polls on W4: the blocks with polls moved
// the tasks apart, and the blocks without paid for it. With the gate: 0.59
// s.
type spinGate struct {
	stops     int // stops seen
	lastChurn int // stops seen at the last new process or exec
}

func (g *spinGate) stopped() { g.stops++ }

// churn records a new process or an exec.
func (g *spinGate) churn() { g.lastChurn = g.stops }

// open reports whether polls are allowed now.
func (g *spinGate) open() bool { return g.stops-g.lastChurn >= spinQuiet }

// usableCPUs is the number of CPUs this thread may run on.
func usableCPUs() int {
	var set unix.CPUSet
	if unix.SchedGetaffinity(0, &set) != nil {
		return 1
	}
	return set.Count()
}

// sleepingCalls are the calls that wait for an event from elsewhere (a
// timer, another task, a peer), indexed by number.
var sleepingCalls = func() []bool {
	names := []string{"futex", "futex_waitv", "epoll_wait", "epoll_pwait", "epoll_pwait2",
		"poll", "ppoll", "select", "pselect6", "nanosleep", "clock_nanosleep", "wait4",
		"waitid", "pause", "rt_sigsuspend", "rt_sigtimedwait", "accept", "accept4",
		"msgrcv", "semop", "semtimedop", "mq_timedreceive", "io_getevents",
		"io_pgetevents", "vfork", "restart_syscall"}
	var set []bool
	for _, n := range names {
		nr := sysNr(n)
		if nr < 0 {
			continue // not on this architecture
		}
		for len(set) <= nr {
			set = append(set, false)
		}
		set[nr] = true
	}
	return set
}()

// futex operations that wait (after FUTEX_CMD_MASK): WAIT, LOCK_PI,
// WAIT_BITSET, WAIT_REQUEUE_PI, LOCK_PI2.
const futexWaitOps = 1<<0 | 1<<6 | 1<<9 | 1<<11 | 1<<13

var nrFutex = sysNr("futex")

// sleepingCall reports whether a task in call nr probably sleeps until
// something else happens. A wrong guess costs a poll, or one that is not
// made; never a stop.
func sleepingCall(nr int, args [6]uint64) bool {
	if nr < 0 || nr >= len(sleepingCalls) || !sleepingCalls[nr] {
		return false
	}
	if nr == nrFutex {
		op := args[1] & 0x7f // FUTEX_CMD_MASK: without PRIVATE and CLOCK_REALTIME
		return futexWaitOps&(1<<op) != 0
	}
	return true
}

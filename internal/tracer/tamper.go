package tracer

import (
	"math"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"

	"gostrace/internal/ptrace"
)

// Tampering (-e inject=): what a Handler may do to a task at a syscall
// stop besides reading it. Register and memory changes are made at once;
// the hold and the signal apply when the tracer resumes the task from
// this stop.

// taskTamper is what a Handler asked for at the current stop.
type taskTamper struct {
	hold    time.Duration
	holding bool
	sig     int
}

// SetSyscall replaces the number of the call the task is entering (at a
// syscall-entry stop); -1 makes the kernel skip the call, which then
// returns -ENOSYS unless SetReturn says otherwise at the exit stop.
func (t *Task) SetSyscall(nr int) error { return ptrace.SetSyscallNr(t.Tid, nr) }

// SetReturn replaces the return value of the call the task is leaving (at
// a syscall-exit stop); an error is -errno.
func (t *Task) SetReturn(v uint64) error { return ptrace.SetReturn(t.Tid, v) }

// Poke writes data into the task's memory at addr.
func (t *Task) Poke(addr uint64, data []byte) error { return ptrace.PokeMem(t.Tid, addr, data) }

// Hold keeps the task stopped for d once the Handler returns; the other
// tasks run on meanwhile. A pending signal (DeliverSignal) is delivered
// when it is resumed.
func (t *Task) Hold(d time.Duration) { t.tamper.hold, t.tamper.holding = d, true }

// DeliverSignal makes the task's resumption from this syscall stop send it
// sig: the kernel queues it (as SI_KERNEL) when the task leaves the stop,
// so at an entry stop the call runs with the signal pending.
func (t *Task) DeliverSignal(sig int) { t.tamper.sig = sig }

// heldTask is a task kept stopped until due (on holdClock).
type heldTask struct {
	t   *Task
	due int64
	sig int
}

// holdQueue holds the tasks kept stopped by Hold. The loop blocks in
// wait4, which no timer can end by itself: when a hold is due a goroutine
// rings the bell (the signal that makes wait4 fail with EINTR) until the
// loop says it has looked at the queue since then. A ring that lands
// just before wait4 is entered is lost, hence the repeats.
type holdQueue struct {
	tasks []heldTask
	// checked is the holdClock time at which the loop last released the
	// due tasks; MaxInt64 once it will never look again.
	checked atomic.Int64
}

var holdEpoch = time.Now()

// holdClock is a monotonic clock in nanoseconds.
func holdClock() int64 { return int64(time.Since(holdEpoch)) }

// resumeSyscall resumes a task from a syscall stop as the Handler asked:
// at once, or after its hold, with the signal it asked for.
func (tr *Tracer) resumeSyscall(t *Task) {
	tt := t.tamper
	t.tamper = taskTamper{}
	if !tt.holding || tt.hold <= 0 || t.pendingDetach || tr.detaching {
		tr.resume(t, tt.sig)
		return
	}
	due := holdClock() + int64(tt.hold)
	tr.held.tasks = append(tr.held.tasks, heldTask{t: t, due: due, sig: tt.sig})
	time.AfterFunc(tt.hold, func() { tr.ringUntil(due) })
}

// ringUntil pokes the loop out of wait4 until it has released the tasks
// due at due.
func (tr *Tracer) ringUntil(due int64) {
	pid := unix.Getpid()
	for tr.held.checked.Load() < due {
		_ = unix.Tgkill(pid, tr.waitTid, bellSignal)
		time.Sleep(time.Millisecond)
	}
}

// releaseHeld resumes the held tasks that are due, or all of them (when
// detaching: they are detached).
func (tr *Tracer) releaseHeld(all bool) {
	now := holdClock()
	kept := tr.held.tasks[:0]
	for _, h := range tr.held.tasks {
		switch {
		case tr.tasks[h.t.Tid] != h.t:
			// Gone meanwhile (killed while held): nothing to resume.
		case all || h.due <= now:
			if tr.detaching {
				h.t.pendingDetach = true // resume detaches it
			}
			tr.resume(h.t, h.sig)
		default:
			kept = append(kept, h)
		}
	}
	for i := len(kept); i < len(tr.held.tasks); i++ {
		tr.held.tasks[i] = heldTask{}
	}
	tr.held.tasks = kept
	if all {
		now = math.MaxInt64
	}
	tr.held.checked.Store(now)
}

// stopRinging tells the ringers that the loop is done.
func (tr *Tracer) stopRinging() { tr.held.checked.Store(math.MaxInt64) }

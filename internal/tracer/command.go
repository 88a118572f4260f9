package tracer

import (
	"errors"

	"golang.org/x/sys/unix"

	"gostrace/internal/ptrace"
)

// SeizeCommand traces process pid, which is about to exec the command
// itself (-D: the original process runs the command and the tracer is its
// grandchild). The process runs on: it is interrupted once so that
// syscall tracing starts, and it stays hidden until its exec, like the
// launch shim. Only the thread pid is seized: it must be the one that
// calls execve.
func (tr *Tracer) SeizeCommand(pid int) error {
	if err := ptrace.Seize(pid, tr.opts); err != nil {
		return &AttachError{Pid: pid, Err: err}
	}
	_ = ptrace.Interrupt(pid) // ESRCH: gone already; its end is reported
	t := tr.addTask(pid, pid)
	t.hidden, t.started = true, true
	tr.leaderPid = pid
	return nil
}

// DetachAll lets go of every task (they are detached at their next stop)
// and makes Run return once they are all gone. It must be called on the
// tracer's thread, from a Handler method.
func (tr *Tracer) DetachAll() {
	if !tr.detaching {
		tr.detachAll()
	}
}

// LeaderDetached reports whether the process we started was let go of
// before it ended (-b execve, --syscall-limit).
func (tr *Tracer) LeaderDetached() bool { return tr.leaderDetached && !tr.leaderDone }

// WaitLeader waits for the process we started and let go of to end, as
// strace does before it exits; it returns at once if that process is not
// our child (-D). A signal that interrupts tracing ends the wait.
func (tr *Tracer) WaitLeader() {
	// The bell rings this wait out too.
	tr.ack.Store(false)
	defer tr.ack.Store(true)
	for tr.leaderDetached && tr.interrupt.Load() == 0 {
		_, _, err := ptrace.Wait4(tr.leaderPid, 0, nil)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		return
	}
}

// ForgetInterrupt clears an interrupt by sig that was recorded (the loop
// has let go of every task already), so that WaitLeader waits again and a
// later signal interrupts it. gostrace forgets the SIGPIPE its own write
// to a closed pipe raised: that is an output failure, not the user's
// request to stop.
func (tr *Tracer) ForgetInterrupt(sig int) { tr.interrupt.CompareAndSwap(int32(sig), 0) }

// Leader returns the pid of the process we started (or, with -D, the one
// that runs the command), 0 if none.
func (tr *Tracer) Leader() int { return tr.leaderPid }

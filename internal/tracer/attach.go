package tracer

import (
	"golang.org/x/sys/unix"

	"gostrace/internal/ptrace"
)

// AttachError is a failed seize, with the request strace names in its message.
type AttachError struct {
	Pid int
	Err error
}

func (e *AttachError) Error() string {
	return "attach: ptrace(PTRACE_SEIZE, " + itoa(e.Pid) + "): " + errText(e.Err)
}

func (e *AttachError) Unwrap() error { return e.Err }

// Attach seizes process pid and interrupts it: every thread when following
// (-f, rescanning /proc/PID/task until no new thread appears), only the
// given one otherwise, as strace does. pid may name any thread of a
// process. It returns how many threads it seized.
func (tr *Tracer) Attach(pid int) (int, error) {
	tgid := tgidOf(pid)
	if err := tr.seize(pid, tgid); err != nil {
		return 0, &AttachError{Pid: pid, Err: err}
	}
	n := 1
	if !tr.cfg.Follow {
		return n, nil
	}
	for {
		tids, err := threadsOf(tgid)
		if err != nil {
			break // the process is gone; its exit will be reported
		}
		added := 0
		for _, tid := range tids {
			if tr.tasks[tid] != nil {
				continue
			}
			// EPERM: a thread a seized one created since, attached by
			// the kernel already (TRACECLONE): it reports as a new task.
			// ESRCH: it ended in between.
			if tr.seize(tid, tgid) == nil {
				added++
			}
		}
		n += added
		if added == 0 {
			break
		}
	}
	return n, nil
}

func (tr *Tracer) seize(tid, pid int) error {
	if err := ptrace.Seize(tid, tr.opts); err != nil {
		return err
	}
	// A seized task runs on untraced until its first stop: the interrupt
	// makes one at once, from which syscall tracing starts. A task
	// stopped by a signal reports its group-stop instead, and stays
	// stopped. ESRCH: it died already; its exit report follows.
	_ = ptrace.Interrupt(tid)
	t := tr.addTask(tid, pid)
	t.state = stateNew
	return nil
}

// RequestStop asks the loop to detach from every task and return, as an
// interrupting signal does; sig (not 0) is what Interrupted then reports.
// It may be called from any goroutine: it rings the loop's thread out of
// wait4.
func (tr *Tracer) RequestStop(sig int) {
	if tr.interrupt.CompareAndSwap(0, int32(sig)) {
		go tr.ring()
	}
}

// detachAll starts detaching every task. A task must be in a ptrace-stop
// to be detached, and PTRACE_DETACH refuses one in PTRACE_LISTEN: each is
// interrupted, and detached at its next stop with the signal it was
// stopped for (if any) delivered. One stopped with a report we have not
// read yet keeps that report (the interrupt stays pending and the detach
// drops it). A task in group-stop is interrupted out of LISTEN and
// detached from that trap: the kernel puts it back in the group-stop.
func (tr *Tracer) detachAll() {
	tr.detaching = true
	tr.releaseHeld(true) // they are in a ptrace-stop: detached at once
	for _, t := range tr.tasks {
		t.pendingDetach = true
		_ = ptrace.Interrupt(t.Tid) // ESRCH: dead; its exit report follows
	}
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// errText is strerror's text for an errno, as strace prints it.
func errText(err error) string {
	if e, ok := err.(unix.Errno); ok {
		return errnoMessage(int(e))
	}
	return err.Error()
}

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
// given one otherwise, as strace does. It returns how many threads it
// seized.
func (tr *Tracer) Attach(pid int) (int, error) {
	if err := tr.seize(pid, pid); err != nil {
		return 0, &AttachError{Pid: pid, Err: err}
	}
	n := 1
	if !tr.cfg.Follow {
		return n, nil
	}
	for {
		tids, err := threadsOf(pid)
		if err != nil {
			break // the process is gone; its exit will be reported
		}
		added := 0
		for _, tid := range tids {
			if tr.tasks[tid] != nil {
				continue
			}
			if tr.seize(tid, pid) == nil {
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
	// The interrupt gives us a stop at which to start syscall tracing.
	if err := ptrace.Interrupt(tid); err != nil && err != unix.ESRCH {
		return err
	}
	t := tr.addTask(tid, pid)
	t.state = stateNew
	return nil
}

// RequestStop asks the loop to detach from every task and return, as an
// interrupting signal does.
func (tr *Tracer) RequestStop(sig int) {
	tr.interrupt.CompareAndSwap(0, int32(sig))
}

// detachAll starts detaching every task: a task must be in a ptrace-stop
// to be detached, so each one is interrupted and detached at its next
// stop, with the signal it was stopped for (if any) delivered.
func (tr *Tracer) detachAll() {
	tr.detaching = true
	for _, t := range tr.tasks {
		t.pendingDetach = true
		if t.listening {
			// In group-stop under LISTEN it is still a ptrace-stop: detach
			// now, and the kernel leaves it stopped, as it was.
			if err := ptrace.Detach(t.Tid, 0); err == nil {
				t.state = stateDetached
				delete(tr.tasks, t.Tid)
				tr.h.Detached(t)
				continue
			}
		}
		if err := ptrace.Interrupt(t.Tid); err == unix.ESRCH {
			// Already dead: its exit status is coming.
			continue
		}
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

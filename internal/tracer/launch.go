package tracer

import (
	"fmt"
	"syscall"

	"golang.org/x/sys/unix"

	"gostrace/internal/ptrace"
)

// Launch starts a command under the tracer: it runs the launch shim (the
// file shimPath with shimArgv, from package shim's Launch) with the
// command's environment and our standard descriptors, waits for the shim to
// stop itself, seizes it with every option, and lets it go on to exec the
// command.
// Until that exec the task is hidden: the user sees the execve first.
func (tr *Tracer) Launch(shimPath string, shimArgv []string, env []string) (int, error) {
	files := make([]uintptr, 3)
	for fd := range files {
		// A descriptor we did not inherit must stay closed in the command.
		if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err != nil {
			files[fd] = ^uintptr(0)
		} else {
			files[fd] = uintptr(fd)
		}
	}
	pid, err := syscall.ForkExec(shimPath, shimArgv, &syscall.ProcAttr{Env: env, Files: files})
	if err != nil {
		return 0, fmt.Errorf("starting the launch shim: %w", err)
	}
	var st ptrace.WaitStatus
	for {
		var werr error
		_, st, werr = ptrace.Wait4(pid, unix.WUNTRACED, nil)
		if werr == unix.EINTR {
			continue
		}
		if werr != nil {
			return 0, fmt.Errorf("waiting for the launch shim: %w", werr)
		}
		break
	}
	if !st.Stopped() {
		return 0, fmt.Errorf("the launch shim ended before it could be traced (status %#x)", uint32(st))
	}
	if err := ptrace.Seize(pid, tr.opts); err != nil {
		unix.Kill(pid, unix.SIGKILL)
		ptrace.Wait4(pid, 0, nil) // no zombie left behind
		return 0, fmt.Errorf("seizing the launch shim: %w", err)
	}
	t := tr.addTask(pid, pid)
	t.hidden = true
	t.started = true
	tr.leaderPid = pid
	// Seized while stopped, it reports a group-stop first (the kernel
	// turns the stop into a ptrace trap); this ends the stop for the whole
	// process. The shim has SIGCONT unblocked on its main thread, so the
	// signal is taken before the command starts, and signalStop drops it.
	unix.Kill(pid, unix.SIGCONT)
	return pid, nil
}

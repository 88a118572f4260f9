package main

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// traceOutput is where -o sends the trace: a file (created, or appended
// to with -A), or with "|CMD" or "!CMD" a pipe to a shell command.
type traceOutput struct {
	f *os.File
	// pidfd refers to the pipe command, -1 for a file or when it is gone
	// already: Close waits for it to finish, as strace does.
	pidfd int
}

// openOutput opens -o's destination.
func openOutput(name string, appendMode bool) (*traceOutput, error) {
	if strings.HasPrefix(name, "|") || strings.HasPrefix(name, "!") {
		return startPipe(name[1:])
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if appendMode {
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	}
	f, err := os.OpenFile(name, flags, 0o666)
	if err != nil {
		return nil, err
	}
	return &traceOutput{f: f, pidfd: -1}, nil
}

// startPipe runs "sh -c CMD" reading the trace on its stdin.
//
// The command must not be our child: the tracer's loop waits with
// wait4(-1, __WALL), which would reap the command's exit as that of an
// unknown tracee, and then nothing would be left for us to wait for at the
// end. So an intermediate shell starts it in the background and exits at
// once, telling us its pid: the command is reparented to init (or the
// nearest subreaper), and we wait for its end through a pidfd, which works
// for any process.
func startPipe(command string) (*traceOutput, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	pidR, pidW, err := os.Pipe()
	if err != nil {
		r.Close()
		w.Close()
		return nil, err
	}
	// A shell gives a background command /dev/null for stdin before its
	// redirections, so the trace comes on fd 4 and our stdout on fd 3; the
	// intermediate's stdout is the pid pipe.
	sh := exec.Command("/bin/sh", "-c", `/bin/sh -c "$1" <&4 4<&- >&3 3>&- & echo $!`, "sh", command)
	sh.Stdin = os.Stdin
	sh.Stdout = pidW
	sh.Stderr = os.Stderr
	sh.ExtraFiles = []*os.File{os.Stdout, r}
	err = sh.Start()
	r.Close()
	pidW.Close()
	if err != nil {
		pidR.Close()
		w.Close()
		return nil, err
	}
	line, _ := bufio.NewReader(pidR).ReadString('\n')
	pidR.Close()
	if err := sh.Wait(); err != nil {
		w.Close()
		return nil, err
	}
	out := &traceOutput{f: w, pidfd: -1}
	if pid, err := strconv.Atoi(strings.TrimSpace(line)); err == nil {
		// ESRCH: the command has finished already.
		if fd, err := unix.PidfdOpen(pid, 0); err == nil {
			out.pidfd = fd
		}
	}
	return out, nil
}

// Close closes the output; for a pipe it then waits until the command
// has read everything and exited.
func (o *traceOutput) Close() error {
	err := o.f.Close()
	if o.pidfd >= 0 {
		fds := []unix.PollFd{{Fd: int32(o.pidfd), Events: unix.POLLIN}}
		for {
			_, perr := unix.Poll(fds, -1)
			if !errors.Is(perr, unix.EINTR) {
				break
			}
		}
		unix.Close(o.pidfd)
		o.pidfd = -1
	}
	return err
}

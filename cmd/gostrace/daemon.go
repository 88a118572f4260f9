package main

import (
	"fmt"
	"os"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"

	"gostrace/internal/options"
	"gostrace/internal/ptrace"
	"gostrace/internal/seccomp"
	"gostrace/internal/shim"
)

// -D, strace's way: the process the user started (gostrace's own) runs
// the command, keeping its pid and parent, and the tracer is its
// grandchild (with -DD in a process group of its own, with -DDD in a
// session of its own), so that neither the command nor whoever waits for
// it sees the tracer. Go cannot fork without exec, so the tracer and the
// short-lived child between us are this binary again, in the roles below
// (chosen in init, before anything else runs):
//
//	gostrace ARGS (pid P)                          the command, in the end
//	└─ gostrace --gostrace-daemon fork P ARGS      exits once its child runs
//	   └─ gostrace --gostrace-daemon trace P ARGS  seizes P, then traces
//
// P waits on a pipe (fd 3 in both roles) until the tracer has seized it:
// a byte says go, an end without one that the tracer failed (it said
// why). Then P execs the command, traced from the first call.
const daemonMarker = "--gostrace-daemon"

const syncFd = 3

// isDaemonRole reports whether this process is the tracer or the child
// between, with the stage and P's pid.
func isDaemonRole() (stage string, pid int, args []string, ok bool) {
	if len(os.Args) < 5 || os.Args[1] != daemonMarker {
		return "", 0, nil, false
	}
	pid, err := strconv.Atoi(os.Args[3])
	if err != nil {
		return "", 0, nil, false
	}
	return os.Args[2], pid, os.Args[4:], true
}

func daemonArgs(stage string, pid int, args []string) []string {
	return append([]string{args[0], daemonMarker, stage, strconv.Itoa(pid)}, args...)
}

// daemonMain runs a role and exits.
func daemonMain(stage string, pid int, args []string) {
	cfg, err := options.Parse(args)
	if err != nil {
		os.Exit(1) // P parsed the same command line: cannot happen
	}
	switch stage {
	case "fork":
		attr := &syscall.ProcAttr{Env: os.Environ(), Files: []uintptr{0, 1, 2, syncFd}, Sys: &syscall.SysProcAttr{}}
		switch cfg.Daemonize {
		case options.DaemonizePgroup:
			attr.Sys.Setpgid = true
		case options.DaemonizeSession:
			attr.Sys.Setsid = true
		}
		if _, err := syscall.ForkExec(self(), daemonArgs("trace", pid, args), attr); err != nil {
			fmt.Fprintf(os.Stderr, "%s: fork: %s\n", cfg.ProgName, errText(err))
			os.Exit(1)
		}
		os.Exit(0)
	case "trace":
		unix.CloseOnExec(syncFd)
		// The command installs the same seccomp filter (run decided it
		// from the same command line): the tracer must ask for its stops.
		var st shim.State
		if fastPath(cfg) {
			st.Seccomp = seccomp.Encode(seccompRanges(cfg.Trace))
		}
		os.Exit(trace(cfg, st, "", nil, pid))
	}
	os.Exit(1)
}

// self is our binary under its own name, so that the tracer shows in ps
// as gostrace, like strace's; /proc/self/exe if it is gone.
func self() string {
	if p, err := os.Executable(); err == nil {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return "/proc/self/exe"
}

// released tells P that it is traced and may exec the command.
func released() {
	unix.Write(syncFd, []byte{1})
	unix.Close(syncFd)
}

// daemonize is P's part: start the tracer's parent, reap it, wait until
// the tracer has seized us, then become the command. It returns only on
// failure, with the exit status.
func daemonize(cfg *options.Config, orig shim.State, path string, env []string) int {
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
		fmt.Fprintf(os.Stderr, "%s: pipe: %s\n", cfg.ProgName, errText(err))
		return 1
	}
	attr := &syscall.ProcAttr{Env: os.Environ(), Files: []uintptr{0, 1, 2, uintptr(p[1])}}
	child, err := syscall.ForkExec(self(), daemonArgs("fork", os.Getpid(), os.Args), attr)
	unix.Close(p[1])
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: fork: %s\n", cfg.ProgName, errText(err))
		return 1
	}
	for {
		if _, _, err := ptrace.Wait4(child, 0, nil); err != unix.EINTR {
			break
		}
	}
	// The tracer may seize us from now on: as little as possible after.
	shim.RestoreDispositions(orig)
	var b [1]byte
	for {
		n, err := unix.Read(p[0], b[:])
		if err == unix.EINTR {
			continue
		}
		if n != 1 {
			return 1 // the tracer failed, and said why
		}
		break
	}
	shim.Exec(cfg.ProgName, orig, path, cfg.Command, env) // p[0] closes on exec
	return 1
}

// Package shim starts the command to trace, through a launch shim that
// restores what the command must inherit, stops itself so the tracer can
// seize it, and then execs the command: the first call the user sees is
// the real execve, and nothing of gostrace's own start-up.
//
// The shim is a few hundred bytes of machine code run from a memfd on amd64
// and arm64 (native.go), and gostrace re-executed as the shim elsewhere or
// where a memfd may not be exec'd (this file).
//
// Why a shim and not a plain fork: Go can only fork straight into an exec,
// and a TRACEME child would be traced with the wrong options and without
// PTRACE_SEIZE's group-stop semantics.
package shim

import (
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"gostrace/internal/seccomp"
)

// Marker is the first argument that turns gostrace into the shim.
const Marker = "--gostrace-launch-shim"

// State is what the command inherits that gostrace's own start-up changed:
// the Go runtime installs handlers over inherited SIG_IGN dispositions
// (which exec then resets to SIG_DFL), and unblocks signals it needs.
type State struct {
	Ignored   uint64 // bit sig-1 set: the signal was ignored when gostrace started
	Mask      uint64 // the signal mask gostrace started with
	MaskKnown bool
	// Creds, when not nil, are the ids the command runs with (-u).
	Creds *Creds
	// Seccomp, when not empty, are the syscall numbers (seccomp.Encode)
	// the command's seccomp filter stops at: the fast path.
	Seccomp string
}

// Args builds the shim's argv: the program name for messages, the state,
// the resolved path and the command's argv.
func Args(progName, path string, argv []string, st State) []string {
	mask := "-"
	if st.MaskKnown {
		mask = strconv.FormatUint(st.Mask, 16)
	}
	filter := "-"
	if st.Seccomp != "" {
		filter = st.Seccomp
	}
	a := []string{progName, Marker, progName, strconv.FormatUint(st.Ignored, 16), mask, st.Creds.encode(), filter, path}
	return append(a, argv...)
}

// IsShim reports whether this process was started as the shim.
func IsShim() bool { return len(os.Args) > 1 && os.Args[1] == Marker }

// kernelSigaction is the kernel's struct sigaction on amd64 and arm64.
type kernelSigaction struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

const sigIgn = 1

func rtSigaction(sig int, act, old *kernelSigaction) error {
	_, _, e := unix.RawSyscall6(unix.SYS_RT_SIGACTION, uintptr(sig),
		uintptr(unsafe.Pointer(act)), uintptr(unsafe.Pointer(old)), 8, 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// Main is the shim: it never returns. It must run on the main thread
// (runtime.LockOSThread from an init function), because execve from
// another thread would change the process's leader under the tracer.
func Main() {
	runtime.LockOSThread()
	// No garbage collection in the shim: a collection preempts running
	// goroutines with SIGURG, and one that lands as the shim execs stays
	// pending into the command (the tracer also drops such a signal).
	debug.SetGCPercent(-1)
	a := os.Args[2:]
	if len(a) < 7 {
		os.Exit(127)
	}
	prog := a[0]
	var st State
	st.Ignored, _ = strconv.ParseUint(a[1], 16, 64)
	if m, err := strconv.ParseUint(a[2], 16, 64); err == nil {
		st.Mask, st.MaskKnown = m, true
	}
	st.Creds = decodeCreds(a[3])
	if a[4] != "-" {
		st.Seccomp = a[4]
	}
	path, argv := a[5], a[6:]

	restoreDispositions(st.Ignored)

	// The tracer's SIGCONT must not outlive the handshake. If every thread
	// blocks SIGCONT (an inherited mask), the kernel keeps it pending for
	// the process and the command would get it at its first unblocking.
	// Unblocked here, on the thread the tracer resumes first, it is
	// dequeued (and dropped by the tracer) before this thread returns to
	// user space: the original mask is put back in Exec.
	cont, mask := uint64(1)<<(unix.SIGCONT-1), uint64(0)
	unix.RawSyscall6(unix.SYS_RT_SIGPROCMASK, unix.SIG_UNBLOCK,
		uintptr(unsafe.Pointer(&cont)), uintptr(unsafe.Pointer(&mask)), 8, 0, 0)

	// Wait to be seized: the tracer sees this stop, seizes us and sends
	// SIGCONT.
	unix.RawSyscall(unix.SYS_KILL, uintptr(unix.Getpid()), uintptr(unix.SIGSTOP), 0)

	// Without a known mask, the one this thread had is the best guess.
	if !st.MaskKnown {
		st.Mask, st.MaskKnown = mask, true
	}
	Exec(prog, st, path, argv, os.Environ())
}

// restoreDispositions: what was ignored stays ignored across exec; what
// gostrace ignores itself (-I, job control) goes back to SIG_DFL; what
// the Go runtime handles goes back to SIG_DFL at exec by itself.
func restoreDispositions(ignored uint64) {
	for sig := 1; sig <= 64; sig++ {
		if sig == int(unix.SIGKILL) || sig == int(unix.SIGSTOP) {
			continue
		}
		var act kernelSigaction
		if ignored&(1<<(sig-1)) != 0 {
			act.handler = sigIgn
			_ = rtSigaction(sig, &act, nil)
			continue
		}
		var old kernelSigaction
		if rtSigaction(sig, nil, &old) == nil && old.handler == sigIgn {
			_ = rtSigaction(sig, &act, nil) // SIG_DFL
		}
	}
}

// RestoreDispositions gives a process that is not the shim (-D: gostrace
// itself becomes the command) the signal dispositions of st before Exec.
// It is best called before the tracer seizes the process: every Go
// instruction run while traced is slow, and a goroutine running long is
// preempted with a SIGURG that, sent just before the execve, would reach
// the command.
func RestoreDispositions(st State) { restoreDispositions(st.Ignored) }

// Exec runs the command in this process, with the signal mask and ids of
// st, the last things before the execve: it never returns. On failure it
// says why, as strace does ("PROG: exec: ..."), and exits 1. The calling
// goroutine must be locked to the process's main thread.
func Exec(prog string, st State, path string, argv, env []string) {
	// The filter first: still with our privileges, it needs no
	// no_new_privs when we run as root (see seccomp.Install). We are
	// traced already, so the stops it asks for reach the tracer.
	if st.Seccomp != "" {
		ranges, ok := seccomp.Decode(st.Seccomp)
		if !ok {
			os.Stderr.WriteString(prog + ": bad seccomp filter\n")
			os.Exit(1)
		}
		if err := seccomp.Install(seccomp.Program(ranges)); err != nil {
			os.Stderr.WriteString(prog + ": seccomp filter: " + errnoText(err) + "\n")
			os.Exit(1)
		}
	}
	if st.Creds != nil {
		if err := st.Creds.apply(); err != nil {
			os.Stderr.WriteString(prog + ": " + err.Error() + "\n")
			os.Exit(1)
		}
	}
	if st.MaskKnown {
		mask := st.Mask
		unix.RawSyscall6(unix.SYS_RT_SIGPROCMASK, unix.SIG_SETMASK,
			uintptr(unsafe.Pointer(&mask)), 0, 8, 0, 0)
	}
	err := syscall.Exec(path, argv, env)
	os.Stderr.WriteString(prog + ": exec: " + errnoText(err) + "\n")
	os.Exit(1)
}

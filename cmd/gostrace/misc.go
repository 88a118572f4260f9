package main

import (
	"os/signal"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"gostrace/internal/filter"
	"gostrace/internal/options"
	"gostrace/internal/sysent"
)

const version = "0.1.0"

// implemented lists the options (keys of options.Config.Set) that run
// carries out; any other is refused rather than silently ignored.
var implemented = map[string]bool{
	"follow-forks": true, "output": true, "string-limit": true, "attach": true,
	"trace": true, "quiet": true,
}

// unimplemented returns the first option given that gostrace cannot honour
// yet, or "".
func unimplemented(cfg *options.Config) string {
	for _, k := range cfg.Keys() {
		if !implemented[k] {
			return k
		}
	}
	// The session knows -q and -qq only: exit lines hidden with attach
	// messages shown is beyond it.
	if cfg.Quiet&filter.QuietExit != 0 && cfg.Quiet&filter.QuietAttach == 0 {
		return "quiet"
	}
	return ""
}

// quietLevel maps the quiet set onto the session's -q count: the session
// knows attach/detach messages (-q) and exit lines (-qq) only.
func quietLevel(q filter.QuietSet) int {
	switch {
	case q&filter.QuietExit != 0:
		return 2
	case q&filter.QuietAttach != 0:
		return 1
	}
	return 0
}

// signalDefault puts sig back to SIG_DFL and unblocks it, with raw system
// calls: the Go runtime's own handlers (SIGSEGV, SIGABRT...) are not
// removed by os/signal.
func signalDefault(sig int) {
	signal.Reset(syscall.Signal(sig))
	var act [4]uint64 // struct sigaction: handler SIG_DFL, no flags, no mask
	unix.RawSyscall6(unix.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&act)), 0, 8, 0, 0)
	set := uint64(1) << (sig - 1)
	unix.RawSyscall6(unix.SYS_RT_SIGPROCMASK, unix.SIG_UNBLOCK, uintptr(unsafe.Pointer(&set)), 0, 8, 0, 0)
}

// mayBlock says which syscalls may sleep for long, so the trace is flushed
// before the tracer waits on them.
func mayBlock(nr int) bool {
	e := sysent.Lookup(nr)
	if e == nil {
		return true
	}
	switch e.Name {
	case "read", "readv", "pread64", "preadv", "preadv2", "recvfrom", "recvmsg", "recvmmsg",
		"accept", "accept4", "connect", "epoll_wait", "epoll_pwait", "epoll_pwait2", "poll", "ppoll",
		"select", "pselect6", "wait4", "waitid", "futex", "futex_waitv", "nanosleep", "clock_nanosleep",
		"pause", "rt_sigsuspend", "rt_sigtimedwait", "msgrcv", "semop", "semtimedop", "mq_timedreceive",
		"io_getevents", "io_pgetevents", "io_uring_enter", "flock", "fcntl", "open", "openat", "openat2",
		"write", "writev", "sendto", "sendmsg", "vfork", "execve", "execveat", "exit_group", "exit",
		"sigsuspend", "wait", "restart_syscall", "sendfile", "splice", "tee", "ioctl", "kill", "tgkill":
		return true
	}
	return false
}

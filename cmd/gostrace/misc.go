package main

import (
	"os/signal"
	"syscall"

	"gostrace/internal/sysent"
)

const version = "0.1.0"

func usage(prog string) string {
	return "Usage: " + prog + " [-f] [-o FILE] [-s STRSIZE] [-p PID]... [-e EXPR]... PROG [ARGS]\n"
}

func signalDefault(sig int) {
	signal.Reset(syscall.Signal(sig))
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

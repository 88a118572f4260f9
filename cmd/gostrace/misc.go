package main

import (
	"os/signal"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"gostrace/internal/filter"
	"gostrace/internal/options"
	"gostrace/internal/output"
	"gostrace/internal/session"
	"gostrace/internal/sysent"
	"gostrace/internal/xlat"
)

const version = "0.1.0"

// implemented lists the options (keys of options.Config.Set) that run
// carries out; any other is refused rather than silently ignored.
var implemented = map[string]bool{
	"follow-forks": true, "output-separately": true, "output": true, "string-limit": true,
	"attach": true, "trace": true, "quiet": true, "signal": true, "no-abbrev": true,
	"strings-in-hex": true, "absolute-timestamps": true, "relative-timestamps": true,
	"syscall-times": true, "summary-only": true, "summary": true, "summary-sort-by": true,
	"summary-columns": true, "summary-wall-clock": true, "summary-syscall-overhead": true,
	"decode-fds": true, "env": true, "user": true, "detach-on": true, "daemonize": true,
	"interruptible": true, "kill-on-exit": true, "syscall-limit": true,
	"columns": true, "output-append-mode": true, "syscall-number": true,
	"instruction-pointer": true, "successful-only": true, "failed-only": true, "status": true,
	"read": true, "write": true, "const-print-style": true,
	"raw": true, "abbrev": true, "verbose": true, "trace-path": true,
	"decode-pids": true, "pidns-translation": true,
	"inject": true, "fault": true, "seccomp-bpf": true, "no-seccomp-bpf": true, "no-spin": true,
	// gostrace's own (extras.go).
	"timeline": true, "min-duration": true, "per-process": true, "summary-interval": true,
	"list-syscalls": true, "explain": true,
	"output-format": true, "color": true,
}

// unimplemented returns the first option given that gostrace cannot honour
// yet, or "".
func unimplemented(cfg *options.Config) string {
	for _, k := range cfg.Keys() {
		if !implemented[k] {
			return k
		}
	}
	return ""
}

// column maps -a onto the session's setting: 0 means the default, so -a 0
// (no alignment) becomes -1.
func column(n int) int {
	if n == 0 {
		return -1
	}
	return n
}

// pidDecor returns -Y's and --pidns-translation's decorator, nil without.
func pidDecor(set filter.DecodePidsSet) *session.PidDecor {
	if set == 0 {
		return nil
	}
	return session.NewPidDecor(set)
}

// constStyle maps -X onto the text sink's style.
func constStyle(s options.ConstStyle) xlat.Style {
	switch s {
	case options.ConstRaw:
		return xlat.StyleRaw
	case options.ConstVerbose:
		return xlat.StyleVerbose
	}
	return xlat.StyleAbbrev
}

// timing turns the timestamp options into the text sink's settings.
func timing(cfg *options.Config) output.Timing {
	digits := func(p options.Precision) int { return 3 * int(p) }
	tm := output.Timing{
		Precision:    digits(cfg.AbsPrecision),
		Relative:     cfg.RelTimestamps,
		RelPrecision: digits(cfg.RelPrecision),
		Durations:    cfg.SyscallTimes,
		DurPrecision: digits(cfg.SyscallPrecision),
	}
	switch cfg.AbsTimestamps {
	case options.TimeOfDay:
		tm.Format = output.StampTime
	case options.TimeUnix:
		tm.Format = output.StampUnix
	}
	return tm
}

// hexLevel maps -x/-xx onto the text sink's escaping.
func hexLevel(h options.HexStyle) int {
	switch h {
	case options.HexNonASCII:
		return output.HexNonText
	case options.HexAll:
		return output.HexAll
	case options.HexNonASCIIChars:
		return output.HexEscapes
	}
	return output.HexNone
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

package main

import (
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/sys/unix"

	"gostrace/internal/options"
	"gostrace/internal/shim"
	"gostrace/internal/tracer"
)

// -I levels, strace's names.
const (
	intrAnywhere  = 1 // no handlers: a fatal signal kills us outright
	intrWaiting   = 2 // a fatal signal detaches, then kills us
	intrNever     = 3 // fatal signals ignored
	intrNeverTstp = 4 // fatal signals and SIGTSTP ignored
)

// fatalSignals are the signals -I is about.
var fatalSignals = []os.Signal{unix.SIGHUP, unix.SIGINT, unix.SIGQUIT, unix.SIGPIPE, unix.SIGTERM}

// interruptLevel is -I, or strace 6.1's default: 4 with -D, 3 with
// -o FILE and a command (the terminal's signals are for the command), 2
// otherwise.
func interruptLevel(cfg *options.Config) int {
	switch {
	case cfg.Interruptible != 0:
		return cfg.Interruptible
	case cfg.Daemonize != options.DaemonizeOff:
		return intrNeverTstp
	case cfg.Output != "" && len(cfg.Command) > 0:
		return intrNever
	}
	return intrWaiting
}

// setInterrupts arranges our dispositions as strace 6.1 does for level
// (seen in /proc/PID/status of strace under each -I): SIGTTOU and SIGTTIN
// always ignored; at level 1 the fatal signals keep what we inherited
// (SIG_DFL, the Go runtime's handlers removed, or SIG_IGN); at 2 they
// interrupt tracing; at 3 they are ignored, and at 4 SIGTSTP too. The
// command gets back what we inherited: the launch shim restores it.
func setInterrupts(tr *tracer.Tracer, level int, orig shim.State) {
	signal.Ignore(unix.SIGTTOU, unix.SIGTTIN)
	switch level {
	case intrAnywhere:
		for _, s := range fatalSignals {
			sig := int(s.(syscall.Signal))
			if orig.Ignored&(1<<(sig-1)) != 0 {
				// The Go runtime replaced an inherited SIG_IGN (but for
				// SIGHUP and SIGINT) with its handler.
				signal.Ignore(s)
			} else {
				signalDefault(sig)
			}
		}
	case intrWaiting:
		tr.CatchSignals(fatalSignals...)
	case intrNever:
		signal.Ignore(fatalSignals...)
	case intrNeverTstp:
		signal.Ignore(append(fatalSignals, unix.SIGTSTP)...)
	}
}

// interrupted ends gostrace after a fatal signal made it let go of every
// tracee, as strace does: the command it started (still running) gets the
// signal and a SIGCONT, and gostrace dies of the signal.
func interrupted(tr *tracer.Tracer, sig int, launched bool) int {
	if pid := tr.Leader(); launched && pid > 0 {
		if _, done := tr.LeaderStatus(); !done {
			unix.Kill(pid, unix.Signal(sig))
			unix.Kill(pid, unix.SIGCONT)
		}
	}
	dieLike(sig)
	return 128 + sig
}

package tracer

import (
	"gostrace/internal/ptrace"
)

// Task is one traced thread. It is owned by the tracer's locked thread.
type Task struct {
	Tid int
	Pid int // thread group id

	// InSyscall is set between a syscall-entry stop and its exit stop.
	InSyscall bool
	// Nr and Args are those of the current (or last) syscall.
	Nr   int
	Args [6]uint64

	// Stime is the system time of the task's process at its last stop, in
	// nanoseconds (with Config.Rusage).
	Stime int64

	// afterSeccomp: the last stop was a seccomp stop, whose syscall-entry
	// stop may follow (it is skipped: the entry was handled).
	afterSeccomp bool

	// shimSignals: the command started by the launch shim has not made a
	// call yet, so a pending signal may still be the shim's own.
	shimSignals bool

	// leanOK: a syscall stop of this task was read with
	// PTRACE_GET_SYSCALL_INFO since it was seized, so InSyscall says
	// which of entry and exit its next syscall stop is (lean.go). An exec
	// keeps it: the thread that called execve is in it, whatever tid it
	// ends up with.
	leanOK bool

	// Data belongs to the Handler: it keeps its per-thread decoding state here.
	Data any

	// RestartNr is the last call that returned ERESTART_RESTARTBLOCK (-1:
	// none seen), which restart_syscall resumes: strace names it in
	// "<... resuming interrupted NAME ...>". The tracer sets it at the
	// exit stop, before the Handler sees the exit.
	RestartNr int

	state taskState
	// resumes counts PTRACE_SYSCALL and PTRACE_CONT requests; probeable
	// is set by PTRACE_SYSCALL and cleared by the next report or probe
	// hit; probed marks a stop found by a probe, whose info is probeInfo
	// (probe.go).
	resumes   uint32
	probeable bool
	probed    bool
	probeInfo ptrace.SyscallInfo
	// hidden: the launch shim (and the threads of its Go runtime) before
	// its exec. Its stops are not shown, except the entry and exit of the
	// execve that starts the command.
	hidden bool
	// started: gostrace started this process (or, with -D, is tracing
	// the process that runs the command): its end is the command's.
	started bool
	// listening: restarted with PTRACE_LISTEN in group-stop.
	listening bool
	// resumedAt is when the task was last resumed to run (holdClock; 0:
	// not timed);
	// runNs is a moving average of how long it then ran before its next
	// stop (spin.go).
	resumedAt int64
	runNs     int64
	// runNsBefore is runNs before the last stop's update (sleptInCall).
	runNsBefore int64
	// pendingDetach: detach at the next stop.
	pendingDetach bool
	// tamper: what the Handler asked for at this syscall stop (tamper.go).
	tamper taskTamper
}

type taskState uint8

const (
	stateNew      taskState = iota // seized, first stop not seen yet
	stateRunning                   // resumed after a stop
	stateDetached                  // gone from our tables
)

// Read reads the task's memory (decode.Memory).
func (t *Task) Read(addr uint64, buf []byte) (int, error) {
	return ptrace.ReadMem(t.Tid, addr, buf)
}

// Hidden reports whether the task is the launch shim before its exec.
func (t *Task) Hidden() bool { return t.hidden }

// Package ptrace wraps the ptrace requests and waits that the tracer needs and
// that golang.org/x/sys does not offer in the form we want: seize with
// options, listen, detach with a signal, PTRACE_GET_SYSCALL_INFO, siginfo.
//
// Every function here must be called from the OS thread that attached the
// tracee: Linux accepts ptrace requests only from that thread.
package ptrace

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// Options set on every tracee. EXITKILL is added only for processes we started.
const (
	OptTraceSysGood = unix.PTRACE_O_TRACESYSGOOD
	OptTraceFork    = unix.PTRACE_O_TRACEFORK
	OptTraceVfork   = unix.PTRACE_O_TRACEVFORK
	OptTraceClone   = unix.PTRACE_O_TRACECLONE
	OptTraceExec    = unix.PTRACE_O_TRACEEXEC
	OptTraceExit    = unix.PTRACE_O_TRACEEXIT
	OptTraceSeccomp = unix.PTRACE_O_TRACESECCOMP
	OptExitKill     = unix.PTRACE_O_EXITKILL
)

// Ptrace events, as found in the high bits of a wait status.
const (
	EventFork      = unix.PTRACE_EVENT_FORK
	EventVfork     = unix.PTRACE_EVENT_VFORK
	EventClone     = unix.PTRACE_EVENT_CLONE
	EventExec      = unix.PTRACE_EVENT_EXEC
	EventVforkDone = unix.PTRACE_EVENT_VFORK_DONE
	EventExit      = unix.PTRACE_EVENT_EXIT
	EventSeccomp   = unix.PTRACE_EVENT_SECCOMP
	EventStop      = unix.PTRACE_EVENT_STOP
)

func ptrace(req int, tid int, addr, data uintptr) error {
	// RawSyscall: a ptrace request never blocks, so there is no point in
	// telling the scheduler we are entering a system call.
	_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, uintptr(req), uintptr(tid), addr, data, 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// Seize attaches to tid without stopping it, with the given options.
func Seize(tid int, opts int) error {
	return ptrace(unix.PTRACE_SEIZE, tid, 0, uintptr(opts))
}

// SetOptions replaces the options of a stopped tracee.
func SetOptions(tid int, opts int) error {
	return ptrace(unix.PTRACE_SETOPTIONS, tid, 0, uintptr(opts))
}

// Interrupt asks a seized tracee to enter a PTRACE_EVENT_STOP.
func Interrupt(tid int) error { return ptrace(unix.PTRACE_INTERRUPT, tid, 0, 0) }

// Listen restarts a tracee in group-stop without resuming it: it stays
// stopped for job control, but reports the next event to us.
func Listen(tid int) error { return ptrace(unix.PTRACE_LISTEN, tid, 0, 0) }

// Syscall resumes a tracee until the next syscall entry or exit,
// delivering sig (0 for none).
func Syscall(tid int, sig int) error { return ptrace(unix.PTRACE_SYSCALL, tid, 0, uintptr(sig)) }

// Cont resumes a tracee without syscall stops, delivering sig.
func Cont(tid int, sig int) error { return ptrace(unix.PTRACE_CONT, tid, 0, uintptr(sig)) }

// Detach detaches from a stopped tracee, delivering sig.
func Detach(tid int, sig int) error { return ptrace(unix.PTRACE_DETACH, tid, 0, uintptr(sig)) }

// EventMsg returns the message of the last ptrace event (a new tid, an old
// tid after exec, an exit status).
func EventMsg(tid int) (uint64, error) {
	var msg uint64
	err := ptrace(unix.PTRACE_GETEVENTMSG, tid, 0, uintptr(unsafe.Pointer(&msg)))
	return msg, err
}

// Siginfo is the kernel's siginfo_t, 128 bytes on every Linux architecture.
type Siginfo [128]byte

// GetSiginfo reads the siginfo of the signal a tracee is stopped for.
func GetSiginfo(tid int, si *Siginfo) error {
	return ptrace(unix.PTRACE_GETSIGINFO, tid, 0, uintptr(unsafe.Pointer(si)))
}

// Syscall-info operations (struct ptrace_syscall_info's op).
const (
	InfoNone    = unix.PTRACE_SYSCALL_INFO_NONE
	InfoEntry   = unix.PTRACE_SYSCALL_INFO_ENTRY
	InfoExit    = unix.PTRACE_SYSCALL_INFO_EXIT
	InfoSeccomp = unix.PTRACE_SYSCALL_INFO_SECCOMP
)

// SyscallInfo is struct ptrace_syscall_info. Entry and seccomp stops fill Nr
// and Args; exit stops fill Rval and IsError, which overlay Nr and Args[0].
type SyscallInfo struct {
	Op      uint8
	_       [3]uint8
	Arch    uint32
	IP      uint64
	SP      uint64
	Nr      uint64 // exit: rval
	Args    [6]uint64
	RetData uint32
	_       uint32
}

// Rval is the return value at an exit stop.
func (s *SyscallInfo) Rval() int64 { return int64(s.Nr) }

// IsError reports whether the kernel flagged the return value as an error.
func (s *SyscallInfo) IsError() bool { return uint8(s.Args[0]) != 0 }

// GetSyscallInfo fills si for a tracee in a syscall or seccomp stop. One
// request gives entry/exit, the number and the arguments: cheaper than
// reading registers and deciding entry/exit ourselves.
func GetSyscallInfo(tid int, si *SyscallInfo) error {
	_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, unix.PTRACE_GET_SYSCALL_INFO, uintptr(tid),
		unsafe.Sizeof(*si), uintptr(unsafe.Pointer(si)), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// WaitStatus mirrors unix.WaitStatus with the ptrace-specific accessors.
type WaitStatus uint32

func (w WaitStatus) Exited() bool    { return w&0x7f == 0 }
func (w WaitStatus) ExitStatus() int { return int(w>>8) & 0xff }
func (w WaitStatus) Signaled() bool  { return w&0x7f != 0x7f && w&0x7f != 0 }
func (w WaitStatus) Signal() int     { return int(w & 0x7f) }
func (w WaitStatus) CoreDump() bool  { return w.Signaled() && w&0x80 != 0 }
func (w WaitStatus) Stopped() bool   { return w&0xff == 0x7f }
func (w WaitStatus) StopSignal() int { return int(w>>8) & 0xff }

// Event is the PTRACE_EVENT_* of a stop, 0 for none.
func (w WaitStatus) Event() int { return int(w>>16) & 0xff }

// Wait4 waits for any child or tracee (__WALL). With ru non-nil, the kernel
// fills the resource usage of the task's stop interval (used by -c). EINTR
// is returned, not retried: it is how an interrupting signal reaches the
// tracer's loop.
func Wait4(pid int, options int, ru *unix.Rusage) (int, WaitStatus, error) {
	var st uint32
	r, _, e := unix.Syscall6(unix.SYS_WAIT4, uintptr(pid), uintptr(unsafe.Pointer(&st)),
		uintptr(options|unix.WALL), uintptr(unsafe.Pointer(ru)), 0, 0)
	if e != 0 {
		return -1, 0, e
	}
	return int(r), WaitStatus(st), nil
}

package ptrace

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// ExitRegsSupported: ExitRegs reads a syscall's number at its exit stop on
// this architecture (x86-64 keeps it in orig_rax).
const ExitRegsSupported = true

// Regs is the register file ExitRegs reads into, kept by the caller so
// that a stop allocates nothing.
type Regs = unix.PtraceRegs

// ExitRegs reads, at a syscall-exit stop, the call's number (orig_rax), its
// return value (rax), and the instruction and stack pointers, in one
// PTRACE_GETREGS: the number, which PTRACE_GET_SYSCALL_INFO gives only at
// the entry, together with the result.
//
// Two cases the caller must know: at a syscall-entry stop rax holds
// -ENOSYS, so a stop that may be either and shows -ENOSYS is not told apart
// here; and rt_sigreturn, which restores a whole register file, leaves
// orig_rax at -1 (the kernel's restore_sigcontext sets it so, that no
// syscall restart logic applies to the restored context).
func ExitRegs(tid int, r *Regs) (nr, rval int64, ip, sp uint64, err error) {
	_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, unix.PTRACE_GETREGS, uintptr(tid),
		0, uintptr(unsafe.Pointer(r)), 0, 0)
	if e != 0 {
		return 0, 0, 0, 0, e
	}
	return int64(r.Orig_rax), int64(r.Rax), r.Rip, r.Rsp, nil
}

// ExitArgs returns the arguments of the call whose exit ExitRegs read into
// r: the registers that carried them, which the kernel gives back as they
// were (an exec or an rt_sigreturn replaces them).
func ExitArgs(r *Regs) [6]uint64 {
	return [6]uint64{r.Rdi, r.Rsi, r.Rdx, r.R10, r.R8, r.R9}
}

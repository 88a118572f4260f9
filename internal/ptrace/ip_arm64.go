package ptrace

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// InstructionPointer reads a stopped tracee's instruction pointer (-i on
// lines that are not syscalls: signals): pc in the NT_PRSTATUS regset
// (struct user_pt_regs: regs[31], sp, pc, pstate).
func InstructionPointer(tid int) (uint64, error) {
	var regs [34]uint64
	iov := unix.Iovec{Base: (*byte)(unsafe.Pointer(&regs[0]))}
	iov.SetLen(int(unsafe.Sizeof(regs)))
	_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, unix.PTRACE_GETREGSET, uintptr(tid),
		unix.NT_PRSTATUS, uintptr(unsafe.Pointer(&iov)), 0, 0)
	if e != 0 {
		return 0, e
	}
	return regs[32], nil
}

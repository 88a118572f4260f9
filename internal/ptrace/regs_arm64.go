package ptrace

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// SetSyscallNr replaces the number of the system call a tracee is
// entering (at a syscall-entry stop). On arm64 the number lives in x8,
// but the kernel has read it already: only the NT_ARM_SYSTEM_CALL regset
// changes the call it will run. -1 makes it skip the call.
func SetSyscallNr(tid int, nr int) error {
	n := int32(nr)
	return regset(tid, false, unix.NT_ARM_SYSTEM_CALL, unsafe.Pointer(&n), int(unsafe.Sizeof(n)))
}

// SetReturn replaces the return value of the system call a tracee is
// leaving (at a syscall-exit stop): x0, an error being -errno. arm64 has
// no PTRACE_POKEUSR: the general registers are read and written whole.
func SetReturn(tid int, v uint64) error {
	var r unix.PtraceRegs
	size := int(unsafe.Sizeof(r))
	if err := regset(tid, true, unix.NT_PRSTATUS, unsafe.Pointer(&r), size); err != nil {
		return err
	}
	r.Regs[0] = v
	return regset(tid, false, unix.NT_PRSTATUS, unsafe.Pointer(&r), size)
}

package ptrace

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// regsLayout is only looked at for its field offsets.
var regsLayout unix.PtraceRegs

// SetSyscallNr replaces the number of the system call a tracee is
// entering (at a syscall-entry stop). -1 makes the kernel skip the call:
// it then returns -ENOSYS, which the tracer may replace at the exit stop.
func SetSyscallNr(tid int, nr int) error {
	return pokeUser(tid, unsafe.Offsetof(regsLayout.Orig_rax), uint64(int64(nr)))
}

// SetReturn replaces the return value of the system call a tracee is
// leaving (at a syscall-exit stop): an error is -errno.
func SetReturn(tid int, v uint64) error {
	return pokeUser(tid, unsafe.Offsetof(regsLayout.Rax), v)
}

package ptrace

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// ripOffset is the offset of rip in struct user (its user_regs_struct
// comes first; rip is its 17th word).
const ripOffset = 16 * 8

// InstructionPointer reads a stopped tracee's instruction pointer (-i on
// lines that are not syscalls: signals).
func InstructionPointer(tid int) (uint64, error) {
	var ip uint64
	_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, unix.PTRACE_PEEKUSR, uintptr(tid),
		ripOffset, uintptr(unsafe.Pointer(&ip)), 0, 0)
	if e != 0 {
		return 0, e
	}
	return ip, nil
}

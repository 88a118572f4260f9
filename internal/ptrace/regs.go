package ptrace

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// pokeUser writes one word of the tracee's struct user (its saved
// registers) at offset off: one request where GETREGS and SETREGS would
// take two.
func pokeUser(tid int, off uintptr, v uint64) error {
	return ptrace(unix.PTRACE_POKEUSR, tid, off, uintptr(v))
}

// regset reads (get) or writes the register set of type nt through an
// iovec over buf.
func regset(tid int, get bool, nt int, buf unsafe.Pointer, size int) error {
	req := unix.PTRACE_SETREGSET
	if get {
		req = unix.PTRACE_GETREGSET
	}
	iov := unix.Iovec{Base: (*byte)(buf)}
	iov.SetLen(size)
	return ptrace(req, tid, uintptr(nt), uintptr(unsafe.Pointer(&iov)))
}

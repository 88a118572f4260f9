package seccomp

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// Install loads prog as the calling thread's seccomp filter. Only that
// thread's: the launch shim is a Go program whose other threads are not
// traced, and a SECCOMP_RET_TRACE without a tracer fails the call with
// ENOSYS: the Go runtime would crash on its own futex and mmap calls. The
// thread that calls execve (the caller, locked to it) carries the filter
// into the command; the others die at the exec.
//
// Without CAP_SYS_ADMIN the kernel accepts a filter only under
// no_new_privs. That bit is set only when needed, because it also stops
// setuid programs from gaining privileges; strace does the same.
func Install(prog []unix.SockFilter) error {
	fprog := unix.SockFprog{Len: uint16(len(prog)), Filter: &prog[0]}
	err := load(&fprog)
	if err == unix.EACCES {
		if err := unix.Prctl(unix.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0); err != nil {
			return err
		}
		err = load(&fprog)
	}
	return err
}

func load(fprog *unix.SockFprog) error {
	_, _, e := unix.RawSyscall(unix.SYS_SECCOMP, unix.SECCOMP_SET_MODE_FILTER,
		0, uintptr(unsafe.Pointer(fprog)))
	if e != 0 {
		return e
	}
	return nil
}

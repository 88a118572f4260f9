package seccomp

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// Install loads prog as the calling thread's seccomp filter, and makes it
// the whole process's (SECCOMP_FILTER_FLAG_TSYNC): the launch shim is a Go
// program with several threads, and the one that execs must carry it.
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
		unix.SECCOMP_FILTER_FLAG_TSYNC, uintptr(unsafe.Pointer(fprog)))
	if e != 0 {
		return e
	}
	return nil
}

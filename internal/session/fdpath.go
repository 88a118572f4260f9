package session

import (
	"strconv"
	"unsafe"

	"golang.org/x/sys/unix"
)

// FdPath appends what -y prints after a descriptor: the target of
// /proc/TID/fd/FD (for AT_FDCWD, -100, the working directory). Nothing is
// appended when the link cannot be read (the descriptor is closed, or the
// process is gone). It allocates nothing: the path is built in a stack
// buffer and read with a raw readlinkat.
func FdPath(tid int, fd int64, dst []byte) []byte {
	var name [64]byte
	p := append(name[:0], "/proc/"...)
	p = strconv.AppendInt(p, int64(tid), 10)
	if fd == -100 {
		p = append(p, "/cwd"...)
	} else {
		p = append(p, "/fd/"...)
		p = strconv.AppendInt(p, fd, 10)
	}
	p = append(p, 0)
	off := len(dst)
	if cap(dst)-off < unix.PathMax {
		grown := make([]byte, off, off+unix.PathMax)
		copy(grown, dst)
		dst = grown
	}
	buf := dst[off : off+unix.PathMax]
	n, _, e := unix.RawSyscall6(unix.SYS_READLINKAT, atFdcwd,
		uintptr(unsafe.Pointer(&p[0])), uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)), 0, 0)
	if e != 0 {
		return dst[:off]
	}
	return dst[:off+int(n)]
}

// atFdcwd is AT_FDCWD as a system call argument (-100 in two's complement).
const atFdcwd = ^uintptr(99)

package ptrace

import (
	"encoding/binary"
	"unsafe"

	"golang.org/x/sys/unix"
)

// ReadMem copies len(buf) bytes of tid's memory at addr into buf and returns
// how many bytes it read. A read that crosses into an unmapped page stops
// there: it returns the bytes before the hole and the error. process_vm_readv
// is one system call however large the read; when it is unavailable (no
// CAP_SYS_PTRACE over a tracee of another user namespace, a kernel without it,
// Yama quirks) we fall back to PTRACE_PEEKDATA a word at a time.
func ReadMem(tid int, addr uint64, buf []byte) (int, error) {
	if len(buf) == 0 {
		return 0, nil
	}
	n, err := vmReadv(tid, addr, buf)
	if err == nil && n == len(buf) {
		return n, nil
	}
	if err == unix.EFAULT || err == unix.ESRCH || (err == nil && n > 0) {
		// A partial read means the next page is not mapped (vm_readv stops at
		// the first failing page), or the process is gone: retrying word by
		// word would give the same answer.
		if n > 0 {
			return n, nil
		}
		return 0, err
	}
	return peekRead(tid, addr, buf)
}

func vmReadv(tid int, addr uint64, buf []byte) (int, error) {
	local := unix.Iovec{Base: &buf[0]}
	local.SetLen(len(buf))
	remote := unix.RemoteIovec{Base: uintptr(addr), Len: len(buf)}
	r, _, e := unix.RawSyscall6(unix.SYS_PROCESS_VM_READV, uintptr(tid),
		uintptr(unsafe.Pointer(&local)), 1, uintptr(unsafe.Pointer(&remote)), 1, 0)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

func peekRead(tid int, addr uint64, buf []byte) (int, error) {
	done := 0
	for done < len(buf) {
		a := addr + uint64(done)
		aligned := a &^ 7
		var word uint64
		_, _, e := unix.RawSyscall6(unix.SYS_PTRACE, unix.PTRACE_PEEKDATA, uintptr(tid),
			uintptr(aligned), uintptr(unsafe.Pointer(&word)), 0, 0)
		if e != 0 {
			if done > 0 {
				return done, nil
			}
			return 0, e
		}
		var w [8]byte
		binary.LittleEndian.PutUint64(w[:], word)
		done += copy(buf[done:], w[a-aligned:])
	}
	return done, nil
}

// PokeMem writes data into tid's memory at addr (for injection's poke_enter
// and poke_exit).
func PokeMem(tid int, addr uint64, data []byte) error {
	if len(data) == 0 {
		return nil
	}
	local := unix.Iovec{Base: &data[0]}
	local.SetLen(len(data))
	remote := unix.RemoteIovec{Base: uintptr(addr), Len: len(data)}
	_, _, e := unix.RawSyscall6(unix.SYS_PROCESS_VM_WRITEV, uintptr(tid),
		uintptr(unsafe.Pointer(&local)), 1, uintptr(unsafe.Pointer(&remote)), 1, 0)
	if e == 0 {
		return nil
	}
	_, err := unix.PtracePokeData(tid, uintptr(addr), data)
	return err
}

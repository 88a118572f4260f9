package ptrace

import (
	"bytes"
	"os"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// ReadMem on our own process (process_vm_readv works on oneself): a read
// that runs into an unmapped page returns the bytes before it, and a read
// of an unmapped address fails without harm.
func TestReadMemStopsAtHole(t *testing.T) {
	page := os.Getpagesize()
	m, err := unix.Mmap(-1, 0, 2*page, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(m)
	if err := unix.Mprotect(m[page:], unix.PROT_NONE); err != nil {
		t.Fatal(err)
	}
	copy(m[page-4:page], "abcd")
	base := uint64(uintptr(unsafe.Pointer(&m[0])))
	pid := os.Getpid()

	buf := make([]byte, 16)
	n, _ := ReadMem(pid, base+uint64(page-4), buf)
	if n != 4 || !bytes.Equal(buf[:4], []byte("abcd")) {
		t.Errorf("read across the hole: %d bytes %q", n, buf[:n])
	}
	if n, err := ReadMem(pid, base+uint64(page), buf); n != 0 || err == nil {
		t.Errorf("read of the hole: %d bytes, err %v", n, err)
	}
	if n, err := ReadMem(pid, 0, buf); n != 0 || err == nil {
		t.Errorf("read at NULL: %d bytes, err %v", n, err)
	}
}

func TestWaitStatus(t *testing.T) {
	// Encodings as wait(2) defines them.
	exited := WaitStatus(7 << 8)
	if !exited.Exited() || exited.ExitStatus() != 7 || exited.Signaled() || exited.Stopped() {
		t.Errorf("exit 7: %#x", uint32(exited))
	}
	killed := WaitStatus(11 | 0x80)
	if !killed.Signaled() || killed.Signal() != 11 || !killed.CoreDump() {
		t.Errorf("SIGSEGV with core: %#x", uint32(killed))
	}
	syscallStop := WaitStatus(0x7f | (int(unix.SIGTRAP)|0x80)<<8)
	if !syscallStop.Stopped() || syscallStop.StopSignal() != int(unix.SIGTRAP)|0x80 || syscallStop.Event() != 0 {
		t.Errorf("syscall stop: %#x", uint32(syscallStop))
	}
	groupStop := WaitStatus(0x7f | int(unix.SIGSTOP)<<8 | EventStop<<16)
	if groupStop.Event() != EventStop || groupStop.StopSignal() != int(unix.SIGSTOP) {
		t.Errorf("group stop: %#x", uint32(groupStop))
	}
}

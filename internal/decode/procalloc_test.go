package decode_test

import (
	"encoding/binary"
	"testing"

	"gostrace/internal/decode"
	"gostrace/internal/decode/decodetest"
	"gostrace/internal/sysent"
)

// TestProcDecodersDoNotAllocate decodes the process, memory and signal
// calls every program makes, over and over with one Call as the tracer
// does: once its buffers have grown, decoding must not allocate.
func TestProcDecodersDoNotAllocate(t *testing.T) {
	m := decodetest.NewMemory()
	sa := make([]byte, 32)
	binary.LittleEndian.PutUint64(sa, 0x401000)
	binary.LittleEndian.PutUint64(sa[8:], 0x14000000)
	binary.LittleEndian.PutUint64(sa[24:], ^uint64(0)&^(3<<31))
	saAddr := m.Alloc(sa)
	set := m.Alloc(make([]byte, 8))
	st := make([]byte, 4)
	binary.LittleEndian.PutUint32(st, 0x7f|5<<8|6<<16)
	stAddr := m.Alloc(st)
	rl := make([]byte, 16)
	binary.LittleEndian.PutUint64(rl, 8<<20)
	binary.LittleEndian.PutUint64(rl[8:], ^uint64(0))
	rlAddr := m.Alloc(rl)
	ca := make([]byte, 88)
	binary.LittleEndian.PutUint64(ca, 0x3d0f00)
	binary.LittleEndian.PutUint64(ca[24:], set)
	caAddr := m.Alloc(ca)
	si := make([]byte, 128)
	binary.LittleEndian.PutUint32(si, 17)
	binary.LittleEndian.PutUint32(si[8:], 1)
	binary.LittleEndian.PutUint64(si[32:], 5)
	siAddr := m.Alloc(si)
	uts := make([]byte, 390)
	copy(uts, "Linux")
	copy(uts[65:], "host")
	utsAddr := m.Alloc(uts)
	name := m.CString("worker-thread")
	argv := m.Ptrs(m.CString("/bin/true"), m.CString("-x"), 0)

	calls := []struct {
		name string
		args [6]uint64
		ret  int64
	}{
		{"mmap", [6]uint64{0, 8192, 3, 0x22 | 21<<26, 0xffffffff, 0}, 0x7f0000000000},
		{"mprotect", [6]uint64{0x7f0000000000, 4096, 1}, 0},
		{"brk", [6]uint64{0}, 0x555555554000},
		{"rt_sigaction", [6]uint64{17, saAddr, saAddr, 8}, 0},
		{"rt_sigprocmask", [6]uint64{2, set, set, 8}, 0},
		{"rt_sigreturn", [6]uint64{}, 0},
		{"wait4", [6]uint64{0xffffffff, stAddr, 0, 0}, 42},
		{"waitid", [6]uint64{1, 42, siAddr, 4, 0}, 0},
		{"prlimit64", [6]uint64{0, 3, 0, rlAddr}, 0},
		{"clone3", [6]uint64{caAddr, 88}, 42},
		{"clone", [6]uint64{0x1200011, 0, 0, set, 0}, 42},
		{"uname", [6]uint64{utsAddr}, 0},
		{"prctl", [6]uint64{15, name}, 0},
		{"execve", [6]uint64{name, argv, argv}, 0},
		{"kill", [6]uint64{42, 15}, 0},
	}
	for _, verbose := range []bool{false, true} {
		opt := decode.DefaultOptions()
		opt.Verbose = verbose
		var c decode.Call
		for _, k := range calls {
			nr, _ := sysent.Number(k.name)
			run := func() {
				c.Reset(nr, k.name, k.args, m, opt, 1)
				c.SP = saAddr
				c.DecodeEntry()
				c.DecodeExit(k.ret, false)
			}
			run()
			if n := testing.AllocsPerRun(100, run); n != 0 {
				t.Errorf("%s (verbose %v): %v allocations per call", k.name, verbose, n)
			}
		}
	}
	// Siginfo is decoded for every signal.
	var c decode.Call
	opt := decode.DefaultOptions()
	run := func() {
		c.Reset(0, "", [6]uint64{}, m, opt, 1)
		decode.Siginfo(&c, si)
	}
	run()
	if n := testing.AllocsPerRun(100, run); n != 0 {
		t.Errorf("Siginfo: %v allocations", n)
	}
}

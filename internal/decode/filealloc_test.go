package decode_test

import (
	"encoding/binary"
	"testing"

	"gostrace/internal/decode"
	"gostrace/internal/decode/decodetest"
	"gostrace/internal/sysent"
)

// TestFileDecodersDoNotAllocate decodes common file calls over and over
// with one Call, as the tracer does: once its buffers have grown, decoding
// must not allocate.
func TestFileDecodersDoNotAllocate(t *testing.T) {
	m := decodetest.NewMemory()
	path := m.CString("/usr/lib/x86_64-linux-gnu/libc.so.6")
	st := make([]byte, 144)
	binary.LittleEndian.PutUint32(st[24:], 0o100644)
	binary.LittleEndian.PutUint64(st[72:], 1700000000)
	binary.LittleEndian.PutUint64(st[80:], 5)
	stAddr := m.Alloc(st)
	stx := make([]byte, 256)
	binary.LittleEndian.PutUint32(stx, 0xfff)
	stxAddr := m.Alloc(stx)
	dents := make([]byte, 48)
	for i := 0; i < 2; i++ {
		binary.LittleEndian.PutUint16(dents[24*i+16:], 24)
		copy(dents[24*i+19:], "name")
	}
	dentAddr := m.Alloc(dents)
	data := m.Alloc([]byte("0123456789abcdef0123456789abcdef0123456789"))
	iov := make([]byte, 32)
	binary.LittleEndian.PutUint64(iov, data)
	binary.LittleEndian.PutUint64(iov[8:], 40)
	binary.LittleEndian.PutUint64(iov[16:], data)
	binary.LittleEndian.PutUint64(iov[24:], 3)
	iovAddr := m.Alloc(iov)
	tio := m.Alloc(make([]byte, 36))

	calls := []struct {
		name string
		args [6]uint64
		ret  int64
	}{
		{"openat", [6]uint64{0xffffff9c, path, 0x80000}, 3},
		{"newfstatat", [6]uint64{3, path, stAddr, 0x1000}, 0},
		{"statx", [6]uint64{0xffffff9c, path, 0, 0xfff, stxAddr}, 0},
		{"getdents64", [6]uint64{3, dentAddr, 4096}, 48},
		{"readv", [6]uint64{3, iovAddr, 2}, 20},
		{"writev", [6]uint64{3, iovAddr, 2}, 43},
		{"fcntl", [6]uint64{3, 3}, 0x8002},
		{"ioctl", [6]uint64{1, 0x5401, tio}, 0},
		{"lseek", [6]uint64{3, 0, 1}, 0},
		{"close", [6]uint64{3}, 0},
	}
	for _, verbose := range []bool{false, true} {
		opt := decode.DefaultOptions()
		opt.Verbose = verbose
		var c decode.Call
		for _, k := range calls {
			nr, _ := sysent.Number(k.name)
			run := func() {
				c.Reset(nr, k.name, k.args, m, opt, 1)
				c.DecodeEntry()
				c.DecodeExit(k.ret, false)
			}
			run()
			if n := testing.AllocsPerRun(100, run); n != 0 {
				t.Errorf("%s (verbose %v): %v allocations per call", k.name, verbose, n)
			}
		}
	}
}

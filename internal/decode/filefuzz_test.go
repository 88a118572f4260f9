package decode_test

import (
	"encoding/binary"
	"testing"

	"gostrace/internal/decode"
	"gostrace/internal/decode/decodetest"
)

// The fuzz targets feed arbitrary bytes to the decoders of the file
// structures: whatever the tracee's memory holds, decoding must not panic.
// Each target maps the bytes at a fixed address, points the call's
// arguments at them, and decodes with and without -v and with a small -s.

const fuzzBase = 0x7f0000000000

// fuzzCall decodes one call over data mapped at fuzzBase; ret is the
// return value (negative: an error).
func fuzzCall(t *testing.T, name string, data []byte, args [6]uint64, ret int64) {
	m := decodetest.NewMemory()
	m.Map(fuzzBase, data)
	for _, opt := range []*decode.Options{
		{StringLimit: 32},
		{StringLimit: 3, Verbose: true},
		{StringLimit: 0, Verbose: true},
	} {
		decodetest.Render(m, decodetest.Call{Name: name, Args: args, Rval: ret, Err: ret < 0, Opt: opt})
	}
}

func FuzzStat(f *testing.F) {
	f.Add(make([]byte, 256), int64(0))
	f.Add([]byte{0xff, 0xff}, int64(0))
	f.Fuzz(func(t *testing.T, data []byte, ret int64) {
		fuzzCall(t, "fstat", data, [6]uint64{3, fuzzBase}, ret)
		fuzzCall(t, "newfstatat", data, [6]uint64{3, fuzzBase, fuzzBase, 0x1000}, ret)
		fuzzCall(t, "statx", data, [6]uint64{3, fuzzBase, 0, 0xfff, fuzzBase}, ret)
	})
}

func FuzzStatfs(f *testing.F) {
	f.Add(make([]byte, 120), int64(0))
	f.Fuzz(func(t *testing.T, data []byte, ret int64) {
		fuzzCall(t, "fstatfs", data, [6]uint64{3, fuzzBase}, ret)
		fuzzCall(t, "statfs", data, [6]uint64{fuzzBase, fuzzBase}, ret)
	})
}

func FuzzFlock(f *testing.F) {
	f.Add(make([]byte, 32), uint8(6), int64(0))
	f.Fuzz(func(t *testing.T, data []byte, cmd uint8, ret int64) {
		fuzzCall(t, "fcntl", data, [6]uint64{3, uint64(cmd), fuzzBase}, ret)
	})
}

func FuzzTermios(f *testing.F) {
	f.Add(make([]byte, 44), int64(0))
	f.Fuzz(func(t *testing.T, data []byte, ret int64) {
		for _, req := range []uint64{0x5401, 0x5402, 0x5405, 0x5406, 0x802c542a, 0x402c542b, 0x5413, 0x5414, 0x5415, 0x80081272, 0x5412} {
			fuzzCall(t, "ioctl", data, [6]uint64{0, req, fuzzBase}, ret)
		}
	})
}

func FuzzDirent(f *testing.F) {
	rec := make([]byte, 24)
	binary.LittleEndian.PutUint16(rec[16:], 24)
	copy(rec[19:], "abc")
	f.Add(rec, int64(24))
	f.Add(rec, int64(1000))
	f.Fuzz(func(t *testing.T, data []byte, ret int64) {
		if ret > 1<<20 {
			ret = 1 << 20
		}
		fuzzCall(t, "getdents64", data, [6]uint64{3, fuzzBase, 4096}, ret)
		fuzzCall(t, "getdents", data, [6]uint64{3, fuzzBase, 4096}, ret)
	})
}

func FuzzOpenHow(f *testing.F) {
	f.Add(make([]byte, 40), uint64(40))
	f.Fuzz(func(t *testing.T, data []byte, size uint64) {
		fuzzCall(t, "openat2", data, [6]uint64{0xffffff9c, fuzzBase, fuzzBase, size}, 3)
		fuzzCall(t, "name_to_handle_at", data, [6]uint64{0xffffff9c, fuzzBase, fuzzBase, fuzzBase, 0}, 0)
		fuzzCall(t, "open_by_handle_at", data, [6]uint64{3, fuzzBase, 0}, 3)
	})
}

// FuzzIovec reads the vectors from the data: their addresses are taken as
// offsets into it, so that the vectors point at mapped bytes too.
func FuzzIovec(f *testing.F) {
	v := make([]byte, 48)
	binary.LittleEndian.PutUint64(v[0:], 32)
	binary.LittleEndian.PutUint64(v[8:], 16)
	f.Add(v, uint64(2), int64(10))
	f.Fuzz(func(t *testing.T, data []byte, n uint64, ret int64) {
		d := append([]byte(nil), data...)
		for i := 0; i+16 <= len(d); i += 16 {
			off := binary.LittleEndian.Uint64(d[i:])
			if len(d) > 0 {
				binary.LittleEndian.PutUint64(d[i:], fuzzBase+off%uint64(len(d)))
			}
		}
		n %= 100
		fuzzCall(t, "writev", d, [6]uint64{1, fuzzBase, n}, ret)
		fuzzCall(t, "readv", d, [6]uint64{1, fuzzBase, n}, ret)
		fuzzCall(t, "preadv2", d, [6]uint64{1, fuzzBase, n, 0, 0, 0xff}, ret)
	})
}

func FuzzXattr(f *testing.F) {
	f.Add([]byte("user.x\x00value\x00"), uint64(6), int64(6))
	f.Fuzz(func(t *testing.T, data []byte, size uint64, ret int64) {
		size %= 1 << 16
		if ret > 1<<16 {
			ret = 1 << 16
		}
		fuzzCall(t, "setxattr", data, [6]uint64{fuzzBase, fuzzBase, fuzzBase, size, 3}, 0)
		fuzzCall(t, "getxattr", data, [6]uint64{fuzzBase, fuzzBase, fuzzBase, size}, ret)
		fuzzCall(t, "listxattr", data, [6]uint64{fuzzBase, fuzzBase, size}, ret)
	})
}

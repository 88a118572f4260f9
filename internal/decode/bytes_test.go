package decode_test

import (
	"encoding/binary"
	"fmt"
	"testing"

	"gostrace/internal/decode"
	"gostrace/internal/decode/decodetest"
)

// Little-endian builders for the structures the tests place in memory.

func u16(v uint16) []byte  { return binary.LittleEndian.AppendUint16(nil, v) }
func u32(v uint32) []byte  { return binary.LittleEndian.AppendUint32(nil, v) }
func u64(v uint64) []byte  { return binary.LittleEndian.AppendUint64(nil, v) }
func be16(v uint16) []byte { return binary.BigEndian.AppendUint16(nil, v) }
func be32(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }

func cat(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

func pad(n int) []byte { return make([]byte, n) }

// timespec builds a struct timespec.
func timespec(sec, nsec int64) []byte { return cat(u64(uint64(sec)), u64(uint64(nsec))) }

// line is one expectation: a call and the line strace printed for it.
type line struct {
	c    decodetest.Call
	want string
}

func check(t *testing.T, m *decodetest.Memory, tests []line) {
	t.Helper()
	for _, tt := range tests {
		got := decodetest.Plain(decodetest.Render(m, tt.c))
		if got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}

// call is a shorthand for a successful call.
func call(name string, rval int64, args ...uint64) decodetest.Call {
	var a [6]uint64
	copy(a[:], args)
	return decodetest.Call{Name: name, Args: a, Rval: rval}
}

// fail is a shorthand for a failed call returning -errno.
func fail(name string, errno int64, args ...uint64) decodetest.Call {
	c := call(name, -errno, args...)
	c.Err = true
	return c
}

// opts returns options with a string limit.
func opts(limit int) *decode.Options {
	o := decode.DefaultOptions()
	o.StringLimit = limit
	return o
}

func hexAddr(v uint64) string { return fmt.Sprintf("%#x", v) }

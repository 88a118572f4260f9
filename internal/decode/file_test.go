package decode_test

import (
	"fmt"
	"testing"

	"gostrace/internal/decode/decodetest"
)

func TestOpenat(t *testing.T) {
	m := decodetest.NewMemory()
	p := m.CString("/etc/ld.so.cache")
	tests := []struct {
		c    decodetest.Call
		want string
	}{
		{decodetest.Call{Name: "openat", Args: [6]uint64{uint64(0xffffff9c), p, 0x80000}, Rval: 3},
			`openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3`},
		{decodetest.Call{Name: "openat", Args: [6]uint64{3, p, 0x241, 0666}, Rval: -2, Err: true},
			`openat(3, "/etc/ld.so.cache", O_WRONLY|O_CREAT|O_TRUNC, 0666) = -1 ENOENT (No such file or directory)`},
		{decodetest.Call{Name: "openat", Args: [6]uint64{uint64(0xffffff9c), 0x1000, 0}, Rval: -14, Err: true},
			`openat(AT_FDCWD, 0x1000, O_RDONLY) = -1 EFAULT (Bad address)`},
	}
	for _, tt := range tests {
		if got := decodetest.Plain(decodetest.Render(m, tt.c)); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}

func TestWriteQuoting(t *testing.T) {
	m := decodetest.NewMemory()
	// The bytes of strace's own output for this buffer, checked with strace 6.1.
	b := m.Alloc([]byte{'a', 0, '1', '\n', 0x80, 0xff, '\t', '"', '\\', 'z', 1, '7', 0x1b, 'q'})
	got := decodetest.Plain(decodetest.Render(m, decodetest.Call{Name: "write", Args: [6]uint64{1, b, 14}, Rval: 14}))
	want := `write(1, "a\0001\n\200\377\t\"\\z\0017\33q", 14) = 14`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	got = decodetest.Plain(decodetest.Render(m, decodetest.Call{Name: "write", Args: [6]uint64{1, b, 14}, Rval: 14, Hex: 1}))
	want = `write(1, "\x61\x00\x31\x0a\x80\xff\x09\x22\x5c\x7a\x01\x37\x1b\x71", 14) = 14`
	if got != want {
		t.Errorf("-x: got  %s\nwant %s", got, want)
	}
}

func TestExecveArgvTruncation(t *testing.T) {
	m := decodetest.NewMemory()
	long := "0123456789012345678901234567890123456789"
	argv := m.Ptrs(m.CString("w1"), m.CString(long), m.CString("x"), 0)
	env := m.Ptrs(m.CString("A=1"), m.CString("B=2"), 0)
	path := m.CString("/tmp/w1")
	got := decodetest.Plain(decodetest.Render(m, decodetest.Call{Name: "execve", Args: [6]uint64{path, argv, env}}))
	// strace 6.1 cuts each argument at -s (32) and prints "..." after it,
	// and shows the environment as its address and a count.
	want := fmt.Sprintf(`execve("/tmp/w1", ["w1", "01234567890123456789012345678901"..., "x"], %#x /* 2 vars */) = 0`, env)
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestHexEscapes(t *testing.T) {
	m := decodetest.NewMemory()
	b := m.Alloc([]byte{'a', 0, '1', '\n', 0x80, 0xff, '\t', '"', '\\', 'z', 1, '7', 0x1b, 'q'})
	// strace 6.1 --strings-in-hex=non-ascii-chars on the same bytes.
	got := decodetest.Plain(decodetest.Render(m, decodetest.Call{Name: "write", Args: [6]uint64{1, b, 14}, Rval: 14, Hex: 3}))
	want := `write(1, "a\x001\n\x80\xff\t\"\\z\x017\x1bq", 14) = 14`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

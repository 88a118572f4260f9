package decode_test

import (
	"encoding/binary"
	"testing"

	"gostrace/internal/decode/decodetest"
)

// TestUnfinishedEntries checks what is printed at entry, before
// " <unfinished ...>", for calls whose exit continues the arguments.
// strace 6.1 tracing testdata/unfinished.c printed
// "sendfile(4, 7, [3] <unfinished ...>" then "<... sendfile resumed> =>
// [13], 10) = 10", and "read(5,  <unfinished ...>" (the separator before
// the exit's arguments is printed at entry). fcntl's F_GETFL has nothing
// after its command, and newfstatat is decoded like read: its path at
// entry, then the separator.
func TestUnfinishedEntries(t *testing.T) {
	m := decodetest.NewMemory()
	off := make([]byte, 8)
	binary.LittleEndian.PutUint64(off, 3)
	offAddr := m.Alloc(off)
	tests := []struct {
		c    decodetest.Call
		want string
	}{
		{decodetest.Call{Name: "sendfile", Args: [6]uint64{4, 5, offAddr, 10}}, "sendfile(4, 5, [3]"},
		{decodetest.Call{Name: "read", Args: [6]uint64{3, 0x1000, 65536}}, "read(3, "},
		{decodetest.Call{Name: "fcntl", Args: [6]uint64{5, 3}}, "fcntl(5, F_GETFL"},
		{decodetest.Call{Name: "newfstatat", Args: [6]uint64{3, m.CString(""), 0x1000, 0x1000}}, `newfstatat(3, "", `},
	}
	for _, tt := range tests {
		tt.c.Entry = true
		if got := decodetest.Render(m, tt.c); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

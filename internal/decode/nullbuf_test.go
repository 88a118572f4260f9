package decode_test

import (
	"fmt"
	"testing"

	"gostrace/internal/decode/decodetest"
)

// Lines strace 6.1 printed for node and timeout(1) in the extra corpus
// (testdata/corpus-extra.txt): a NULL buffer of length 0 is NULL, and a
// WNOHANG wait4 that found nothing leaves its status unread.
func TestNullBufferAndEmptyWait(t *testing.T) {
	m := decodetest.NewMemory()
	got := decodetest.Plain(decodetest.Render(m, decodetest.Call{Name: "write", Args: [6]uint64{2, 0, 0}, Rval: 0}))
	if want := "write(2, NULL, 0) = 0"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	st := m.Alloc([]byte{0, 0, 0, 0}) // zero: WIFEXITED, had it been read
	got = decodetest.Plain(decodetest.Render(m, decodetest.Call{Name: "wait4", Args: [6]uint64{1234, st, 1, 0}, Rval: 0}))
	if want := fmt.Sprintf("wait4(1234, %#x, WNOHANG, NULL) = 0", st); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

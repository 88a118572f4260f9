package output_test

import (
	"bytes"
	"testing"

	. "gostrace/internal/output"
)

// AppendCall gives the line the text sink prints, without prefix and
// padding, for a call completed, abandoned or detached; and leaves the
// sink's own stream alone.
func TestAppendCall(t *testing.T) {
	var b bytes.Buffer
	o := NewText(&b)
	w := call(t, "wait4", ^uint64(0), 0, 0, 0)
	o.Entry(100, w) // an open line in the stream
	w.DecodeExit(101, false)
	if got := string(o.AppendCall(nil, w, false, false)); got != "wait4(-1, NULL, 0, NULL) = 101" {
		t.Errorf("completed: %q", got)
	}
	if got := string(o.AppendCall([]byte("x:"), w, true, false)); got != "x:wait4(-1,  <unfinished ...>) = ?" {
		t.Errorf("abandoned: %q", got)
	}
	e := call(t, "exit_group", 0)
	if got := string(o.AppendCall(nil, e, true, false)); got != "exit_group(0) = ?" {
		t.Errorf("exit_group: %q", got)
	}
	if got := string(o.AppendCall(nil, w, false, true)); got != "wait4(-1,  <detached ...>" {
		t.Errorf("detached: %q", got)
	}
	c := call(t, "close", 3)
	c.DecodeExit(-9, true)
	if got := string(o.AppendCall(nil, c, false, false)); got != "close(3) = -1 EBADF (Bad file descriptor)" {
		t.Errorf("failed: %q", got)
	}
	// The open line is still the sink's, and completes as before.
	o.Exit(100, w)
	o.Flush()
	if want := "wait4(-1, NULL, 0, NULL)                = 101\n"; b.String() != want {
		t.Errorf("stream %q, want %q", b.String(), want)
	}
}

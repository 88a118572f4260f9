package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --syscall-limit (strace 6.3; 6.1 has no such option, so there is no
// strace to compare with): after N calls that pass the filters, every
// tracee is let go; the command runs on untraced, and gostrace waits for
// it and exits 0, as after -b execve.
func TestSyscallLimit(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		lines int // calls in the trace
		first string
	}{
		{[]string{"--syscall-limit=5"}, 5, "execve("},
		{[]string{"--syscall-limit=1", "-e", "trace=write"}, 1, `write(1, "a\n", 2)`},
		{[]string{"--syscall-limit=2", "-f", "-e", "trace=execve"}, 2, "execve("},
	} {
		out := filepath.Join(t.TempDir(), "trace")
		args := append(append([]string{"-o", out}, tc.args...), "sh", "-c", "echo a; /bin/true; echo b; exit 3")
		stdout, stderr, code := runOut(t, gostraceBin, tracerCmd(gostraceBin, args...))
		if stdout != "a\nb\n" || stderr != "" || code != 0 {
			t.Errorf("%q: stdout %q, stderr %q, exit %d", tc.args, stdout, stderr, code)
		}
		b, _ := os.ReadFile(out)
		lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
		if len(lines) != tc.lines || !strings.Contains(lines[0], tc.first) || strings.Contains(string(b), "+++") {
			t.Errorf("%q: trace:\n%s", tc.args, b)
		}
	}
	// Without -o, each detach is announced.
	_, stderr, code := runOut(t, gostraceBin, tracerCmd(gostraceBin, "--syscall-limit=1", "-e", "trace=execve", "true"))
	if code != 0 || !strings.HasSuffix(stderr, " detached\n") || !strings.Contains(stderr, ") = 0\nTRACER: Process ") {
		t.Errorf("without -o: exit %d, %q", code, stderr)
	}
}

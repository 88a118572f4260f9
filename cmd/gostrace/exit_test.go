package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// exitOf runs cmd and returns its exit code, or the signal that killed it.
func exitOf(t *testing.T, cmd *exec.Cmd) (code int, sig syscall.Signal, stderr string) {
	t.Helper()
	var eb strings.Builder
	cmd.Stderr = &eb
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		ws := ee.Sys().(syscall.WaitStatus)
		if ws.Signaled() {
			return -1, ws.Signal(), eb.String()
		}
		return ws.ExitStatus(), 0, eb.String()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0, 0, eb.String()
}

// strace's exit status is the command's: its exit code, or, when a signal
// killed it, strace kills itself with the same signal.
func TestExitStatusMirrorsCommand(t *testing.T) {
	if code, _, _ := exitOf(t, gostrace("-o", os.DevNull, "sh", "-c", "exit 3")); code != 3 {
		t.Errorf("exit 3: got %d", code)
	}
	if code, _, _ := exitOf(t, gostrace("-o", os.DevNull, "true")); code != 0 {
		t.Errorf("true: got %d", code)
	}
	_, sig, _ := exitOf(t, gostrace("-o", os.DevNull, "sh", "-c", "kill -SEGV $$"))
	if sig != syscall.SIGSEGV {
		t.Errorf("killed by SIGSEGV: gostrace ended with signal %v", sig)
	}
}

func TestMissingCommand(t *testing.T) {
	code, _, stderr := exitOf(t, gostrace("/no/such/program"))
	want := gostraceBin + ": Can't stat '/no/such/program': No such file or directory\n"
	if code != 1 || stderr != want {
		t.Errorf("got exit %d, stderr %q; want 1, %q", code, stderr, want)
	}
}

// A command that exists but cannot be executed: strace shows the failed
// execve, says why, and the child exits with 1.
func TestExecFailure(t *testing.T) {
	f := filepath.Join(t.TempDir(), "noexec")
	if err := os.WriteFile(f, []byte("data\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "trace")
	code, _, stderr := exitOf(t, gostrace("-o", out, f))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	// strace prefixes its messages with argv[0] as invoked.
	if stderr != gostraceBin+": exec: Permission denied\n" {
		t.Errorf("stderr %q", stderr)
	}
	b, _ := os.ReadFile(out)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	// The path is printed whole; argv[0], like every argv string, is cut
	// at -s (32 bytes by default).
	argv0 := `"` + f + `"`
	if len(f) > 32 {
		argv0 = `"` + f[:32] + `"...`
	}
	if len(lines) != 2 || !strings.HasPrefix(lines[0], `execve("`+f+`", [`+argv0+`], 0x`) ||
		!strings.HasSuffix(lines[0], " = -1 EACCES (Permission denied)") || lines[1] != "+++ exited with 1 +++" {
		t.Errorf("trace:\n%s", b)
	}
}

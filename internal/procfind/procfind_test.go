package procfind

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// startCopy runs a copy of sleep under a name of our own, so that no other
// process on the machine matches it.
func startCopy(t *testing.T, dir, name string) *exec.Cmd {
	t.Helper()
	bin := filepath.Join(dir, name)
	if _, err := os.Stat(bin); err != nil {
		src, err := os.ReadFile("/bin/sleep")
		if err != nil {
			t.Skip("no /bin/sleep")
		}
		if err := os.WriteFile(bin, src, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	c := exec.Command(bin, "30")
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Process.Kill(); c.Wait() })
	return c
}

// waitExec waits until pid runs the program named comm (after fork, the
// child has our name until it execs).
func waitExec(t *testing.T, pid int, comm string) {
	t.Helper()
	for i := 0; i < 500; i++ {
		if p, _, ok := readStat(pid); ok && p.Comm == comm {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("pid %d never became %s", pid, comm)
}

func TestFindNewestFirst(t *testing.T) {
	dir := t.TempDir()
	a := startCopy(t, dir, "gstfind-a")
	waitExec(t, a.Process.Pid, "gstfind-a")
	// Start times are in clock ticks (10 ms): make the second one later.
	time.Sleep(50 * time.Millisecond)
	b := startCopy(t, dir, "gstfind-a")
	waitExec(t, b.Process.Pid, "gstfind-a")

	got := Find("gstfind-a", os.Getpid())
	if len(got) != 2 || got[0].Pid != b.Process.Pid || got[1].Pid != a.Process.Pid {
		t.Fatalf("Find: %+v, want [%d %d]", got, b.Process.Pid, a.Process.Pid)
	}
	if got[0].Comm != "gstfind-a" || got[0].Start < got[1].Start {
		t.Errorf("Find: %+v", got)
	}
	// Self is left out.
	if got := Find("gstfind-a", b.Process.Pid); len(got) != 1 || got[0].Pid != a.Process.Pid {
		t.Errorf("Find without %d: %+v", b.Process.Pid, got)
	}
	if got := Find("gstfind-none", 0); len(got) != 0 {
		t.Errorf("Find(gstfind-none): %+v", got)
	}
}

// A name longer than the kernel's 15-byte command name still matches,
// by argv[0].
func TestFindLongName(t *testing.T) {
	const long = "gstfind-a-much-longer-name"
	c := startCopy(t, t.TempDir(), long)
	waitExec(t, c.Process.Pid, long[:15])
	got := Find(long, 0)
	if len(got) != 1 || got[0].Pid != c.Process.Pid {
		t.Fatalf("Find(%q): %+v", long, got)
	}
	// The cut command name matches too, as pgrep's does.
	if got := Find(long[:15], 0); len(got) != 1 {
		t.Errorf("Find(%q): %+v", long[:15], got)
	}
}

package options

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestExtrasParse(t *testing.T) {
	c := mustParse(t, "--timeline=t.html", "--min-duration=10ms", "-c", "--per-process",
		"--summary-interval", "5s", "-U", "name,calls,p50,p99,p99.9,max", "x")
	if c.Timeline != "t.html" || c.MinDuration != 10*time.Millisecond || !c.PerProcess ||
		c.SummaryInterval != 5*time.Second {
		t.Errorf("extras: %+v", c.Extras)
	}
	if got := strings.Join(c.SummaryColumns, ","); got != "name,calls,p50,p99,p99.9,max-time" {
		t.Errorf("-U: %s", got)
	}
	// strace's time syntax: microseconds without a unit.
	if c := mustParse(t, "--min-duration", "250", "x"); c.MinDuration != 250*time.Microsecond {
		t.Errorf("--min-duration 250: %v", c.MinDuration)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--min-duration=10xs", "x"}, "invalid --min-duration argument: '10xs'"},
		{[]string{"--summary-interval=0", "-c", "x"}, "invalid --summary-interval argument: '0'"},
		{[]string{"--per-process", "x"}, "--per-process must be given with (-c/--summary-only or -C/--summary)"},
		{[]string{"--summary-interval=1s", "x"}, "--summary-interval must be given with"},
		{[]string{"--timeline=t.png", "x"}, "--timeline: 't.png' must end in .html"},
		{[]string{"--timeline"}, "option '--timeline' requires an argument"},
		{[]string{"-c", "-U", "p42", "x"}, "unknown column name: 'p42'"},
		{[]string{"--list-syscalls=%nosuch"}, "invalid system call '%nosuch'"},
		// Exact names only, as the other extensions.
		{[]string{"--per-proc", "x"}, "unrecognized option '--per-proc'"},
	} {
		_, err := Parse(append([]string{"gostrace"}, tc.args...))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q: %v, want %q", tc.args, err, tc.want)
		}
	}
}

// --list-syscalls and --explain need no command.
func TestExtrasModes(t *testing.T) {
	c := mustParse(t, "--list-syscalls")
	if c.ListSyscalls == nil || !c.ListSyscalls.All() {
		t.Errorf("--list-syscalls: %v", c.ListSyscalls)
	}
	for _, arg := range []string{"network", "%network", "%net"} {
		c := mustParse(t, "--list-syscalls="+arg)
		if !c.ListSyscalls.Has(nr(t, "connect")) || c.ListSyscalls.Has(nr(t, "openat")) {
			t.Errorf("--list-syscalls=%s: wrong set", arg)
		}
	}
	// A class that is also a syscall's name is the class.
	if c := mustParse(t, "--list-syscalls=stat"); !c.ListSyscalls.Has(nr(t, "newfstatat")) && !c.ListSyscalls.Has(nr(t, "stat")) {
		t.Errorf("--list-syscalls=stat: wrong set")
	}
	// Any -e trace= set.
	if c := mustParse(t, "--list-syscalls=/^mmap$,close"); !c.ListSyscalls.Has(nr(t, "mmap")) || !c.ListSyscalls.Has(nr(t, "close")) || c.ListSyscalls.Has(nr(t, "munmap")) {
		t.Errorf("--list-syscalls=/^mmap$,close: wrong set")
	}
	if c := mustParse(t, "--explain", "openat"); c.Explain != "openat" {
		t.Errorf("--explain: %q", c.Explain)
	}
}

// -p NAME attaches to the newest process of that name, and says which
// others there were; a name nothing has is an error; a field that begins
// like a number keeps strace's message.
func TestPidNames(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("/bin/sleep")
	if err != nil {
		t.Skip("no /bin/sleep")
	}
	bin := filepath.Join(dir, "gstpid-x")
	if err := os.WriteFile(bin, src, 0o755); err != nil {
		t.Fatal(err)
	}
	var pids []int
	for i := 0; i < 2; i++ {
		c := exec.Command(bin, "30")
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Process.Kill(); c.Wait() })
		pid := c.Process.Pid
		for j := 0; j < 500 && !strings.Contains(comm(pid), "gstpid-x"); j++ {
			time.Sleep(10 * time.Millisecond)
		}
		pids = append(pids, pid)
		time.Sleep(30 * time.Millisecond) // distinct start times (10 ms ticks)
	}
	c := mustParse(t, "-p", "1,gstpid-x")
	if len(c.Pids) != 2 || c.Pids[0] != 1 || c.Pids[1] != pids[1] {
		t.Errorf("-p 1,gstpid-x: %v, want [1 %d]", c.Pids, pids[1])
	}
	want := "2 processes are named 'gstpid-x': attaching to the newest, " + strconv.Itoa(pids[1]) + " (not " + strconv.Itoa(pids[0]) + ")"
	if len(c.Warnings) != 1 || c.Warnings[0] != want {
		t.Errorf("warnings %q, want %q", c.Warnings, want)
	}
	for _, tc := range []struct{ arg, want string }{
		{"gstpid-none", "No process named 'gstpid-none' (-p takes a process id or a name)"},
		{"1abc", "Invalid process id: '1abc'"},
		{"-x", "Invalid process id: '-x'"},
	} {
		_, err := Parse([]string{"gostrace", "-p", tc.arg})
		if err == nil || err.Error() != tc.want {
			t.Errorf("-p %s: %v, want %q", tc.arg, err, tc.want)
		}
	}
}

func comm(pid int) string {
	b, _ := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/comm")
	return string(b)
}

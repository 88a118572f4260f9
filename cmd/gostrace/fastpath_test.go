package main

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"gostrace/internal/options"
)

// The seccomp fast path is on when it changes nothing but speed: a command
// we start, with -f and a syscall filter. The command reads its own
// /proc/self/status: "Seccomp: 2" means a filter is installed.
func TestFastPathDefault(t *testing.T) {
	const show = "grep Seccomp: /proc/self/status"
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-f", "-e", "trace=openat"}, "2"},
		{[]string{"-f", "-e", "trace=openat", "--seccomp-bpf"}, "2"},
		{[]string{"-f", "-e", "trace=openat", "--no-seccomp-bpf"}, "0"},
		{[]string{"-f"}, "0"},                                       // no filter: nothing to skip
		{[]string{"-e", "trace=openat"}, "0"},                       // without -f a child would get ENOSYS
		{[]string{"-f", "-e", "trace=openat", "-b", "execve"}, "0"}, // detached processes would too
	} {
		cmd := gostrace(append(append([]string{"-o", os.DevNull}, tc.args...), "sh", "-c", show)...)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		if got := strings.Fields(string(out)); len(got) != 2 || got[1] != tc.want {
			t.Errorf("%v: %q, want Seccomp: %s", tc.args, out, tc.want)
		}
	}
}

// Under the fast path, new threads and children run without stops until a
// traced call, and each traced call is still seen once, with its result.
func TestFastPathThreads(t *testing.T) {
	out := t.TempDir() + "/trace"
	prog := `import threading, os
def work():
    for _ in range(200):
        os.getppid()
    os.close(os.open("/etc/hostname", os.O_RDONLY))
ts = [threading.Thread(target=work) for _ in range(8)]
for x in ts: x.start()
for x in ts: x.join()
if os.fork() == 0:
    os.close(os.open("/etc/hostname", os.O_RDONLY))
    os._exit(0)
os.wait()`
	cmd := gostrace("-f", "-o", out, "-e", "trace=openat", "python3", "-c", prog)
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(out)
	// The entries (a call another thread interrupts ends on a resumed line).
	n := strings.Count(string(b), `openat(AT_FDCWD, "/etc/hostname", O_RDONLY|O_CLOEXEC`)
	if n != 9 {
		t.Errorf("%d openat of /etc/hostname traced, want 9 (8 threads and a child):\n%s", n, b)
	}
	if strings.Contains(string(b), "getppid") {
		t.Errorf("an untraced call was shown")
	}
}

// The tracer polls for the next stop by default (tracer/spin.go);
// --no-spin turns it off, and the trace is the same either way.
func TestSpinOption(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want time.Duration
	}{
		{[]string{"-f", "true"}, defaultSpin},
		{[]string{"--no-spin", "-f", "true"}, 0},
		{[]string{"-c", "--no-spin", "true"}, 0},
	} {
		cfg, err := options.Parse(append([]string{"gostrace"}, tc.args...))
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		if got := spinBudget(cfg); got != tc.want {
			t.Errorf("%v: spin %v, want %v", tc.args, got, tc.want)
		}
	}
	var traces [2]string
	for i, flags := range [][]string{nil, {"--no-spin"}} {
		out := t.TempDir() + "/trace"
		args := append(append([]string{"-o", out}, flags...), "sh", "-c", "for i in 1 2 3 4 5 6 7 8; do : </etc/hostname; done")
		if err := gostrace(args...).Run(); err != nil {
			t.Fatalf("%v: %v", flags, err)
		}
		b, _ := os.ReadFile(out)
		// The calls in order (addresses and pids differ from run to run).
		for _, line := range strings.Split(string(b), "\n") {
			name, _, _ := strings.Cut(line, "(")
			traces[i] += name + "\n"
		}
	}
	if traces[0] != traces[1] || strings.Count(traces[0], "openat\n") < 8 {
		t.Errorf("the calls traced depend on --no-spin:\n%s\n---\n%s", traces[0], traces[1])
	}
}

// Where the kernel refuses to exec a memfd (vm.memfd_noexec=2, set here in
// a PID namespace of the test's own), gostrace starts the command through
// itself re-exec'd as the launch shim, with the same trace and the same
// filter.
func TestLaunchWithoutMemfdExec(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root for a PID namespace")
	}
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		t.Skip("no unshare(1)")
	}
	if _, err := os.Stat("/proc/sys/vm/memfd_noexec"); err != nil {
		t.Skip("no vm.memfd_noexec (Linux before 6.3)")
	}
	if out, err := exec.Command(unshare, "--pid", "--fork", "--mount-proc", "true").CombinedOutput(); err != nil {
		t.Skipf("no PID namespace here: %v %s", err, out)
	}
	grep, err := exec.LookPath("grep")
	if err != nil {
		t.Skip("no grep")
	}
	const setup = `echo 2 > /proc/sys/vm/memfd_noexec && cat /proc/sys/vm/memfd_noexec && exec "$@"`
	for _, tc := range []struct {
		args    []string
		seccomp string
	}{
		{[]string{"-f", "--no-seccomp-bpf", "-e", "trace=execve"}, "0"},
		{[]string{"-f", "--seccomp-bpf", "-e", "trace=execve"}, "2"},
	} {
		args := append([]string{"--pid", "--fork", "--mount-proc", "sh", "-c", setup, "sh", gostraceBin}, tc.args...)
		args = append(args, "grep", "Seccomp:", "/proc/self/status")
		out, err := exec.Command(unshare, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("%v: %v\n%s", tc.args, err, out)
		}
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		want := []string{"2", `execve("` + grep + `", ["grep", "Seccomp:", "/proc/self/status"], 0xADDR /* N vars */) = 0`,
			"Seccomp:\t" + tc.seccomp, "+++ exited with 0 +++"}
		for i := range lines {
			lines[i] = regexp.MustCompile(`0x[0-9a-f]+ /\* [0-9]+ vars`).ReplaceAllString(lines[i], "0xADDR /* N vars")
		}
		if strings.Join(lines, "\n") != strings.Join(want, "\n") {
			t.Errorf("%v:\n%s\nwant:\n%s", tc.args, strings.Join(lines, "\n"), strings.Join(want, "\n"))
		}
	}
}

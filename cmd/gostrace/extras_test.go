package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"gostrace/internal/sysent"
	"gostrace/internal/timeline"
)

// runGostrace runs gostrace with args and -o FILE, and returns the file,
// stderr and the exit code.
func runGostrace(t *testing.T, args ...string) (trace, stderr string, code int) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "trace")
	c := gostrace(append([]string{"-o", file}, args...)...)
	var eb strings.Builder
	c.Stderr = &eb
	code = exitCode(t, c.Run())
	b, _ := os.ReadFile(file)
	return string(b), eb.String(), code
}

var duration = regexp.MustCompile(` <(\d+\.\d+)>\n`)

// --min-duration shows the slow calls only: here the sleep and the wait
// for it, and none of the dozens of quick ones.
func TestMinDuration(t *testing.T) {
	const cmd = "sleep 0.06; true"
	all, _, _ := runGostrace(t, "-f", "-T", "sh", "-c", cmd)
	slow, stderr, code := runGostrace(t, "-f", "-T", "--min-duration=30ms", "sh", "-c", cmd)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if n := len(duration.FindAllString(all, -1)); n < 40 {
		t.Fatalf("the whole trace has %d calls", n)
	}
	got := duration.FindAllStringSubmatch(slow, -1)
	for _, m := range got {
		if d, _ := strconv.ParseFloat(m[1], 64); d < 0.030 {
			t.Errorf("a call of %ss shown: %s", m[1], slow)
		}
	}
	if len(got) < 2 || !strings.Contains(slow, "clock_nanosleep(") || !strings.Contains(slow, "wait4(") {
		t.Errorf("slow calls missing:\n%s", slow)
	}
	if !strings.Contains(slow, "+++ exited with 0 +++") {
		t.Errorf("the exit line is not a call, and stays:\n%s", slow)
	}
}

// --per-process: a table per process, named by its command, then the
// total, which adds them up.
func TestPerProcess(t *testing.T) {
	out, stderr, code := runGostrace(t, "-c", "-f", "--per-process", "sh", "-c", "cat /dev/null; true")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	heads := regexp.MustCompile(`(?m)^(Process \d+ \((\w+)\):|All processes:)$`).FindAllStringSubmatch(out, -1)
	if len(heads) != 3 || heads[0][2] != "sh" || heads[1][2] != "cat" || heads[2][0] != "All processes:" {
		t.Fatalf("tables: %q\n%s", heads, out)
	}
	totals := regexp.MustCompile(`(?m)^ *[\d.]+ +[\d.]+ +\d+ +(\d+) .*total$`).FindAllStringSubmatch(out, -1)
	if len(totals) != 3 {
		t.Fatalf("totals: %q\n%s", totals, out)
	}
	n := func(i int) int { v, _ := strconv.Atoi(totals[i][1]); return v }
	if n(0)+n(1) != n(2) || n(1) < 10 {
		t.Errorf("calls: sh %d + cat %d != %d", n(0), n(1), n(2))
	}
}

// --summary-interval prints the table so far while the command runs (the
// tracer is woken from its wait), and the final table at the end.
func TestSummaryInterval(t *testing.T) {
	out, stderr, code := runGostrace(t, "-c", "--summary-interval=40ms", "sleep", "0.3")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	periodic := regexp.MustCompile(`(?m)^Summary after \d+\.\d{3}s:\n% time `).FindAllString(out, -1)
	if len(periodic) < 1 {
		t.Errorf("no periodic table:\n%s", out)
	}
	if !strings.HasSuffix(out, " total\n") || strings.Count(out, " total\n") != len(periodic)+1 {
		t.Errorf("tables:\n%s", out)
	}
}

// Percentile columns, with -w's wall-clock times: one sleep of 50 ms, so
// its p50 and p99 are its time, which is the longest.
func TestPercentileColumnsTraced(t *testing.T) {
	out, stderr, code := runGostrace(t, "-c", "-w", "-U", "name,calls,p50,p99,max", "sleep", "0.05")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(out, "syscall              calls      p50      p99  longest\n---------------- --------- -------- -------- --------\n") {
		t.Errorf("header:\n%s", out)
	}
	m := regexp.MustCompile(`(?m)^clock_nanosleep +1 (\d\.\d{6}) (\d\.\d{6}) (\d\.\d{6})$`).FindStringSubmatch(out)
	if m == nil || m[1] != m[3] || m[2] != m[3] || m[3] < "0.050000" {
		t.Errorf("clock_nanosleep row %q:\n%s", m, out)
	}
}

// -p NAME attaches to the process of that name; a name nothing has is
// an error before anything starts.
func TestAttachByName(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("/bin/sleep")
	if err != nil {
		t.Skip("no /bin/sleep")
	}
	name := "gstpn-" + strconv.Itoa(os.Getpid())
	if err := os.WriteFile(filepath.Join(dir, name), src, 0o755); err != nil {
		t.Fatal(err)
	}
	victim := exec.Command(filepath.Join(dir, name), "30")
	if err := victim.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { victim.Process.Kill(); victim.Wait() }()
	pid := victim.Process.Pid
	if !waitFor(func() bool {
		b, _ := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/comm")
		return strings.HasPrefix(string(b), name[:10])
	}) {
		t.Fatal("the victim never ran")
	}
	g := gostrace("-p", name)
	var eb strings.Builder
	g.Stderr = &eb
	if err := g.Start(); err != nil {
		t.Fatal(err)
	}
	waitTraced(t, pid)
	g.Process.Signal(syscall.SIGINT)
	g.Wait()
	if want := gostraceBin + ": Process " + strconv.Itoa(pid) + " attached\n"; !strings.HasPrefix(eb.String(), want) {
		t.Errorf("stderr %q, want %q first", eb.String(), want)
	}
	if !alive(pid) {
		t.Errorf("the victim died")
	}

	_, stderr, code := runOut(t, gostraceBin, tracerCmd(gostraceBin, "-p", "gstpn-none"))
	if code != 1 || stderr != "TRACER: No process named 'gstpn-none' (-p takes a process id or a name)\n" {
		t.Errorf("no match: %d %q", code, stderr)
	}
}

// --list-syscalls prints a class's names, sorted, one a line; all of
// them without a class.
func TestListSyscalls(t *testing.T) {
	list := func(args ...string) []string {
		t.Helper()
		out, err := gostrace(args...).Output()
		if err != nil {
			t.Fatalf("%q: %v", args, err)
		}
		return strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	}
	net := list("--list-syscalls=network")
	if !sort.StringsAreSorted(net) || !contains(net, "connect") || !contains(net, "socket") || contains(net, "openat") {
		t.Errorf("network: %q", net)
	}
	all := list("--list-syscalls")
	named := 0
	for nr := 0; nr < sysent.Count(); nr++ {
		if sysent.Lookup(nr) != nil {
			named++
		}
	}
	if len(all) != named || !contains(all, "openat") {
		t.Errorf("all: %d names, want %d", len(all), named)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// --explain prints a description; an unknown name is an error.
func TestExplainCommand(t *testing.T) {
	out, stderr, code := runOut(t, gostraceBin, tracerCmd(gostraceBin, "--explain", "epoll_pwait"))
	if code != 0 || !strings.HasPrefix(out, "epoll_pwait(epfd, events, maxevents, timeout, sigmask, sigsetsize) = number of events\n") || stderr != "" {
		t.Errorf("%d %q %q", code, out, stderr)
	}
	_, stderr, code = runOut(t, gostraceBin, tracerCmd(gostraceBin, "--explain", "opnat"))
	if code != 1 || stderr != "TRACER: unknown system call 'opnat'; did you mean openat?\n" {
		t.Errorf("%d %q", code, stderr)
	}
}

// The help names every option of gostrace's own, and the timeline's cap.
func TestHelpExtras(t *testing.T) {
	out, err := gostrace("-h").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"--timeline=FILE", "--min-duration=TIME", "--per-process", "--summary-interval=TIME",
		"--list-syscalls[=SET]", "--explain=NAME", "-p NAME", "p99", "first " + strconv.Itoa(timeline.MaxEvents) + " calls",
		"cut at " + strconv.Itoa(timeline.MaxLine) + " bytes"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("help lacks %q", want)
		}
	}
}

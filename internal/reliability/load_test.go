package reliability

// Load: many threads, many processes, a deep tree. Every call a program
// knows it made must be in the trace once, on its own thread, every
// thread must end with its +++ line, and -c must count what strace -c
// counts for the same run.

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// traceRun runs gostrace with args (which must include -o FILE, given as
// out) and returns the trace and the command's stdout.
func traceRun(t *testing.T, args []string) (string, result) {
	t.Helper()
	r := run(t, bin(t), args...)
	noPanic(t, "gostrace", r.stderr)
	if r.code != 0 {
		t.Fatalf("gostrace %q: exit %d\n%s", args, r.code, tail(r.stderr, 20))
	}
	return r.stderr, r
}

// compareSummaries checks that gostrace's -c table agrees with strace's,
// and with what the program knows, on the calls named in want: how many
// succeeded (calls minus errors; -1: whatever strace says). The errors
// themselves may differ: a signal interrupts a call (ERESTARTSYS, and the
// kernel makes it again) at moments that depend on the tracer's speed.
func compareSummaries(t *testing.T, ours, theirs summary, want map[string]int) {
	t.Helper()
	for name, n := range want {
		o, s := ours[name], theirs[name]
		if o[0]-o[1] != s[0]-s[1] {
			t.Errorf("-c %s: gostrace %d calls %d errors, strace %d calls %d errors", name, o[0], o[1], s[0], s[1])
		}
		if n >= 0 && o[0]-o[1] != n {
			t.Errorf("-c %s: %d calls %d errors, the program made %d", name, o[0], o[1], n)
		}
	}
}

// summaries runs the command under gostrace -f -c and strace -f -c.
func summaries(t *testing.T, cmd ...string) (ours, theirs summary) {
	t.Helper()
	strace := needStrace(t)
	out := tempFile(t, "c")
	traceRun(t, append([]string{"-f", "-c", "-o", out}, cmd...))
	ours = parseSummary(t, readFile(t, out))
	r := run(t, strace, append([]string{"-f", "-c", "-o", out}, cmd...)...)
	if r.code != 0 {
		t.Fatalf("strace: exit %d: %s", r.code, r.stderr)
	}
	return ours, parseSummary(t, readFile(t, out))
}

var tidCallsRe = regexp.MustCompile(`^tid (\d+) getppid (\d+)$`)

// 64 threads of 20,000 calls each (heavy; 16 of 2,000 by default): each
// thread's getppid calls are in the trace, on its tid, as many as it made.
func TestLoadThreads(t *testing.T) {
	prog := cprog(t, "threads")
	n, calls := pick(16, 64), pick(2000, 20000)
	out := tempFile(t, "trace")
	_, r := traceRun(t, []string{"-f", "-o", out, prog, strconv.Itoa(n), strconv.Itoa(calls)})
	tr := parseTrace(readFile(t, out), 0)
	tr.check(t, true)
	seen := 0
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		m := tidCallsRe.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("the program said %q", l)
		}
		tid, _ := strconv.Atoi(m[1])
		made, _ := strconv.Atoi(m[2])
		th := tr.threads[tid]
		if th == nil {
			t.Errorf("thread %d: not in the trace", tid)
			continue
		}
		seen++
		if got := th.calls["getppid"]; got != made {
			t.Errorf("thread %d: %d getppid in the trace, it made %d", tid, got, made)
		}
		if th.end != "+++ exited with 0 +++" {
			t.Errorf("thread %d: ends with %q", tid, th.end)
		}
	}
	if seen != n || len(tr.threads) != n+1 {
		t.Errorf("%d threads reported, %d in the trace; want %d and %d", seen, len(tr.threads), n, n+1)
	}
	if got := tr.count("getppid"); got != n*calls {
		t.Errorf("%d getppid in the trace, want %d", got, n*calls)
	}
	t.Logf("%d threads, %d calls, %d lines, none lost", n+1, tr.count("getppid"), lineCount(tr))

	ours, theirs := summaries(t, prog, strconv.Itoa(n), strconv.Itoa(calls))
	compareSummaries(t, ours, theirs, map[string]int{"getppid": n * calls, "clone3": n, "execve": 1})
}

// The same with -ff: each thread's file holds its calls, all of them.
func TestLoadThreadsPerFile(t *testing.T) {
	prog := cprog(t, "threads")
	n, calls := pick(16, 64), pick(2000, 20000)
	base := tempFile(t, "trace")
	_, r := traceRun(t, []string{"-ff", "-o", base, prog, strconv.Itoa(n), strconv.Itoa(calls)})
	files, _ := filepath.Glob(base + ".*")
	if len(files) != n+1 {
		t.Errorf("%d files, want %d", len(files), n+1)
	}
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		m := tidCallsRe.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("the program said %q", l)
		}
		tid, _ := strconv.Atoi(m[1])
		made, _ := strconv.Atoi(m[2])
		tr := parseTrace(readFile(t, base+"."+m[1]), tid)
		tr.check(t, true)
		if len(tr.threads) != 1 || tr.count("getppid") != made {
			t.Errorf("thread %d: %d getppid in its file, it made %d", tid, tr.count("getppid"), made)
		}
	}
}

func lineCount(tr *trace) int {
	n := 0
	for _, th := range tr.threads {
		n += th.lines
	}
	return n
}

// A shell loop starting 500 short processes (heavy: 5,000) under -f: every
// one is in the trace, from its execve to its exit.
func TestLoadShellLoop(t *testing.T) {
	n := pick(500, 5000)
	script := fmt.Sprintf("i=0; while [ $i -lt %d ]; do /bin/true; i=$((i+1)); done", n)
	out := tempFile(t, "trace")
	traceRun(t, []string{"-f", "-o", out, "/bin/sh", "-c", script})
	tr := parseTrace(readFile(t, out), 0)
	tr.check(t, true)
	if len(tr.threads) != n+1 {
		t.Errorf("%d processes in the trace, want %d", len(tr.threads), n+1)
	}
	if e := tr.ends()["+++ exited with 0 +++"]; e != n+1 {
		t.Errorf("%d processes exited with 0, want %d: %v", e, n+1, tr.ends())
	}
	execs := 0
	for _, th := range tr.threads {
		for _, c := range th.joined {
			if strings.HasPrefix(c, `execve("/bin/true", ["/bin/true"], `) && strings.HasSuffix(c, " = 0") {
				execs++
			}
		}
	}
	if execs != n {
		t.Errorf("%d execve of /bin/true, want %d", execs, n)
	}
	t.Logf("%d processes, %d lines, none lost", len(tr.threads), lineCount(tr))

	ours, theirs := summaries(t, "/bin/sh", "-c", script)
	compareSummaries(t, ours, theirs, map[string]int{"execve": n + 1, "vfork": -1, "clone": -1, "exit_group": -1})
}

var treeRe = regexp.MustCompile(`^pid (\d+) getppid (\d+) children (\d+)$`)

// A process tree six levels deep (two children each; heavy: three): every
// process's calls, children and end are in the trace.
func TestLoadForkTree(t *testing.T) {
	prog := cprog(t, "tree")
	depth, width, calls := 6, pick(2, 3), 10
	args := []string{prog, strconv.Itoa(depth), strconv.Itoa(width), strconv.Itoa(calls)}
	out := tempFile(t, "trace")
	_, r := traceRun(t, append([]string{"-f", "-o", out}, args...))
	tr := parseTrace(readFile(t, out), 0)
	tr.check(t, true)
	procs, forks := 0, 0
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		m := treeRe.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("the program said %q", l)
		}
		pid, _ := strconv.Atoi(m[1])
		kids, _ := strconv.Atoi(m[3])
		procs++
		forks += kids
		th := tr.threads[pid]
		if th == nil {
			t.Errorf("process %d: not in the trace", pid)
			continue
		}
		if th.calls["getppid"] != calls || th.ok["clone"] != kids || th.ok["wait4"] != kids {
			t.Errorf("process %d: %d getppid, %d clone, %d wait4 in the trace; it made %d, %d, %d",
				pid, th.calls["getppid"], th.ok["clone"], th.ok["wait4"], calls, kids, kids)
		}
		if th.end != "+++ exited with 0 +++" {
			t.Errorf("process %d: ends with %q", pid, th.end)
		}
	}
	want := 0
	for l, p := 0, 1; l <= depth; l, p = l+1, p*width {
		want += p
	}
	if procs != want || len(tr.threads) != want {
		t.Errorf("%d processes reported, %d in the trace, want %d", procs, len(tr.threads), want)
	}
	t.Logf("%d processes, %d lines, none lost", len(tr.threads), lineCount(tr))

	ours, theirs := summaries(t, args...)
	compareSummaries(t, ours, theirs, map[string]int{"getppid": want * calls, "clone": forks, "wait4": forks})
}

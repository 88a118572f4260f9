package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"gostrace/internal/difftest"
)

// outoptsBin compiles testdata/outopts.c once per run of the tests.
func outoptsBin(t *testing.T) string {
	t.Helper()
	gcc, err := exec.LookPath("gcc")
	if err != nil {
		t.Skip("gcc not found")
	}
	// Beside the gostrace link: TestMain removes that directory.
	bin := filepath.Join(filepath.Dir(gostraceBin), "outopts")
	if _, err := os.Stat(bin); err == nil {
		return bin
	}
	out, err := exec.Command(gcc, "-O0", "-pthread", "-o", bin, "testdata/outopts.c").CombinedOutput()
	if err != nil {
		t.Fatalf("gcc: %v\n%s", err, out)
	}
	return bin
}

// workRE and cwdRE match what depends on the length of the random name
// of difftest's working directory: the environment strings of execve (cut
// at -s or not), and getcwd's return value.
var (
	workRE = lazyRE(`"(HOME|PWD)=/tmp/difftest-work\d+"(\.\.\.)?`)
	cwdRE  = lazyRE(`^(.*getcwd\(.*\)) += (0x)?[0-9a-f]+$`)
	dirRE  = lazyRE(`difftest-work\d+`)
)

func maskWork(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		l = cwdRE().ReplaceAllString(workRE().ReplaceAllString(l, `"$1=WORK"`), "$1 = N")
		out[i] = dirRE().ReplaceAllString(l, "difftest-workN")
	}
	return out
}

// diffTrace runs cmd under strace (twice, to find what varies from run
// to run) and under gostrace with the same flags, and reports the lines
// that differ. fix, if not nil, rewrites both traces first.
func diffTrace(t *testing.T, flags []string, cmd string, fix func([]string) []string) {
	t.Helper()
	strace := needStrace(t)
	all := func(l []string) []string {
		if fix == nil {
			return maskWork(l)
		}
		return fix(maskWork(l))
	}
	res, err := difftest.Check(strace, gostraceBin, flags, cmd, all, "GOSTRACE_TEST_MAIN=1")
	if err != nil {
		t.Fatal(err)
	}
	if !res.OK() {
		t.Errorf("%v %s: %d/%d lines match%s", flags, cmd, res.Matched, res.Total, res.Report(15))
	}
}

// TestDiffStatus compares -z, -Z and -e status= with strace: calls that
// fail, succeed, never return (exit_group, a thread's read when the
// process is killed) and are interrupted by a signal, in several threads
// and processes; lines whole, printed at the exit.
func TestDiffStatus(t *testing.T) {
	bin := outoptsBin(t)
	for _, f := range [][]string{
		{"-z"}, {"-Z"}, {"--failed-only"}, {"--successful-only"},
		{"-e", "status=unfinished"}, {"-e", "status=!successful"},
		{"-e", "status=failed,unfinished"}, {"-e", "status=successful,detached"},
		{"-e", "status=all"}, {"-e", "status=none"},
	} {
		diffTrace(t, append([]string{"-f"}, f...), bin+" threads", nil)
	}
	diffTrace(t, []string{"-f", "-Z"}, "cat /nonexistent; ls /nonexistent; true", nil)
	diffTrace(t, []string{"-f", "-z", "-e", "trace=vfork,wait4,exit_group,execve"}, "/bin/true; true", nil)
}

// TestDiffDumps compares -e read= and -e write= with strace: buffers,
// vectors (cut at the return value when read, whole when written, up to an
// empty element), messages, message vectors, failed writes.
func TestDiffDumps(t *testing.T) {
	bin := outoptsBin(t)
	trace := "trace=read,write,readv,writev,sendmsg,recvmsg,sendmmsg,recvmmsg,sendto,recvfrom,pwrite64"
	for _, f := range [][]string{
		{"-e", "read=all", "-e", "write=all"},
		{"-e", "read=3", "-e", "write=4,5"},
		{"-e", "read=!3", "-e", "write=none"},
		{"--read=6"},
	} {
		diffTrace(t, append([]string{"-e", trace}, f...), bin+" io", nil)
	}
	diffTrace(t, []string{"-f", "-e", "write=1"}, "echo hi; /bin/echo there", nil)
}

// ipRE is -i's field on execve lines, which is dropped: the first
// execve's is the tracer's own (strace's C, our Go shim), and a
// "<... execve resumed>" line's is that of the new program, so that a
// line split in one trace and whole in the other would differ.
var ipRE = lazyRE(`\[[0-9a-f]{16}\] (execve\(|<\.\.\. execve resumed>)`)

// leaderRE splits a line into its pid and timestamp, its -n and -i
// fields, and the rest.
var leaderRE = lazyRE(`^((?:\[pid +\d+\] |\d+ +)?(?:[\d:.]+ )?)((?:\[ *\d+\] )?(?:\[[0-9a-f?]{16}\] )?)(.*)$`)

// moveNumbers moves the -n and -i fields to the end of the line, where
// difftest compares them like the rest, except on "<unfinished ...>"
// halves, where they are dropped: lines are split differently from run to
// run, and difftest joins the halves only when they begin with the call
// and end with "<unfinished ...>". The "<... resumed>" half keeps them
// (the same number, and the same instruction pointer at the exit).
func moveNumbers(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		l = ipRE().ReplaceAllString(l, "$1")
		m := leaderRE().FindStringSubmatch(l)
		if m == nil || m[2] == "" {
			out[i] = l
			continue
		}
		if strings.HasSuffix(m[3], "<unfinished ...>") {
			out[i] = m[1] + m[3]
		} else {
			out[i] = m[1] + m[3] + " #" + m[2]
		}
	}
	return out
}

// TestDiffNumbersIPs compares -n and -i: syscall lines, signal lines
// (the last syscall's number; the instruction pointer from the
// registers), exit lines ("[????????????????]").
func TestDiffNumbersIPs(t *testing.T) {
	bin := outoptsBin(t)
	for _, f := range [][]string{{"-n"}, {"-i"}, {"-n", "-i", "-tt"}, {"--syscall-number", "--instruction-pointer"}} {
		diffTrace(t, append([]string{"-f"}, f...), "sh -c 'echo hi; kill -USR1 $$'", moveNumbers)
		diffTrace(t, append([]string{"-f"}, f...), bin+" threads", moveNumbers)
	}
}

// linePidRE masks process ids at the start of -o lines.
var linePidRE, sipidRE = lazyRE(`^\d+ +`), lazyRE(`si_pid=\d+`)

// exactLines runs one tracer and returns its lines with the pid prefixes
// masked, spacing kept: difftest normalises the padding before " = ",
// which is what -a changes.
func exactLines(t *testing.T, tracer string, flags []string, cmd string, env ...string) []string {
	t.Helper()
	lines, err := difftest.Trace(tracer, flags, cmd, env...)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range lines {
		lines[i] = sipidRE().ReplaceAllString(linePidRE().ReplaceAllString(l, "PID "), "si_pid=N")
	}
	return lines
}

// TestDiffColumns compares -a with strace byte for byte (the padding
// counts the prefixes: pids, timestamps, -n).
func TestDiffColumns(t *testing.T) {
	strace := needStrace(t)
	for _, f := range [][]string{
		{"-a", "0"}, {"-a", "1"}, {"-a", "20"}, {"-a", "60"}, {"--columns=45"},
		{"-a", "50", "-n"}, {"-a", "30", "-f"}, {"-a", "80", "-f", "-n"},
	} {
		// No signal lines: their -n field is the syscall the signal
		// interrupted, which varies from run to run.
		flags := append([]string{"-e", "trace=openat,close,read,write,exit_group", "-e", "signal=none"}, f...)
		cmd := "cat /etc/hostname /nonexistent"
		want := exactLines(t, strace, flags, cmd)
		got := exactLines(t, gostraceBin, flags, cmd, "GOSTRACE_TEST_MAIN=1")
		if strings.Join(want, "\n") != strings.Join(got, "\n") {
			t.Errorf("%v:\nstrace:\n%s\nours:\n%s", f, strings.Join(want, "\n"), strings.Join(got, "\n"))
		}
	}
}

// runTracer runs a tracer and fails the test if it fails.
func runTracer(t *testing.T, tracer string, args ...string) {
	t.Helper()
	c := exec.Command(tracer, args...)
	if out, err := c.CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", tracer, args, err, out)
	}
}

func countLines(t *testing.T, name, prefix string) int {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, prefix) {
			n++
		}
	}
	return n
}

// TestAppendMode: -A appends to -o's file (and to -ff's files) instead of
// truncating it, as strace does.
func TestAppendMode(t *testing.T) {
	strace := needStrace(t)
	for _, tracer := range []string{strace, gostraceBin} {
		dir := t.TempDir()
		out := filepath.Join(dir, "trace")
		runTracer(t, tracer, "-o", out, "-e", "trace=exit_group", "true")
		runTracer(t, tracer, "-A", "-o", out, "-e", "trace=exit_group", "true")
		runTracer(t, tracer, "--output-append-mode", "-o", out, "-e", "trace=exit_group", "true")
		if n := countLines(t, out, "+++ exited with 0 +++"); n != 3 {
			t.Errorf("%s: -A: %d traces in the file, want 3", tracer, n)
		}
		runTracer(t, tracer, "-o", out, "-e", "trace=exit_group", "true")
		if n := countLines(t, out, "+++ exited with 0 +++"); n != 1 {
			t.Errorf("%s: without -A: %d traces in the file, want 1", tracer, n)
		}
		// -ff: a process's file, known in advance by attaching to it.
		sleeper := exec.Command("sleep", "10")
		if err := sleeper.Start(); err != nil {
			t.Fatal(err)
		}
		name := out + "." + strconv.Itoa(sleeper.Process.Pid)
		os.WriteFile(name, []byte("old line\n"), 0o644)
		c := exec.Command(tracer, "-ff", "-A", "-o", out, "-p", strconv.Itoa(sleeper.Process.Pid))
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(300 * time.Millisecond)
		c.Process.Signal(os.Interrupt)
		c.Wait()
		sleeper.Process.Kill()
		sleeper.Wait()
		b, _ := os.ReadFile(name)
		if !strings.HasPrefix(string(b), "old line\nrestart_syscall(") {
			t.Errorf("%s -ff -A: %q", tracer, b)
		}
	}
}

// TestOutputPipe: -o '|CMD' and -o '!CMD' pipe the trace to "sh -c CMD",
// and gostrace waits for the command before it exits (so its output is
// complete when we return), without the tracer's wait4 reaping it; the
// traced command's exit status is still ours.
func TestOutputPipe(t *testing.T) {
	dir := t.TempDir()
	for _, o := range []string{"|", "!"} {
		out := filepath.Join(dir, "piped")
		c := gostrace("-o", o+"sleep 0.3; cat > "+out, "-e", "trace=exit_group", "sh", "-c", "exit 3")
		b, err := c.CombinedOutput()
		if c.ProcessState.ExitCode() != 3 {
			t.Errorf("%s: exit status %d, want 3 (%v: %s)", o, c.ProcessState.ExitCode(), err, b)
		}
		if n := countLines(t, out, "+++ exited with 3 +++"); n != 1 {
			t.Errorf("%s: the command's output has %d exit lines when gostrace returns", o, n)
		}
	}
	// A command that reads nothing: our writes fail. strace 6.1 says so
	// at every line and traces on; gostrace says it once, lets go of the
	// command, waits for it and exits 1 (session/outfail.go says why).
	// (The sleep: the lines written before the command is gone sit in
	// the pipe; those written after fail.)
	marker := filepath.Join(dir, "ran-on")
	c := gostrace("-o", "|exit 0", "sh", "-c", "sleep 0.3; echo > "+marker+"; exit 4")
	b, _ := c.CombinedOutput()
	if c.ProcessState.ExitCode() != 1 || strings.Count(string(b), ": |exit 0: Broken pipe\n") != 1 {
		t.Errorf("exit %d, output %q", c.ProcessState.ExitCode(), b)
	}
	if _, err := os.Stat(marker); err != nil {
		t.Errorf("the command did not run to its end before gostrace returned: %v", err)
	}
}

// TestDiffConstStyles compares -X raw and -X verbose, and -e raw=,
// -e abbrev= and -e verbose= with strace.
func TestDiffConstStyles(t *testing.T) {
	bin := outoptsBin(t)
	all := []string{"ls -la /usr/share/doc/bash", "stat /etc/hostname", bin + " threads", bin + " io"}
	some := []string{"ls -la /usr/share/doc/bash", bin + " threads"}
	for _, tc := range []struct {
		flags []string
		cmds  []string
	}{
		{[]string{"-X", "raw"}, all}, {[]string{"-X", "verbose"}, all}, {[]string{"--const-print-style=abbrev"}, some},
		{[]string{"-e", "raw=all"}, all}, {[]string{"-e", "raw=openat,read,exit_group,newfstatat"}, some},
		{[]string{"-e", "verbose=none"}, all}, {[]string{"-e", "verbose=!newfstatat,execve"}, some},
		{[]string{"-e", "abbrev=none"}, some}, {[]string{"-v", "-e", "abbrev=newfstatat"}, some},
	} {
		f := tc.flags
		for _, cmd := range tc.cmds {
			// rt_sigreturn returns what the call the signal interrupted
			// returned, which depends on where the SIGCHLD landed.
			diffTrace(t, append([]string{"-f", "-e", "trace=!rt_sigreturn"}, f...), cmd, nil)
		}
	}
}

// TestDiffTracePath compares -P with strace: paths in each argument,
// descriptors on the path (dup'ed, in poll and select sets, mmap's),
// directory descriptors, relative paths (not resolved), calls that make
// descriptors (never traced), several -P.
func TestDiffTracePath(t *testing.T) {
	bin := outoptsBin(t)
	dir := t.TempDir()
	cmd := bin + " paths " + dir
	for _, f := range [][]string{
		{"-P", dir + "/f"}, {"-P", dir}, {"-P", dir + "/g", "-P", dir + "/f"},
		{"--trace-path=" + dir + "/f", "-e", "trace=!dup2"}, {"-P", dir + "/f", "-Z"},
		{"-P", "/nonexistent"},
	} {
		diffTrace(t, f, cmd, nil)
	}
}

// TestTracePathResolution: a -P path whose canonical form differs is
// matched in both forms, and strace says so on stderr, unless quiet.
func TestTracePathResolution(t *testing.T) {
	strace := needStrace(t)
	dir := t.TempDir()
	target := filepath.Join(dir, "target")
	os.WriteFile(target, []byte("x\n"), 0o644)
	os.Symlink("target", filepath.Join(dir, "link"))
	run := func(tracer string, args ...string) (string, []string) {
		out := filepath.Join(dir, "trace")
		c := exec.Command(tracer, append(args, "-o", out, "cat", "link", "target")...)
		c.Dir = dir
		stderr, _ := c.CombinedOutput()
		b, _ := os.ReadFile(out)
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		for i := range lines {
			lines[i] = addrMask().ReplaceAllString(lines[i], "0xADDR")
		}
		msg := strings.ReplaceAll(string(stderr), tracer+":", "PROG:")
		return msg, lines
	}
	for _, args := range [][]string{{"-P", "link"}, {"-P", "link", "-e", "quiet=path-resolution"}, {"-P", target}, {"-P", "link", "-qqq"}} {
		wantMsg, want := run(strace, args...)
		gotMsg, got := run(gostraceBin, args...)
		if wantMsg != gotMsg {
			t.Errorf("%v: stderr %q, want %q", args, gotMsg, wantMsg)
		}
		if strings.Join(want, "\n") != strings.Join(got, "\n") {
			t.Errorf("%v:\nstrace:\n%s\nours:\n%s", args, strings.Join(want, "\n"), strings.Join(got, "\n"))
		}
	}
}

var addrMask = lazyRE(`0x[0-9a-f]{6,}`)

// TestDiffDecodeFds compares -yy and -e decode-fds= with strace: TCP, UDP
// and unix sockets in their states, netlink, devices, pidfds; the cache
// that keeps a socket's first details.
func TestDiffDecodeFds(t *testing.T) {
	bin := outoptsBin(t)
	for _, f := range [][]string{
		{"-yy"}, {"--decode-fds=all"}, {"--decode-fds=socket"}, {"-e", "decode-fds=dev,pidfd"},
		{"-e", "decode-fds=path,socket"}, {"-y"}, {"-yy", "-e", "trace=%network,read,write,close"},
	} {
		diffTrace(t, append([]string{"-f"}, f...), bin+" sockets", nil)
	}
	diffTrace(t, []string{"-f", "-yy"}, "cat /etc/hostname > /dev/null", nil)
}

var (
	commPrefixRE = lazyRE(`^(\d+)(<[^>]*>) (.*)$`)
	tracerCommRE = lazyRE(`<(strace|gostrace|exe)>`)
)

// moveComm moves -Y's command after the pid of the prefix ("12<sh> ...")
// to the end of the line, where difftest compares it ("12 ... #<sh>"),
// except on "<unfinished ...>" halves (see moveNumbers). The tracer's own
// command (the parent of the first process, and that process until its
// execve) is strace for strace and gostrace (or exe, our launch shim) for
// us.
var exitedSenderRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(si_code=CLD_\w+, si_pid=\d+)<[^>]*>`)
})

func moveComm(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		l = tracerCommRE().ReplaceAllString(l, "<TRACER>")
		// A SIGCHLD's sender is named only while the zombie is there to
		// ask: whether its parent reaped it first is a race, for strace
		// as for us.
		l = exitedSenderRE().ReplaceAllString(l, "${1}")
		m := commPrefixRE().FindStringSubmatch(l)
		switch {
		case m == nil:
			out[i] = l
		case strings.HasSuffix(m[3], "<unfinished ...>"), strings.HasPrefix(m[3], "execve("),
			strings.HasPrefix(m[3], "<... execve resumed>"):
			// An execve line's command is the old one when the line is
			// whole, the new one on a "<... execve resumed>" half.
			out[i] = m[1] + " " + m[3]
		default:
			out[i] = m[1] + " " + m[3] + " #" + m[2]
		}
	}
	return out
}

// TestDiffDecodePids compares -Y with strace: the command after the pid
// of each line, after pid arguments (kill, tgkill, wait4, sched_*,
// prlimit64, fcntl's owner...), after the pids getpid, gettid and clone
// return, and in siginfo, while the process exists.
func TestDiffDecodePids(t *testing.T) {
	bin := outoptsBin(t)
	for _, f := range [][]string{{"-Y"}, {"--decode-pids=comm"}, {"-e", "decode-pids=comm"}} {
		diffTrace(t, append([]string{"-f", "-e", "trace=!ioprio_get,migrate_pages"}, f...), bin+" pids", moveComm)
		diffTrace(t, append([]string{"-f"}, f...), bin+" threads", moveComm)
		diffTrace(t, append([]string{"-f"}, f...), "sh -c '/bin/true; kill -0 $$'", moveComm)
	}
	// Without another pid namespace, the translation adds nothing.
	diffTrace(t, []string{"-f", "--pidns-translation"}, bin+" pids", nil)
}

// TestDiffSummaryStatus: -c counts every call whatever -z, -Z or -e
// status= say (strace 6.1 filters only the lines); -C filters the lines
// and still counts every call.
func TestDiffSummaryStatus(t *testing.T) {
	strace := needStrace(t)
	cmd := "cat /nonexistent; ls /nonexistent; true"
	for _, flags := range [][]string{{"-f", "-c", "-Z"}, {"-f", "-c", "-z"}, {"-f", "-C", "-Z"}, {"-f", "-c", "-e", "status=unfinished"}} {
		ref, err := difftest.Trace(strace, flags, cmd)
		if err != nil {
			t.Fatal(err)
		}
		ours, err := difftest.Trace(gostraceBin, flags, cmd, "GOSTRACE_TEST_MAIN=1")
		if err != nil {
			t.Fatal(err)
		}
		want, got := countTable(ref), countTable(ours)
		if len(want) == 0 {
			t.Fatalf("%v: no table from strace", flags)
		}
		for name, w := range want {
			if got[name] != w {
				t.Errorf("%v: %s: strace %q, ours %q", flags, name, w, got[name])
			}
		}
		if len(got) != len(want) {
			t.Errorf("%v: %d rows, strace %d", flags, len(got), len(want))
		}
	}
	diffTrace(t, []string{"-f", "-C", "-Z"}, cmd, func(l []string) []string {
		// The table's times vary: keep the trace lines only. A row does
		// not always start with a blank: "100.00" fills its column when
		// one call (the shell's wait4) takes all the time measured.
		var out []string
		for _, s := range l {
			trace := strings.Contains(s, "(") || strings.Contains(s, "+++") || strings.Contains(s, ": ")
			if trace && !strings.HasPrefix(s, "%") && !strings.HasPrefix(s, "-") && !strings.Contains(s, " total") {
				out = append(out, s)
			}
		}
		return out
	})
}

// lazyRE compiles a regular expression at its first use: this test binary
// also runs as gostrace (and as -D's tracer and command), whose start-up
// should not pay for the tests' expressions.
func lazyRE(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

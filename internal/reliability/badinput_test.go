package reliability

// Bad input: malformed command lines. Each is refused at once (exit 1),
// with strace 6.1's message (one line, and strace's hint line where it
// prints one), without a Go panic, without starting a process, and
// without touching the process named by -p. internal/options compares
// the parser's messages with strace's on many more spellings; this runs
// the whole binary, to see what it does, not only what it says.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// badInputs are the command lines; V is replaced by the pid of a process
// sleeping in read(2), X by a pid that does not exist, DIR by a directory.
var badInputs = [][]string{
	{"--nosuch", "-p", "V"},
	{"-Q", "-p", "V"},
	{"-p"},
	{"-p", "V", "-o"},
	{"-p", "V", "-s"},
	{"-p", "V", "-e"},
	{"-p", "V", "-E"},
	{"-p", "0"},
	{"-p", "-5"},
	// A field that does not begin with a digit or a sign is a process
	// name for gostrace (-p NAME, its extension, tested with its own
	// message in cmd/gostrace): these are pids to both.
	{"-p", "1abc"},
	{"-p", "V,9x"},
	{"-p", "V", "-p", "0"},
	{"-p", "X"},
	{"-s", "-1", "-p", "V"},
	{"-e", "trace=nosuchcall", "-p", "V"},
	{"-e", "trace=%nosuchclass", "-p", "V"},
	{"-e", "trace=/(", "-p", "V"},
	{"-e", "inject=open", "-p", "V"},
	{"-e", "inject=open:error=NOPE", "-p", "V"},
	{"-e", "inject=open:when=0", "-p", "V"},
	{"-e", "inject=open:retval=-1:error=EIO", "-p", "V"},
	{"-e", "signal=FOO", "-p", "V"},
	{"-e", "quiet=nope", "-p", "V"},
	{"-c", "-C", "-p", "V"},
	{"-c", "-ff", "-p", "V"},
	{"-w", "-p", "V"},
	{"-D", "-p", "V"},
	{"-I", "9", "-p", "V"},
	{"-c", "-S", "nosuchkey", "-p", "V"},
	{"-c", "-U", "nosuchcolumn", "-p", "V"},
	{"-O", "x", "-p", "V"},
	{"-a", "x", "-p", "V"},
	{"-X", "foo", "-p", "V"},
	{"-b", "foo", "-p", "V"},
	{"-o", "/nonexistent/dir/file", "-p", "V"},
	{"-o", "DIR", "-p", "V"},
	{"-u", "nosuchuser", "/bin/true"},
	{"/nonexistent/cmd"},
	{"nosuchcommand-of-gostrace"},
	{""},
}

// procSnapshot is what must not change in a process nobody touches: a
// process asleep in read wakes up (a context switch) at any ptrace
// interrupt or signal.
func procSnapshot(pid int) string {
	st := status(pid, pid)
	return fmt.Sprintf("State=%s TracerPid=%s SigPnd=%s ShdPnd=%s voluntary=%s nonvoluntary=%s",
		st["State"], st["TracerPid"], st["SigPnd"], st["ShdPnd"], st["voluntary_ctxt_switches"], st["nonvoluntary_ctxt_switches"])
}

// freePid returns a pid no process has.
func freePid(t *testing.T) int {
	b, err := os.ReadFile("/proc/sys/kernel/pid_max")
	if err != nil {
		t.Fatal(err)
	}
	max, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	for pid := max - 1; pid > 1; pid-- {
		if _, err := os.Stat("/proc/" + strconv.Itoa(pid)); os.IsNotExist(err) {
			return pid
		}
	}
	t.Fatal("no free pid")
	return 0
}

// quick runs a tracer with args, within a second: it gets a second try
// when the first takes longer (a loaded machine), then fails the test.
func quick(t *testing.T, argv []string) result {
	t.Helper()
	var r result
	for try := 0; try < 2; try++ {
		r = run(t, argv[0], argv[1:]...)
		if r.took < time.Second {
			return r
		}
	}
	t.Errorf("%q took %v, twice: a refused command line must end in under a second", argv, r.took)
	return r
}

// spawned runs argv under strace -f, which sees every process created,
// and returns what was created besides argv's own threads (fork, vfork,
// clone without CLONE_THREAD, execve of another program).
func spawned(t *testing.T, strace string, argv []string, allowExec ...string) []string {
	t.Helper()
	out := tempFile(t, "spawn")
	r := run(t, strace, append([]string{"-f", "-qq", "-e", "signal=none", "-o", out,
		"-e", "trace=fork,vfork,clone,clone3,execve,execveat"}, argv...)...)
	for _, l := range strings.Split(r.stderr, "\n") {
		if strings.HasPrefix(l, "strace: ") { // not the traced tracer's messages
			t.Fatalf("%s", r.stderr)
		}
	}
	var bad []string
	for _, l := range strings.Split(readFile(t, out), "\n") {
		switch {
		case l == "" || strings.Contains(l, " resumed>"):
		case strings.Contains(l, "???( <detached ...>"):
			// A runtime thread strace saw no call of, ended by our
			// exit_group: "PID ???( <detached ...>". Nothing started.
		case strings.Contains(l, "execve("):
			ok := false
			for _, p := range append(allowExec, argv[0]) {
				ok = ok || strings.Contains(l, "execve(\""+p+"\"")
			}
			if !ok {
				bad = append(bad, l)
			}
		case strings.Contains(l, "CLONE_THREAD"):
		default:
			bad = append(bad, l)
		}
	}
	return bad
}

// A malformed command line against the running gostrace and strace 6.1.
func TestBadInput(t *testing.T) {
	strace := needStrace(t)
	gostrace := bin(t)
	victim := start(t, cprog(t, "blocker"))
	victim.expect(t, "ready")
	eventually(t, "the read", func() bool { return state(victim.pid, victim.pid) == "S" })
	before := procSnapshot(victim.pid)
	dir := t.TempDir()
	subst := strings.NewReplacer("V", strconv.Itoa(victim.pid), "X", strconv.Itoa(freePid(t)), "DIR", dir)
	tried := 0
	for _, in := range badInputs {
		args := make([]string, len(in))
		for i, a := range in {
			args[i] = subst.Replace(a)
		}
		name := strings.Join(in, " ")
		if name == "" {
			name = "(empty)"
		}
		t.Run(name, func(t *testing.T) {
			checkRefused(t, strace, gostrace, nil, args)
		})
		tried++
	}
	t.Run("-p self", func(t *testing.T) {
		sh := []string{"/bin/sh", "-c", "exec \"$0\" -p $$"}
		checkRefused(t, strace, gostrace, sh, nil)
		tried++
	})
	t.Run("-p 1 as nobody", func(t *testing.T) {
		setpriv, err := exec.LookPath("setpriv")
		if err != nil || os.Getuid() != 0 {
			t.Skip("needs root and setpriv to run as nobody")
		}
		as := []string{setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"}
		checkRefused(t, strace, gostrace, as, []string{"-p", "1"})
		tried++
	})
	if after := procSnapshot(victim.pid); after != before {
		t.Errorf("the -p process was touched:\nbefore %s\nafter  %s", before, after)
	}
	t.Logf("%d malformed command lines refused", tried)

	// The probes must see what they are there to see: a real attach
	// changes the snapshot, a real command is a process started.
	r := startTracer(t, gostrace, "-o", os.DevNull, "-p", strconv.Itoa(victim.pid))
	eventually(t, "the attach", func() bool { return allTracedBy(victim.pid, r.cmd.Process.Pid) })
	r.signal(syscall.SIGINT)
	r.end(t)
	if after := procSnapshot(victim.pid); after == before {
		t.Errorf("an attach and detach left no trace in %s", after)
	}
	if bad := spawned(t, strace, []string{gostrace, "/bin/true"}, gostrace); len(bad) == 0 {
		t.Errorf("a command started was not seen")
	}
}

// checkRefused runs wrap + TRACER + args for both tracers: the same
// message and exit 1, under a second, nothing started.
func checkRefused(t *testing.T, strace, gostrace string, wrap, args []string) {
	argv := func(tracer string) []string {
		return append(append(append([]string{}, wrap...), tracer), args...)
	}
	want := run(t, argv(strace)[0], argv(strace)[1:]...)
	got := quick(t, argv(gostrace))
	norm := func(s, tracer string) string {
		return strings.ReplaceAll(strings.ReplaceAll(s, tracer+":", "TRACER:"), "'"+tracer+" -h'", "'TRACER -h'")
	}
	w, g := norm(want.stderr, strace), norm(got.stderr, gostrace)
	if g != w || got.code != want.code {
		t.Errorf("gostrace (exit %d): %q\nstrace   (exit %d): %q", got.code, g, want.code, w)
	}
	if got.code != 1 {
		t.Errorf("exit %d, want 1", got.code)
	}
	// One line, and the hint where strace gives one (or, for one, the
	// warning strace prints first).
	if n := strings.Count(g, "\n"); n < 1 || n > 2 || n == 2 && g != w {
		t.Errorf("want one line (and strace's hint): %q", g)
	}
	noPanic(t, "gostrace", got.stderr+got.stdout)
	if bad := spawned(t, strace, argv(gostrace), gostrace); len(bad) > 0 {
		t.Errorf("processes started:\n%s", strings.Join(bad, "\n"))
	}
}

// A command that cannot be executed (not executable, a directory): as
// strace, the process is started and its execve fails; gostrace says so
// as strace does, reaps it ("+++ exited with 1 +++") and exits 1.
func TestBadCommand(t *testing.T) {
	strace := needStrace(t)
	dir := t.TempDir()
	script := filepath.Join(dir, "script")
	if err := os.WriteFile(script, []byte("echo hi\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{script, dir} {
		var got [2]string
		for i, tracer := range []string{strace, bin(t)} {
			r := quick(t, []string{tracer, cmd})
			got[i] = fmt.Sprintf("exit %d: %s", r.code, normalize(strings.ReplaceAll(r.stderr, tracer+":", "TRACER:")))
			noPanic(t, tracer, r.stderr)
		}
		if got[0] != got[1] {
			t.Errorf("%s:\nstrace:   %s\ngostrace: %s", cmd, got[0], got[1])
		}
		if !strings.HasPrefix(got[1], "exit 1: ") || !strings.Contains(got[1], "+++ exited with 1 +++") {
			t.Errorf("%s: %s", cmd, got[1])
		}
	}
}

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"gostrace/internal/difftest"
)

var (
	injectProgOnce sync.Once
	injectProgPath string
	injectProgErr  string
)

// injectProg compiles testdata/inject.c once and returns its path; the
// test is skipped without gcc.
func injectProg(t *testing.T) string {
	t.Helper()
	injectProgOnce.Do(func() {
		gcc, err := exec.LookPath("gcc")
		if err != nil {
			injectProgErr = "gcc not found"
			return
		}
		dir, err := os.MkdirTemp("", "gostrace-inject")
		if err != nil {
			injectProgErr = err.Error()
			return
		}
		bin := filepath.Join(dir, "injectprog")
		if out, err := exec.Command(gcc, "-O1", "-pthread", "-o", bin, "testdata/inject.c").CombinedOutput(); err != nil {
			injectProgErr = "gcc: " + err.Error() + "\n" + string(out)
			return
		}
		injectProgPath = bin
	})
	if injectProgPath == "" {
		if strings.HasPrefix(injectProgErr, "gcc not found") {
			t.Skip(injectProgErr)
		}
		t.Fatal(injectProgErr)
	}
	return injectProgPath
}

// traceDirect is difftest.Trace without the shell: `setarch -R TRACER
// FLAGS -o OUT -- ARGV...` in a fresh directory holding a.txt ("hi") and
// b.txt ("HI"), so that the when= counts are the program's own calls.
func traceDirect(tracer string, flags, argv []string, extraEnv ...string) ([]string, error) {
	work, err := os.MkdirTemp("", "difftest-work")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(work)
	for name, body := range map[string]string{"a.txt": "hi\n", "b.txt": "HI\n"} {
		if err := os.WriteFile(filepath.Join(work, name), []byte(body), 0o644); err != nil {
			return nil, err
		}
	}
	out := filepath.Join(work, ".trace")
	args := append([]string{"-R", tracer}, flags...)
	args = append(append(args, "-o", out, "--"), argv...)
	c := exec.Command("setarch", args...)
	c.Dir = work
	c.Env = append(difftest.Env(work), extraEnv...)
	var stderr strings.Builder
	c.Stderr = &stderr
	runErr := c.Run()
	b, err := os.ReadFile(out)
	if err != nil {
		return nil, fmt.Errorf("%s: no trace: %v (%v: %s)", tracer, err, runErr, stderr.String())
	}
	text := strings.ReplaceAll(string(b), "<"+work, "</WORK")
	return strings.Split(strings.TrimSuffix(text, "\n"), "\n"), nil
}

// diffTrace runs a command under strace (twice, to find the lines that
// vary from run to run) and under gostrace with the same flags, and
// requires the same lines. The traced programs print what they saw, so
// their write(2) lines compare what the tracee got too. A command that
// starts with "sh:" runs through difftest.Trace (sh -c), any other
// directly (traceDirect).
func diffInjectTrace(t *testing.T, strace string, flags []string, cmd string) {
	t.Helper()
	run := func(tracer string, env ...string) ([]string, error) {
		if sh, ok := strings.CutPrefix(cmd, "sh:"); ok {
			return difftest.Trace(tracer, flags, sh, env...)
		}
		return traceDirect(tracer, flags, strings.Fields(cmd), env...)
	}
	r1, err := run(strace)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := run(strace)
	if err != nil {
		t.Fatal(err)
	}
	ours, err := run(gostraceBin, "GOSTRACE_TEST_MAIN=1")
	if err != nil {
		t.Fatal(err)
	}
	m, total, bad := difftest.Compare(difftest.Split(r1), difftest.Split(r2), difftest.Split(ours))
	if m != total {
		var b strings.Builder
		for i, x := range bad {
			if i == 10 {
				break
			}
			b.WriteString("\n  " + x.Proc + "\n    strace: " + x.Want + "\n    ours:   " + x.Got)
		}
		t.Errorf("%d/%d lines match%s", m, total, b.String())
	}
}

// TestDiffInject compares whole traces under every form of tampering with
// strace's.
func TestDiffInject(t *testing.T) {
	strace := needStrace(t)
	p := injectProg(t)
	const ppid = "-e trace=getppid,write "
	cases := []struct{ flags, cmd string }{
		// The whole trace. cat opens /etc/hostname after the two openat
		// of sh's dynamic loader and two of its own (LC_ALL=C: no locale
		// files), counted on since the exec: cat reports the error.
		{"-e inject=openat:error=EACCES:when=5", "sh:exec cat /etc/hostname"},
		// A child counts from zero. (Only file calls: how sh's wait and
		// its SIGCHLD interleave varies from run to run.)
		{"-f -e trace=%file,write -e inject=openat:error=EACCES:when=3", "sh:cat /etc/hostname; echo $?"},
		{ppid + "-e inject=getppid:error=EPERM:when=2..5+2", p + " ppid 6"},
		{ppid + "-e inject=getppid:retval=42:when=3+", p + " ppid 6"},
		{ppid + "-e inject=getppid:error=ENOENT:when=2+2", p + " ppid 7"},
		{ppid + "-e inject=getppid:retval=18446744073709551615:when=1..2", p + " ppid 3"},
		// Only the calls -e trace= selects are tampered with.
		{"-e trace=write -e inject=getppid:error=EPERM", p + " ppid 3"},
		// The last expression for a syscall wins, whole.
		{ppid + "-e inject=getppid:error=EPERM:when=2 -e inject=getppid:retval=7:when=4", p + " ppid 6"},
		{ppid + "-e inject=getppid:delay_exit=1000 -e inject=getppid:error=EPERM:when=2", p + " ppid 3"},
		{ppid + "-e fault=getppid:when=2 -e inject=getppid:retval=5:when=3", p + " ppid 4"},
		// fault= defaults to ENOSYS, and takes error= and syscall=.
		{ppid + "-e fault=getppid", p + " ppid 2"},
		{ppid + "-e fault=getppid:error=EACCES:when=2", p + " ppid 3"},
		{ppid + "-e fault=getppid:syscall=getpid:when=2", p + " ppid 3"},
		// syscall= runs a %pure call instead; with signal= alone it does
		// nothing.
		{"-e trace=getppid,getpid,write -e inject=getppid:syscall=getpid:retval=5:when=2", p + " ppid 3"},
		{"-e trace=getppid,getpid,write -e inject=getppid:syscall=getpid:signal=SIGUSR1:when=2", p + " ppid 3"},
		// signal= comes after the call; with error= both.
		{ppid + "-e inject=getppid:signal=SIGUSR1:when=2", p + " ppid 3"},
		{ppid + "-e inject=getppid:signal=SIGUSR1:error=ENOENT:when=2", p + " ppid 3"},
		{ppid + "-e inject=getppid:signal=SIGTERM:when=2", p + " ppid 3"},
		// At entry: a sleep is interrupted. delay_enter= loses it, as in 6.1.
		{"-e trace=clock_nanosleep,write -e inject=clock_nanosleep:signal=SIGUSR1", p + " sleep"},
		{"-e trace=clock_nanosleep,write -e inject=clock_nanosleep:signal=SIGUSR1:delay_enter=1000", p + " sleep"},
		{"-T -e trace=clock_nanosleep,write -e inject=clock_nanosleep:signal=SIGUSR1:delay_exit=1000", p + " sleep"},
		{"-T -e trace=clock_nanosleep,write -e inject=clock_nanosleep:error=EINTR:delay_enter=200ms", p + " sleep"},
		{"-T " + ppid + "-e inject=getppid:error=EPERM:when=2:delay_exit=0", p + " ppid 3"},
		// Counters: per thread and process, from zero for a new one, kept
		// across exec; the execve that starts the command is not counted.
		{"-f " + ppid + "-e inject=getppid:error=EPERM:when=2+", p + " threads"},
		{"-f " + ppid + "-e inject=getppid:error=EPERM:when=2+", p + " fork"},
		{"-e trace=getppid,write,execve -e inject=getppid:error=EPERM:when=3", p + " exec"},
		{"-e trace=getppid,write,execve -e inject=execve,getppid:error=ENOENT:when=2", p + " exec"},
		{"-e trace=getppid,write,execve -e inject=execve:error=ENOENT:when=1", p + " exec"},
		{"-f -e trace=execve -e inject=execve:error=ENOENT", "sh:/bin/true; echo $?"},
		// One expression, several syscalls: each counts its own calls.
		{"-e trace=getppid,getpid -e inject=getppid,getpid:error=EPERM:when=2", p + " ppid 3"},
		// Pokes: the decoders see the poked memory. The program's openat
		// and read come after the dynamic loader's two and one.
		{"-e trace=openat,read,write -e inject=openat:poke_enter=@arg2=622e74787400:when=3 -e inject=read:poke_exit=@arg2=585858:when=2", p + " poke"},
		{"-e trace=openat,read,write -e inject=openat:poke_enter=@arg2=622e74787400:error=ENOENT:when=3 -e inject=read:poke_exit=@arg2=585858:retval=1:when=2", p + " poke"},
		{"-e trace=openat,read,write -e inject=openat:poke_exit=@arg2=622e74787400:delay_exit=1:when=3", p + " poke"},
		// A call that never returns, made to: its value shows, unsigned.
		{"-e trace=exit_group,exit,write -e inject=exit_group:retval=-1", p + " ppid 1"},
		{"-e trace=exit_group,exit,write -e inject=exit_group:error=EPERM", p + " ppid 1"},
		// Return values that print their own way, with -y.
		{"-y -e trace=mmap,fcntl,poll,openat,umask,write -e inject=fcntl:retval=32768 -e inject=poll:retval=1 -e inject=openat:retval=1:when=3 -e inject=umask:retval=18", p + " fds"},
		{"-y -e trace=mmap,fcntl,poll,openat,umask,write -e inject=fcntl:error=EBADF -e inject=poll:error=ERESTARTNOHAND -e inject=openat:retval=-1:when=3 -e inject=umask:error=EPERM", p + " fds"},
	}
	for _, tc := range cases {
		flags := strings.Fields(tc.flags)
		t.Run(tc.flags+" "+strings.ReplaceAll(tc.cmd, p, "PROG"), func(t *testing.T) {
			diffInjectTrace(t, strace, flags, tc.cmd)
		})
	}
}

// TestDiffInjectSummary: -c counts an injected error as an error, an
// injected retval as a success, under the call's own name.
func TestDiffInjectSummary(t *testing.T) {
	strace := needStrace(t)
	p := injectProg(t)
	for _, flags := range []string{
		"-c -e trace=getppid -e inject=getppid:error=EPERM:when=2+2",
		"-c -e trace=getppid -e inject=getppid:retval=-1",
		"-c -e trace=getppid,getpid -e inject=getppid:syscall=getpid:retval=3:when=2",
	} {
		f := strings.Fields(flags)
		ref, err := traceDirect(strace, f, []string{p, "ppid", "6"})
		if err != nil {
			t.Fatal(err)
		}
		ours, err := traceDirect(gostraceBin, f, []string{p, "ppid", "6"}, "GOSTRACE_TEST_MAIN=1")
		if err != nil {
			t.Fatal(err)
		}
		want, got := countTable(ref), countTable(ours)
		if len(want) == 0 || len(want) != len(got) {
			t.Errorf("%s: strace %v, ours %v", flags, want, got)
		}
		for name, w := range want {
			if got[name] != w {
				t.Errorf("%s: %s: strace %q, ours %q", flags, name, w, got[name])
			}
		}
	}
}

// TestInjectMessages compares what both tracers say on stderr, and how
// they exit: poke failures (in the middle of a trace line when both go
// to stderr) and malformed expressions, refused before anything runs.
func TestInjectMessages(t *testing.T) {
	p := injectProg(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("hi\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"-e", "trace=read", "-e", "inject=read:poke_exit=@arg3=0000,@arg1=11,@arg2=5858:when=2", p, "poke"},
		{"-e", "trace=read", "-e", "inject=read:poke_enter=@arg3=0000,@arg2=4141:when=2", p, "poke"},
		{"-o", "/dev/null", "-e", "inject=read:poke_exit=@arg3=0000,@arg1=00:when=2", p, "poke"},
		{"-e", "trace=getppid", "-e", "inject=getppid:poke_enter=@arg7=00:when=1", p, "ppid", "1"},
		{"-e", "trace=getppid", "-e", "inject=getppid:poke_enter=@arg1=00:when=1", p, "ppid", "1"},
		// Malformed: strace's messages and exit status, nothing traced.
		{"-e", "inject=getppid", p},
		{"-e", "inject=getppid:error=EFOO", p},
		{"-e", "inject=getppid:syscall=getpid", p},
		{"-e", "inject=getppid:syscall=read:error=EIO", p},
		{"-e", "fault=getppid:retval=1", p},
		{"-e", "inject=getppid:error=EIO:when=0", p},
		{"-e", "inject=getppid:error=EIO:when=3..2", p},
		{"-e", "inject=getppid:retval=1:error=EIO", p},
		{"-e", "inject=nosuchcall:error=EIO", p},
		{"-e", "inject=getppid:poke_enter=@arg1=0", p},
		// A warning, then a run.
		{"-e", "trace=getppid", "-e", "inject=getppid:retval=-1:when=1", p, "ppid", "1"},
	} {
		var res [2]string
		for i, tracer := range bothTracers(t) {
			cmd := tracerCmd(tracer, args...)
			cmd.Dir = dir
			stdout, stderr, code := runOut(t, tracer, cmd)
			stderr = strings.ReplaceAll(stderr, tracer+": ", "TRACER: ")
			res[i] = "stdout:\n" + stdout + "stderr:\n" + pidInText.ReplaceAllString(stderr, "${1}N") + "exit " + strconv.Itoa(code)
		}
		if res[0] != res[1] {
			t.Errorf("%q:\nstrace:\n%s\nours:\n%s", args, res[0], res[1])
		}
	}
}

// pidInText matches the pids in these traces: the tracee's in a poke
// failure, and the tracer's that getppid returns. By where they stand, not
// by their size: after the machine's pids wrap, a pid may have three digits.
var pidInText = regexp.MustCompile(`(process |getppid\(\)\s+= )[0-9]+`)

// TestInjectTraceeView checks what the traced program itself got, under
// gostrace alone: the value, the error, the signal, the delay (a lower
// bound: the call cannot return before the tracer lets it), the poked
// path, and which calls when= picks.
func TestInjectTraceeView(t *testing.T) {
	p := injectProg(t)
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	// The interpreter itself, not a wrapper script (pyenv's shims) whose
	// own calls would be tampered with.
	if out, err := exec.Command(py, "-c", "import sys; print(sys.executable)").Output(); err == nil {
		py = strings.TrimSpace(string(out))
	}
	dir := t.TempDir()
	for name, body := range map[string]string{"a.txt": "hi\n", "b.txt": "HI\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const sigScript = `import os, signal
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
os.getppid()
print("handled", got)`
	const delayScript = `import os, time
t = time.monotonic()
os.getppid()
d = time.monotonic() - t
print("delayed" if d >= 0.3 else "not delayed: %f" % d)`
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-e", "inject=getppid:retval=4242", py, "-c", "import os; print(os.getppid())"}, "4242\n"},
		{[]string{"-e", "inject=getppid:signal=SIGUSR1", py, "-c", sigScript}, "handled [10]\n"},
		{[]string{"-e", "inject=getppid:delay_enter=300ms", py, "-c", delayScript}, "delayed\n"},
		{[]string{"-e", "inject=getppid:delay_exit=0.3s", py, "-c", delayScript}, "delayed\n"},
		{[]string{"-e", "fault=getppid", p, "ppid", "2"}, "main#1 -1 errno=38 sig=0\nmain#2 -1 errno=38 sig=0\n"},
		{[]string{"-e", "inject=getppid:error=EIO:when=2..6+2", p, "ppid", "7"},
			"main#1 parent errno=0 sig=0\nmain#2 -1 errno=5 sig=0\nmain#3 parent errno=0 sig=0\n" +
				"main#4 -1 errno=5 sig=0\nmain#5 parent errno=0 sig=0\nmain#6 -1 errno=5 sig=0\nmain#7 parent errno=0 sig=0\n"},
		{[]string{"-e", "inject=getppid:syscall=getpid:signal=SIGUSR1:error=EIO:when=2", p, "ppid", "2"},
			"main#1 parent errno=0 sig=0\nmain#2 -1 errno=5 sig=10\n"},
		{[]string{"-e", "trace=openat", "-e", "inject=openat:poke_enter=@arg2=622e74787400:when=3", p, "poke"},
			"path=b.txt fd=3 n=3 buf=HI\n\n"},
	} {
		cmd := tracerCmd(gostraceBin, append([]string{"-o", os.DevNull}, tc.args...)...)
		cmd.Dir = dir
		stdout, stderr, code := runOut(t, gostraceBin, cmd)
		if stdout != tc.want || code != 0 {
			t.Errorf("%q: program said %q (exit %d, stderr %q), want %q", tc.args, stdout, code, stderr, tc.want)
		}
	}
}

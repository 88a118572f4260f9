package tracer

// Running a tracer in a test: launch or attach, wait, and talk with the
// scenario.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"gostrace/internal/shim"
)

// traced is a tracer running in a goroutine of its own (New locks it to
// its thread; the thread ends with the goroutine, taking any forgotten
// tracee's ptrace link with it).
type traced struct {
	tr   *Tracer
	rec  *recorder
	pid  int // the launched or attached process
	n    int // Attach's thread count
	done chan error
}

// startTracer runs New, then setup (which launches or attaches), then
// Run, on one goroutine. It returns once setup is done.
func startTracer(t *testing.T, cfg Config, rec *recorder, setup func(tr *Tracer) (int, int, error)) *traced {
	t.Helper()
	if rec == nil {
		rec = &recorder{}
	}
	s := &traced{rec: rec, done: make(chan error, 1)}
	ready := make(chan error)
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tr := New(cfg, rec)
		rec.tr = tr
		s.tr = tr
		pid, n, err := setup(tr)
		s.pid, s.n = pid, n
		ready <- err
		if err != nil {
			return
		}
		s.done <- tr.Run()
	}()
	if err := <-ready; err != nil {
		t.Fatalf("setup: %v", err)
	}
	// A test that failed half-way leaves a tracer running: end it, so that
	// it does not go on reaping the next tests' children.
	t.Cleanup(func() {
		select {
		case <-finished:
			return
		default:
		}
		s.tr.RequestStop(int(unix.SIGTERM))
		select {
		case <-finished:
		case <-time.After(20 * time.Second):
			fmt.Fprintf(os.Stderr, "%s: the tracer does not stop; events:\n%s", t.Name(), dump(s.rec.log()))
			os.Exit(2)
		}
	})
	return s
}

// launch starts path/argv under a new tracer, through the shim gostrace
// uses (the machine-code one where there is one).
func launch(t *testing.T, cfg Config, rec *recorder, path string, argv, env []string) *traced {
	t.Helper()
	return launchVia(t, shim.Prepare, cfg, rec, shim.Capture(), path, argv, env)
}

// shimKinds are the two ways to start a command: the machine-code shim
// (on architectures that have one) and gostrace re-exec'd as the shim, here
// the test binary (see helper_test.go), which other architectures and
// kernels that refuse to exec a memfd use.
var shimKinds = map[string]func(prog, path string, argv []string, st shim.State) *shim.Launch{
	"native": shim.Prepare,
	"go":     shim.GoShim,
}

// launchVia starts path/argv with the state st under a new tracer,
// through the shim that start prepares.
func launchVia(t *testing.T, start func(prog, path string, argv []string, st shim.State) *shim.Launch,
	cfg Config, rec *recorder, st shim.State, path string, argv, env []string) *traced {
	t.Helper()
	return startTracer(t, cfg, rec, func(tr *Tracer) (int, int, error) {
		l := start("tracertest", path, argv, st)
		defer l.Close()
		pid, err := tr.Launch(l.Path, l.Argv, env)
		return pid, 1, err
	})
}

// launchHelper launches a helper scenario of this test binary.
func launchHelper(t *testing.T, cfg Config, rec *recorder, name string, args ...string) *traced {
	t.Helper()
	path, argv, env := helperArgv(name, args...)
	return launch(t, cfg, rec, path, argv, env)
}

// attach seizes a running process under a new tracer.
func attach(t *testing.T, cfg Config, rec *recorder, pid int) *traced {
	t.Helper()
	return startTracer(t, cfg, rec, func(tr *Tracer) (int, int, error) {
		n, err := tr.Attach(pid)
		return pid, n, err
	})
}

// testTimeout bounds every traced run: a hung tracer is a failure, and
// this process must not go on with a tracer thread stuck in wait4 (it
// would steal other tests' children), so it ends the test binary.
const testTimeout = 60 * time.Second

func timeoutC() <-chan time.Time { return time.After(testTimeout) }

// wait waits for Run to return and checks that the tracer let go of
// everything.
func (s *traced) wait(t *testing.T) []event {
	t.Helper()
	select {
	case err := <-s.done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(testTimeout):
		fmt.Fprintf(os.Stderr, "%s: tracer hung; events:\n%s", t.Name(), dump(s.rec.log()))
		buf := make([]byte, 1<<20)
		os.Stderr.Write(buf[:runtime.Stack(buf, true)])
		os.Exit(2)
	}
	evs := s.rec.log()
	if n := len(s.tr.tasks); n != 0 {
		t.Errorf("Run returned with %d tasks left", n)
	}
	checkInvariants(t, evs)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("events:\n%s", dump(evs))
		}
	})
	return evs
}

// checkInvariants holds for every trace: per thread, entries and exits
// alternate (an exit needs an entry; a new entry needs the previous exit,
// except after exec, restart or death), nothing follows an exit report,
// and every task's Pid is the thread group /proc gave it.
func checkInvariants(t *testing.T, evs []event) {
	t.Helper()
	tgid := make(map[int]int)
	gone := make(map[int]bool)
	for _, e := range evs {
		if e.kind == evNewTask {
			tgid[e.tid] = e.procTgid
			delete(gone, e.tid)
		}
		if gone[e.tid] && e.kind != evNewTask {
			t.Errorf("event after the end of %d: %v", e.tid, e)
		}
		if g, ok := tgid[e.tid]; ok && e.kind != evExited && e.kind != evExec && g != e.pid {
			t.Errorf("task %d has Pid %d, /proc said %d: %v", e.tid, e.pid, g, e)
		}
		if e.kind == evExited || e.kind == evDetached {
			gone[e.tid] = true
		}
		if e.kind == evExec && e.oldTid != 0 && e.former != e.tid {
			gone[e.former] = true
		}
	}
}

func count(evs []event, f func(e event) bool) int {
	n := 0
	for _, e := range evs {
		if f(e) {
			n++
		}
	}
	return n
}

// procField returns a field of /proc/PID/status ("State", "TracerPid").
func procField(pid int, name string) string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, name+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// waitState polls /proc until pid's state starts with one of the letters
// in states; it fails the test after a while. Polling is not a timing
// assertion: the state is expected to come, and only its absence fails.
func waitState(t *testing.T, pid int, states string) string {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		st := procField(pid, "State")
		if st != "" && strings.ContainsRune(states, rune(st[0])) {
			return st
		}
		if time.Now().After(deadline) {
			t.Fatalf("process %d: state %q, want one of %q", pid, st, states)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// lineDiff lists the lines of got and want that differ (by position: the
// outputs compared have the same shape).
func lineDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var b strings.Builder
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			fmt.Fprintf(&b, "got  %q\nwant %q\n", gl, wl)
		}
	}
	return b.String()
}

// spawn starts a helper scenario as a process that is not our child (so
// that wait4 does not reap it as its parent), and returns its pid, its
// stdin and its stdout. The process is killed at the end of the test.
func spawn(t *testing.T, name string, args ...string) (int, io.WriteCloser, *bufio.Reader) {
	t.Helper()
	inR, inW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	var pidOut strings.Builder
	cmd := helperCmd("spawn", append([]string{name}, args...)...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = inR, outW, os.Stderr
	pidR, pidW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.ExtraFiles = []*os.File{pidW}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pidW.Close()
	io.Copy(&pidOut, pidR)
	pidR.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	inR.Close()
	outW.Close()
	out := bufio.NewReader(outR)
	line := pidOut.String()
	pid, err := strconv.Atoi(strings.TrimSpace(line))
	if err != nil {
		t.Fatalf("spawn said %q", line)
	}
	t.Cleanup(func() {
		unix.Kill(pid, unix.SIGKILL)
		inW.Close()
		outR.Close()
	})
	return pid, inW, out
}

// fifoIO is the stdin and stdout of a launched scenario, through FIFOs
// (Launch gives the command our own descriptors).
type fifoIO struct {
	in  *os.File      // write here: the scenario's stdin
	out *bufio.Reader // the scenario's stdout
	env []string      // what to add to the scenario's environment
}

func fifos(t *testing.T) *fifoIO {
	t.Helper()
	dir := t.TempDir()
	inPath, outPath := dir+"/in", dir+"/out"
	for _, p := range []string{inPath, outPath} {
		if err := unix.Mkfifo(p, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// O_RDWR: opening a FIFO so never waits for the other end. The
	// scenario sees the end of its stdin when in is closed.
	in, err := os.OpenFile(inPath, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.OpenFile(outPath, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { in.Close(); out.Close() })
	// A scenario that never answers fails the test instead of hanging it.
	out.SetReadDeadline(time.Now().Add(testTimeout))
	return &fifoIO{in: in, out: bufio.NewReader(out),
		env: []string{stdinEnv + "=" + inPath, stdoutEnv + "=" + outPath}}
}

// launchHelperIO is launchHelper with stdin and stdout through f.
func launchHelperIO(t *testing.T, cfg Config, rec *recorder, f *fifoIO, name string, args ...string) *traced {
	t.Helper()
	path, argv, env := helperArgv(name, args...)
	return launch(t, cfg, rec, path, argv, append(env, f.env...))
}

// readLine reads a line of a scenario's output, failing the test at its end.
func readLine(t *testing.T, r *bufio.Reader) string {
	t.Helper()
	line, err := r.ReadString('\n')
	if err != nil {
		t.Fatalf("reading the scenario's output: %v (got %q)", err, line)
	}
	return strings.TrimSuffix(line, "\n")
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

func join(l []string) string { return strings.Join(l, "\n") }

// recv waits for a hook's poke, failing the test if it does not come.
func recv(t *testing.T, c <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-c:
	case <-time.After(20 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
	}
}

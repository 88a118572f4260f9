package reliability

// Looking at processes through /proc, and running tracers.

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// status returns the fields of /proc/PID/task/TID/status (TID = PID for
// the process), nil if it is gone.
func status(pid, tid int) map[string]string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/status", pid, tid))
	if err != nil {
		return nil
	}
	m := map[string]string{}
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok {
			m[k] = strings.TrimSpace(v)
		}
	}
	return m
}

// state is the State letter of a thread ("" when gone).
func state(pid, tid int) string {
	if s := status(pid, tid)["State"]; s != "" {
		return s[:1]
	}
	return ""
}

// tids lists the threads of pid.
func tids(pid int) []int {
	ents, _ := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	var l []int
	for _, e := range ents {
		if n, err := strconv.Atoi(e.Name()); err == nil {
			l = append(l, n)
		}
	}
	sort.Ints(l)
	return l
}

// tracers returns the TracerPid of every thread of pid that still exists.
func tracers(pid int) map[int]int {
	m := map[int]int{}
	for _, tid := range tids(pid) {
		if st := status(pid, tid); st != nil {
			m[tid], _ = strconv.Atoi(st["TracerPid"])
		}
	}
	return m
}

// allTracedBy reports whether every thread of pid has tracer tp.
func allTracedBy(pid, tp int) bool {
	m := tracers(pid)
	for _, t := range m {
		if t != tp {
			return false
		}
	}
	return len(m) > 0
}

// untraced fails the test unless no thread of pid is traced.
func untraced(t *testing.T, pid int) {
	t.Helper()
	for tid, tp := range tracers(pid) {
		if tp != 0 {
			t.Errorf("process %d thread %d: TracerPid %d, want 0", pid, tid, tp)
		}
	}
}

// eventually polls cond for up to 20 seconds and fails the test if it never
// holds. Polling waits for what must come; only its absence fails.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// childrenOf lists the children of every thread of pid.
func childrenOf(pid int) []int {
	var out []int
	for _, tid := range tids(pid) {
		b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", pid, tid))
		for _, f := range strings.Fields(string(b)) {
			if n, err := strconv.Atoi(f); err == nil {
				out = append(out, n)
			}
		}
	}
	return out
}

// exitCode turns a Wait error into an exit code, or minus the signal that
// killed the process.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		return -1000
	}
	if ws := ee.Sys().(syscall.WaitStatus); ws.Signaled() {
		return -int(ws.Signal())
	}
	return ee.ExitCode()
}

// result is how a run ended.
type result struct {
	stdout, stderr string
	code           int // exit code, or -signal
	took           time.Duration
}

// hangLimit bounds every run: past it the process is killed and the test
// fails (a hang is a failure, not a slow test).
const hangLimit = 120 * time.Second

// run runs name with args to its end and returns what it printed.
func run(t *testing.T, name string, args ...string) result {
	t.Helper()
	return runCmd(t, exec.Command(name, args...))
}

// runCmd runs cmd (its Stdout and Stderr unset) to its end.
func runCmd(t *testing.T, cmd *exec.Cmd) result {
	t.Helper()
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatalf("%q: %v", cmd.Args, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(hangLimit):
		cmd.Process.Kill()
		<-done
		t.Fatalf("%q hung; stderr so far:\n%s", cmd.Args, tail(e.String(), 20))
	}
	return result{o.String(), e.String(), exitCode(err), time.Since(start)}
}

// proc is a process the test started and talks with.
type proc struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
	pid int
	err bytes.Buffer // its stderr
	// seen are the lines read so far.
	seen []string
}

// start starts name with args, with pipes on its stdin and stdout; it is
// killed at the end of the test.
func start(t *testing.T, name string, args ...string) *proc {
	t.Helper()
	p := &proc{cmd: exec.Command(name, args...)}
	var err error
	if p.in, err = p.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	stdout, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p.out = bufio.NewReader(stdout)
	p.cmd.Stderr = &p.err
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p.pid = p.cmd.Process.Pid
	t.Cleanup(func() {
		p.cmd.Process.Kill()
		p.in.Close()
		p.cmd.Wait()
	})
	return p
}

// line reads a line of the process's stdout, failing the test if none
// comes in 20 seconds.
func (p *proc) line(t *testing.T) string {
	t.Helper()
	c := make(chan string, 1)
	go func() {
		l, err := p.out.ReadString('\n')
		if err != nil {
			l = "read error: " + err.Error() + ": " + l
		}
		c <- strings.TrimSuffix(l, "\n")
	}()
	select {
	case l := <-c:
		p.seen = append(p.seen, l)
		return l
	case <-time.After(20 * time.Second):
		t.Fatalf("process %d %q said nothing; stderr: %s", p.pid, p.cmd.Args, p.err.String())
		return ""
	}
}

// expect reads lines until one starts with prefix (ticks may come first)
// and returns it.
func (p *proc) expect(t *testing.T, prefix string) string {
	t.Helper()
	for {
		l := p.line(t)
		if strings.HasPrefix(l, prefix) {
			return l
		}
		if strings.HasPrefix(l, "read error") {
			t.Fatalf("process %d: waiting for %q: %s", p.pid, prefix, l)
		}
	}
}

// say writes s on the process's stdin.
func (p *proc) say(t *testing.T, s string) {
	t.Helper()
	if _, err := io.WriteString(p.in, s); err != nil {
		t.Fatalf("writing to process %d: %v", p.pid, err)
	}
}

// wait closes the process's stdin and waits for its end.
func (p *proc) wait(t *testing.T) int {
	t.Helper()
	p.in.Close()
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		return exitCode(err)
	case <-time.After(20 * time.Second):
		t.Fatalf("process %d does not end", p.pid)
		return 0
	}
}

// tracerRun is a tracer started in the background.
type tracerRun struct {
	cmd    *exec.Cmd
	stderr bytes.Buffer
	done   chan error
	code   int
}

// startTracer starts a tracer (gostrace or strace) with args, stdout and
// stdin at /dev/null and stderr kept. It is killed at the end of the test
// if still running.
func startTracer(t *testing.T, tracer string, args ...string) *tracerRun {
	t.Helper()
	r := &tracerRun{cmd: exec.Command(tracer, args...), done: make(chan error, 1)}
	r.cmd.Stderr = &r.stderr
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { r.done <- r.cmd.Wait() }()
	t.Cleanup(func() {
		select {
		case <-r.done:
		default:
			r.cmd.Process.Kill()
			<-r.done
		}
	})
	return r
}

// end waits for the tracer's end and returns its exit code (or -signal).
func (r *tracerRun) end(t *testing.T) int {
	t.Helper()
	select {
	case err := <-r.done:
		r.code = exitCode(err)
		r.done <- err // for Cleanup
		return r.code
	case <-time.After(hangLimit):
		r.cmd.Process.Kill()
		t.Fatalf("%q hung; stderr:\n%s", r.cmd.Args, tail(r.stderr.String(), 20))
		return 0
	}
}

// signal sends sig to the tracer.
func (r *tracerRun) signal(sig syscall.Signal) { r.cmd.Process.Signal(sig) }

// messages is the tracer's stderr with its path replaced by TRACER.
func (r *tracerRun) messages() string {
	return strings.ReplaceAll(r.stderr.String(), r.cmd.Path+":", "TRACER:")
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	l := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	if len(l) > n {
		l = l[len(l)-n:]
	}
	return strings.Join(l, "\n")
}

// noPanic fails the test if a Go panic or fatal error shows in out.
func noPanic(t *testing.T, what, out string) {
	t.Helper()
	for _, s := range []string{"panic:", "goroutine ", "fatal error:", "SIGSEGV", "runtime."} {
		if strings.Contains(out, s) {
			t.Errorf("%s: %q in its output:\n%s", what, s, tail(out, 30))
			return
		}
	}
}

// tempFile returns a path in the test's temporary directory.
func tempFile(t *testing.T, name string) string {
	return filepath.Join(t.TempDir(), name)
}

// readFile reads a file the test expects to exist.
func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// withTimeout runs a command with a deadline, for the runs that must be
// quick.
func withTimeout(d time.Duration, name string, args ...string) (*exec.Cmd, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	return exec.CommandContext(ctx, name, args...), cancel
}

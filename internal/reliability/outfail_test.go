package reliability

// An output that cannot be written. strace 6.1 prints an error for every
// line and traces on (-o /dev/full), or dies of SIGPIPE and kills the
// command it started (a closed pipe). gostrace prints one line, lets go
// of every tracee without harming it, waits for the command it started,
// and exits 1 (internal/session/outfail.go says why).

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// busyScript makes some calls, then leaves a mark: whether the command
// ran to its end.
func busyScript(mark string) string {
	return "i=0; while [ $i -lt 100 ]; do /bin/true; i=$((i+1)); done; touch " + mark
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// -o /dev/full with a command: one line, and the command runs to its end.
func TestOutputFullStarted(t *testing.T) {
	mark := tempFile(t, "mark")
	r := run(t, bin(t), "-f", "-o", "/dev/full", "/bin/sh", "-c", busyScript(mark))
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	if want := bin(t) + ": /dev/full: No space left on device\n"; r.stderr != want {
		t.Errorf("stderr %q, want %q", r.stderr, want)
	}
	if !exists(mark) {
		t.Errorf("the command did not run to its end")
	}
}

// -c -o /dev/full: the table cannot be written.
func TestOutputFullSummary(t *testing.T) {
	r := run(t, bin(t), "-c", "-o", "/dev/full", "/bin/true")
	if want := bin(t) + ": /dev/full: No space left on device\n"; r.code != 1 || r.stderr != want {
		t.Errorf("exit %d, stderr %q; want 1, %q", r.code, r.stderr, want)
	}
}

// -o /dev/full -p: gostrace lets go by itself; the process never notices.
func TestOutputFullAttached(t *testing.T) {
	p := start(t, cprog(t, "steady"), "2")
	p.expect(t, "ready")
	r := startTracer(t, bin(t), "-f", "-o", "/dev/full", "-p", strconv.Itoa(p.pid))
	if code := r.end(t); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	msgs := r.messages()
	if n := strings.Count(msgs, "No space left on device"); n != 1 {
		t.Errorf("%d error lines, want 1:\n%s", n, msgs)
	}
	if !strings.Contains(msgs, "TRACER: /dev/full: No space left on device\n") ||
		!strings.Contains(msgs, "TRACER: Process "+strconv.Itoa(p.pid)+" detached\n") {
		t.Errorf("messages:\n%s", msgs)
	}
	untraced(t, p.pid)
	if rep := report(t, p, "q"); rep.errs != 0 {
		t.Errorf("report %+v", rep)
	}
}

// closedPipe runs gostrace with args, its stderr (the trace) into a pipe
// from which one line is read before it is closed: "2>&1 | head -1".
func closedPipe(t *testing.T, args ...string) (*exec.Cmd, int) {
	t.Helper()
	cmd := exec.Command(bin(t), args...)
	rd, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	bufio.NewReader(rd).ReadString('\n')
	rd.Close()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return cmd, exitCode(err)
	case <-time.After(hangLimit):
		cmd.Process.Kill()
		t.Fatal("gostrace does not end after its output was closed")
		return nil, 0
	}
}

// The trace on a pipe that closes, with a command: gostrace does not die
// of SIGPIPE, nor kills the command; the command runs to its end.
func TestOutputClosedPipeStarted(t *testing.T) {
	mark := tempFile(t, "mark")
	_, code := closedPipe(t, "-f", "/bin/sh", "-c", busyScript(mark))
	if code != 1 {
		t.Errorf("exit %d, want 1 (strace dies of SIGPIPE, and so does its command)", code)
	}
	if !exists(mark) {
		t.Errorf("the command did not run to its end")
	}
}

// The trace on a pipe that closes, attached: gostrace lets go by itself.
func TestOutputClosedPipeAttached(t *testing.T) {
	p := start(t, cprog(t, "steady"), "2")
	p.expect(t, "ready")
	_, code := closedPipe(t, "-f", "-p", strconv.Itoa(p.pid))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	untraced(t, p.pid)
	if rep := report(t, p, "q"); rep.errs != 0 {
		t.Errorf("report %+v", rep)
	}
}

var pidRe = regexp.MustCompile(`\.\d+'`)

// -ff with files that cannot be created: strace's message, exit 1, and the
// command never runs, as with strace.
func TestOutputSeparatelyUncreatable(t *testing.T) {
	var got [2]string
	for i, tracer := range []string{needStrace(t), bin(t)} {
		dir := t.TempDir()
		mark := filepath.Join(dir, "mark")
		r := run(t, tracer, "-ff", "-o", filepath.Join(dir, "none", "x"), "/bin/touch", mark)
		msgs := pidRe.ReplaceAllString(strings.ReplaceAll(r.stderr, tracer+":", "TRACER:"), ".PID'")
		msgs = strings.ReplaceAll(msgs, dir, "DIR")
		got[i] = "exit " + strconv.Itoa(r.code) + ", ran " + strconv.FormatBool(exists(mark)) + ": " + msgs
	}
	if got[0] != got[1] {
		t.Errorf("strace:   %s\ngostrace: %s", got[0], got[1])
	}
}

// -ff -p with files that cannot be created: the same, and the process is
// let go of.
func TestOutputSeparatelyUncreatableAttached(t *testing.T) {
	var got [2]string
	for i, tracer := range []string{needStrace(t), bin(t)} {
		p := start(t, cprog(t, "blocker"))
		p.expect(t, "ready")
		dir := t.TempDir()
		r := startTracer(t, tracer, "-ff", "-o", filepath.Join(dir, "none", "x"), "-p", strconv.Itoa(p.pid))
		code := r.end(t)
		msgs := strings.ReplaceAll(r.messages(), strconv.Itoa(p.pid), "PID")
		got[i] = "exit " + strconv.Itoa(code) + ": " + strings.ReplaceAll(msgs, dir, "DIR")
		untraced(t, p.pid)
		p.say(t, "x\n")
		p.expect(t, "got x")
	}
	if got[0] != got[1] {
		t.Errorf("strace:   %s\ngostrace: %s", got[0], got[1])
	}
}

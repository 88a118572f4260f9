package tracer

import (
	"bufio"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// An interrupting signal (CatchSignals) reaches the tracer while its
// thread sleeps in wait4 (the command sleeps in read): the bell wakes it,
// it detaches, Run returns with Interrupted set, and the command runs on
// untraced. With blk, the tracer is started with those signals blocked:
// the bell (signal 63) among them must still work.
func interruptTracer(t *testing.T, blk []int) {
	dir := t.TempDir()
	logName := filepath.Join(dir, "log")
	tracer := []string{"minitracer", "-catch", "-f", "-log", logName, "--", "/bin/sh", "-c", "read x; echo got $x"}
	var cmd *exec.Cmd
	if blk != nil {
		cmd = helperCmd("execwith", execwithArgs(nil, blk, dir, tracer...)...)
	} else {
		cmd = helperCmd(tracer[0], tracer[1:]...)
		cmd.Env = append(withoutHelperEnv(cmd.Env), helperEnv+"=minitracer")
	}
	// Pipes of our own: exec.Cmd's would close when the tracer ends, and
	// the command outlives it.
	inR, stdin, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	outR, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer outR.Close()
	cmd.Stdin, cmd.Stdout, cmd.Stderr = inR, outW, os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	inR.Close()
	outW.Close()
	// The command: started, then in read(2).
	var pid int
	deadline := time.Now().Add(20 * time.Second)
	for pid == 0 {
		b, _ := os.ReadFile(logName)
		for _, l := range strings.Split(string(b), "\n") {
			if p, ok := strings.CutPrefix(l, "started "); ok {
				pid = atoi(p)
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the minitracer did not start the command")
		}
		time.Sleep(2 * time.Millisecond)
	}
	defer unix.Kill(pid, unix.SIGKILL)
	waitState(t, pid, "S")
	cmd.Process.Signal(unix.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the tracer did not stop on SIGTERM")
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 128+int(unix.SIGTERM) {
		t.Errorf("tracer: %v, want exit %d", err, 128+unix.SIGTERM)
	}
	b, _ := os.ReadFile(logName)
	if !strings.Contains(string(b), "end err=<nil> interrupted=15 ") || !strings.Contains(string(b), itoa(pid)+"/"+itoa(pid)+" detached") {
		t.Errorf("log:\n%s", b)
	}
	untraced(t, pid)
	io.WriteString(stdin, "hi\n")
	stdin.Close()
	if l := readLine(t, bufio.NewReader(outR)); l != "got hi" {
		t.Errorf("command said %q", l)
	}
}

func TestInterruptingSignal(t *testing.T) { interruptTracer(t, nil) }

// With every signal the tracer catches, and the bell, blocked by its
// parent.
func TestInterruptingSignalBlocked(t *testing.T) {
	interruptTracer(t, []int{1, 2, 3, 13, 15, 63})
}

package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// The node walk-through: a node program printing "Hello World!" every
// 200 ms and swallowing a failing readFileSync. The user attaches with -f,
// sees its write and epoll_pwait calls, and presses Ctrl+C: node runs on,
// untraced and not stopped.
const helloJS = `const fs = require('fs');
setInterval(() => {
  console.log("Hello World!");
  try { fs.readFileSync('non-existing-file.txt'); } catch (e) {}
}, 200);
`

// startNode runs the walk-through program and counts its lines.
func startNode(t *testing.T) (pid int, hellos *atomic.Int64) {
	t.Helper()
	if _, err := exec.LookPath("node"); err != nil {
		if os.Getenv("GOSTRACE_REQUIRE_STRACE") != "" {
			t.Fatal("node is required in CI")
		}
		t.Skip("node is not installed")
	}
	dir := t.TempDir()
	js := filepath.Join(dir, "index.js")
	if err := os.WriteFile(js, []byte(helloJS), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", js)
	cmd.Dir = dir
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	hellos = &atomic.Int64{}
	first := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if sc.Text() == "Hello World!" && hellos.Add(1) == 1 {
				first <- true
			}
		}
	}()
	select {
	case <-first:
	case <-time.After(10 * time.Second):
		t.Fatal("node printed nothing")
	}
	return cmd.Process.Pid, hellos
}

var padding = regexp.MustCompile(` +=  *`)

// attachAndInterrupt runs gostrace ARGS -p PID for a while, then Ctrl+C.
func attachAndInterrupt(t *testing.T, pid int, d time.Duration, args ...string) (trace, stderr string, sig syscall.Signal) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "trace")
	args = append(args, "-o", out, "-p", strconv.Itoa(pid))
	g := gostrace(args...)
	var eb strings.Builder
	g.Stderr = &eb
	if err := g.Start(); err != nil {
		t.Fatal(err)
	}
	waitTraced(t, pid)
	time.Sleep(d)
	g.Process.Signal(syscall.SIGINT)
	err := g.Wait()
	if ee, ok := err.(*exec.ExitError); ok {
		if ws := ee.Sys().(syscall.WaitStatus); ws.Signaled() {
			sig = ws.Signal()
		}
	}
	b, _ := os.ReadFile(out)
	// The alignment of " = " depends on the pid prefix: fold it.
	return padding.ReplaceAllString(string(b), " = "), eb.String(), sig
}

// nodeRunsOn checks that node is untraced, not stopped, and still printing.
func nodeRunsOn(t *testing.T, pid int, hellos *atomic.Int64) {
	t.Helper()
	state, tracer := procStatus(t, pid)
	if tracer != 0 || state == "T" || state == "t" {
		t.Errorf("node after detach: state %s, tracer %d", state, tracer)
	}
	before := hellos.Load()
	time.Sleep(700 * time.Millisecond)
	if after := hellos.Load(); after <= before {
		t.Errorf("node stopped printing after detach (%d lines, then %d)", before, after)
	}
}

func TestNodeWalkthrough(t *testing.T) {
	pid, hellos := startNode(t)

	trace, stderr, sig := attachAndInterrupt(t, pid, 900*time.Millisecond, "-f", "-T")
	if sig != syscall.SIGINT {
		// strace detaches, then dies of the signal that interrupted it.
		t.Errorf("gostrace ended by %v, want SIGINT", sig)
	}
	if !strings.Contains(stderr, "Process "+strconv.Itoa(pid)+" attached with ") {
		t.Errorf("no attach message with threads: %q", stderr)
	}
	for _, want := range []string{
		`write(1, "Hello World!\n", 13) = 13 <`,
		`epoll_pwait(`,
		`openat(AT_FDCWD, "non-existing-file.txt", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory) <`,
	} {
		if !strings.Contains(trace, want) {
			t.Errorf("trace lacks %q:\n%s", want, trace)
		}
	}
	nodeRunsOn(t, pid, hellos)

	// -c: Ctrl+C prints the table of an attached process.
	table, _, _ := attachAndInterrupt(t, pid, 900*time.Millisecond, "-c", "-f")
	for _, want := range []string{"% time     seconds  usecs/call     calls    errors syscall", " write\n", " epoll_pwait\n", " openat\n", " total\n"} {
		if !strings.Contains(table, want) {
			t.Errorf("-c table lacks %q:\n%s", want, table)
		}
	}
	nodeRunsOn(t, pid, hellos)
}

package main

import (
	"bufio"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// procStatus returns the State letter and TracerPid of a process.
func procStatus(t *testing.T, pid int) (state string, tracer int) {
	t.Helper()
	f, err := os.Open("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		t.Fatalf("process %d: %v", pid, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), ":")
		v = strings.TrimSpace(v)
		switch k {
		case "State":
			state = v[:1]
		case "TracerPid":
			tracer, _ = strconv.Atoi(v)
		}
	}
	return state, tracer
}

// waitTraced waits until pid has a tracer (gostrace finished attaching).
func waitTraced(t *testing.T, pid int) {
	t.Helper()
	for i := 0; i < 200; i++ {
		if _, tr := procStatus(t, pid); tr != 0 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("process %d was never traced", pid)
}

// Ctrl+C on an attached gostrace detaches: the process keeps running,
// untraced and not stopped, and gostrace dies of SIGINT as strace does.
func TestInterruptDetaches(t *testing.T) {
	for _, tc := range []struct{ name, prog string }{
		{"sleeping", "import time\nwhile True: time.sleep(0.01)"},
		{"running", "while True: pass"},
		{"blocked", "import os\nr, w = os.pipe()\nos.read(r, 1)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			victim := exec.Command("python3", "-c", tc.prog)
			if err := victim.Start(); err != nil {
				t.Fatal(err)
			}
			defer victim.Process.Kill()
			pid := victim.Process.Pid
			time.Sleep(100 * time.Millisecond)
			g := gostrace("-f", "-o", os.DevNull, "-p", strconv.Itoa(pid))
			var stderr strings.Builder
			g.Stderr = &stderr
			if err := g.Start(); err != nil {
				t.Fatal(err)
			}
			waitTraced(t, pid)
			time.Sleep(100 * time.Millisecond)
			g.Process.Signal(syscall.SIGINT)
			// As strace: it lets go, then dies of the signal.
			if code := exitCode(t, g.Wait()); code != -int(syscall.SIGINT) {
				t.Errorf("gostrace ended with %d, want killed by SIGINT; stderr: %s", code, stderr.String())
			}
			state, tracer := procStatus(t, pid)
			if tracer != 0 || state == "T" || state == "t" || state == "Z" {
				t.Errorf("after detach: state %s, tracer %d", state, tracer)
			}
			want := gostraceBin + ": Process " + strconv.Itoa(pid) + " attached\n"
			if !strings.HasPrefix(stderr.String(), want) || !strings.Contains(stderr.String(), gostraceBin+": Process "+strconv.Itoa(pid)+" detached\n") {
				t.Errorf("messages: %q", stderr.String())
			}
			// Still alive a moment later.
			time.Sleep(50 * time.Millisecond)
			if err := victim.Process.Signal(syscall.Signal(0)); err != nil {
				t.Errorf("process gone after detach: %v", err)
			}
		})
	}
}

// A process stopped by SIGSTOP stays stopped while traced and after detach.
func TestStoppedStaysStopped(t *testing.T) {
	victim := exec.Command("sleep", "30")
	if err := victim.Start(); err != nil {
		t.Fatal(err)
	}
	defer victim.Process.Kill()
	pid := victim.Process.Pid
	victim.Process.Signal(syscall.SIGSTOP)
	time.Sleep(50 * time.Millisecond)
	g := gostrace("-o", os.DevNull, "-p", strconv.Itoa(pid))
	if err := g.Start(); err != nil {
		t.Fatal(err)
	}
	waitTraced(t, pid)
	time.Sleep(100 * time.Millisecond)
	if state, _ := procStatus(t, pid); state != "T" && state != "t" {
		t.Errorf("traced: state %s, want stopped", state)
	}
	g.Process.Signal(syscall.SIGINT)
	g.Wait()
	// Detach wakes the task so that it re-enters the group-stop by itself:
	// for a moment it runs. Give it that moment.
	state, tracer := procStatus(t, pid)
	for i := 0; i < 100 && state != "T"; i++ {
		time.Sleep(5 * time.Millisecond)
		state, tracer = procStatus(t, pid)
	}
	if state != "T" || tracer != 0 {
		t.Errorf("after detach: state %s tracer %d, want T and 0", state, tracer)
	}
	victim.Process.Signal(syscall.SIGCONT)
	time.Sleep(50 * time.Millisecond)
	if state, _ := procStatus(t, pid); state == "T" {
		t.Errorf("SIGCONT did not resume it")
	}
}

// With -o FILE and a command of our own, the terminal's signals are for the
// command (strace's -I3 default): gostrace itself ignores SIGINT.
func TestInterruptIgnoredWithOutputFile(t *testing.T) {
	g := gostrace("-o", os.DevNull, "sleep", "0.5")
	if err := g.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	g.Process.Signal(syscall.SIGINT)
	if err := g.Wait(); err != nil {
		t.Errorf("gostrace: %v, want a clean exit after sleep", err)
	}
}

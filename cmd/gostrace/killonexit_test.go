package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// killedTracer runs tracer with args on a shell that starts a background
// sleep and execs another, kills the tracer with sig once both run, and
// returns how many of the two sleeps are still alive.
func killedTracer(t *testing.T, tracer string, args []string, sig syscall.Signal) int {
	t.Helper()
	c := tracerCmd(tracer, append(args, "-f", "-o", os.DevNull, "sh", "-c", "sleep 5 & echo $! $$; exec sleep 5")...)
	out, _ := c.StdoutPipe()
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	var pids []int
	for _, f := range strings.Fields(line) {
		n, _ := strconv.Atoi(f)
		pids = append(pids, n)
	}
	if len(pids) != 2 {
		c.Process.Kill()
		c.Wait()
		t.Fatalf("%s: %q", tracer, line)
	}
	defer func() {
		for _, p := range pids {
			syscall.Kill(p, syscall.SIGKILL)
		}
	}()
	waitFor(func() bool {
		b, _ := os.ReadFile("/proc/" + strconv.Itoa(pids[1]) + "/cmdline")
		return strings.HasPrefix(string(b), "sleep\x00")
	})
	c.Process.Signal(sig)
	c.Wait()
	// EXITKILL's SIGKILL is sent as the tracer exits, before its parent
	// hears of it: the tracees die at once.
	n := 0
	for i := 0; i < 50; i++ {
		n = 0
		for _, p := range pids {
			if alive(p) {
				n++
			}
		}
		if n == 0 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	return n
}

// --kill-on-exit (strace 6.6): every tracee dies with the tracer, whatever
// killed it; without it, as strace 6.1, a tracer killed outright leaves
// them running, and one interrupted (-I2) passes the signal to the
// command only.
func TestKillOnExit(t *testing.T) {
	strace := needStrace(t)
	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGTERM} {
		if n := killedTracer(t, gostraceBin, []string{"--kill-on-exit", "-I2"}, sig); n != 0 {
			t.Errorf("--kill-on-exit, %v: %d tracees alive", sig, n)
		}
		want := killedTracer(t, strace, []string{"-I2"}, sig)
		if got := killedTracer(t, gostraceBin, []string{"-I2"}, sig); got != want {
			t.Errorf("%v: %d tracees alive, strace leaves %d", sig, got, want)
		}
	}
	_, stderr, code := runOut(t, gostraceBin, tracerCmd(gostraceBin, "--kill-on-exit", "-p", "1"))
	if code != 1 || stderr != "TRACER: --kill-on-exit and -p/--attach are mutually exclusive options\n" {
		t.Errorf("with -p: exit %d, %q", code, stderr)
	}
}

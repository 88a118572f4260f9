package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sigBits are the signals -I is about, and the job control ones strace
// ignores: their bits in /proc/PID/status masks.
var sigBits = func() uint64 {
	var m uint64
	for _, s := range []syscall.Signal{syscall.SIGHUP, syscall.SIGINT, syscall.SIGQUIT, syscall.SIGPIPE,
		syscall.SIGTERM, syscall.SIGTSTP, syscall.SIGTTIN, syscall.SIGTTOU} {
		m |= 1 << (s - 1)
	}
	return m
}()

// tracerDispositions runs tracer with args on a command that reports its
// tracer's pid, and returns the tracer's ignored and caught signals among
// sigBits, read while it traces.
func tracerDispositions(t *testing.T, tracer string, args []string) string {
	t.Helper()
	c := tracerCmd(tracer, append(args, "-e", "trace=none", "sh", "-c", "grep TracerPid /proc/$$/status | cut -f2; read x")...)
	out, _ := c.StdoutPipe()
	in, _ := c.StdinPipe()
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	defer c.Wait()
	defer in.Close()
	line, _ := bufio.NewReader(out).ReadString('\n')
	tp, _ := strconv.Atoi(strings.TrimSpace(line))
	b, err := os.ReadFile("/proc/" + strconv.Itoa(tp) + "/status")
	if err != nil {
		t.Fatalf("%s %q: tracer %q: %v", tracer, args, line, err)
	}
	var ign, cgt uint64
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "SigIgn:"); ok {
			ign, _ = strconv.ParseUint(strings.TrimSpace(v), 16, 64)
		}
		if v, ok := strings.CutPrefix(l, "SigCgt:"); ok {
			cgt, _ = strconv.ParseUint(strings.TrimSpace(v), 16, 64)
		}
	}
	return fmt.Sprintf("ignored %x caught %x", ign&sigBits, cgt&sigBits)
}

// Each -I level, and the defaults (2; 3 with -o FILE PROG; 4 with -D),
// give the tracer strace's dispositions for the fatal and job control
// signals.
func TestInterruptibleDispositions(t *testing.T) {
	tracers := bothTracers(t)
	for _, args := range [][]string{
		{"-I1"}, {"-I2"}, {"-I3"}, {"-I4"}, {"--interruptible=never_tstp"},
		{}, {"-o", os.DevNull}, {"-o", os.DevNull, "-I2"}, {"-D"}, {"-D", "-I1"},
	} {
		want := tracerDispositions(t, tracers[0], args)
		t.Logf("%q: strace %s", args, want)
		if got := tracerDispositions(t, tracers[1], args); got != want {
			t.Errorf("%q: ours %s, strace %s", args, got, want)
		}
	}
}

// signalOutcome starts tracer with args tracing `sleep 5`, sends the
// tracer sig, and says what became of the tracer and of the command.
func signalOutcome(t *testing.T, tracer string, args []string, sig syscall.Signal) string {
	t.Helper()
	c := tracerCmd(tracer, append(args, "-e", "trace=none", "sleep", "5")...)
	// A process group of its own, whose parent (we) is in the session:
	// not orphaned, so that SIGTSTP stops it.
	c.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	pid := c.Process.Pid
	var child int
	waitFor(func() bool {
		kids := childrenOf(pid)
		if len(kids) == 0 {
			return false
		}
		child = kids[0]
		b, _ := os.ReadFile("/proc/" + strconv.Itoa(child) + "/cmdline")
		return strings.HasPrefix(string(b), "sleep\x00")
	})
	time.Sleep(50 * time.Millisecond)
	defer func() {
		syscall.Kill(child, syscall.SIGKILL)
		c.Process.Kill()
		c.Wait()
	}()
	syscall.Kill(pid, sig)
	time.Sleep(200 * time.Millisecond)
	state := "running"
	if f := procStat(pid); len(f) > 0 && f[0] == "T" {
		state = "stopped"
	} else if len(f) == 0 || f[0] == "Z" {
		state = "ended " + strconv.Itoa(exitCode(t, c.Wait()))
	}
	return fmt.Sprintf("tracer %s, command alive %v", state, alive(child))
}

// What a signal does to the tracer and to the command it started, per -I,
// as with strace: at 1 the tracer dies of it and the command runs on; at
// 2 the tracer lets go, passes the signal on to the command and dies of
// it; at 3 and 4 nothing happens, and at 4 Ctrl+Z does not stop the
// tracer either.
func TestInterruptibleSignals(t *testing.T) {
	tracers := bothTracers(t)
	for _, tc := range []struct {
		args []string
		sig  syscall.Signal
	}{
		{[]string{"-I1"}, syscall.SIGTERM},
		{[]string{"-I1"}, syscall.SIGINT},
		{[]string{"-I2"}, syscall.SIGTERM},
		{[]string{"-I2"}, syscall.SIGHUP},
		{[]string{}, syscall.SIGINT},
		{[]string{"-I3"}, syscall.SIGTERM},
		{[]string{"-o", os.DevNull}, syscall.SIGINT},
		{[]string{"-I2"}, syscall.SIGTSTP},
		{[]string{"-I4"}, syscall.SIGTSTP},
		{[]string{"-I4"}, syscall.SIGQUIT},
	} {
		want := signalOutcome(t, tracers[0], tc.args, tc.sig)
		t.Logf("%q %v: strace: %s", tc.args, tc.sig, want)
		if got := signalOutcome(t, tracers[1], tc.args, tc.sig); got != want {
			t.Errorf("%q %v: ours: %s; strace: %s", tc.args, tc.sig, got, want)
		}
	}
}

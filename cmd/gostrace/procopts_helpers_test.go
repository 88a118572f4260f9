package main

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tracerEnv is the environment both tracers run with: the test process's
// without the marker that makes this binary play gostrace, which
// tracerCmd adds back for gostrace (which removes it before anything can
// inherit it), so that the traced commands see the same environment.
func tracerEnv() []string {
	var env []string
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "GOSTRACE_TEST_MAIN=") {
			env = append(env, e)
		}
	}
	return env
}

// tracerCmd runs tracer (strace's path or gostraceBin) with args.
func tracerCmd(tracer string, args ...string) *exec.Cmd {
	c := exec.Command(tracer, args...)
	c.Env = tracerEnv()
	if tracer == gostraceBin {
		c.Env = append(c.Env, "GOSTRACE_TEST_MAIN=1")
	}
	return c
}

// bothTracers returns strace's path and ours, skipping without strace.
func bothTracers(t *testing.T) []string {
	return []string{needStrace(t), gostraceBin}
}

// runOut runs cmd and returns its stdout, its stderr with the tracer's
// name replaced by TRACER, and its exit code (-signal when killed).
func runOut(t *testing.T, tracer string, cmd *exec.Cmd) (stdout, stderr string, code int) {
	t.Helper()
	var o, e strings.Builder
	cmd.Stdout, cmd.Stderr = &o, &e
	code = exitCode(t, cmd.Run())
	return o.String(), strings.ReplaceAll(e.String(), tracer+":", "TRACER:"), code
}

func exitCode(t *testing.T, err error) int {
	t.Helper()
	if err == nil {
		return 0
	}
	ee, ok := err.(*exec.ExitError)
	if !ok {
		t.Fatal(err)
	}
	if ws := ee.Sys().(syscall.WaitStatus); ws.Signaled() {
		return -int(ws.Signal())
	}
	return ee.ExitCode()
}

// procStat returns fields of /proc/PID/stat after the command name:
// [0] state, [1] ppid, [2] pgrp, [3] session.
func procStat(pid int) []string {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return nil
	}
	s := string(b)
	if i := strings.LastIndexByte(s, ')'); i >= 0 {
		return strings.Fields(s[i+1:])
	}
	return nil
}

// alive reports whether pid exists and is not a zombie.
func alive(pid int) bool {
	f := procStat(pid)
	return len(f) > 0 && f[0] != "Z" && f[0] != "X"
}

// waitFor polls cond for up to 5 seconds.
func waitFor(cond func() bool) bool {
	for i := 0; i < 500; i++ {
		if cond() {
			return true
		}
		time.Sleep(10 * time.Millisecond)
	}
	return false
}

// childrenOf lists the children of pid.
func childrenOf(pid int) []int {
	b, _ := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/task/" + strconv.Itoa(pid) + "/children")
	var out []int
	for _, f := range strings.Fields(string(b)) {
		if n, err := strconv.Atoi(f); err == nil {
			out = append(out, n)
		}
	}
	return out
}

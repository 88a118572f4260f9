package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// daemonProbe runs in the traced command: its pid and parent, then the
// tracer's parent, process group and session, read while it traces us.
const daemonProbe = `tp=$(grep TracerPid /proc/$$/status | cut -f2); set -- $(sed 's/.*) //' /proc/$tp/stat); echo $$ $PPID $tp $2 $3 $4`

// -D, -DD and -DDD against strace: the command keeps the pid of the
// process we started, and its parent (us); the tracer is not our child
// (an orphan: its parent exited), and is in our process group (-D), a
// group of its own (-DD) or a session of its own (-DDD).
func TestDaemonize(t *testing.T) {
	self := os.Getpid()
	selfStat := procStat(self)
	for _, d := range []string{"-D", "-DD", "-DDD", "--daemonize=session"} {
		for _, tr := range bothTracers(t) {
			c := tracerCmd(tr, d, "-o", os.DevNull, "sh", "-c", daemonProbe)
			stdout, stderr, code := runOut(t, tr, c)
			f := strings.Fields(stdout)
			if code != 0 || stderr != "" || len(f) != 6 {
				t.Errorf("%s %s: exit %d, stdout %q, stderr %q", tr, d, code, stdout, stderr)
				continue
			}
			n := make([]int, 6)
			for i := range f {
				n[i], _ = strconv.Atoi(f[i])
			}
			pid, ppid, tracer, tracerParent, pgrp, sid := n[0], n[1], n[2], n[3], n[4], n[5]
			if pid != c.Process.Pid || ppid != self {
				t.Errorf("%s %s: command pid %d parent %d, want %d and %d", tr, d, pid, ppid, c.Process.Pid, self)
			}
			if tracer == 0 || tracerParent == pid || tracerParent == self {
				t.Errorf("%s %s: tracer %d has parent %d", tr, d, tracer, tracerParent)
			}
			wantPgrp, wantSid := selfStat[2], selfStat[3]
			switch d {
			case "-DD":
				wantPgrp = strconv.Itoa(tracer)
			case "-DDD", "--daemonize=session":
				wantPgrp, wantSid = strconv.Itoa(tracer), strconv.Itoa(tracer)
			}
			if strconv.Itoa(pgrp) != wantPgrp || strconv.Itoa(sid) != wantSid {
				t.Errorf("%s %s: tracer in group %d session %d, want %s and %s", tr, d, pgrp, sid, wantPgrp, wantSid)
			}
		}
	}
}

// With -D the exit status is the command's own (the command is the
// process we started), and the messages and trace are strace's: the
// tracer says it attached (without -o), and the first line is the execve.
func TestDaemonizeStatusAndTrace(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"-D", "-e", "trace=execve,exit_group", "sh", "-c", "exit 7"}, 7},
		{[]string{"-DD", "-e", "trace=execve,exit_group", "sh", "-c", "kill -TERM $$"}, -15},
		{[]string{"-D", "-e", "trace=execve,exit_group", "/no/such/program"}, 1},
		// -f: the command's children are followed, and nothing of
		// gostrace's own (a Go runtime's signal) shows before the execve.
		{[]string{"-D", "-f", "-e", "trace=execve,exit_group", "sh", "-c", `sh -c "exit 2"; exit $?`}, 2},
		{[]string{"-D", "-o", "/no/such/dir/f", "sh", "-c", "echo ran"}, 1},
	} {
		var got [2]string
		for i, tr := range bothTracers(t) {
			stdout, stderr, code := runOut(t, tr, tracerCmd(tr, tc.args...))
			if code != tc.code {
				t.Errorf("%s %q: exit %d, want %d", tr, tc.args, code, tc.code)
			}
			got[i] = stdout + strings.Join(normPids(stderr), "\n")
		}
		if got[0] != got[1] {
			t.Errorf("%q:\nstrace: %q\nours:   %q", tc.args, got[0], got[1])
		}
	}
	// The whole trace, to a file: the tracer writes its last lines after
	// the command's parent has seen it end, so wait for them.
	var traces [2]string
	for i, tr := range bothTracers(t) {
		out := filepath.Join(t.TempDir(), "trace")
		runOut(t, tr, tracerCmd(tr, "-D", "-o", out, "-e", "trace=execve,exit_group,write", "sh", "-c", "echo hi >/dev/null; exit 5"))
		waitFor(func() bool {
			b, _ := os.ReadFile(out)
			return strings.HasSuffix(string(b), "+++\n")
		})
		b, _ := os.ReadFile(out)
		traces[i] = strings.Join(normPids(string(b)), "\n")
	}
	if traces[0] != traces[1] || !strings.HasSuffix(traces[1], "+++ exited with 5 +++") {
		t.Errorf("trace:\nstrace:\n%s\nours:\n%s", traces[0], traces[1])
	}
}

// normPids masks numbers and addresses in lines, for messages that name
// pids.
func normPids(s string) []string {
	var out []string
	for _, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		out = append(out, addrRE.ReplaceAllString(pidRE.ReplaceAllString(l, "PID"), "ADDR"))
	}
	return out
}

var pidRE = regexp.MustCompile(`\b(Process|si_pid=)\s?\d+|\[pid\s+\d+\]|= \d{3,}$`)

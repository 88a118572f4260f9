package main

import (
	"strings"
	"testing"

	"gostrace/internal/difftest"
)

// -b execve against strace: the trace (a process is let go at a successful
// execve, whose line ends "<detached ...>" or stays unfinished; failed
// execve calls, as the shell's search of PATH makes, are traced on), what
// the detached program sees (no tracer), and the exit status (0, whatever
// the detached command's).
func TestDetachOnExecve(t *testing.T) {
	strace := needStrace(t)
	for _, tc := range []struct {
		flags []string
		cmd   string
	}{
		{[]string{"-f", "-e", "trace=execve,exit_group"}, "/bin/true; echo done; exit 3"},
		{[]string{"-e", "trace=execve,exit_group"}, "exec sh -c 'exit 3'"},
		{[]string{"-f", "-e", "trace=execve,exit_group"}, "PATH=/nonexistent:/usr/bin:/bin; exec true"},
	} {
		flags := append([]string{"-b", "execve"}, tc.flags...)
		t.Run(tc.cmd, func(t *testing.T) {
			r1, err := difftest.Trace(strace, flags, tc.cmd)
			if err != nil {
				t.Fatal(err)
			}
			r2, _ := difftest.Trace(strace, flags, tc.cmd)
			ours, err := difftest.Trace(gostraceBin, flags, tc.cmd, "GOSTRACE_TEST_MAIN=1")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(strings.Join(ours, "\n"), "execve(") {
				t.Fatalf("no execve traced:\n%s", strings.Join(ours, "\n"))
			}
			m, total, bad := difftest.Compare(difftest.Split(r1), difftest.Split(r2), difftest.Split(ours))
			if m != total {
				t.Errorf("%d/%d lines match%s\nours:\n%s", m, total, mismatches(bad), strings.Join(ours, "\n"))
			}
		})
	}
	for _, tr := range bothTracers(t) {
		stdout, _, code := runOut(t, tr, tracerCmd(tr, "-o", "/dev/null", "-b", "execve", "sh", "-c",
			"exec sh -c 'grep TracerPid /proc/$$/status; exit 3'"))
		if stdout != "TracerPid:\t0\n" || code != 0 {
			t.Errorf("%s: detached program printed %q, exit %d; want TracerPid 0, exit 0", tr, stdout, code)
		}
	}
}

func mismatches(bad []difftest.Mismatch) string {
	var b strings.Builder
	for i, x := range bad {
		if i == 10 {
			break
		}
		b.WriteString("\n  " + x.Proc + "\n    strace: " + x.Want + "\n    ours:   " + x.Got)
	}
	return b.String()
}

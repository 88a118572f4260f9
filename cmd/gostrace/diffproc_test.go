package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gostrace/internal/difftest"
)

// procSyscalls are the process, memory and signal calls: their decoders'
// share of a trace, compared on their own.
var procSyscalls = []string{
	"execve", "execveat", "exit", "exit_group", "clone", "clone3", "fork", "vfork", "wait4", "waitid",
	"kill", "tkill", "tgkill", "getpid", "getppid", "gettid", "getuid", "geteuid", "getgid",
	"getegid", "getpgrp", "getpgid", "setpgid", "getsid", "setsid", "prlimit64", "getrlimit",
	"setrlimit", "getrusage", "arch_prctl", "prctl", "set_tid_address", "set_robust_list",
	"rseq", "uname", "sysinfo", "getrandom", "sched_getaffinity", "sched_yield", "capget",
	"mmap", "mprotect", "munmap", "mremap", "madvise", "brk", "rt_sigaction", "rt_sigprocmask",
	"rt_sigreturn", "rt_sigtimedwait", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "rt_sigsuspend",
	"sigaltstack", "alarm", "setitimer", "getitimer", "pause",
}

// TestDiffStraceProcess traces commands that start processes, fault, and
// take signals with strace and with gostrace, restricted to the process,
// memory and signal calls (and signal lines), and requires the same lines.
func TestDiffStraceProcess(t *testing.T) {
	strace := needStrace(t)
	cases := []struct {
		flags []string
		cmd   string
	}{
		{nil, "sh -c 'true; /bin/true'"},
		{nil, "sh -c 'kill -TERM $$'"},
		{nil, "id && uname -a"},
		{[]string{"-v", "-s", "64"}, "id && uname -a"},
		{nil, `python3 -c 'import os,signal; signal.signal(signal.SIGUSR1, lambda *a: None); os.kill(os.getpid(), signal.SIGUSR1)'`},
	}
	if gcc, err := exec.LookPath("gcc"); err == nil {
		bin := filepath.Join(t.TempDir(), "procsig")
		out, err := exec.Command(gcc, "-O0", "-pthread", "-o", bin, "testdata/procsig.c").CombinedOutput()
		if err != nil {
			t.Fatalf("gcc: %v\n%s", err, out)
		}
		cases = append(cases, struct {
			flags []string
			cmd   string
		}{nil, bin}, struct {
			flags []string
			cmd   string
		}{[]string{"-v", "-s", "4"}, bin})
	} else if !os.IsNotExist(err) {
		t.Log("gcc not found: the compiled cases are skipped")
	}
	trace := "trace=" + strings.Join(procSyscalls, ",")
	for _, tc := range cases {
		flags := append([]string{"-f", "-e", trace}, tc.flags...)
		t.Run(strings.Join(tc.flags, " ")+" "+filepath.Base(tc.cmd), func(t *testing.T) {
			res, err := difftest.Check(strace, gostraceBin, flags, tc.cmd, nil, "GOSTRACE_TEST_MAIN=1")
			if err != nil {
				t.Fatal(err)
			}
			if !res.OK() {
				t.Errorf("%d/%d lines match%s", res.Matched, res.Total, res.Report(10))
			}
		})
	}
}

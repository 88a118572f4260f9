package main

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// Every expectation was printed by `env` run under strace 6.1 with the
// same inherited environment (set with a small execve wrapper) and -E
// options.
func TestCommandEnv(t *testing.T) {
	for _, tc := range []struct {
		env, changes, want []string
	}{
		{[]string{"A=1", "B=2", "C=3"}, []string{"B=20", "D=4", "A", "A=5", "=z", "C=3=3", ""},
			[]string{"B=20", "C=3=3", "D=4", "A=5"}},
		{[]string{"A=1", "B=2", "A=7"}, []string{"A=9"}, []string{"A=9", "B=2"}},
		{[]string{"A=1", "B=2", "A=7"}, []string{"A"}, []string{"B=2"}},
		{[]string{"A=1"}, []string{"="}, []string{"A=1", "="}},
		{[]string{"A=1"}, []string{"B=1", "=x", "=", "=y"}, []string{"A=1", "B=1", "=y"}},
		{[]string{"=q", "A=1"}, []string{""}, []string{"A=1"}},
		{[]string{"NOEQ", "A=1"}, []string{"NOEQ"}, []string{"A=1"}},
		{[]string{"NOEQ", "A=1"}, []string{"NOEQ=1"}, []string{"NOEQ=1", "A=1"}},
		{[]string{"NOEQ", "A=1"}, []string{"B=1"}, []string{"NOEQ", "A=1", "B=1"}},
		{[]string{"A=1", "AB=2"}, []string{"A"}, []string{"AB=2"}},
		{[]string{"A=1", "AB=2"}, []string{"AB=3", "A=4"}, []string{"A=4", "AB=3"}},
		{[]string{"A=1"}, []string{"A=2", "A"}, []string{}},
		{[]string{"A=1", "B=2"}, []string{"A", "A=3"}, []string{"B=2", "A=3"}},
	} {
		env := append([]string(nil), tc.env...)
		got := commandEnv(env, tc.changes)
		if !reflect.DeepEqual(got, tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
			t.Errorf("%q with -E %q: %q, want %q", tc.env, tc.changes, got, tc.want)
		}
		if !reflect.DeepEqual(env, tc.env) {
			t.Errorf("%q: the inherited environment was changed: %q", tc.env, env)
		}
	}
}

// The command's environment under -E, compared with strace's: env's
// output, and the execve line (its "/* N vars */").
func TestEnvOption(t *testing.T) {
	args := []string{"-e", "trace=execve", "-E", "GOSTRACE_A=1", "-E", "HOME", "-E", "PATH=/usr/bin:/bin",
		"-E", "GOSTRACE_A", "-E", "GOSTRACE_B=x=y", "-E", "=z", "env"}
	var outs, traces [2]string
	for i, tr := range bothTracers(t) {
		out := filepath.Join(t.TempDir(), "trace")
		stdout, stderr, code := runOut(t, tr, tracerCmd(tr, append([]string{"-o", out}, args...)...))
		if code != 0 || stderr != "" {
			t.Fatalf("%s: exit %d, stderr %q", tr, code, stderr)
		}
		b, _ := os.ReadFile(out)
		outs[i], traces[i] = stdout, addrRE.ReplaceAllString(string(b), "ADDR")
	}
	if outs[0] != outs[1] {
		t.Errorf("environment:\nstrace:\n%s\nours:\n%s", outs[0], outs[1])
	}
	if !strings.Contains(outs[1], "\nGOSTRACE_B=x=y\n=z\n") || strings.Contains(outs[1], "HOME=") ||
		strings.Contains(outs[1], "GOSTRACE_A") || !strings.Contains(outs[1], "PATH=/usr/bin:/bin\n") {
		t.Errorf("environment:\n%s", outs[1])
	}
	if traces[0] != traces[1] {
		t.Errorf("trace:\nstrace:\n%s\nours:\n%s", traces[0], traces[1])
	}
}

var addrRE = regexp.MustCompile(`0x[0-9a-f]+`)

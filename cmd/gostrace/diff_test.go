package main

import (
	"strings"
	"testing"

	"gostrace/internal/difftest"
)

// TestDiffStrace traces real commands with strace and with gostrace and
// requires the same lines (see internal/difftest for the normalisation).
func TestDiffStrace(t *testing.T) {
	strace := needStrace(t)
	cmds := []string{
		"true",
		"cat /no/such/file",
		"echo hello > a.txt && cat a.txt && rm a.txt",
		"sh -c 'exit 3'",
		"sh -c 'kill -TERM $$'",
	}
	type run struct {
		flags []string
		cmd   string
	}
	var runs []run
	for _, cmd := range cmds {
		runs = append(runs, run{[]string{"-f"}, cmd})
	}
	// Flag sets with their own rules: -qq hides exits but not deaths by
	// a signal; -y decorates descriptors but not FICLONE's source.
	runs = append(runs,
		run{[]string{"-f", "-qq"}, "sh -c 'kill -TERM $$'"},
		run{[]string{"-f", "-qq"}, "sh -c 'exit 3'"},
		run{[]string{"-f", "-y"}, "cp /etc/hostname h && cat h >/dev/null && rm h"},
	)
	for _, r := range runs {
		flags, cmd := r.flags, r.cmd
		t.Run(strings.Join(flags, " ")+" "+cmd, func(t *testing.T) {
			res, err := difftest.Check(strace, gostraceBin, flags, cmd, nil, "GOSTRACE_TEST_MAIN=1")
			if err != nil {
				t.Fatal(err)
			}
			if !res.OK() {
				t.Errorf("%d/%d lines match%s", res.Matched, res.Total, res.Report(10))
			}
		})
	}
}

// countTable reads a -c table as {syscall: "calls errors"}; times differ
// from run to run and are left out, as stracediff does.
func countTable(lines []string) map[string]string {
	rows := map[string]string{}
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) >= 5 && f[len(f)-1] != "total" && f[0][0] >= '0' && f[0][0] <= '9' && strings.Contains(f[0], ".") {
			errs := ""
			if len(f) == 6 {
				errs = f[4]
			}
			rows[f[len(f)-1]] = f[3] + " " + errs
		}
	}
	return rows
}

// TestDiffSummary compares the -c table (calls and errors per syscall)
// with strace's on the same commands.
func TestDiffSummary(t *testing.T) {
	strace := needStrace(t)
	for _, cmd := range []string{
		"ls /nonexist; cat /etc/hostname >/dev/null",
		"sh -c 'exit 3'",
	} {
		for _, flags := range [][]string{{"-f", "-c"}, {"-f", "-c", "-w", "-S", "calls"}} {
			ref, err := difftest.Trace(strace, flags, cmd)
			if err != nil {
				t.Fatal(err)
			}
			ours, err := difftest.Trace(gostraceBin, flags, cmd, "GOSTRACE_TEST_MAIN=1")
			if err != nil {
				t.Fatal(err)
			}
			want, got := countTable(ref), countTable(ours)
			if len(want) == 0 {
				t.Fatalf("%v %s: no table from strace", flags, cmd)
			}
			for name, w := range want {
				if got[name] != w {
					t.Errorf("%v %s: %s: strace %q, ours %q", flags, cmd, name, w, got[name])
				}
			}
			for name := range got {
				if _, ok := want[name]; !ok {
					t.Errorf("%v %s: %s counted by us only", flags, cmd, name)
				}
			}
		}
	}
}

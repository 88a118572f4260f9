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
	for _, cmd := range cmds {
		t.Run(cmd, func(t *testing.T) {
			flags := []string{"-f"}
			r1, err := difftest.Trace(strace, flags, cmd)
			if err != nil {
				t.Fatal(err)
			}
			r2, err := difftest.Trace(strace, flags, cmd)
			if err != nil {
				t.Fatal(err)
			}
			ours, err := difftest.Trace(gostraceBin, flags, cmd, "GOSTRACE_TEST_MAIN=1")
			if err != nil {
				t.Fatal(err)
			}
			m, total, bad := difftest.Compare(difftest.Split(r1), difftest.Split(r2), difftest.Split(ours))
			if m != total {
				var b strings.Builder
				for i, x := range bad {
					if i == 10 {
						break
					}
					b.WriteString("\n  " + x.Proc + "\n    strace: " + x.Want + "\n    ours:   " + x.Got)
				}
				t.Errorf("%d/%d lines match%s", m, total, b.String())
			}
		})
	}
}

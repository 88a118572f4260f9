package tracer

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// straceCalls runs argv under the real strace -ff and returns, for every
// process it saw, the names of the calls it printed.
func straceCalls(t *testing.T, argv []string) [][]string {
	t.Helper()
	strace, err := exec.LookPath("strace")
	if err != nil {
		t.Skip("no strace")
	}
	dir := t.TempDir()
	cmd := exec.Command(strace, append([]string{"-ff", "-qq", "-o", filepath.Join(dir, "t")}, argv...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("strace: %v\n%s", err, out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "t.*"))
	var procs [][]string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, l := range strings.Split(string(b), "\n") {
			if i := strings.IndexByte(l, '('); i > 0 && !strings.HasPrefix(l, "---") && !strings.HasPrefix(l, "+++") {
				names = append(names, l[:i])
			}
		}
		procs = append(procs, names)
	}
	return procs
}

// The calls we see are those strace sees, per process, in order: nothing
// of the launch shim shows, nothing of the command is missing, for
// programs that fork, vfork and make threads (single-threaded processes
// here: strace -ff writes one file per thread, and thread creation order is
// not fixed).
func TestCallsAsStrace(t *testing.T) {
	for _, c := range []struct{ prog, arg string }{
		{"vfork", "2"},
		{"forkstorm", "2"},
	} {
		t.Run(c.prog, func(t *testing.T) {
			prog := cprog(t, c.prog)
			argv := []string{prog, c.arg}
			want := straceCalls(t, argv)
			s := launch(t, Config{Follow: true}, nil, prog, argv, os.Environ())
			evs := s.wait(t)
			var got [][]string
			for _, tevs := range byTid(evs) {
				var names []string
				for _, e := range tevs {
					if e.kind == evEntry {
						names = append(names, e.String()[strings.LastIndexByte(e.String(), ' ')+1:])
					}
				}
				got = append(got, names)
			}
			if len(got) != len(want) {
				t.Fatalf("%d processes, strace saw %d", len(got), len(want))
			}
			// Which of two processes forked at once gets the lower pid is
			// the scheduler's choice: compare the sets of sequences.
			g, w := sortedSeqs(got), sortedSeqs(want)
			for i := range w {
				if g[i] != w[i] {
					t.Errorf("calls of a process differ from strace's:\n%s", lineDiff(g[i], w[i]))
				}
			}
		})
	}
}

func sortedSeqs(procs [][]string) []string {
	var s []string
	for _, p := range procs {
		s = append(s, join(p))
	}
	sort.Strings(s)
	return s
}

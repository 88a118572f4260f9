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
// process it saw (in the order of their pids), the names of the calls it
// printed.
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
	sort.Slice(files, func(i, j int) bool {
		return atoi(filepath.Ext(files[i])[1:]) < atoi(filepath.Ext(files[j])[1:])
	})
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
			per := byTid(evs)
			var tids []int
			for tid := range per {
				tids = append(tids, tid)
			}
			sort.Ints(tids)
			var got [][]string
			for _, tid := range tids {
				var names []string
				for _, e := range per[tid] {
					if e.kind == evEntry {
						names = append(names, e.String()[strings.LastIndexByte(e.String(), ' ')+1:])
					}
				}
				got = append(got, names)
			}
			if len(got) != len(want) {
				t.Fatalf("%d processes, strace saw %d", len(got), len(want))
			}
			for i := range want {
				if join(got[i]) != join(want[i]) {
					t.Errorf("process %d calls differ from strace's:\n%s", i, lineDiff(join(got[i]), join(want[i])))
				}
			}
		})
	}
}

package tracer

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

var (
	cprogMu  sync.Mutex
	cprogDir string
	cprogs   = map[string]string{}
)

// cprog compiles testdata/NAME.c (once per test run) and returns the
// program's path. It is for what the test binary cannot do itself: raw
// fork, vfork, threads made by glibc's clone3.
func cprog(t *testing.T, name string) string {
	t.Helper()
	cprogMu.Lock()
	defer cprogMu.Unlock()
	if p, ok := cprogs[name]; ok {
		return p
	}
	gcc, err := exec.LookPath("gcc")
	if err != nil {
		t.Skip("no gcc")
	}
	if cprogDir == "" {
		d, err := os.MkdirTemp("", "tracertest-c")
		if err != nil {
			t.Fatal(err)
		}
		cprogDir = d
	}
	out := filepath.Join(cprogDir, name)
	src := filepath.Join("testdata", name+".c")
	if b, err := exec.Command(gcc, "-O1", "-pthread", "-o", out, src).CombinedOutput(); err != nil {
		t.Fatalf("gcc %s: %v\n%s", src, err, b)
	}
	cprogs[name] = out
	return out
}

func removeCprogs() {
	if cprogDir != "" {
		os.RemoveAll(cprogDir)
	}
}

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The test binary plays gostrace itself (with GOSTRACE_TEST_MAIN=1), and
// the launch shim (the init in main.go sees the shim marker), so the
// end-to-end tests run the code under test, coverage included.
func TestMain(m *testing.M) {
	if os.Getenv("GOSTRACE_TEST_MAIN") == "1" {
		// Out of the environment the traced command inherits.
		os.Unsetenv("GOSTRACE_TEST_MAIN")
		main()
		os.Exit(0)
	}
	dir, err := os.MkdirTemp("", "gostrace-e2e")
	if err != nil {
		panic(err)
	}
	self, _ := os.Executable()
	gostraceBin = filepath.Join(dir, "gostrace")
	// A symlink named gostrace: messages start with the name as invoked.
	if err := os.Symlink(self, gostraceBin); err != nil {
		panic(err)
	}
	os.Setenv("GOSTRACE_TEST_MAIN", "1")
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// gostraceBin runs this test binary as gostrace.
var gostraceBin string

// gostrace returns a command running gostrace with args.
func gostrace(args ...string) *exec.Cmd {
	return exec.Command(gostraceBin, args...)
}

// needStrace skips a differential test when strace is not installed,
// unless GOSTRACE_REQUIRE_STRACE is set (CI sets it: there a missing
// strace is a failure, not a skip).
func needStrace(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("strace")
	if err != nil {
		if os.Getenv("GOSTRACE_REQUIRE_STRACE") != "" {
			t.Fatal("strace is required (GOSTRACE_REQUIRE_STRACE is set) but not installed")
		}
		t.Skip("strace is not installed")
	}
	return p
}

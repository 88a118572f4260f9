package bench

import (
	"fmt"
	"os"
	"testing"
)

// TestMain makes the test binary a workload when it is run as a tracee
// (traceeEnv set, the workload in its arguments), as Go's os/exec tests
// make theirs a helper process: the benchmark traces a Go program that
// makes an exact number of calls without needing a C compiler.
func TestMain(m *testing.M) {
	if os.Getenv(traceeEnv) != "" {
		if err := runTracee(os.Args[1:]); err != nil {
			fmt.Fprintln(os.Stderr, "tracee:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

package bench

import (
	"fmt"
	"strconv"
)

// w5Threads is how many threads W5 runs at once.
const w5Threads = 8

// A workload is a program to trace, of a size n that says how much work
// it does, and what a complete trace of it holds.
type workload struct {
	name string
	// what describes it for the table, given n.
	what string
	// size is n in the benchmark (a quarter of tracebench.sh's nominal
	// storms, which take minutes per round under a tracer on two CPUs);
	// tiny is n in TestWorkloads.
	size, tiny int
	// argv is the command; fx supplies the test binary and W3's tree.
	argv func(fx fixtureFiles, n int) ([]string, error)
	// calls are the calls a trace must show, at least or exactly as many
	// times as said, so that a tracer cannot be fast by doing nothing.
	calls func(n int) []want
	// opens is how many openat calls, at least, a trace filtered on
	// openat shows.
	opens func(n int) int
}

// want is a call a trace must show n times (exactly, or at least).
type want struct {
	name  string
	n     int
	exact bool
}

// fixtureFiles is what the workloads' commands need from their setting.
type fixtureFiles interface {
	// self is the test binary, which runs a workload when traceeEnv is set.
	self() string
	// tree is the root of a W3 tree of files files, made once.
	tree(files int) (string, error)
}

var workloads = []*workload{
	{
		name: "W1", what: "%d getppid", size: 50000, tiny: 100,
		argv:  selfArgv("W1"),
		calls: func(n int) []want { return []want{{"getppid", n, true}} },
		opens: none,
	},
	{
		name: "W2", what: "%d pipe write+read", size: 50000, tiny: 100,
		argv:  selfArgv("W2"),
		calls: func(n int) []want { return []want{{"write", n, false}, {"read", n, false}} },
		opens: none,
	},
	{
		name: "W3", what: "walk of %d files", size: 2000, tiny: 20,
		argv: func(fx fixtureFiles, n int) ([]string, error) {
			root, err := fx.tree(n)
			return []string{fx.self(), "W3", root, strconv.Itoa(n)}, err
		},
		calls: func(n int) []want {
			d := treeDirs(n)
			return []want{{"openat", n + d, false}, {"fstat", n, false}, {"getdents64", 2 * d, false}}
		},
		opens: func(n int) int { return n + treeDirs(n) },
	},
	{
		name: "W4", what: "sh spawning %d /bin/true", size: 100, tiny: 3,
		argv: func(_ fixtureFiles, n int) ([]string, error) {
			return []string{"/bin/sh", "-c", `i=0; while [ "$i" -lt "$1" ]; do /bin/true; i=$((i + 1)); done`,
				"sh", strconv.Itoa(n)}, nil
		},
		// The shell's own execve, then one per /bin/true, each of which
		// opens at least the loader's cache and the C library.
		calls: func(n int) []want { return []want{{"execve", n + 1, true}} },
		opens: func(n int) int { return 2 * n },
	},
	{
		name: "W5", what: fmt.Sprint(w5Threads) + " threads x %d getppid", size: 50000 / w5Threads, tiny: 10,
		argv:  selfArgv("W5"),
		calls: func(n int) []want { return []want{{"getppid", w5Threads * n, true}} },
		opens: none,
	},
}

// selfArgv runs the test binary as the tracee of workload name.
func selfArgv(name string) func(fixtureFiles, int) ([]string, error) {
	return func(fx fixtureFiles, n int) ([]string, error) {
		return []string{fx.self(), name, strconv.Itoa(n)}, nil
	}
}

// none is the openat count of a workload that opens nothing itself (the
// Go runtime's own opens at start are not counted on).
func none(int) int { return 0 }

// describe says what the workload does at size n.
func (w *workload) describe(n int) string { return w.name + " " + fmt.Sprintf(w.what, n) }

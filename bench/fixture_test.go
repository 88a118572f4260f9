package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// stracePath is where the benchmark looks for strace, unless
// GOSTRACE_BENCH_STRACE names another one.
const stracePath = "/usr/bin/strace"

// fixture is the setting of the workloads: gostrace built from this tree,
// strace if installed, the test binary as tracee, a temporary directory.
type fixture struct {
	dir      string
	gostrace string
	strace   string // "" when not installed
	exe      string
	trees    map[int]string
}

func newFixture(tb testing.TB) *fixture {
	tb.Helper()
	fx := &fixture{dir: tb.TempDir(), trees: map[int]string{}}
	var err error
	if fx.exe, err = os.Executable(); err != nil {
		tb.Fatal(err)
	}
	if fx.gostrace, err = buildGostrace(fx.dir); err != nil {
		tb.Fatal(err)
	}
	fx.strace = os.Getenv("GOSTRACE_BENCH_STRACE")
	if fx.strace == "" {
		fx.strace = stracePath
	}
	if st, err := os.Stat(fx.strace); err != nil || st.Mode()&0o111 == 0 {
		fx.strace = ""
	}
	return fx
}

func (fx *fixture) self() string { return fx.exe }

func (fx *fixture) tree(files int) (string, error) {
	if root, ok := fx.trees[files]; ok {
		return root, nil
	}
	root := filepath.Join(fx.dir, fmt.Sprintf("tree%d", files))
	if err := makeTree(root, files); err != nil {
		return "", err
	}
	fx.trees[files] = root
	return root, nil
}

// runners are untraced, gostrace and, when installed, strace.
func (fx *fixture) runners() []runner {
	rs := []runner{{"untraced", ""}, {"gostrace", fx.gostrace}}
	if fx.strace != "" {
		rs = append(rs, runner{"strace", fx.strace})
	}
	return rs
}

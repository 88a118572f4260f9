package reliability

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The suite runs the real gostrace binary, built once by TestMain (with
// the race detector when the tests have it: a data race under load is
// one of the things to find), and the C programs of testdata.
var (
	workDir     string // 0755: the binary must run as nobody too
	gostraceBin string
	buildErr    error
	cprogs      = map[string]string{} // name -> compiled program
	cprogErr    error
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gostrace-reliability")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	os.Chmod(dir, 0o755)
	workDir = dir
	// A race-detecting gostrace otherwise sleeps a second at exit (the
	// race runtime's default), which would make the suite's thousand
	// runs of it slow; a race it finds still fails its run (exit 66).
	os.Setenv("GORACE", strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"))
	gostraceBin, buildErr = buildGostrace(dir)
	cprogErr = buildCprogs(dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// buildGostrace builds cmd/gostrace into dir.
func buildGostrace(dir string) (string, error) {
	out := filepath.Join(dir, "gostrace")
	args := []string{"build", "-o", out}
	if raceEnabled {
		args = append(args, "-race")
	}
	cmd := exec.Command(goTool(), append(args, "gostrace/cmd/gostrace")...)
	cmd.Dir = filepath.Join("..", "..")
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, b)
	}
	return out, nil
}

func goTool() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return filepath.Join(runtime.GOROOT(), "bin", "go")
}

// buildCprogs compiles every testdata/*.c.
func buildCprogs(dir string) error {
	gcc, err := exec.LookPath("gcc")
	if err != nil {
		return fmt.Errorf("no gcc: %v", err)
	}
	srcs, _ := filepath.Glob(filepath.Join("testdata", "*.c"))
	for _, src := range srcs {
		name := strings.TrimSuffix(filepath.Base(src), ".c")
		out := filepath.Join(dir, name)
		if b, err := exec.Command(gcc, "-O1", "-Wall", "-pthread", "-o", out, src).CombinedOutput(); err != nil {
			return fmt.Errorf("gcc %s: %v\n%s", src, err, b)
		}
		cprogs[name] = out
	}
	return nil
}

// bin returns gostrace's path, failing the test if it could not be built.
func bin(t *testing.T) string {
	t.Helper()
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return gostraceBin
}

// cprog returns the path of testdata/NAME.c compiled. Without gcc the test
// is skipped (CI has gcc).
func cprog(t *testing.T, name string) string {
	t.Helper()
	if cprogErr != nil {
		if strings.HasPrefix(cprogErr.Error(), "no gcc") {
			t.Skip(cprogErr)
		}
		t.Fatal(cprogErr)
	}
	p, ok := cprogs[name]
	if !ok {
		t.Fatalf("no testdata/%s.c", name)
	}
	return p
}

// needStrace returns strace's path, or skips the test without it unless
// GOSTRACE_REQUIRE_STRACE is set (CI sets it).
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

// heavy reports whether the heavy variants run (GOSTRACE_HEAVY=1).
func heavy() bool { return os.Getenv("GOSTRACE_HEAVY") != "" }

// pick returns light, or heavy with GOSTRACE_HEAVY.
func pick(light, heavyN int) int {
	if heavy() {
		return heavyN
	}
	return light
}

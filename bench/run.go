package bench

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"
)

// run runs argv and returns its wall-clock time, from the start of the
// process to the end of the wait, as tracebench.sh measures it. The
// command has the tracee's environment (which makes the test binary a
// workload), no input and its output discarded. A run that does not exit
// 0 within timeout is an error, which carries the end of its stderr.
func run(argv []string, timeout time.Duration) (time.Duration, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), traceeEnv+"=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	// A process group of its own, killed whole at the timeout: killing
	// the tracer alone could leave its tracees running.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = time.Second
	t0 := time.Now()
	err := cmd.Run()
	d := time.Since(t0)
	if ctx.Err() != nil {
		err = fmt.Errorf("timed out after %v", timeout)
	}
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 500 {
			msg = "..." + msg[len(msg)-500:]
		}
		return d, fmt.Errorf("%s: %v\n%s", strings.Join(argv, " "), err, msg)
	}
	return d, nil
}

// buildGostrace builds gostrace into dir as a release would be built:
// static (CGO_ENABLED=0), with its symbol table (see the README).
func buildGostrace(dir string) (string, error) {
	// go test puts its own go first in PATH; a test binary run by hand
	// falls back to the one it was built with.
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	bin := filepath.Join(dir, "gostrace")
	cmd := exec.Command(goTool, "build", "-o", bin, "gostrace/cmd/gostrace")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
}

// loadavg returns the three load averages of /proc/loadavg: on a shared
// machine, what else was running says how far to trust the figures.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	if err != nil || len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

package tracer

// The test binary doubles as every program the tests trace, as Go's own
// os/exec tests do: run with helperEnv set, it plays the scenario named by
// that variable and exits before the testing package starts. Go tracees
// give exact, repeatable system calls without a C toolchain; the few
// scenarios Go cannot play (raw fork, vfork, pthreads through clone3) are
// small C programs in testdata, compiled at test time.

import (
	"debug/elf"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"

	"gostrace/internal/shim"
)

const helperEnv = "GOSTRACE_TEST_HELPER"

func init() {
	if shim.IsShim() {
		// Tracer.Launch re-executes /proc/self/exe as the launch shim: in a
		// test binary that is this binary. Like cmd/gostrace, become the
		// shim before anything else, on the main thread.
		runtime.LockOSThread()
		shim.Main()
	}
	if name := os.Getenv(helperEnv); name != "" {
		// Keep the scenario on the main thread: several scenarios need the
		// thread group leader to be the thread that makes the calls.
		runtime.LockOSThread()
		redirect(0, os.Getenv(stdinEnv), unix.O_RDONLY)
		redirect(1, os.Getenv(stdoutEnv), unix.O_WRONLY)
		fn := helpers[name]
		if fn == nil {
			fmt.Fprintf(os.Stderr, "unknown helper %q\n", name)
			os.Exit(100)
		}
		fn(os.Args[1:])
		os.Exit(0)
	}
}

// Launch gives the command our own stdin and stdout; a launched scenario
// that talks with its test opens these FIFOs instead.
const (
	stdinEnv  = "GOSTRACE_TEST_STDIN"
	stdoutEnv = "GOSTRACE_TEST_STDOUT"
)

func redirect(fd int, path string, mode int) {
	if path == "" {
		return
	}
	f, err := unix.Open(path, mode, 0)
	if err != nil {
		panic(err)
	}
	if err := unix.Dup2(f, fd); err != nil {
		panic(err)
	}
	unix.Close(f)
}

// helperArgv returns the path, argv and environment that run scenario name
// with args.
func helperArgv(name string, args ...string) (string, []string, []string) {
	exe, err := os.Executable()
	if err != nil {
		panic(err)
	}
	env := append(os.Environ(), helperEnv+"="+name)
	return exe, append([]string{exe}, args...), env
}

// helperCmd is helperArgv as an exec.Cmd, for processes started untraced.
func helperCmd(name string, args ...string) *exec.Cmd {
	path, argv, env := helperArgv(name, args...)
	cmd := exec.Command(path, argv[1:]...)
	cmd.Env = env
	return cmd
}

var helpers = map[string]func(args []string){
	"exit":        helperExit,
	"tree":        helperTree,
	"threads":     helperThreads,
	"execthread":  helperExecThread,
	"read":        helperRead,
	"nanosleep":   helperNanosleep,
	"sigcount":    helperSigcount,
	"stopself":    helperStopSelf,
	"segv":        helperSegv,
	"spin":        helperSpin,
	"execwith":    helperExecWith,
	"minitracer":  helperMiniTracer,
	"capture":     helperCapture,
	"childstop":   helperChildStop,
	"restartread": helperRestartRead,
	"spawn":       helperSpawn,
	"busy":        helperBusy,
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

// rawRead is read(2) without the Go runtime's EINTR loop or poller: the
// tests want to see exactly one read call per attempt. Not RawSyscall: a
// goroutine blocked in a call the scheduler does not know about cannot be
// preempted, and the next stop-the-world waits for it forever (the runtime
// keeps sending it SIGURG meanwhile).
func rawRead(fd int, b []byte) (int, unix.Errno) {
	n, _, e := unix.Syscall(unix.SYS_READ, uintptr(fd), uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)))
	return int(n), e
}

func rawWrite(fd int, s string) {
	b := []byte(s)
	unix.RawSyscall(unix.SYS_WRITE, uintptr(fd), uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)))
}

// setDefault puts sig back to SIG_DFL behind the Go runtime's back, so the
// kernel's default action applies (death, or ignore), as in a C program.
func setDefault(sig unix.Signal) {
	var act kernelSigaction
	act.handler = sigDfl
	if err := rtSigaction(int(sig), &act, nil); err != nil {
		panic(err)
	}
}

var (
	symbolsOnce sync.Once
	symbolsExe  string
	symbolsErr  error
)

// exeWithSymbols returns a copy of this test binary that has its symbol
// table. shim.Capture reads the Go runtime's record of the signal state
// the process started with through that table, and `go test` links test
// binaries with -s: run from such a binary, the state a command inherits
// through the minitracer would be Capture's fallback, not the real thing.
// `go test -c` keeps the table, so the tests that check inheritance run
// the minitracer from a binary built that way.
func exeWithSymbols(t *testing.T) string {
	t.Helper()
	symbolsOnce.Do(func() {
		self, err := os.Executable()
		if err != nil {
			symbolsErr = err
			return
		}
		if hasSymbols(self) {
			symbolsExe = self
			return
		}
		dir, err := os.MkdirTemp("", "tracertest")
		if err != nil {
			symbolsErr = err
			return
		}
		symbolsExe = filepath.Join(dir, "tracer.test")
		cmd := exec.Command(goTool(), "test", "-c", "-o", symbolsExe, ".")
		if out, err := cmd.CombinedOutput(); err != nil {
			symbolsErr = fmt.Errorf("go test -c: %v\n%s", err, out)
		}
	})
	if symbolsErr != nil {
		t.Skipf("no test binary with a symbol table: %v", symbolsErr)
	}
	return symbolsExe
}

func hasSymbols(path string) bool {
	f, err := elf.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	syms, err := f.Symbols()
	if err != nil {
		return false
	}
	for _, s := range syms {
		if s.Name == "runtime.fwdSig" {
			return true
		}
	}
	return false
}

func goTool() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return filepath.Join(runtime.GOROOT(), "bin", "go")
}

// TestMain removes the binary exeWithSymbols built.
func TestMain(m *testing.M) {
	code := m.Run()
	removeCprogs()
	if symbolsExe != "" {
		if self, _ := os.Executable(); symbolsExe != self {
			os.RemoveAll(filepath.Dir(symbolsExe))
		}
	}
	os.Exit(code)
}

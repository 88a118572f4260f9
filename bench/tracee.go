package bench

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"syscall"
	"unsafe"
)

// traceeEnv, set in a process's environment, makes the test binary a
// tracee: TestMain runs the workload its arguments name and exits instead
// of running tests.
const traceeEnv = "GOSTRACE_BENCH_TRACEE"

// runTracee runs the workload args name ("W1 50000", "W3 DIR FILES", ...).
// The loops make their calls with syscall.RawSyscall, as a C program
// would: a blocking-syscall wrapper would let the Go scheduler hand the
// thread's processor over while a tracer holds the call, and that
// hand-off makes futex calls of its own, different under each tracer.
func runTracee(args []string) error {
	if len(args) < 2 {
		return fmt.Errorf("usage: W1|W2|W5 COUNT, W3 DIR FILES")
	}
	n, err := strconv.Atoi(args[len(args)-1])
	if err != nil || n < 0 {
		return fmt.Errorf("bad count %q", args[len(args)-1])
	}
	switch args[0] {
	case "W1":
		getppids(n)
		return nil
	case "W2":
		return pipeIO(n)
	case "W3":
		if len(args) != 3 {
			return fmt.Errorf("usage: W3 DIR FILES")
		}
		return metaWalk(args[1], n)
	case "W5":
		threads(w5Threads, n)
		return nil
	}
	return fmt.Errorf("unknown workload %q", args[0])
}

func getppids(n int) {
	for i := 0; i < n; i++ {
		syscall.RawSyscall(syscall.SYS_GETPPID, 0, 0, 0)
	}
}

// pipeIO writes one byte to a pipe and reads it back, n times: the
// smallest I/O there is, so the cost is the calls'.
func pipeIO(n int) error {
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
		return err
	}
	buf := new([1]byte) // on the heap: it must not move under a raw call
	for i := 0; i < n; i++ {
		buf[0] = byte(i)
		if r, _, e := syscall.RawSyscall(syscall.SYS_WRITE, uintptr(p[1]), uintptr(unsafe.Pointer(buf)), 1); r != 1 {
			return fmt.Errorf("write: %v", e)
		}
		if r, _, e := syscall.RawSyscall(syscall.SYS_READ, uintptr(p[0]), uintptr(unsafe.Pointer(buf)), 1); r != 1 || buf[0] != byte(i) {
			return fmt.Errorf("read: %v", e)
		}
	}
	return nil
}

// threads runs n getppid calls in each of t OS threads at once, as a
// multithreaded server's workers would. GOMAXPROCS is raised to t so that
// every thread runs its loop rather than wait for a processor.
func threads(t, n int) {
	runtime.GOMAXPROCS(t)
	var ready, done sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < t; i++ {
		ready.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			runtime.LockOSThread()
			ready.Done()
			<-start
			getppids(n)
		}()
	}
	ready.Wait()
	close(start)
	done.Wait()
}

package tracer

// The scenarios the test binary plays as a tracee (see helper_test.go).

import (
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"gostrace/internal/shim"
)

// spawn NAME ARGS...: starts scenario NAME as a process that is not our
// caller's child (we exit at once: it is reparented), with our stdin and
// stdout, and writes its pid on fd 3 (not stdout: the scenario may write
// there first).
func helperSpawn(args []string) {
	// Not for the scenario: it would hold our caller's pipe open.
	syscall.CloseOnExec(3)
	c := helperCmd(args[0], args[1:]...)
	c.Stdin, c.Stdout, c.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := c.Start(); err != nil {
		panic(err)
	}
	fmt.Fprintf(os.NewFile(3, "pid"), "%d\n", c.Process.Pid)
	os.Exit(0)
}

// exit CODE: the simplest command.
func helperExit(args []string) { os.Exit(atoi(args[0])) }

// tree DEPTH: two children, each a tree of DEPTH-1, waited for.
func helperTree(args []string) {
	d := atoi(args[0])
	if d == 0 {
		os.Exit(0)
	}
	var cmds []*exec.Cmd
	for i := 0; i < 2; i++ {
		c := helperCmd("tree", strconv.Itoa(d-1))
		c.Stdout, c.Stderr = os.Stdout, os.Stderr
		if err := c.Start(); err != nil {
			panic(err)
		}
		cmds = append(cmds, c)
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			panic(err)
		}
	}
}

// threads N CALLS: N threads that each call getppid CALLS times, then end
// (a goroutine that ends locked to its thread takes the thread with it).
func helperThreads(args []string) {
	n, calls := atoi(args[0]), atoi(args[1])
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			runtime.LockOSThread()
			defer wg.Done()
			for j := 0; j < calls; j++ {
				unix.RawSyscall(unix.SYS_GETPPID, 0, 0, 0)
			}
		}()
	}
	wg.Wait()
}

// execthread [stdin]: threads sleep in read(2) on a pipe and in
// nanosleep, the leader in read(2), and one more thread (not the leader)
// execs /bin/true: after a moment, or with "stdin" once a byte comes on
// stdin.
func helperExecThread(args []string) {
	onInput := len(args) > 0 && args[0] == "stdin"
	var p [2]int
	if err := unix.Pipe(p[:]); err != nil {
		panic(err)
	}
	ready := make(chan int, 3)
	for i := 0; i < 2; i++ {
		go func() {
			runtime.LockOSThread()
			ready <- unix.Gettid()
			var b [1]byte
			rawRead(p[0], b[:])
		}()
	}
	go func() {
		runtime.LockOSThread()
		ready <- unix.Gettid()
		ts := unix.Timespec{Sec: 100}
		unix.Syscall(unix.SYS_NANOSLEEP, uintptr(unsafe.Pointer(&ts)), 0, 0)
	}()
	for i := 0; i < 3; i++ {
		<-ready
	}
	if onInput {
		rawWrite(1, "ready\n")
	}
	go func() {
		runtime.LockOSThread()
		if onInput {
			var b [1]byte
			rawRead(0, b[:])
		} else {
			// Give the sleepers a moment to be in their calls: not needed
			// for correctness, it only makes the hard case the likely one.
			time.Sleep(50 * time.Millisecond)
		}
		err := syscall.Exec("/bin/true", []string{"true"}, os.Environ())
		panic(err)
	}()
	var b [1]byte
	rawRead(p[0], b[:])
	panic("leader woke up")
}

// read [twice]: one read(2) of stdin on the leader; exit 4 after it
// returns data. With "twice": say "got DATA" after the first read, and
// exit 4 at the end of stdin.
func helperRead(args []string) {
	if len(args) > 0 && args[0] == "twice" {
		var b [64]byte
		n, _ := rawRead(0, b[:])
		rawWrite(1, "got "+string(b[:max(n, 0)])+"\n")
		for {
			n, e := rawRead(0, b[:])
			if n == 0 && e == 0 {
				os.Exit(4)
			}
		}
	}
	var b [64]byte
	for {
		n, e := rawRead(0, b[:])
		if e == unix.EINTR {
			continue
		}
		if n > 0 {
			os.Exit(4)
		}
		os.Exit(5)
	}
}

// nanosleep MS [dfl|handle SIG]: nanosleep on the leader. With dfl, SIG
// is at SIG_DFL (as in a C program: under ptrace it still interrupts the
// sleep, and with no handler to run the kernel resumes the call with
// restart_syscall); with handle, SIG has a handler (Go's), and the sleep
// ends with EINTR. Exit 0 after a full sleep, 1 after EINTR.
func helperNanosleep(args []string) {
	if len(args) > 2 {
		switch sig := unix.Signal(atoi(args[2])); args[1] {
		case "dfl":
			setDefault(sig)
		case "handle":
			signal.Notify(make(chan os.Signal, 1), sig)
		}
	}
	ms := atoi(args[0])
	ts := unix.Timespec{Sec: int64(ms / 1000), Nsec: int64(ms%1000) * 1e6}
	_, _, e := unix.Syscall(unix.SYS_NANOSLEEP, uintptr(unsafe.Pointer(&ts)), 0, 0)
	if e != 0 {
		os.Exit(1)
	}
}

// restartread: a handler for SIGUSR1 (Go's, with SA_RESTART) and a read(2)
// of stdin on the leader, which the signal interrupts and the kernel
// restarts; prints what the read got.
func helperRestartRead(args []string) {
	c := make(chan os.Signal, 1)
	signal.Notify(c, unix.SIGUSR1)
	var b [64]byte
	n, e := rawRead(0, b[:])
	fmt.Printf("read %d %v %q\n", n, e, b[:max(n, 0)])
}

// sigcount: counts SIGUSR1s with a handler, answering each one with a
// byte on stdout; when stdin closes, prints the count.
func helperSigcount(args []string) {
	c := make(chan os.Signal, 64)
	signal.Notify(c, unix.SIGUSR1)
	rawWrite(1, "ready\n")
	var count atomic.Int32
	go func() {
		for range c {
			count.Add(1)
			rawWrite(1, ".")
		}
	}()
	var b [64]byte
	for {
		n, e := rawRead(0, b[:])
		if e == unix.EINTR {
			continue
		}
		if n <= 0 {
			break
		}
	}
	// The channel has a buffer: let the counter catch up with what the
	// handler queued before we answer.
	for len(c) > 0 {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(10 * time.Millisecond)
	rawWrite(1, "\ncount="+strconv.Itoa(int(count.Load()))+"\n")
}

// stopself: stops itself with SIGSTOP, then says so once continued.
func helperStopSelf(args []string) {
	unix.Tgkill(unix.Getpid(), unix.Gettid(), unix.SIGSTOP)
	rawWrite(1, "continued\n")
}

var nilPtr *int32

// segv [core DIR]: dies of a real SIGSEGV (a fault, not a kill), with the
// kernel's default action: the Go runtime's handler is taken away first.
// With "core DIR", in DIR with core dumps allowed (the core flag of the
// status then depends on core_pattern, the same traced or not).
func helperSegv(args []string) {
	if len(args) > 1 && args[0] == "core" {
		if err := os.Chdir(args[1]); err != nil {
			panic(err)
		}
		unix.Setrlimit(unix.RLIMIT_CORE, &unix.Rlimit{Cur: unix.RLIM_INFINITY, Max: unix.RLIM_INFINITY})
	}
	setDefault(unix.SIGSEGV)
	fmt.Println(*nilPtr)
}

// spin: the leader spins without system calls until a goroutine reads a
// line from stdin; then exit 3. "Running" for the attach and detach tests.
func helperSpin(args []string) {
	var stop atomic.Bool
	go func() {
		var b [64]byte
		os.Stdin.Read(b[:])
		stop.Store(true)
	}()
	rawWrite(1, "spinning\n")
	for !stop.Load() {
	}
	os.Exit(3)
}

// busy N: N threads call getppid without end, another starts /bin/true
// again and again, and the leader sleeps in read on stdin: it answers
// "alive" to a line, and exits 0 at the end of stdin. The heavy case of
// attach and detach: stops of every kind all the time.
func helperBusy(args []string) {
	for i := 0; i < atoi(args[0]); i++ {
		go func() {
			runtime.LockOSThread()
			for {
				unix.Syscall(unix.SYS_GETPPID, 0, 0, 0)
			}
		}()
	}
	go func() {
		for {
			exec.Command("/bin/true").Run()
			time.Sleep(time.Millisecond)
		}
	}()
	rawWrite(1, "ready\n")
	var b [64]byte
	for {
		n, e := rawRead(0, b[:])
		switch {
		case n > 0:
			rawWrite(1, "alive\n")
		case e == 0:
			os.Exit(0)
		}
	}
}

// childstop: forks (through os/exec) a child that stops itself, waits for
// it with WUNTRACED as a shell does, reports what it saw, continues it and
// waits for its end. It checks that a group-stop under our tracing still
// reaches the real parent.
func helperChildStop(args []string) {
	c := helperCmd("stopself")
	c.Stdout = os.Stdout
	if err := c.Start(); err != nil {
		panic(err)
	}
	var ws unix.WaitStatus
	if _, err := unix.Wait4(c.Process.Pid, &ws, unix.WUNTRACED, nil); err != nil {
		panic(err)
	}
	fmt.Printf("child stopped=%v sig=%v\n", ws.Stopped(), ws.StopSignal())
	unix.Kill(c.Process.Pid, unix.SIGCONT)
	if _, err := unix.Wait4(c.Process.Pid, &ws, 0, nil); err != nil {
		panic(err)
	}
	fmt.Printf("child exited=%v code=%d\n", ws.Exited(), ws.ExitStatus())
}

// parseSigList parses "13,3,15" into a set of signal bits (bit sig-1).
func parseSigList(s string) uint64 {
	var m uint64
	for _, f := range strings.Split(s, ",") {
		if f != "" {
			m |= 1 << (atoi(f) - 1)
		}
	}
	return m
}

// execwith IGN BLK DIR PROG ARGS...: ignores the signals in IGN, blocks
// those in BLK, opens /dev/null as fd 3 and DIR/f as fd 5 (inheritable),
// changes to DIR, and execs PROG: the parent whose state the command must
// inherit whether it is started directly or through the tracer.
func helperExecWith(args []string) {
	ign, blk, dir, prog := parseSigList(args[0]), parseSigList(args[1]), args[2], args[3:]
	for sig := 1; sig <= 64; sig++ {
		if ign&(1<<(sig-1)) != 0 {
			act := kernelSigaction{handler: 1} // SIG_IGN
			if err := rtSigaction(sig, &act, nil); err != nil {
				panic(err)
			}
		}
	}
	for fd, name := range map[int]string{3: "/dev/null", 5: dir + "/f"} {
		f, err := unix.Open(name, unix.O_RDWR|unix.O_CREAT, 0o644)
		if err != nil {
			panic(err)
		}
		if f == fd {
			continue
		}
		if err := unix.Dup2(f, fd); err != nil {
			panic(err)
		}
		unix.Close(f)
	}
	if err := os.Chdir(dir); err != nil {
		panic(err)
	}
	// The mask last: the exec keeps this thread's mask, and this is the
	// thread that execs (the main one, locked in init).
	_, _, e := unix.RawSyscall6(unix.SYS_RT_SIGPROCMASK, unix.SIG_BLOCK,
		uintptr(unsafe.Pointer(&blk)), 0, 8, 0, 0)
	if e != 0 {
		panic(e)
	}
	env := withoutHelperEnv(os.Environ())
	if prog[0] == "minitracer" || prog[0] == "capture" {
		// Our own scenario: this binary, in that role.
		exe, _ := os.Executable()
		env = append(env, helperEnv+"="+prog[0])
		prog = append([]string{exe}, prog[1:]...)
	}
	err := syscall.Exec(prog[0], prog, env)
	panic(err)
}

// capture: prints what shim.Capture found.
func helperCapture(args []string) {
	st := shim.Capture()
	fmt.Printf("ignored=%x mask=%x known=%v\n", st.Ignored, st.Mask, st.MaskKnown)
}

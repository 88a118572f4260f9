package tracer

import (
	"os"
	"os/signal"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

func errnoMessage(e int) string { return xlat.ErrnoMessage(e) }

// kernelSigaction is the kernel's struct sigaction on amd64 and arm64.
type kernelSigaction struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

const (
	saRestart = 0x10000000
	sigDfl    = 0
)

func rtSigaction(sig int, act, old *kernelSigaction) error {
	_, _, e := unix.RawSyscall6(unix.SYS_RT_SIGACTION, uintptr(sig),
		uintptr(unsafe.Pointer(act)), uintptr(unsafe.Pointer(old)), 8, 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// setSigchldDefault puts SIGCHLD back to SIG_DFL. Every ptrace stop sends
// the tracer a SIGCHLD; with the Go runtime's handler installed each one
// costs a signal frame, FPU save and sigreturn, ~30% of a stop here
// (../shared/bench/REPORT.md section 5). At SIG_DFL the kernel drops it at
// once. Never SIG_IGN: that would make the kernel reap our children and
// lose their exit statuses. Go's runtime does not need SIGCHLD: os/exec
// waits with wait4.
func setSigchldDefault() {
	var act kernelSigaction
	act.handler = sigDfl
	_ = rtSigaction(int(unix.SIGCHLD), &act, nil)
}

// bellSignal pokes the locked thread out of wait4. Nothing else uses it:
// without a signal.Notify the Go runtime's handler ignores a real-time
// signal.
const bellSignal = 63

// prepareBell makes bellSignal able to interrupt the loop's wait4 with
// EINTR: the Go runtime installs every handler with SA_RESTART, which would
// restart the wait instead, so the flag is removed from the handler of
// bellSignal; and the signal is unblocked on this thread (an inherited
// mask may block it, and the Go runtime keeps such signals blocked).
func prepareBell() {
	var act kernelSigaction
	if rtSigaction(bellSignal, nil, &act) == nil && act.handler != sigDfl {
		act.flags &^= saRestart
		_ = rtSigaction(bellSignal, &act, nil)
	}
	set := uint64(1) << (bellSignal - 1)
	unix.RawSyscall6(unix.SYS_RT_SIGPROCMASK, unix.SIG_UNBLOCK,
		uintptr(unsafe.Pointer(&set)), 0, 8, 0, 0)
}

// ring pokes the loop's thread with bellSignal until the loop acknowledges
// the interrupt: a poke that lands just before wait4 is entered is lost,
// so it is repeated. Every other syscall the loop's thread makes retries on
// EINTR (the Go runtime's and os's wrappers do), and ptrace requests do not
// block.
func (tr *Tracer) ring() {
	pid := unix.Getpid()
	for !tr.ack.Load() {
		_ = unix.Tgkill(pid, tr.waitTid, bellSignal)
		time.Sleep(20 * time.Millisecond)
	}
}

// CatchSignals makes sigs interrupt tracing: when one arrives, the loop
// detaches from every task and Run returns, with Interrupted() set to it.
func (tr *Tracer) CatchSignals(sigs ...os.Signal) {
	if len(sigs) == 0 {
		return
	}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, sigs...)
	go func() {
		s := <-ch
		tr.RequestStop(int(s.(unix.Signal)))
		// Later ones: we are detaching already. The channel is never
		// stopped, so that they do not kill us meanwhile.
		for range ch {
		}
	}()
}

// IgnoreSignals makes sigs harmless to us while a started command runs
// (strace's -I3, its default with -o FILE: Ctrl+C is for the command).
func IgnoreSignals(sigs ...os.Signal) { signal.Ignore(sigs...) }

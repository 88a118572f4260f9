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
// without a signal.Notify the Go runtime ignores a real-time signal.
const bellSignal = 63

// clearRestart removes SA_RESTART from the Go runtime's handler of sig, so
// that the signal interrupts a blocking wait4 with EINTR instead of
// restarting it (the Go runtime installs every handler with SA_RESTART).
func clearRestart(sig int) {
	var act kernelSigaction
	if rtSigaction(sig, nil, &act) != nil || act.handler == sigDfl {
		return
	}
	act.flags &^= saRestart
	_ = rtSigaction(sig, &act, nil)
}

// CatchSignals makes sigs interrupt tracing: when one arrives, the loop
// detaches from every task and Run returns, with Interrupted() set. The
// loop's thread blocks in wait4, so the goroutine that receives the signal
// pokes it with bellSignal, whose handler lacks SA_RESTART, until the loop
// acknowledges: a poke that lands just before wait4 is entered is repeated.
func (tr *Tracer) CatchSignals(sigs ...os.Signal) {
	if len(sigs) == 0 {
		return
	}
	clearRestart(bellSignal)
	ch := make(chan os.Signal, 4)
	signal.Notify(ch, sigs...)
	pid, tid := unix.Getpid(), tr.waitTid
	go func() {
		s := <-ch
		tr.interrupt.CompareAndSwap(0, int32(s.(unix.Signal)))
		for !tr.ack.Load() {
			unix.Tgkill(pid, tid, bellSignal)
			time.Sleep(20 * time.Millisecond)
		}
		for range ch { // later signals: already detaching
		}
	}()
}

// IgnoreSignals makes sigs harmless to us while a started command runs
// (strace's -I3, its default with -o FILE: Ctrl+C is for the command).
func IgnoreSignals(sigs ...os.Signal) { signal.Ignore(sigs...) }

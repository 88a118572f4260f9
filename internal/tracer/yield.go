package tracer

import (
	"runtime"
	"time"
)

// The loop gives its thread back to the Go scheduler now and then, on
// purpose, before the runtime takes it.
//
// The loop is one goroutine that never blocks in the scheduler: it only
// ever waits inside wait4. To the runtime's monitor (sysmon) that looks
// like one goroutine running for ever, so every 10 ms it preempts it (a
// signal) and, finding it in a system call, takes its P away; each take
// makes sysmon wake every 20 us for the next millisecond or more. perf
// trace on the process-churn benchmark (W4) counted 5,269 sysmon wake-ups
// and 211 preemption signals in one run, each a context switch on a CPU a
// tracee wanted. A voluntary yield every few milliseconds shows sysmon a
// goroutine that gets scheduled: it then takes nothing, sleeps 10 ms at a
// time (413 wake-ups), and sends no signal. Measured on W4 -c: 0.48 s ->
// 0.38 s with everything on one CPU (strace 0.39 s); on two CPUs, in 9
// rounds in rotating order, 0.87 s without yields, 0.62 s every 2 ms, 0.57
// s every 5 ms, 0.60 s every 8 ms (strace 0.56 s). A yield costs two
// thread hand-offs (the thread is locked), hence not more often.
const yieldEvery = 5 * time.Millisecond

// yieldCheck is how many stops pass between looks at the clock.
const yieldCheck = 64

type yielder struct {
	n    uint32
	last int64 // holdClock() at the last yield (monotonic: a clock step must not stop the yields)
}

// maybeYield is called once per stop.
func (y *yielder) maybeYield() {
	y.n++
	if y.n%yieldCheck != 0 {
		return
	}
	now := holdClock()
	if now-y.last < int64(yieldEvery) {
		return
	}
	y.last = now
	runtime.Gosched()
}

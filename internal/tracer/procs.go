package tracer

import (
	"os"
	"runtime"
)

// minProcs is the fewest Ps the loop runs with.
//
// With one P (the runtime's choice on a one-CPU machine or under a
// one-CPU affinity mask), the P of the loop's thread is the only one, so
// no P is ever idle. Then the runtime's monitor (sysmon) takes it away
// from every wait4 that blocks for longer than its 20 us tick, and each
// take makes it poll again every 20 us: on one CPU it ran between the
// tracer and its tracees all the time. With a second, idle P it leaves a
// P in a system call alone for 10 ms and backs off to sleeping 10 ms at a
// time. Measured on W4 (process churn) under taskset -c 1, 7 rounds in
// rotating order: -c 458 ms with one P, 363 ms with two (strace 374 ms);
// -f 472 ms and 390 ms (strace 392 ms). A second P costs nothing while
// idle: the tracer has no other work for it.
const minProcs = 2

// ensureProcs raises GOMAXPROCS to minProcs, unless the user chose a
// value in the environment.
func ensureProcs() {
	if os.Getenv("GOMAXPROCS") != "" {
		return
	}
	if runtime.GOMAXPROCS(0) < minProcs {
		runtime.GOMAXPROCS(minProcs)
	}
}

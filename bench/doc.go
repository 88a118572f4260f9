// Package bench measures gostrace's tracing overhead on real workloads,
// side by side with strace and with no tracer at all, using public tools
// only: the Go toolchain and, when installed, /usr/bin/strace.
//
//	go test -run '^$' -bench . -benchtime 1x ./bench
//
// The workloads are this package's test binary run again as the tracee
// (the helper-process pattern of Go's os/exec tests), which makes an exact
// number of system calls without a C compiler, and a shell loop spawning
// processes. Each workload runs in strace's usual modes (full, count,
// filtered, filtered with seccomp, timed), untraced, under gostrace and
// under strace in an order that rotates every round, so that the machine's
// drift hits all three alike; the results are medians of the per-round
// ratios, which a shared, noisy machine leaves more stable than times.
// ../shared/bench/tracebench.sh is the project's official judge; this is
// the equivalent anyone can run with `go test`.
package bench

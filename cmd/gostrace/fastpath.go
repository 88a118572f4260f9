package main

import (
	"time"

	"gostrace/internal/filter"
	"gostrace/internal/options"
	"gostrace/internal/seccomp"
	"gostrace/internal/sysent"
)

// fastPath decides whether the command runs under a seccomp filter that
// stops it only at the traced syscalls. strace does this only when asked
// (--seccomp-bpf); gostrace also does it by default whenever the result is
// the same: a command we start, following forks (the filter is inherited:
// an untraced child would get ENOSYS from its filtered calls), with a
// syscall filter to apply, and nothing that lets go of a tracee while it
// runs (-b execve, --syscall-limit: the process would go on under the
// filter, untraced). --no-seccomp-bpf turns it off.
func fastPath(cfg *options.Config) bool {
	if cfg.NoSeccompBPF || len(cfg.Command) == 0 || len(cfg.Pids) > 0 || !cfg.Follow ||
		cfg.DetachOnExecve || cfg.SyscallLimit > 0 {
		return false
	}
	return cfg.SeccompBPF || !cfg.Trace.All()
}

// defaultSpin is how long the tracer polls for the next stop before it
// sleeps (tracer/spin.go). 20 us was enough on the benchmark machine for a
// tracee that goes straight from one call to the next; 50 leaves room for
// a slower machine, and a poll that finds nothing costs only this, once.
const defaultSpin = 50 * time.Microsecond

// spinBudget is the tracer's poll budget: none with --no-spin.
func spinBudget(cfg *options.Config) time.Duration {
	if cfg.NoSpin {
		return 0
	}
	return defaultSpin
}

// seccompRanges are the syscall numbers the filter stops at: the traced
// ones, and every number the table has no name for (strace shows those
// whatever -e trace= says, and so does the session).
func seccompRanges(trace *filter.Set) []seccomp.Range {
	var nrs []int
	for nr := 0; nr < sysent.Count(); nr++ {
		if trace.Has(nr) || sysent.Lookup(nr) == nil {
			nrs = append(nrs, nr)
		}
	}
	rs := seccomp.Ranges(nrs)
	// Numbers beyond the table: up to where the x32 numbers begin.
	return append(rs, seccomp.Range{Lo: uint32(sysent.Count()), Hi: 0x3fffffff})
}

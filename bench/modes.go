package bench

// A mode is a way of tracing, as strace's options and tracebench.sh's
// columns: every mode follows children (-f) and writes its trace to
// /dev/null, so that what is measured is the tracer, not a disk.
type mode struct {
	name  string
	flags []string // before "-o FILE"
}

var modes = []mode{
	{"full", []string{"-f"}},
	{"count", []string{"-f", "-c"}},
	{"filtered", []string{"-f", "-e", "trace=openat"}},
	{"filtered-seccomp", []string{"-f", "--seccomp-bpf", "-e", "trace=openat"}},
	{"timed", []string{"-f", "-T"}},
}

// args are the tracer's options writing to out: /dev/null for the timed
// runs, a file for the run whose output is checked.
func (m mode) args(out string) []string {
	return append(append([]string(nil), m.flags...), "-o", out)
}

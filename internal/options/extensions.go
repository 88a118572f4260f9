package options

// extensionOptions are long options of later strace releases that strace
// 6.1 does not have: --kill-on-exit (strace 6.6) and --syscall-limit
// (strace 6.3). They are recognised by their exact names only and are
// kept out of longOptions, so that abbreviations, ambiguities and the list
// of possibilities stay those of strace 6.1 for every other spelling.
var extensionOptions = []longOption{
	{"kill-on-exit", noArg, "kill-on-exit"},
	{"syscall-limit", requiredArg, "syscall-limit"},
	// gostrace's own: turn off the seccomp fast path it uses by default.
	{"no-seccomp-bpf", noArg, "no-seccomp-bpf"},
	// gostrace's own: never poll for the next stop (tracer/spin.go).
	{"no-spin", noArg, "no-spin"},
	// gostrace's own (extras.go).
	{"timeline", requiredArg, "timeline"},
	{"min-duration", requiredArg, "min-duration"},
	{"per-process", noArg, "per-process"},
	{"summary-interval", requiredArg, "summary-interval"},
	{"list-syscalls", optionalArg, "list-syscalls"},
	{"explain", requiredArg, "explain"},
	{"output-format", requiredArg, "output-format"}, // gostrace's own (format.go)
	{"color", optionalArg, "color"},                 // as strace 7's (format.go)
}

// extension returns the index in extensionOptions of the option named
// exactly name, or -1.
func extension(name string) int {
	for i, lo := range extensionOptions {
		if lo.name == name {
			return i
		}
	}
	return -1
}

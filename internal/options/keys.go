package options

import "sort"

// labels names every key of Config.Set as the user may have written it.
// Keys are strace's long option names; the -e qualifiers use the name of
// their long option (signal for --signal and -e signal=).
var labels = map[string]string{
	"columns": "-a/--columns", "output-append-mode": "-A/--output-append-mode",
	"detach-on": "-b/--detach-on", "summary-only": "-c/--summary-only", "summary": "-C/--summary",
	"debug": "-d/--debug", "daemonize": "-D/--daemonize", "env": "-E/--env",
	"follow-forks": "-f/--follow-forks", "output-separately": "-ff/--output-separately",
	"instruction-pointer": "-i/--instruction-pointer", "interruptible": "-I/--interruptible",
	"stack-traces": "-k/--stack-traces", "syscall-number": "-n/--syscall-number",
	"output": "-o/--output", "summary-syscall-overhead": "-O/--summary-syscall-overhead",
	"attach": "-p/--attach", "trace-path": "-P/--trace-path",
	"relative-timestamps": "-r/--relative-timestamps", "string-limit": "-s/--string-limit",
	"summary-sort-by": "-S/--summary-sort-by", "absolute-timestamps": "-t/--absolute-timestamps",
	"syscall-times": "-T/--syscall-times", "user": "-u/--user", "summary-columns": "-U/--summary-columns",
	"no-abbrev": "-v/--no-abbrev", "summary-wall-clock": "-w/--summary-wall-clock",
	"strings-in-hex": "-x/--strings-in-hex", "const-print-style": "-X/--const-print-style",
	"pidns-translation": "--pidns-translation", "successful-only": "-z/--successful-only",
	"failed-only": "-Z/--failed-only", "seccomp-bpf": "--seccomp-bpf", "tips": "--tips",
	"trace": "-e trace/--trace", "abbrev": "-e abbrev/--abbrev", "verbose": "-e verbose/--verbose",
	"raw": "-e raw/--raw", "signal": "-e signal/--signal", "status": "-e status/--status",
	"read": "-e read/--read", "write": "-e write/--write", "fault": "-e fault/--fault",
	"inject": "-e inject/--inject", "kvm": "-e kvm/--kvm", "quiet": "-q/-e quiet/--quiet",
	"decode-fds": "-y/-e decode-fds/--decode-fds", "decode-pids": "-Y/-e decode-pids/--decode-pids",
	"secontext": "--secontext", "kill-on-exit": "--kill-on-exit", "syscall-limit": "--syscall-limit", "no-seccomp-bpf": "--no-seccomp-bpf", "no-spin": "--no-spin",
	"output-format": "--output-format", "color": "--color",
}

// Label names an option key of Config.Set for messages, "-f/--follow-forks".
func Label(key string) string {
	if l, ok := labels[key]; ok {
		return l
	}
	return key
}

// Keys returns the keys of the options set, sorted.
func (c *Config) Keys() []string {
	keys := make([]string, 0, len(c.Set))
	for k := range c.Set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

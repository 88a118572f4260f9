package options

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"gostrace/internal/filter"
	"gostrace/internal/procfind"
	"gostrace/internal/sysent"
)

// Extras are gostrace's own options, beyond strace's: a timeline picture,
// latency filters and tables, and the steps users take around strace
// (finding a pid, listing a class, reading a man page) built in.
type Extras struct {
	// Timeline (--timeline FILE) draws the trace into FILE: an HTML page
	// or Chrome's trace-event JSON, by FILE's extension.
	Timeline string
	// MinDuration (--min-duration) shows only calls at least this slow.
	MinDuration time.Duration
	// PerProcess (--per-process): -c/-C print a table per process before
	// the total.
	PerProcess bool
	// SummaryInterval (--summary-interval) prints the -c/-C table so far
	// this often; 0 for never.
	SummaryInterval time.Duration
	// ListSyscalls (--list-syscalls[=SET]) prints the syscalls of SET and
	// exits; nil when not asked.
	ListSyscalls *filter.Set
	// Explain (--explain NAME) describes a syscall and exits.
	Explain string
}

// extraOption applies one of gostrace's own options; handled is false for
// any other.
func (p *parser) extraOption(opt option) (handled bool, err *UsageError) {
	c := p.cfg
	switch opt.key {
	case "timeline":
		if opt.arg == "" {
			return true, invalidArg(opt)
		}
		c.Timeline = opt.arg
	case "min-duration":
		d, ok := filter.ParseTimeSpec(opt.arg)
		if !ok {
			return true, invalidArg(opt)
		}
		c.MinDuration = d
	case "per-process":
		c.PerProcess = true
	case "summary-interval":
		d, ok := filter.ParseTimeSpec(opt.arg)
		if !ok || d <= 0 {
			return true, invalidArg(opt)
		}
		c.SummaryInterval = d
	case "list-syscalls":
		set, err := listSet(opt.arg, opt.hasArg)
		if err != nil {
			return true, filterErr(err)
		}
		c.ListSyscalls = set
	case "explain":
		c.Explain = opt.arg
	default:
		return false, nil
	}
	return true, nil
}

// listSet compiles --list-syscalls's argument: a class name with or
// without its '%' ("network", "%%stat"), or any -e trace= set.
func listSet(arg string, given bool) (*filter.Set, error) {
	if !given || arg == "" || arg == "all" {
		return filter.NewSet(true), nil
	}
	if _, isClass := sysent.ClassNames[arg]; isClass {
		arg = "%" + arg
	}
	return filter.ParseSyscallSet(arg)
}

// modeOnly reports whether the command line asks for something other than
// tracing (nothing to run, nothing to attach to).
func (c *Config) modeOnly() bool { return c.ListSyscalls != nil || c.Explain != "" }

// finishExtras makes the checks of gostrace's own options.
func (p *parser) finishExtras() *UsageError {
	c := p.cfg
	summary := c.SummaryOnly || c.Summary
	if c.PerProcess && !summary {
		return usageErr(true, "--per-process must be given with (-c/--summary-only or -C/--summary)")
	}
	if c.SummaryInterval > 0 && !summary {
		return usageErr(true, "--summary-interval must be given with (-c/--summary-only or -C/--summary)")
	}
	if c.Timeline != "" && !strings.HasSuffix(c.Timeline, ".html") && !strings.HasSuffix(c.Timeline, ".json") {
		return usageErr(true, "--timeline: '%s' must end in .html (a page) or .json (Chrome trace events)", c.Timeline)
	}
	return nil
}

// pidField reads one field of -p: a process id, or (gostrace's own) a
// process name. A field that begins with a digit or a sign is a number, so
// that strace's message stays for a mistyped one; any other is a name.
func (p *parser) pidField(f string) (pid int, isName bool, err *UsageError) {
	if f == "" || strings.IndexByte("0123456789+-", f[0]) >= 0 {
		return 0, false, nil
	}
	procs := procfind.Find(f, os.Getpid())
	if len(procs) == 0 {
		return 0, true, usageErr(false, "No process named '%s' (-p takes a process id or a name)", f)
	}
	if len(procs) > 1 {
		var others []string
		for _, pr := range procs[1:] {
			others = append(others, strconv.Itoa(pr.Pid))
		}
		p.warn(fmt.Sprintf("%d processes are named '%s': attaching to the newest, %d (not %s)",
			len(procs), f, procs[0].Pid, strings.Join(others, " ")))
	}
	return procs[0].Pid, true, nil
}

// extraColumns are -U's column names beyond strace's: percentiles of the
// call times, and short names for the extremes.
var extraColumns = map[string]string{
	"p50": "p50", "p90": "p90", "p95": "p95", "p99": "p99", "p99.9": "p99.9", "p999": "p99.9",
	"max": "max-time", "min": "min-time",
}

func init() {
	for k, v := range extraColumns {
		columnNames[k] = v
	}
	for k, v := range map[string]string{
		"timeline": "--timeline", "min-duration": "--min-duration", "per-process": "--per-process",
		"summary-interval": "--summary-interval", "list-syscalls": "--list-syscalls", "explain": "--explain",
	} {
		labels[k] = v
	}
}

const extrasHelp = `
Beyond strace (gostrace's own):
  --timeline=FILE       draw the trace as well: FILE.html is a page for any
                        browser (a lane per thread, a bar per call colored
                        by class, red for errors; zoom with the wheel, drag
                        or buttons; the strace line on hover), FILE.json is
                        Chrome's trace-event format (Perfetto, about:tracing).
                        The first 100000 calls and signals are drawn, each
                        line cut at 512 bytes; later ones are only counted,
                        and the picture says how many
  --min-duration=TIME   show only calls that took at least TIME from entry
                        to exit (N[s|ms|us|ns], microseconds without a unit);
                        the -c/-C table still counts every call
  -U ...,p50,p90,p95,p99,p99.9
                        percentile columns for -c/-C (log-linear buckets,
                        16 per power of two: within 3.2% of the exact
                        value); max and min are short for max-time, min-time
  --per-process         with -c/-C: one table per process, then the total
  --summary-interval=TIME
                        with -c/-C: print the table so far every TIME
  -p NAME, --attach=NAME
                        attach to the process named NAME (its command name,
                        as ps shows it, or its argv[0]); when several are,
                        to the newest (as "pgrep -n"), saying which others
  --list-syscalls[=SET] print the names of the syscalls of SET, one a line:
                        a class (file, %network, %%stat...) or any
                        -e trace= set; all of them without SET
  --explain=NAME        describe syscall NAME and its arguments
`

package options

import (
	"strings"

	"gostrace/internal/filter"
)

// finish settles the options that depend on each other, then makes strace
// 6.1's checks of the whole command line, in strace's order (found by
// giving strace pairs of offending options): fatal ones return an error,
// the others add warnings.
func (p *parser) finish() *UsageError {
	c := p.cfg
	p.settle()

	if len(c.Command) == 0 && len(c.Pids) == 0 {
		return usageErr(true, "must have PROG [ARGS] or -p PID")
	}
	if p.dCount > 0 && p.longDaemonize {
		return usageErr(false, "-D and --daemonize cannot be provided simultaneously")
	}
	if p.dCount > int(DaemonizeSession) {
		return usageErr(true, "Too many -D's (%d), maximum supported -D count is 3", p.dCount)
	}
	if c.Daemonize != DaemonizeOff && len(c.Command) == 0 {
		return usageErr(true, "PROG [ARGS] must be specified with -D/--daemonize")
	}
	for _, b := range []struct {
		short, long bool
		msg         string
	}{
		{p.tCount > 0, p.longAbsTimestamps, "-t and --absolute-timestamps"},
		{p.xCount > 0, p.longStringsInHex, "-x and --strings-in-hex"},
		{p.yCount > 0, p.longDecodeFds, "-y and --decode-fds"},
	} {
		if b.short && b.long {
			return usageErr(false, "%s cannot be provided simultaneously", b.msg)
		}
	}
	if c.SeccompBPF && c.DetachOnExecve {
		p.warn("--seccomp-bpf is not enabled because it is not compatible with -b")
		c.SeccompBPF = false
	}
	if p.fCount > 0 && p.longFollowForks {
		return usageErr(false, "-f and --follow-forks cannot be provided simultaneously")
	}
	if p.fCount > 1 && p.longOutputSeparately {
		return usageErr(false, "-ff and --output-separately cannot be provided simultaneously")
	}
	follow := p.fCount > 0 || p.longFollowForks
	if c.SeccompBPF && len(c.Pids) > 0 && len(c.Command) == 0 {
		p.warn("--seccomp-bpf is not enabled for processes attached with -p")
	}
	if c.SeccompBPF && !follow {
		p.warn("--seccomp-bpf cannot be used without -f/--follow-forks, disabling")
		c.SeccompBPF = false
	}
	if p.FCount > 0 {
		if follow {
			p.warn("deprecated option -F ignored")
		} else {
			p.warn("option -F is deprecated, please use -f/--follow-forks instead")
			c.Follow = true
		}
	}
	summary := c.SummaryOnly || c.Summary
	if summary && c.FollowFiles {
		return usageErr(true, "(-c/--summary-only or -C/--summary) and -ff/--output-separately are mutually exclusive")
	}
	if c.WallClock && !summary {
		return usageErr(true, "-w/--summary-wall-clock must be given with (-c/--summary-only or -C/--summary)")
	}
	if c.SummaryOnly {
		for _, w := range []struct {
			on  bool
			opt string
		}{
			{c.InstructionPtr, "-i/--instruction-pointer"},
			{c.StackTraces, "-k/--stack-traces"},
			{c.SyscallNumber, "-n/--syscall-number"},
			{c.RelTimestamps, "-r/--relative-timestamps"},
			{c.AbsTimestamps != TimeNone, "-t/--absolute-timestamps"},
			{c.SyscallTimes, "-T/--syscall-times"},
			{c.DecodeFds != 0, "-y/--decode-fds"},
		} {
			if w.on {
				p.warn(w.opt + " has no effect with -c/--summary-only")
			}
		}
	}
	if c.Set["summary-columns"] && !summary {
		return usageErr(true, "-U/--summary-columns must be given with (-c/--summary-only or -C/--summary)")
	}
	if c.Set["summary-sort-by"] && !summary {
		p.warn("-S/--summary-sort-by has no effect without (-c/--summary-only or -C/--summary)")
	}
	// strace stays silent about it when following forks (-F included).
	if p.longOutputSeparately && c.Output == "" && !c.Follow {
		p.warn("--output-separately has no effect without -o/--output")
	}
	if c.AppendOutput && c.Output == "" {
		p.warn("-A/--output-append-mode has no effect without -o/--output")
	}
	if p.zCount > 1 {
		p.warn("Only the last of -z/--successful-only/-Z/--failed-only options will take effect. See status qualifier for more complex filters.")
	}
	if c.SeccompBPF && c.Trace.All() {
		p.warn("Seccomp filter is requested but there are no syscalls to filter.  See -e trace to filter syscalls.")
	}
	if c.FollowFiles && (strings.HasPrefix(c.Output, "|") || strings.HasPrefix(c.Output, "!")) {
		return usageErr(true, "piping the output and -ff/--output-separately are mutually exclusive")
	}
	if p.qCount > 0 && p.quietQualifier {
		return usageErr(false, "-q and -e quiet/--quiet cannot be provided simultaneously")
	}
	// strace 6.6's refusal: an attached process must survive us.
	if c.KillOnExit && len(c.Pids) > 0 {
		return usageErr(false, "--kill-on-exit and -p/--attach are mutually exclusive options")
	}
	return p.finishExtras()
}

func (p *parser) warn(msg string) { p.cfg.Warnings = append(p.cfg.Warnings, msg) }

// settle turns the counts of repeatable short options into values.
func (p *parser) settle() {
	c := p.cfg
	if p.fCount > 1 || p.longOutputSeparately {
		c.FollowFiles = true
		p.set("output-separately")
	}
	switch {
	case p.qCount == 1:
		c.Quiet = filter.QuietAttach | filter.QuietPersonality
	case p.qCount == 2:
		c.Quiet = filter.QuietAttach | filter.QuietPersonality | filter.QuietExit
	case p.qCount > 2:
		// Not path-resolution: strace 6.1 -qqq still says "Requested
		// path ... resolved into ..." for -P (found by running it).
		c.Quiet = filter.QuietAll &^ filter.QuietPathResolution
	}
	switch {
	case p.xCount == 1:
		c.StringsInHex = HexNonASCII
	case p.xCount > 1:
		c.StringsInHex = HexAll
	}
	switch {
	case p.yCount == 1:
		c.DecodeFds = filter.DecodeFdPath
	case p.yCount > 1:
		c.DecodeFds = filter.DecodeFdAll
	}
	switch {
	case p.tCount == 1:
		c.AbsTimestamps, c.AbsPrecision = TimeOfDay, PrecisionS
	case p.tCount == 2:
		c.AbsTimestamps, c.AbsPrecision = TimeOfDay, PrecisionUS
	case p.tCount > 2:
		c.AbsTimestamps, c.AbsPrecision = TimeUnix, PrecisionUS
	}
}

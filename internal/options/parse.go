package options

import (
	"errors"
	"math"
	"os"
	"strings"

	"gostrace/internal/filter"
)

// parser is the state of one Parse: the Config being filled and what the
// checks after the options need to know about how things were spelled.
type parser struct {
	cfg *Config

	fCount, FCount, qCount, xCount, yCount, tCount, dCount, zCount int

	longDaemonize, longAbsTimestamps, longStringsInHex, longDecodeFds bool
	longFollowForks, longOutputSeparately, quietQualifier             bool
}

// Parse parses argv (argv[0] is the program name) as strace 6.1 would. On
// a command line strace refuses it returns a *UsageError. With -h it stops
// at the -h and returns a Config with Help set.
func Parse(argv []string) (*Config, error) {
	p := &parser{cfg: defaults(ProgName(argv))}
	if err := p.parse(argv); err != nil {
		err.Warnings = append(p.cfg.Warnings, err.Warnings...)
		return nil, err
	}
	return p.cfg, nil
}

// ProgName is the name messages start with: argv[0] as invoked, as strace
// does, or "gostrace" when it is empty.
func ProgName(argv []string) string {
	if len(argv) > 0 && argv[0] != "" {
		return argv[0]
	}
	return "gostrace"
}

func (p *parser) parse(argv []string) *UsageError {
	g := newGetopt(argv)
	for {
		opt, ok, err := g.next()
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		if err := p.option(opt); err != nil {
			return err
		}
		if p.cfg.Help {
			return nil
		}
	}
	if g.ind < len(argv) {
		p.cfg.Command = argv[g.ind:]
	}
	if p.cfg.Version || p.cfg.modeOnly() {
		return nil
	}
	return p.finish()
}

func (p *parser) set(key string) { p.cfg.Set[key] = true }

func parseCInt(s string, min, max int64) (int64, bool) { return filter.ParseDecimal(s, min, max) }

func invalidArg(opt option) *UsageError {
	return usageErr(true, "invalid %s argument: '%s'", opt.name, opt.arg)
}

// option applies one option, in command line order, failing where strace
// fails at once.
func (p *parser) option(opt option) *UsageError {
	c := p.cfg
	switch opt.key {
	case "e":
		return p.qualifier(opt.arg)
	case "F":
		p.FCount++
		p.set("follow-forks")
		return nil
	case "help":
		c.Help = true
		return nil
	case "version":
		c.Version = true
		return nil
	}
	p.set(opt.key)
	if handled, err := p.extraOption(opt); handled {
		return err
	}
	switch opt.key {
	case "columns":
		n, ok := parseCInt(opt.arg, 0, math.MaxInt32)
		if !ok {
			return invalidArg(opt)
		}
		c.Columns = int(n)
	case "output-append-mode":
		c.AppendOutput = true
	case "detach-on":
		if opt.arg != "execve" {
			return usageErr(false, "Syscall '%s' for -b isn't supported", opt.arg)
		}
		c.DetachOnExecve = true
	case "summary-only", "summary":
		if opt.key == "summary-only" {
			c.SummaryOnly = true
		} else {
			c.Summary = true
		}
		if c.SummaryOnly && c.Summary {
			return usageErr(true, "-c/--summary-only and -C/--summary are mutually exclusive")
		}
	case "debug":
		c.Debug = true
	case "daemonize":
		if opt.short {
			p.dCount++
			c.Daemonize = Daemonize(min(p.dCount, int(DaemonizeSession)))
			break
		}
		p.longDaemonize = true
		c.Daemonize = DaemonizeGrandchild
		if opt.hasArg {
			d, ok := lookupFold(daemonizeNames, opt.arg)
			if !ok {
				return invalidArg(opt)
			}
			c.Daemonize = d
		}
	case "env":
		c.Env = append(c.Env, opt.arg)
	case "follow-forks":
		if opt.short {
			p.fCount++
		} else {
			p.longFollowForks = true
		}
		c.Follow = true
	case "output-separately":
		p.longOutputSeparately = true
	case "instruction-pointer":
		c.InstructionPtr = true
	case "interruptible":
		n, ok := parseCInt(opt.arg, 1, 4)
		if !ok {
			m, named := lookupFold(interruptibleNames, opt.arg)
			if !named {
				return invalidArg(opt)
			}
			n = int64(m)
		}
		c.Interruptible = int(n)
	case "stack-traces":
		c.StackTraces = true
	case "syscall-number":
		c.SyscallNumber = true
	case "output":
		c.Output = opt.arg
	case "summary-syscall-overhead":
		d, ok := filter.ParseTimeSpec(opt.arg)
		if !ok {
			return invalidArg(opt)
		}
		c.Overhead = d
	case "attach":
		return p.pids(opt.arg)
	case "trace-path":
		c.Paths = append(c.Paths, opt.arg)
	case "relative-timestamps":
		c.RelTimestamps = true
		if opt.hasArg {
			prec, ok := lookupFold(precisionNames, opt.arg)
			if !ok {
				return invalidArg(opt)
			}
			c.RelPrecision = prec
		}
	case "string-limit":
		n, ok := parseCInt(opt.arg, 0, 1<<30-1)
		if !ok {
			return invalidArg(opt)
		}
		c.StringLimit = int(n)
	case "summary-sort-by":
		s, ok := sortByNames[dashed(opt.arg)]
		if !ok {
			return usageErr(true, "invalid sortby: '%s'", opt.arg)
		}
		c.SortBy = s
	case "absolute-timestamps":
		if opt.short {
			p.tCount++
			break
		}
		p.longAbsTimestamps = true
		format, prec := TimeOfDay, PrecisionS
		if opt.hasArg {
			var ok bool
			if format, prec, ok = parseAbsTimestamps(opt.arg, format, prec); !ok {
				return invalidArg(opt)
			}
		}
		c.AbsTimestamps, c.AbsPrecision = format, prec
	case "syscall-times":
		c.SyscallTimes = true
		if opt.hasArg {
			prec, ok := lookupFold(precisionNames, opt.arg)
			if !ok {
				return invalidArg(opt)
			}
			c.SyscallPrecision = prec
		}
	case "user":
		c.User = opt.arg
	case "kill-on-exit":
		c.KillOnExit = true
	case "syscall-limit":
		n, ok := parseCInt(opt.arg, 1, math.MaxInt64)
		if !ok {
			return invalidArg(opt)
		}
		c.SyscallLimit = n
	case "output-format", "color":
		return p.formatOption(opt)
	case "summary-columns":
		cols, err := parseSummaryColumns(opt.arg)
		if err != nil {
			return err
		}
		c.SummaryColumns = cols
	case "no-abbrev":
		c.NoAbbrev = true
		c.Abbrev = filter.NewSet(false)
	case "summary-wall-clock":
		c.WallClock = true
	case "strings-in-hex":
		if opt.short {
			p.xCount++
			break
		}
		p.longStringsInHex = true
		c.StringsInHex = HexAll
		if opt.hasArg {
			h, ok := lookupFold(hexNames, opt.arg)
			if !ok {
				return invalidArg(opt)
			}
			c.StringsInHex = h
		}
	case "const-print-style":
		s, ok := constStyleNames[opt.arg]
		if !ok {
			return invalidArg(opt)
		}
		c.ConstStyle = s
	case "pidns-translation":
		// As -Y, it replaces the set (strace 6.1: with -Y
		// --pidns-translation only the translation shows).
		c.DecodePids = filter.DecodePidNs
	case "successful-only", "failed-only":
		p.zCount++
		c.Status = filter.StatusSuccessful
		if opt.key == "failed-only" {
			c.Status = filter.StatusFailed
		}
	case "seccomp-bpf":
		c.SeccompBPF = true
	case "no-seccomp-bpf":
		c.NoSeccompBPF = true
	case "no-spin":
		c.NoSpin = true
	case "tips":
		c.Tips = true
		if opt.hasArg {
			id, format, ok := parseTips(opt.arg, c.TipsID, c.TipsFormat)
			if !ok {
				return invalidArg(opt)
			}
			c.TipsID, c.TipsFormat = id, format
		}
	case "quiet":
		if opt.short {
			p.qCount++
			break
		}
		if !opt.hasArg {
			// A bare --quiet is -e quiet=attach,personality, so it
			// collides with -q like any -e quiet.
			p.quietQualifier = true
			c.Quiet = filter.QuietAttach | filter.QuietPersonality
			break
		}
		return p.qualify("quiet", opt.arg)
	case "decode-fds":
		if opt.short {
			p.yCount++
			break
		}
		if !opt.hasArg {
			p.longDecodeFds = true
			c.DecodeFds = filter.DecodeFdPath
			break
		}
		return p.qualify("decode-fds", opt.arg)
	case "decode-pids":
		if opt.short {
			c.DecodePids = filter.DecodePidComm
			break
		}
		return p.qualify("decode-pids", opt.arg)
	default:
		// The qualifiers that have long options of their own.
		return p.qualify(opt.key, opt.arg)
	}
	return nil
}

// pids reads -p: process ids separated by commas, spaces, tabs or
// newlines. strace tolerates one empty field at the end only.
func (p *parser) pids(arg string) *UsageError {
	fields := splitAny(arg, ", \t\n")
	for i, f := range fields {
		if f == "" && i == len(fields)-1 {
			break
		}
		if pid, isName, err := p.pidField(f); err != nil {
			return err
		} else if isName {
			p.cfg.Pids = append(p.cfg.Pids, pid)
			continue
		}
		pid, ok := parseCInt(f, 1, math.MaxInt32)
		if !ok {
			return usageErr(false, "Invalid process id: '%s'", f)
		}
		if int(pid) == os.Getpid() {
			return usageErr(false, "I'm sorry, I can't let you do that, Dave.")
		}
		p.cfg.Pids = append(p.cfg.Pids, int(pid))
	}
	return nil
}

// splitAny splits s at every byte in seps, keeping empty fields.
func splitAny(s, seps string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(seps, s[i]) >= 0 {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func filterErr(err error) *UsageError {
	var fe *filter.Error
	if errors.As(err, &fe) {
		return &UsageError{Msg: fe.Msg, Hint: fe.Hint}
	}
	return &UsageError{Msg: err.Error()}
}

package options

import "strings"

// This file reproduces what strace 6.1 gets from glibc's getopt_long with
// the optstring "+a:Ab:cCdDe:E:fFhiI:kno:O:p:P:qrs:S:tTu:U:vVwxX:yYzZ":
// options end at the first operand or at "--"; short options combine
// ("-fT") and take a value attached or as the next word ("-s64", "-s 64");
// long options take "=VALUE" or, when the value is required, the next word;
// any unambiguous prefix of a long option name selects it; and the error
// messages are glibc's.

type argKind uint8

const (
	noArg argKind = iota
	requiredArg
	optionalArg
)

type longOption struct {
	name string
	arg  argKind
	key  string // what the option means; aliases share it
}

// longOptions is strace 6.1's table, in its order: the order matters for
// abbreviations (the first match wins among same-meaning aliases) and for
// the list of possibilities of an ambiguous one. Observed with
// "strace --=x", which lists every entry.
var longOptions = []longOption{
	{"columns", requiredArg, "columns"},
	{"output-append-mode", noArg, "output-append-mode"},
	{"detach-on", requiredArg, "detach-on"},
	{"summary-only", noArg, "summary-only"},
	{"summary", noArg, "summary"},
	{"debug", noArg, "debug"},
	{"daemonize", optionalArg, "daemonize"},
	{"daemonised", optionalArg, "daemonize"},
	{"daemonized", optionalArg, "daemonize"},
	{"env", requiredArg, "env"},
	{"follow-forks", noArg, "follow-forks"},
	{"output-separately", noArg, "output-separately"},
	{"help", noArg, "help"},
	{"instruction-pointer", noArg, "instruction-pointer"},
	{"interruptible", requiredArg, "interruptible"},
	{"stack-traces", noArg, "stack-traces"},
	{"syscall-number", noArg, "syscall-number"},
	{"output", requiredArg, "output"},
	{"summary-syscall-overhead", requiredArg, "summary-syscall-overhead"},
	{"attach", requiredArg, "attach"},
	{"trace-path", requiredArg, "trace-path"},
	{"relative-timestamps", optionalArg, "relative-timestamps"},
	{"string-limit", requiredArg, "string-limit"},
	{"summary-sort-by", requiredArg, "summary-sort-by"},
	{"absolute-timestamps", optionalArg, "absolute-timestamps"},
	{"timestamps", optionalArg, "absolute-timestamps"},
	{"syscall-times", optionalArg, "syscall-times"},
	{"user", requiredArg, "user"},
	{"summary-columns", requiredArg, "summary-columns"},
	{"no-abbrev", noArg, "no-abbrev"},
	{"version", noArg, "version"},
	{"summary-wall-clock", noArg, "summary-wall-clock"},
	{"strings-in-hex", optionalArg, "strings-in-hex"},
	{"const-print-style", requiredArg, "const-print-style"},
	{"pidns-translation", noArg, "pidns-translation"},
	{"successful-only", noArg, "successful-only"},
	{"failed-only", noArg, "failed-only"},
	{"failing-only", noArg, "failed-only"},
	{"seccomp-bpf", noArg, "seccomp-bpf"},
	{"tips", optionalArg, "tips"},
	{"trace", requiredArg, "trace"},
	{"abbrev", requiredArg, "abbrev"},
	{"verbose", requiredArg, "verbose"},
	{"raw", requiredArg, "raw"},
	{"signals", requiredArg, "signal"},
	{"status", requiredArg, "status"},
	{"read", requiredArg, "read"},
	{"write", requiredArg, "write"},
	{"fault", requiredArg, "fault"},
	{"inject", requiredArg, "inject"},
	{"kvm", requiredArg, "kvm"},
	{"quiet", optionalArg, "quiet"},
	{"silent", optionalArg, "quiet"},
	{"silence", optionalArg, "quiet"},
	{"decode-fds", optionalArg, "decode-fds"},
	{"decode-pids", requiredArg, "decode-pids"},
	{"secontext", optionalArg, "secontext"},
}

type shortOption struct {
	key string
	arg bool
}

// shortOptions maps strace's short options to the long option they act
// like ("e" and "F" have none).
var shortOptions = map[byte]shortOption{
	'a': {"columns", true}, 'A': {"output-append-mode", false}, 'b': {"detach-on", true},
	'c': {"summary-only", false}, 'C': {"summary", false}, 'd': {"debug", false},
	'D': {"daemonize", false}, 'e': {"e", true}, 'E': {"env", true},
	'f': {"follow-forks", false}, 'F': {"F", false}, 'h': {"help", false},
	'i': {"instruction-pointer", false}, 'I': {"interruptible", true}, 'k': {"stack-traces", false},
	'n': {"syscall-number", false}, 'o': {"output", true}, 'O': {"summary-syscall-overhead", true},
	'p': {"attach", true}, 'P': {"trace-path", true}, 'q': {"quiet", false},
	'r': {"relative-timestamps", false}, 's': {"string-limit", true}, 'S': {"summary-sort-by", true},
	't': {"absolute-timestamps", false}, 'T': {"syscall-times", false}, 'u': {"user", true},
	'U': {"summary-columns", true}, 'v': {"no-abbrev", false}, 'V': {"version", false},
	'w': {"summary-wall-clock", false}, 'x': {"strings-in-hex", false}, 'X': {"const-print-style", true},
	'y': {"decode-fds", false}, 'Y': {"decode-pids", false}, 'z': {"successful-only", false},
	'Z': {"failed-only", false},
}

// option is one option found on the command line.
type option struct {
	key    string // shortOptions/longOptions key
	short  bool   // given as a short option
	name   string // as strace names it in messages: "-s" or "--string-limit"
	arg    string
	hasArg bool
}

// getopt walks argv[1:] as getopt_long does.
type getopt struct {
	argv    []string
	ind     int    // next word
	cluster string // the rest of a group of short options, "fT" of "-fT"
}

func newGetopt(argv []string) *getopt { return &getopt{argv: argv, ind: 1} }

// next returns the next option; ok is false at the end of the options, and
// then g.ind is the index of the first operand.
func (g *getopt) next() (opt option, ok bool, err *UsageError) {
	if g.cluster != "" {
		return g.short()
	}
	if g.ind >= len(g.argv) {
		return option{}, false, nil
	}
	a := g.argv[g.ind]
	if a == "--" {
		g.ind++
		return option{}, false, nil
	}
	if len(a) < 2 || a[0] != '-' {
		return option{}, false, nil
	}
	g.ind++
	if a[1] == '-' {
		return g.long(a[2:])
	}
	g.cluster = a[1:]
	return g.short()
}

func (g *getopt) short() (option, bool, *UsageError) {
	c := g.cluster[0]
	g.cluster = g.cluster[1:]
	so, known := shortOptions[c]
	if !known {
		g.cluster = ""
		// The byte as it is, like glibc's "%c".
		return option{}, false, usageErr(true, "invalid option -- '%s'", string([]byte{c}))
	}
	opt := option{key: so.key, short: true, name: "-" + string([]byte{c})}
	if !so.arg {
		return opt, true, nil
	}
	switch {
	case g.cluster != "":
		opt.arg, g.cluster = g.cluster, ""
	case g.ind < len(g.argv):
		opt.arg = g.argv[g.ind]
		g.ind++
	default:
		return option{}, false, usageErr(true, "option requires an argument -- '%s'", string([]byte{c}))
	}
	opt.hasArg = true
	return opt, true, nil
}

func (g *getopt) long(body string) (option, bool, *UsageError) {
	name, val, hasEq := strings.Cut(body, "=")
	table := longOptions
	match := -1
	for i, lo := range longOptions {
		if lo.name == name {
			match = i
			break
		}
	}
	if match < 0 {
		if i := extension(name); i >= 0 {
			table, match = extensionOptions, i
		}
	}
	if match < 0 {
		// glibc's abbreviation rule: the first option the prefix selects,
		// unless a later one differs from it in meaning or argument kind.
		var ambiguous []int
		for i, lo := range longOptions {
			if !strings.HasPrefix(lo.name, name) {
				continue
			}
			if match < 0 {
				match = i
				continue
			}
			first := longOptions[match]
			if lo.key != first.key || lo.arg != first.arg {
				if ambiguous == nil {
					ambiguous = append(ambiguous, match)
				}
				ambiguous = append(ambiguous, i)
			}
		}
		if ambiguous != nil {
			var b strings.Builder
			for _, i := range ambiguous {
				b.WriteString(" '--" + longOptions[i].name + "'")
			}
			return option{}, false, usageErr(true, "option '--%s' is ambiguous; possibilities:%s", body, b.String())
		}
		if match < 0 {
			return option{}, false, usageErr(true, "unrecognized option '--%s'", body)
		}
	}
	lo := table[match]
	opt := option{key: lo.key, name: "--" + lo.name}
	switch {
	case hasEq && lo.arg == noArg:
		return option{}, false, usageErr(true, "option '--%s' doesn't allow an argument", lo.name)
	case hasEq:
		opt.arg, opt.hasArg = val, true
	case lo.arg == requiredArg:
		if g.ind >= len(g.argv) {
			return option{}, false, usageErr(true, "option '--%s' requires an argument", lo.name)
		}
		opt.arg, opt.hasArg = g.argv[g.ind], true
		g.ind++
	}
	return opt, true, nil
}

// Package options parses gostrace's command line with strace's syntax and
// strace's error messages.
package options

import (
	"fmt"
	"strconv"
	"strings"

	"gostrace/internal/filter"
)

// Config is the parsed command line.
type Config struct {
	ProgName    string
	Follow      bool
	FollowFiles bool // -ff
	Output      string
	StringLimit int
	Verbose     bool // -v: print structures unabbreviated
	Quiet       int
	Pids        []int
	Command     []string
	Trace       *filter.Set
	Help        bool
	Version     bool
}

// UsageError is a bad command line: Msg is printed after "PROG: ", and
// Hint adds strace's "Try 'PROG -h' for more information." line.
type UsageError struct {
	Msg  string
	Hint bool
}

func (e *UsageError) Error() string { return e.Msg }

// Parse parses argv (argv[0] is the program name).
func Parse(argv []string) (*Config, error) {
	cfg := &Config{ProgName: argv[0], StringLimit: 32}
	if i := strings.LastIndexByte(cfg.ProgName, '/'); i >= 0 {
		cfg.ProgName = cfg.ProgName[i+1:]
	}
	cfg.Trace = filter.NewSet(true)
	args := argv[1:]
	for len(args) > 0 {
		a := args[0]
		if a == "--" {
			args = args[1:]
			break
		}
		if len(a) < 2 || a[0] != '-' {
			break
		}
		args = args[1:]
		for i := 1; i < len(a); i++ {
			switch a[i] {
			case 'f':
				if cfg.Follow {
					cfg.FollowFiles = true
				}
				cfg.Follow = true
			case 'q':
				cfg.Quiet++
			case 'v':
				cfg.Verbose = true
			case 'o', 's', 'p', 'e':
				opt := a[i]
				val := a[i+1:]
				if val == "" {
					if len(args) == 0 {
						return nil, &UsageError{Msg: fmt.Sprintf("option requires an argument -- '%c'", opt), Hint: true}
					}
					val, args = args[0], args[1:]
				}
				i = len(a)
				switch opt {
				case 'o':
					cfg.Output = val
				case 's':
					n, err := strconv.Atoi(val)
					if err != nil || n < 0 {
						return nil, &UsageError{Msg: "invalid -s argument: '" + val + "'"}
					}
					cfg.StringLimit = n
				case 'p':
					for _, f := range strings.FieldsFunc(val, func(r rune) bool { return r == ',' || r == ' ' }) {
						n, err := strconv.Atoi(f)
						if err != nil || n <= 0 {
							return nil, &UsageError{Msg: "Invalid process id: '" + f + "'"}
						}
						cfg.Pids = append(cfg.Pids, n)
					}
				case 'e':
					if err := parseE(cfg, val); err != nil {
						return nil, err
					}
				}
			case 'h':
				cfg.Help = true
			case 'V':
				cfg.Version = true
			default:
				return nil, &UsageError{Msg: fmt.Sprintf("invalid option -- '%c'", a[i]), Hint: true}
			}
		}
	}
	cfg.Command = args
	if !cfg.Help && !cfg.Version && len(cfg.Command) == 0 && len(cfg.Pids) == 0 {
		return nil, &UsageError{Msg: "must have PROG [ARGS] or -p PID", Hint: true}
	}
	return cfg, nil
}

func parseE(cfg *Config, val string) error {
	name, set, ok := strings.Cut(val, "=")
	if !ok {
		set, name = name, "trace"
	}
	switch name {
	case "trace", "t":
		s, err := filter.ParseTrace(set)
		if err != nil {
			return &UsageError{Msg: err.Error()}
		}
		cfg.Trace = s
	default:
		return &UsageError{Msg: "invalid filter action '" + name + "'"}
	}
	return nil
}

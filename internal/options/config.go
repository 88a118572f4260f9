// Package options parses gostrace's command line with strace 6.1's syntax
// and strace's error messages: getopt_long with strace's option table, the
// -e qualifier language (compiled by package filter), and strace's checks of
// conflicting options. It interprets nothing beyond values: what an option
// does is other packages' business.
package options

import (
	"time"

	"gostrace/internal/filter"
)

// Config is the parsed command line. Defaults are strace's.
type Config struct {
	// ProgName is argv[0] as invoked, which strace puts before its
	// messages ("gostrace" if argv[0] is empty).
	ProgName string
	Help     bool // -h: print the help and exit 0 (parsing stopped there)
	Version  bool // -V: print the version and exit 0

	// Startup
	Command []string // PROG [ARGS]
	Pids    []int    // -p, in order
	Env     []string // -E: "VAR=VAL" sets, "VAR" removes, in order
	User    string   // -u USERNAME

	// Tracing
	DetachOnExecve bool              // -b execve
	Daemonize      Daemonize         // -D, -DD, -DDD, --daemonize
	Follow         bool              // -f, --follow-forks (-F when alone)
	FollowFiles    bool              // -ff, --output-separately: a file per process
	Interruptible  int               // -I: 1-4, 0 when not given
	SeccompBPF     bool              // --seccomp-bpf (false when strace would disable it)
	NoSeccompBPF   bool              // --no-seccomp-bpf: no fast path even when it would be safe
	NoSpin         bool              // --no-spin: always sleep in wait4, never poll for a stop
	Trace          *filter.Set       // -e trace=; all by default
	Signals        *filter.SignalSet // -e signal=; all by default
	Status         filter.StatusSet  // -e status=, -z, -Z; all by default
	Paths          []string          // -P, in order
	// KillOnExit (--kill-on-exit, from strace 6.6): PTRACE_O_EXITKILL on
	// every tracee, and no detaching at the end: they die with us.
	KillOnExit bool
	// SyscallLimit (--syscall-limit, from strace 6.3): detach from every
	// tracee once this many calls were traced; 0 for no limit.
	SyscallLimit int64

	// Output format
	Output           string               // -o FILE ("|CMD" and "!CMD" pipe)
	AppendOutput     bool                 // -A
	Columns          int                  // -a, default 40
	StringLimit      int                  // -s, default 32
	Abbrev           *filter.Set          // -e abbrev=; all by default, none with -v
	Verbose          *filter.Set          // -e verbose=; all by default
	Raw              *filter.Set          // -e raw=; none by default
	ReadFds          *filter.FdSet        // -e read=; none by default
	WriteFds         *filter.FdSet        // -e write=; none by default
	Quiet            filter.QuietSet      // -q, -qq, -qqq, -e quiet=
	DecodeFds        filter.DecodeFdsSet  // -y, -yy, -e decode-fds=
	DecodePids       filter.DecodePidsSet // -Y, --pidns-translation, -e decode-pids=
	KVM              bool                 // -e kvm=vcpu
	InstructionPtr   bool                 // -i
	StackTraces      bool                 // -k
	SyscallNumber    bool                 // -n
	NoAbbrev         bool                 // -v
	StringsInHex     HexStyle             // -x, -xx, --strings-in-hex
	ConstStyle       ConstStyle           // -X
	AbsTimestamps    TimeFormat           // -t, -tt, -ttt, --absolute-timestamps
	AbsPrecision     Precision            // precision of those
	RelTimestamps    bool                 // -r
	RelPrecision     Precision            // --relative-timestamps=PRECISION
	SyscallTimes     bool                 // -T
	SyscallPrecision Precision            // --syscall-times=PRECISION
	// OutputFormat is --output-format: FormatText (the default) or
	// FormatJSON. Color is --color (ColorNever by default).
	OutputFormat string
	Color        ColorMode

	// Statistics
	SummaryOnly    bool          // -c
	Summary        bool          // -C
	Overhead       time.Duration // -O
	SortBy         string        // -S, canonical: time, min-time, max-time, avg-time, calls, errors, name, nothing
	SummaryColumns []string      // -U, canonical names, in order
	WallClock      bool          // -w

	// Tampering
	Injects []*filter.Inject // -e inject=, -e fault=, in order

	// gostrace's own options (extras.go).
	Extras

	// Miscellaneous
	Debug      bool       // -d
	Tips       bool       // --tips
	TipsID     int        // -1 for a random tip
	TipsFormat TipsFormat // --tips=format:

	// Set holds the canonical names (see Keys) of the options the user gave,
	// so that the caller can refuse the ones not implemented yet.
	Set map[string]bool

	// Warnings are the non-fatal messages strace prints for this command
	// line, in order, without the "PROG: " prefix.
	Warnings []string
}

// Daemonize says how far -D moves the tracer away from the tracee.
type Daemonize int

const (
	DaemonizeOff        Daemonize = iota
	DaemonizeGrandchild           // -D
	DaemonizePgroup               // -DD
	DaemonizeSession              // -DDD
)

// HexStyle says which strings print with hexadecimal escapes.
type HexStyle int

const (
	HexNone          HexStyle = iota // octal escapes where needed
	HexNonASCIIChars                 // hex instead of octal in escapes
	HexNonASCII                      // -x: whole strings with non-ASCII bytes in hex
	HexAll                           // -xx: every string in hex
)

// ConstStyle is -X: how named constants print.
type ConstStyle int

const (
	ConstAbbrev  ConstStyle = iota // names (the default)
	ConstRaw                       // numbers
	ConstVerbose                   // numbers with names in comments
)

// TimeFormat is the format of absolute timestamps.
type TimeFormat int

const (
	TimeNone  TimeFormat = iota
	TimeOfDay            // -t: 12:34:56
	TimeUnix             // -ttt: seconds since the epoch
)

// Precision is the unit timestamps and durations are printed to.
type Precision int

const (
	PrecisionS Precision = iota
	PrecisionMS
	PrecisionUS
	PrecisionNS
)

// TipsFormat is --tips=format:.
type TipsFormat int

const (
	TipsCompact TipsFormat = iota
	TipsNone
	TipsFull
)

func defaults(prog string) *Config {
	return &Config{
		ProgName:         prog,
		Trace:            filter.NewSet(true),
		Signals:          filter.AllSignals(),
		Status:           filter.StatusAll,
		Columns:          40,
		StringLimit:      32,
		Abbrev:           filter.NewSet(true),
		Verbose:          filter.NewSet(true),
		Raw:              filter.NewSet(false),
		ReadFds:          &filter.FdSet{},
		WriteFds:         &filter.FdSet{},
		AbsPrecision:     PrecisionS,
		RelPrecision:     PrecisionUS,
		SyscallPrecision: PrecisionUS,
		SortBy:           "time",
		OutputFormat:     FormatText,
		TipsID:           -1,
		Set:              map[string]bool{},
	}
}

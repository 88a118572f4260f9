package options

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"gostrace/internal/filter"
	"gostrace/internal/sysent"
)

func mustParse(t *testing.T, args ...string) *Config {
	t.Helper()
	cfg, err := Parse(append([]string{"gostrace"}, args...))
	if err != nil {
		t.Fatalf("%q: %v", args, err)
	}
	return cfg
}

func nr(t *testing.T, name string) int {
	t.Helper()
	n, ok := sysent.Number(name)
	if !ok {
		t.Fatalf("no syscall %s", name)
	}
	return n
}

func TestParseValues(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		check func(*Config) bool
	}{
		{[]string{"-f", "ls", "-l"}, func(c *Config) bool {
			return c.Follow && !c.FollowFiles && reflect.DeepEqual(c.Command, []string{"ls", "-l"})
		}},
		{[]string{"--", "-f"}, func(c *Config) bool { return !c.Follow && reflect.DeepEqual(c.Command, []string{"-f"}) }},
		{[]string{"-ff", "-o", "out", "x"}, func(c *Config) bool {
			return c.Follow && c.FollowFiles && c.Output == "out" && c.Set["output-separately"]
		}},
		{[]string{"--follow-forks", "--output-separately", "-o", "o", "x"}, func(c *Config) bool { return c.Follow && c.FollowFiles }},
		{[]string{"-F", "x"}, func(c *Config) bool {
			return c.Follow && reflect.DeepEqual(c.Warnings, []string{"option -F is deprecated, please use -f/--follow-forks instead"})
		}},
		{[]string{"-p", "1", "-p2", "-p", "3,4 5\t6\n7,"}, func(c *Config) bool {
			return reflect.DeepEqual(c.Pids, []int{1, 2, 3, 4, 5, 6, 7}) && c.Command == nil
		}},
		{[]string{"--attach=+8", "x"}, func(c *Config) bool { return reflect.DeepEqual(c.Pids, []int{8}) }},
		{[]string{"-s64", "x"}, func(c *Config) bool { return c.StringLimit == 64 }},
		{[]string{"-s", " 010", "x"}, func(c *Config) bool { return c.StringLimit == 10 }},
		{[]string{"--string-limit=0", "x"}, func(c *Config) bool { return c.StringLimit == 0 }},
		{[]string{"x"}, func(c *Config) bool {
			return c.StringLimit == 32 && c.Columns == 40 && c.Trace.All() && c.Signals.All() &&
				c.Status == filter.StatusAll && c.Quiet == 0 && c.Raw.Empty() && c.Abbrev.All() &&
				c.SortBy == "time" && len(c.Set) == 0 && c.Warnings == nil
		}},
		{[]string{"-q", "x"}, func(c *Config) bool { return c.Quiet == filter.QuietAttach|filter.QuietPersonality }},
		{[]string{"-qq", "x"}, func(c *Config) bool {
			return c.Quiet == filter.QuietAttach|filter.QuietPersonality|filter.QuietExit
		}},
		// -qqq leaves out path-resolution: strace 6.1 -qqq -P LINK still
		// prints "Requested path ... resolved into ...".
		{[]string{"-qqqq", "x"}, func(c *Config) bool { return c.Quiet == filter.QuietAll&^filter.QuietPathResolution }},
		{[]string{"--quiet", "x"}, func(c *Config) bool { return c.Quiet == filter.QuietAttach|filter.QuietPersonality }},
		{[]string{"-e", "quiet=exit", "-e", "q=!exit", "x"}, func(c *Config) bool { return c.Quiet == filter.QuietAll&^filter.QuietExit }},
		{[]string{"-x", "x"}, func(c *Config) bool { return c.StringsInHex == HexNonASCII }},
		{[]string{"-xx", "x"}, func(c *Config) bool { return c.StringsInHex == HexAll }},
		{[]string{"--strings-in-hex", "x"}, func(c *Config) bool { return c.StringsInHex == HexAll }},
		{[]string{"--strings-in-hex=non-ascii-chars", "x"}, func(c *Config) bool { return c.StringsInHex == HexNonASCIIChars }},
		{[]string{"-y", "x"}, func(c *Config) bool { return c.DecodeFds == filter.DecodeFdPath }},
		{[]string{"-yy", "x"}, func(c *Config) bool { return c.DecodeFds == filter.DecodeFdAll }},
		{[]string{"-e", "decode-fds=socket,dev", "x"}, func(c *Config) bool {
			return c.DecodeFds == filter.DecodeFdSocket|filter.DecodeFdDev
		}},
		// Each replaces the set: strace 6.1 -Y --pidns-translation prints
		// "1 /* 16297 in strace's PID NS */" without the command, and
		// --pidns-translation -Y the command without the translation.
		{[]string{"-Y", "--pidns-translation", "x"}, func(c *Config) bool { return c.DecodePids == filter.DecodePidNs }},
		{[]string{"--pidns-translation", "-Y", "x"}, func(c *Config) bool { return c.DecodePids == filter.DecodePidComm }},
		{[]string{"-e", "decode-pids=comm,pidns", "x"}, func(c *Config) bool { return c.DecodePids == filter.DecodePidAll }},
		{[]string{"-t", "x"}, func(c *Config) bool { return c.AbsTimestamps == TimeOfDay && c.AbsPrecision == PrecisionS }},
		{[]string{"-tt", "x"}, func(c *Config) bool { return c.AbsTimestamps == TimeOfDay && c.AbsPrecision == PrecisionUS }},
		{[]string{"-ttt", "x"}, func(c *Config) bool { return c.AbsTimestamps == TimeUnix && c.AbsPrecision == PrecisionUS }},
		{[]string{"--absolute-timestamps=ns,unix", "x"}, func(c *Config) bool {
			return c.AbsTimestamps == TimeUnix && c.AbsPrecision == PrecisionNS
		}},
		{[]string{"--timestamps=format:none", "x"}, func(c *Config) bool { return c.AbsTimestamps == TimeNone }},
		{[]string{"-r", "--syscall-times=ms", "x"}, func(c *Config) bool {
			return c.RelTimestamps && c.RelPrecision == PrecisionUS && c.SyscallTimes && c.SyscallPrecision == PrecisionMS
		}},
		{[]string{"-D", "x"}, func(c *Config) bool { return c.Daemonize == DaemonizeGrandchild }},
		{[]string{"-DDD", "x"}, func(c *Config) bool { return c.Daemonize == DaemonizeSession }},
		{[]string{"--daemonize=pgrp", "x"}, func(c *Config) bool { return c.Daemonize == DaemonizePgroup }},
		{[]string{"-I", "never_tstp", "x"}, func(c *Config) bool { return c.Interruptible == 4 }},
		{[]string{"-I2", "x"}, func(c *Config) bool { return c.Interruptible == 2 }},
		{[]string{"-X", "raw", "x"}, func(c *Config) bool { return c.ConstStyle == ConstRaw }},
		{[]string{"-a", "0", "x"}, func(c *Config) bool { return c.Columns == 0 }},
		{[]string{"-c", "-O", "1.5ms", "-S", "time_min", "-U", "name,count", "x"}, func(c *Config) bool {
			return c.SummaryOnly && c.Overhead == 1500*time.Microsecond && c.SortBy == "min-time" &&
				reflect.DeepEqual(c.SummaryColumns, []string{"name", "calls"})
		}},
		{[]string{"-C", "-w", "x"}, func(c *Config) bool { return c.Summary && c.WallClock }},
		{[]string{"-z", "x"}, func(c *Config) bool { return c.Status == filter.StatusSuccessful }},
		{[]string{"-z", "-e", "status=failed,detached", "x"}, func(c *Config) bool {
			return c.Status == filter.StatusFailed|filter.StatusDetached
		}},
		{[]string{"-E", "A=1", "--env=B", "-u", "nobody", "-P", "/a", "-P", "/b", "x"}, func(c *Config) bool {
			return reflect.DeepEqual(c.Env, []string{"A=1", "B"}) && c.User == "nobody" &&
				reflect.DeepEqual(c.Paths, []string{"/a", "/b"})
		}},
		{[]string{"-b", "execve", "-d", "-i", "-k", "-n", "-v", "x"}, func(c *Config) bool {
			return c.DetachOnExecve && c.Debug && c.InstructionPtr && c.StackTraces && c.SyscallNumber &&
				c.NoAbbrev && c.Abbrev.Empty()
		}},
		{[]string{"-e", "read=3,5", "-e", "write=!1", "x"}, func(c *Config) bool {
			return c.ReadFds.Has(3) && c.ReadFds.Has(5) && !c.ReadFds.Has(4) && !c.WriteFds.Has(1) && c.WriteFds.Has(2)
		}},
		{[]string{"-e", "signal=!SIGIO,chld", "x"}, func(c *Config) bool {
			return !c.Signals.Has(29) && !c.Signals.Has(17) && c.Signals.Has(2)
		}},
		{[]string{"-e", "kvm=vcpu", "x"}, func(c *Config) bool { return c.KVM && c.Set["kvm"] }},
		{[]string{"--tips=full,id:7", "x"}, func(c *Config) bool { return c.Tips && c.TipsID == 7 && c.TipsFormat == TipsFull }},
		{[]string{"--tips", "x"}, func(c *Config) bool { return c.Tips && c.TipsID == -1 && c.TipsFormat == TipsCompact }},
		{[]string{"--seccomp-bpf", "-f", "-e", "trace=open", "x"}, func(c *Config) bool { return c.SeccompBPF && c.Warnings == nil }},
		{[]string{"--seccomp-bpf", "x"}, func(c *Config) bool {
			return !c.SeccompBPF && len(c.Warnings) == 1
		}},
		{[]string{"-A", "-z", "-Z", "x"}, func(c *Config) bool {
			return reflect.DeepEqual(c.Warnings, []string{
				"-A/--output-append-mode has no effect without -o/--output",
				"Only the last of -z/--successful-only/-Z/--failed-only options will take effect. See status qualifier for more complex filters.",
			}) && c.Status == filter.StatusFailed
		}},
	} {
		cfg, err := Parse(append([]string{"gostrace"}, tc.args...))
		if err != nil {
			t.Errorf("%q: %v", tc.args, err)
			continue
		}
		if !tc.check(cfg) {
			t.Errorf("%q: unexpected config %+v", tc.args, *cfg)
		}
	}
}

func TestParseTraceExpressions(t *testing.T) {
	open, close, read := nr(t, "open"), nr(t, "close"), nr(t, "read")
	// The last -e trace= wins, as with strace (checked by tracing /bin/true
	// with "-e trace=close -e trace=brk": only brk shows).
	cfg := mustParse(t, "-e", "trace=open", "-e", "trace=close", "x")
	if cfg.Trace.Has(open) || !cfg.Trace.Has(close) {
		t.Errorf("-e trace=open -e trace=close: want close only")
	}
	cfg = mustParse(t, "-e", "open,read", "x")
	if !cfg.Trace.Has(open) || !cfg.Trace.Has(read) || cfg.Trace.Has(close) || !cfg.Set["trace"] {
		t.Errorf("-e open,read: wrong set")
	}
	cfg = mustParse(t, "--trace=!open", "x")
	if cfg.Trace.Has(open) || !cfg.Trace.Has(close) {
		t.Errorf("--trace=!open: wrong set")
	}
	cfg = mustParse(t, "-e", "inject=open:error=ENOENT:when=2+", "-e", "fault=read", "x")
	if len(cfg.Injects) != 2 || cfg.Injects[0].Error != 2 || cfg.Injects[1].Error != 38 ||
		!cfg.Injects[0].Syscalls.Has(open) || cfg.Injects[0].When != (filter.When{First: 2, Last: filter.WhenInfinite, Step: 1}) {
		t.Errorf("injects: %+v", cfg.Injects)
	}
}

func TestParseStops(t *testing.T) {
	// -h acts at once: what follows is not even looked at.
	cfg := mustParse(t, "-h", "-Q", "-s", "x")
	if !cfg.Help {
		t.Errorf("-h -Q: no Help")
	}
	// -V waits for the end of the options, whose errors still count, but
	// skips the checks of the whole command line.
	if _, err := Parse([]string{"gostrace", "-V", "-Q"}); err == nil {
		t.Errorf("-V -Q accepted")
	}
	cfg = mustParse(t, "-V", "-x", "--strings-in-hex")
	if !cfg.Version {
		t.Errorf("-V: no Version")
	}
	cfg = mustParse(t, "-V", "-h")
	if !cfg.Help {
		t.Errorf("-V -h: help should win")
	}
}

func TestProgNameAsInvoked(t *testing.T) {
	_, err := Parse([]string{"/usr/local/bin/gostrace", "-Q"})
	var ue *UsageError
	if !errors.As(err, &ue) || !ue.Hint {
		t.Fatalf("want a UsageError with a hint, got %v", err)
	}
	var b strings.Builder
	ue.Write(&b, ProgName([]string{"/usr/local/bin/gostrace"}))
	want := "/usr/local/bin/gostrace: invalid option -- 'Q'\nTry '/usr/local/bin/gostrace -h' for more information.\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
	if ProgName([]string{""}) != "gostrace" || ProgName(nil) != "gostrace" {
		t.Errorf("empty argv[0] should read gostrace")
	}
	cfg := mustParse(t, "x")
	if cfg.ProgName != "gostrace" {
		t.Errorf("ProgName %q", cfg.ProgName)
	}
}

func TestSetKeys(t *testing.T) {
	cfg := mustParse(t, "-f", "-s", "10", "-e", "signal=INT", "--raw=open", "-yY", "-q", "x")
	want := []string{"decode-fds", "decode-pids", "follow-forks", "quiet", "raw", "signal", "string-limit"}
	if got := cfg.Keys(); !reflect.DeepEqual(got, want) {
		t.Errorf("keys %v, want %v", got, want)
	}
	for _, k := range append(want, "trace", "inject", "secontext", "attach") {
		if Label(k) == k {
			t.Errorf("no label for %s", k)
		}
	}
}

func TestHelpListsEveryOption(t *testing.T) {
	h := Help()
	for c := range shortOptions {
		if c == 'F' { // deprecated; strace's help leaves it out too
			continue
		}
		if !strings.Contains(h, "-"+string(c)) {
			t.Errorf("help lacks -%c", c)
		}
	}
	aliases := map[string]bool{"daemonised": true, "daemonized": true, "timestamps": true,
		"failing-only": true, "silent": true, "silence": true, "signals": true, "secontext": true}
	for _, lo := range longOptions {
		if !aliases[lo.name] && !strings.Contains(h, "--"+lo.name) {
			t.Errorf("help lacks --%s", lo.name)
		}
	}
	if Version("1.2") != "gostrace -- version 1.2\n" {
		t.Errorf("version line %q", Version("1.2"))
	}
}

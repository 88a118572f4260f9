package options

import (
	"errors"
	"strings"
	"testing"
)

// FuzzParse takes a command line as words separated by NUL bytes.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"-f\x00ls\x00-l",
		"-fTs64\x00-e\x00trace=%file,!open\x00--\x00x",
		"--str=1\x00x",
		"-e\x00inject=open:retval=-1\x00-qq\x00-p\x001,2 3\x00x",
		"--abs=format:unix,ns\x00-c\x00-C",
		"-x\x00--strings-in-hex\x00true",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		argv := append([]string{"gostrace"}, strings.Split(line, "\x00")...)
		cfg, err := Parse(argv)
		_, err2 := Parse(argv)
		if (err == nil) != (err2 == nil) || (err != nil && err.Error() != err2.Error()) {
			t.Fatalf("%q: not deterministic: %v / %v", argv, err, err2)
		}
		if err != nil {
			var ue *UsageError
			if !errors.As(err, &ue) || ue.Msg == "" {
				t.Fatalf("%q: bad error %#v", argv, err)
			}
			return
		}
		for _, k := range cfg.Keys() {
			if Label(k) == k {
				t.Fatalf("%q: key %q has no label", argv, k)
			}
		}
		if cfg.Help || cfg.Version {
			return
		}
		if len(cfg.Command) == 0 && len(cfg.Pids) == 0 {
			t.Fatalf("%q: accepted with nothing to trace", argv)
		}
		if n := len(cfg.Command); n > 0 && strings.Join(cfg.Command, "\x00") != strings.Join(argv[len(argv)-n:], "\x00") {
			t.Fatalf("%q: command %q is not the tail of argv", argv, cfg.Command)
		}
		if cfg.StringLimit < 0 || cfg.StringLimit >= 1<<30 || cfg.Columns < 0 || cfg.Interruptible < 0 || cfg.Interruptible > 4 {
			t.Fatalf("%q: values out of range: %+v", argv, *cfg)
		}
		if cfg.Trace == nil || cfg.Abbrev == nil || cfg.Verbose == nil || cfg.Raw == nil || cfg.Signals == nil ||
			cfg.ReadFds == nil || cfg.WriteFds == nil {
			t.Fatalf("%q: nil set", argv)
		}
		for _, pid := range cfg.Pids {
			if pid <= 0 {
				t.Fatalf("%q: pid %d", argv, pid)
			}
		}
		if cfg.SummaryOnly && cfg.Summary {
			t.Fatalf("%q: -c and -C both accepted", argv)
		}
	})
}

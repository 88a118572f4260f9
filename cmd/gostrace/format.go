package main

import (
	"strconv"

	"golang.org/x/sys/unix"

	"gostrace/internal/options"
	"gostrace/internal/output"
	"gostrace/internal/session"
	"gostrace/internal/summary"
	"gostrace/internal/sysent"
	"gostrace/internal/tracer"
)

// outputFormat settles --output-format and --color: whether the trace is
// written as JSON lines, and the palette that colors the text (nil: none,
// the default, which keeps strace's text byte for byte). --color=auto
// colors only a trace that goes to a terminal (stderr, never an -o file)
// when NO_COLOR is unset or empty and TERM is not "dumb"; --color=always
// colors whatever the trace goes to. JSON is never colored.
func outputFormat(cfg *options.Config, getenv func(string) string, stderrIsTerminal func() bool) (json bool, pal *output.Palette) {
	json = cfg.OutputFormat == options.FormatJSON
	if json {
		return true, nil
	}
	switch cfg.Color {
	case options.ColorAlways:
	case options.ColorAuto:
		if cfg.Output != "" || getenv("NO_COLOR") != "" || getenv("TERM") == "dumb" || !stderrIsTerminal() {
			return false, nil
		}
	default:
		return false, nil
	}
	return false, output.NewPalette(getenv("GOSTRACE_COLORS"))
}

// sessionHook, which only tests set, may put something between the
// tracer and the session: a second session that writes the same events
// as JSON, so that a test compares the two outputs of one run.
var sessionHook func(s *session.Session, scfg session.Config, cfg *options.Config) tracer.Handler

// handler returns what the tracer reports to: the session, unless a test
// hooked in.
func handler(s *session.Session, scfg session.Config, cfg *options.Config) tracer.Handler {
	if sessionHook != nil {
		return sessionHook(s, scfg, cfg)
	}
	return s
}

// isTerminal reports whether fd is a terminal.
func isTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

// writeSummaryJSON writes the -c/-C figures as one JSON event, in the
// order of the syscall numbers, with -O's overhead taken off as the table
// does.
func writeSummaryJSON(s *session.Session, cfg *options.Config, count *summary.Summary) {
	overhead := int64(cfg.Overhead)
	b := []byte(`{"type":"summary","syscalls":[`)
	first := true
	for nr := 0; nr < sysent.Count(); nr++ {
		st := count.Get(nr)
		if st.Calls == 0 {
			continue
		}
		if overhead > 0 {
			st.Total = max(0, st.Total-overhead*int64(st.Calls))
			st.Min = max(0, st.Min-overhead)
			st.Max = max(0, st.Max-overhead)
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, `{"syscall":"`...)
		b = append(b, sysent.Name(nr)...)
		b = append(b, `","nr":`...)
		b = strconv.AppendInt(b, int64(nr), 10)
		b = append(b, `,"calls":`...)
		b = strconv.AppendUint(b, st.Calls, 10)
		b = append(b, `,"errors":`...)
		b = strconv.AppendUint(b, st.Errors, 10)
		b = append(b, `,"total_ns":`...)
		b = strconv.AppendInt(b, st.Total, 10)
		b = append(b, `,"min_ns":`...)
		b = strconv.AppendInt(b, st.Min, 10)
		b = append(b, `,"max_ns":`...)
		b = strconv.AppendInt(b, st.Max, 10)
		b = append(b, '}')
	}
	b = append(b, "]}\n"...)
	s.Flush()
	s.SummaryWriter().Write(b)
}

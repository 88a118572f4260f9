package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"gostrace/internal/decode"
	"gostrace/internal/filter"
	"gostrace/internal/options"
	"gostrace/internal/session"
	"gostrace/internal/shim"
	"gostrace/internal/summary"
	"gostrace/internal/sysent"
	"gostrace/internal/tracer"
	"gostrace/internal/xlat"
)

// fatalSignals end a trace: on them gostrace detaches and exits 128+sig.
var fatalSignals = []os.Signal{unix.SIGHUP, unix.SIGINT, unix.SIGQUIT, unix.SIGPIPE, unix.SIGTERM}

func run(cfg *options.Config, orig shim.State) int {
	prog := cfg.ProgName
	fail := func(format string, a ...any) int {
		fmt.Fprintf(os.Stderr, "%s: %s\n", prog, fmt.Sprintf(format, a...))
		return 1
	}
	if cfg.Version {
		fmt.Print(options.Version(version))
		return 0
	}
	if cfg.Help {
		fmt.Print(options.Help())
		return 0
	}

	var path string
	if len(cfg.Command) > 0 {
		var err error
		path, err = resolve(cfg.Command[0])
		if err != nil {
			return fail("Can't stat '%s': %s", cfg.Command[0], errText(err))
		}
	}

	paths := tracePaths(cfg)
	out := os.Stderr
	perThread := cfg.FollowFiles && cfg.Output != ""
	var traceOut *traceOutput
	if cfg.Output != "" && !perThread {
		var err error
		traceOut, err = openOutput(cfg.Output, cfg.AppendOutput)
		if err != nil {
			return fail("Can't fopen '%s': %s", cfg.Output, errText(err))
		}
		defer traceOut.Close()
		out = traceOut.f
	}

	var count *summary.Summary
	if cfg.SummaryOnly || cfg.Summary {
		count = &summary.Summary{}
	}
	dopt := decode.DefaultOptions()
	dopt.StringLimit = cfg.StringLimit
	dopt.Verbose = cfg.NoAbbrev
	switch {
	case cfg.DecodeFds == filter.DecodeFdPath:
		dopt.FdPath = session.FdPath
	case cfg.DecodeFds != 0:
		dopt.FdPath = session.NewFdDecoder(cfg.DecodeFds).FdPath
	}
	s := session.New(session.Config{
		ProgName:   prog,
		Follow:     cfg.Follow,
		OutputFile: cfg.Output != "",
		PerThread:  perThread,
		OutputBase: cfg.Output,
		Quiet:      cfg.Quiet,
		Trace:      cfg.Trace,
		Signals:    cfg.Signals,
		Decode:     dopt,
		Timing:     timing(cfg),
		Hex:        hexLevel(cfg.StringsInHex),
		Count:      count,
		CountOnly:  cfg.SummaryOnly,
		WallClock:  cfg.WallClock,
		Append:     cfg.AppendOutput,
		Status:     cfg.Status,
		ReadFds:    cfg.ReadFds,
		WriteFds:   cfg.WriteFds,
		Column:     column(cfg.Columns),
		Numbers:    cfg.SyscallNumber,
		IPs:        cfg.InstructionPtr,
		Style:      constStyle(cfg.ConstStyle),
		Raw:        cfg.Raw,
		Abbrev:     cfg.Abbrev,
		Verbose:    cfg.Verbose,
		Paths:      paths,
		Pids:       pidDecor(cfg.DecodePids),
	}, out)
	tr := tracer.New(tracer.Config{
		Follow:   cfg.Follow,
		MayBlock: mayBlock,
		Rusage:   count != nil && !cfg.WallClock,
	}, s)

	attach := len(cfg.Pids) > 0
	if attach || cfg.Output == "" {
		tr.CatchSignals(fatalSignals...)
	} else {
		// strace's -I3, its default for -o FILE PROG: the terminal's
		// signals are for the command, not for us.
		tracer.IgnoreSignals(fatalSignals...)
	}

	for _, pid := range cfg.Pids {
		n, err := tr.Attach(pid)
		if err != nil {
			fail("%s", err)
			continue
		}
		s.Attached(pid, n)
	}
	if attach && tr.NumTasks() == 0 {
		return 1
	}
	if len(cfg.Command) > 0 {
		if _, err := tr.Launch(shim.Args(prog, path, cfg.Command, orig), os.Environ()); err != nil {
			return fail("%s", err)
		}
		s.Started()
	}
	if err := tr.Run(); err != nil {
		// As strace: say what failed, then let go of what is left.
		s.Flush()
		fail("%s", err)
		tr.Forget()
		s.Close()
		return 1
	}
	if count != nil {
		writeSummary(s, cfg, count)
	}
	if err := s.Flush(); err != nil {
		// strace names the -o argument ("|cmd: Broken pipe", once per
		// line it could not write; we say it once).
		if cfg.Output != "" {
			fail("%s: %s", cfg.Output, errText(err))
		} else {
			fail("%s", err)
		}
	}
	s.Close()
	if sig := tr.Interrupted(); sig != 0 {
		return 128 + sig
	}
	if st, ok := tr.LeaderStatus(); ok && len(cfg.Command) > 0 {
		if st.Signaled() {
			dieLike(st.Signal())
			return 128 + st.Signal()
		}
		return st.ExitStatus()
	}
	return 0
}

// dieLike ends gostrace with the signal that killed the command, as strace
// does, without a core dump of our own.
func dieLike(sig int) {
	unix.Setrlimit(unix.RLIMIT_CORE, &unix.Rlimit{})
	signalDefault(sig)
	// To this thread: a process-directed signal could be taken by another
	// thread that still blocks it.
	unix.Tgkill(os.Getpid(), unix.Gettid(), unix.Signal(sig))
}

// resolve finds the command as execvp would, so that a missing one is
// reported before anything starts (strace: "Can't stat 'x'").
func resolve(name string) (string, error) {
	if strings.Contains(name, "/") {
		if _, err := os.Stat(name); err != nil {
			return "", err
		}
		return name, nil
	}
	p, err := exec.LookPath(name)
	if err != nil {
		if errors.Is(err, exec.ErrDot) {
			return filepath.Join(".", name), nil
		}
		return "", syscall.ENOENT
	}
	return p, nil
}

func errText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return xlat.ErrnoMessage(int(errno))
	}
	return err.Error()
}

// writeSummary prints the -c/-C table where the trace goes.
func writeSummary(s *session.Session, cfg *options.Config, count *summary.Summary) {
	opt := summary.Options{Overhead: int64(cfg.Overhead)}
	if k, ok := summary.ParseSort(cfg.SortBy); ok {
		opt.Sort = k
	}
	if len(cfg.SummaryColumns) > 0 {
		cols, err := summary.ParseColumns(strings.Join(cfg.SummaryColumns, ","))
		if err == nil {
			opt.Columns = cols
		}
	}
	s.Flush()
	count.Write(s.SummaryWriter(), opt, sysent.Name)
}

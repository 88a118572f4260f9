package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"gostrace/internal/decode"
	"gostrace/internal/filter"
	"gostrace/internal/inject"
	"gostrace/internal/options"
	"gostrace/internal/seccomp"
	"gostrace/internal/session"
	"gostrace/internal/shim"
	"gostrace/internal/summary"
	"gostrace/internal/tracer"
	"gostrace/internal/xlat"
)

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
	if code, done := runMode(cfg); done {
		return code
	}

	// strace's order: -u is checked before the command is looked for.
	if cfg.User != "" {
		creds, msg := userCreds(cfg.User)
		if msg != "" {
			return fail("%s", msg)
		}
		orig.Creds = creds
	}
	var path string
	if len(cfg.Command) > 0 {
		var err error
		path, err = resolve(cfg.Command[0])
		if err != nil {
			return fail("Can't stat '%s': %s", cfg.Command[0], errText(err))
		}
		setuidIDs(orig.Creds, path)
	}
	env := commandEnv(os.Environ(), cfg.Env)
	if fastPath(cfg) {
		orig.Seccomp = seccomp.Encode(seccompRanges(cfg.Trace))
	}
	if cfg.Daemonize != options.DaemonizeOff {
		return daemonize(cfg, orig, path, env)
	}
	return trace(cfg, orig, path, env, 0)
}

// trace runs the tracing session: it launches the command (or, with -D,
// seizes the process daemonPid that runs it) and attaches to -p's
// processes, and returns the exit status.
func trace(cfg *options.Config, orig shim.State, path string, env []string, daemonPid int) int {
	prog := cfg.ProgName
	fail := func(format string, a ...any) int {
		fmt.Fprintf(os.Stderr, "%s: %s\n", prog, fmt.Sprintf(format, a...))
		return 1
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
		count = &summary.Summary{Percentiles: summary.WantsPercentiles(summaryOptions(cfg).Columns)}
	}
	recorder, err := openTimeline(cfg)
	if err != nil {
		return fail("%s", err)
	}
	// Closed before gostrace may die of the command's signal, and on
	// every other way out.
	defer closeTimeline(cfg, recorder)
	dopt := decode.DefaultOptions()
	dopt.StringLimit = cfg.StringLimit
	dopt.Verbose = cfg.NoAbbrev
	switch {
	case cfg.DecodeFds == filter.DecodeFdPath:
		dopt.FdPath = session.FdPath
	case cfg.DecodeFds != 0:
		dopt.FdPath = session.NewFdDecoder(cfg.DecodeFds).FdPath
	}
	quiet := cfg.Quiet
	if cfg.Output != "" && len(cfg.Command) > 0 && !cfg.Set["quiet"] {
		// strace's -q by default with -o FILE PROG: no attach messages.
		quiet |= filter.QuietAttach | filter.QuietPersonality
	}
	jsonOut, palette := outputFormat(cfg, os.Getenv, func() bool { return isTerminal(int(os.Stderr.Fd())) })
	injector := inject.New(cfg.Injects)
	var tr *tracer.Tracer
	var callDone func()
	if left := cfg.SyscallLimit; left > 0 {
		callDone = func() {
			if left--; left == 0 {
				tr.DetachAll()
			}
		}
	}
	scfg := session.Config{
		ProgName:   prog,
		Follow:     cfg.Follow,
		OutputFile: cfg.Output != "",
		PerThread:  perThread,
		OutputBase: cfg.Output,
		Quiet:      quiet,
		CallDone:   callDone,
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
		Inject:     injector,
		JSON:       jsonOut,
		Color:      palette,

		Recorder:    recorder,
		MinDuration: int64(cfg.MinDuration),
		PerProcess:  cfg.PerProcess,

		// A trace that cannot be written: let go of every tracee
		// (session/outfail.go says why).
		OutputError: func() { tr.DetachAll() },
	}
	s := session.New(scfg, out)
	if injector != nil {
		injector.Warn = s.Message
	}
	tr = tracer.New(tracer.Config{
		Follow:       cfg.Follow,
		MayBlock:     mayBlock,
		IdleFirst:    cfg.Output == "",
		Rusage:       count != nil && !cfg.WallClock,
		DetachOnExec: cfg.DetachOnExecve,
		// As strace's --seccomp-bpf: the command could not run on
		// untraced (its filtered calls would fail with ENOSYS).
		KillOnExit: cfg.KillOnExit || orig.Seccomp != "",
		Seccomp:    orig.Seccomp != "",
		Tick:       cfg.SummaryInterval,
		OnTick:     periodicSummary(s, cfg, count),
		Spin:       spinBudget(cfg),
		// Not under the tests' second session (format.go), which
		// decodes every call.
		LeanEntries: s.LeanEntries() && sessionHook == nil,
	}, handler(s, scfg, cfg))
	setInterrupts(tr, interruptLevel(cfg), orig)

	attach := len(cfg.Pids) > 0
	for _, pid := range cfg.Pids {
		n, err := tr.Attach(pid)
		if err != nil {
			fail("%s", err)
			continue
		}
		if perThread {
			// As strace: the file is created at the attach, and if it
			// cannot be, the process is let go of unannounced.
			if err := perThreadFile(cfg.Output, pid, cfg.AppendOutput); err != nil {
				s.OutputFailure(err.Error())
				break
			}
		}
		s.Attached(pid, n)
	}
	if attach && tr.NumTasks() == 0 {
		return 1
	}
	switch {
	case daemonPid != 0:
		if err := tr.SeizeCommand(daemonPid); err != nil {
			return fail("%s", err)
		}
		// strace says so: for it too, -D's command is attached to.
		s.Attached(daemonPid, 1)
		released()
	case len(cfg.Command) > 0 && !s.OutputFailed(): // not after -ff failed at an attach
		pid, err := launch(tr, prog, path, cfg.Command, orig, env)
		if err != nil {
			return fail("%s", err)
		}
		if perThread {
			// As strace: the command's own -ff file is created before
			// the command runs, and if it cannot be, the command never
			// runs. (The session would otherwise find out at the first
			// line, and detach a command that then runs untraced.)
			if err := perThreadFile(cfg.Output, pid, cfg.AppendOutput); err != nil {
				unix.Kill(pid, unix.SIGKILL)
				var ws unix.WaitStatus
				unix.Wait4(pid, &ws, unix.WALL, nil)
				return fail("%s", err)
			}
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
	// A failed write is reported by the session, once, in strace's words
	// (it used to be printed here as Go worded it, and tracing went on).
	s.Flush()
	s.Close()
	closeTimeline(cfg, recorder)
	launched := daemonPid == 0 && len(cfg.Command) > 0
	if s.OutputFailed() {
		// Checked before the interrupt: a SIGPIPE caught at -I2 is the
		// echo of our own write to a closed pipe, not the user's.
		return outputFailed(tr, launched)
	}
	if sig := tr.Interrupted(); sig != 0 {
		return interrupted(tr, sig, launched)
	}
	if daemonPid != 0 {
		return 0 // the command's status is its own process's
	}
	if launched && tr.LeaderDetached() {
		// As strace after -b execve or --syscall-limit let go of the
		// command: wait for it, and exit 0 whatever its status.
		tr.WaitLeader()
		if sig := tr.Interrupted(); sig != 0 {
			return interrupted(tr, sig, launched)
		}
		return 0
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

// perThreadFile creates the -ff file of process pid, which the session
// opens again (truncating it, or with -A appending) at the process's first
// line; the error is strace's message.
func perThreadFile(base string, pid int, appending bool) error {
	name := base + "." + strconv.Itoa(pid)
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if appending {
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	}
	f, err := os.OpenFile(name, flags, 0o666)
	if err != nil {
		return fmt.Errorf("Can't fopen '%s': %s", name, errText(err))
	}
	return f.Close()
}

// outputFailed ends gostrace after the trace could not be written and
// every tracee was let go of: it waits for the command it started to end
// (session/outfail.go says why), and exits 1.
func outputFailed(tr *tracer.Tracer, launched bool) int {
	for launched && tr.LeaderDetached() {
		// SIGPIPE (caught at -I2) is the echo of our own write to a
		// closed pipe, however late it comes: it must not cut the wait
		// short, nor be passed on to the command as strace would.
		tr.ForgetInterrupt(int(unix.SIGPIPE))
		tr.WaitLeader()
		switch sig := tr.Interrupted(); sig {
		case 0:
			return 1 // the command ended (or is not our child: -D)
		case int(unix.SIGPIPE):
		default:
			return interrupted(tr, sig, launched)
		}
	}
	return 1
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
	if cfg.OutputFormat == options.FormatJSON {
		writeSummaryJSON(s, cfg, count)
		return
	}
	s.Flush()
	s.WriteFailed(writeTables(s.SummaryWriter(), s, cfg, count))
}

// summaryOptions turns -S, -U and -O into the table's options.
func summaryOptions(cfg *options.Config) summary.Options {
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
	return opt
}

// launch starts the command under tr (see shim.Start).
func launch(tr *tracer.Tracer, prog, path string, argv []string, orig shim.State, env []string) (int, error) {
	return shim.Start(prog, path, argv, orig, func(l *shim.Launch) (int, error) {
		return tr.Launch(l.Path, l.Argv, env)
	})
}

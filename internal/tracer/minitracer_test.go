package tracer

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"gostrace/internal/shim"
)

// fatalSignals are those gostrace catches (or ignores, with -o FILE).
var fatalSignals = []os.Signal{unix.SIGHUP, unix.SIGINT, unix.SIGQUIT, unix.SIGPIPE, unix.SIGTERM}

// withoutHelperEnv is env without our scenario variable: what the command
// of the minitracer (and of the untraced runs it is compared with) gets.
func withoutHelperEnv(env []string) []string {
	var out []string
	for _, e := range env {
		if !strings.HasPrefix(e, helperEnv+"=") {
			out = append(out, e)
		}
	}
	return out
}

// minitracer [-f] [-ignore] [-catch] [-log FILE] [-p PID]... [--] [PROG ARGS...]
//
// A gostrace without decoding, for what needs a process of its own: the
// state a command inherits through the whole launch path (the shim
// included), and the interrupting signals (CatchSignals). It appends
// "started PID" or "attached PID N" to the log when tracing has begun, the
// event log and "end ..." when Run returns, and exits as gostrace does.
func helperMiniTracer(args []string) {
	orig := shim.Capture()
	var (
		follow, ignore, catch bool
		logName               string
		pids                  []int
	)
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		switch args[0] {
		case "-f":
			follow = true
		case "-ignore":
			ignore = true
		case "-catch":
			catch = true
		case "-log":
			logName, args = args[1], args[1:]
		case "-p":
			pids, args = append(pids, atoi(args[1])), args[1:]
		case "--":
			args = args[1:]
			goto parsed
		}
		args = args[1:]
	}
parsed:
	logf := os.Stderr
	if logName != "" {
		f, err := os.OpenFile(logName, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
		if err != nil {
			panic(err)
		}
		logf = f
	}
	rec := &recorder{}
	tr := New(Config{Follow: follow}, rec)
	if catch {
		tr.CatchSignals(fatalSignals...)
	}
	if ignore {
		IgnoreSignals(fatalSignals...)
	}
	for _, pid := range pids {
		n, err := tr.Attach(pid)
		if err != nil {
			fmt.Fprintf(logf, "attach: %v\n", err)
			os.Exit(1)
		}
		fmt.Fprintf(logf, "attached %d %d\n", pid, n)
	}
	if len(args) > 0 {
		l := shim.Prepare("minitracer", args[0], args, orig)
		pid, err := tr.Launch(l.Path, l.Argv, withoutHelperEnv(os.Environ()))
		l.Close()
		if err != nil {
			fmt.Fprintf(logf, "launch: %v\n", err)
			os.Exit(1)
		}
		fmt.Fprintf(logf, "started %d\n", pid)
	}
	err := tr.Run()
	fmt.Fprint(logf, dump(rec.log()))
	st, ok := tr.LeaderStatus()
	fmt.Fprintf(logf, "end err=%v interrupted=%d leader=%v status=%#x tasks=%d\n",
		err, tr.Interrupted(), ok, uint32(st), len(tr.tasks))
	switch {
	case tr.Interrupted() != 0:
		os.Exit(128 + tr.Interrupted())
	case ok && st.Signaled():
		os.Exit(128 + st.Signal())
	case ok:
		os.Exit(st.ExitStatus())
	}
}

// execwithArgs builds the argv of the execwith scenario.
func execwithArgs(ign, blk []int, dir string, prog ...string) []string {
	join := func(s []int) string {
		var b []string
		for _, v := range s {
			b = append(b, strconv.Itoa(v))
		}
		return strings.Join(b, ",")
	}
	return append([]string{join(ign), join(blk), dir}, prog...)
}

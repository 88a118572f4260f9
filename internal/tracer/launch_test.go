package tracer

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/sys/unix"

	"gostrace/internal/seccomp"
	"gostrace/internal/shim"
)

// The command's first event is its execve's entry; nothing of the shim
// (its Go runtime's calls, threads, the SIGCONT that wakes it) shows; the
// exit code comes back.
func TestLaunchShowsOnlyTheCommand(t *testing.T) {
	for kind, start := range shimKinds {
		for _, follow := range []bool{false, true} {
			t.Run(kind+"/"+map[bool]string{false: "nofollow", true: "follow"}[follow], func(t *testing.T) {
				path, argv, env := helperArgv("exit", "7")
				s := launchVia(t, start, Config{Follow: follow}, nil, shim.Capture(), path, argv, env)
				checkLaunchEvents(t, s)
			})
		}
	}
}

// checkLaunchEvents checks the events of the helper "exit 7" launched.
func checkLaunchEvents(t *testing.T, s *traced) {
	t.Helper()
	evs := s.wait(t)
	if len(evs) < 4 {
		t.Fatalf("too few events")
	}
	if e := evs[0]; e.kind != evEntry || e.nr != nrExecve || e.tid != s.pid {
		t.Errorf("first event %v, want the execve entry of %d", e, s.pid)
	}
	if e := evs[1]; e.kind != evExec || e.tid != s.pid {
		t.Errorf("second event %v, want the exec", e)
	}
	if e := evs[2]; e.kind != evExit || e.nr != nrExecve || e.rval != 0 || e.hidden {
		t.Errorf("third event %v, want execve's exit = 0", e)
	}
	for _, e := range evs[1:] {
		if e.hidden {
			t.Errorf("hidden event shown: %v", e)
		}
	}
	if e := evs[len(evs)-1]; e.kind != evExited || e.tid != s.pid || !e.status.Exited() || e.status.ExitStatus() != 7 {
		t.Errorf("last event %v, want exit 7 of %d", e, s.pid)
	}
	st, ok := s.tr.LeaderStatus()
	if !ok || !st.Exited() || st.ExitStatus() != 7 {
		t.Errorf("LeaderStatus %#x %v, want exit 7", uint32(st), ok)
	}
}

// With the seccomp fast path, the shim installs the filter before its
// execve and the tracer lets it run to it without stepping through its
// calls: the command's traced calls, and only they, show (the execve
// first when it is one of them), through either shim.
func TestLaunchSeccomp(t *testing.T) {
	for kind, start := range shimKinds {
		for _, withExecve := range []bool{false, true} {
			t.Run(kind+map[bool]string{false: "", true: "/execve"}[withExecve], func(t *testing.T) {
				nrs := []int{unix.SYS_EXIT_GROUP}
				if withExecve {
					nrs = append(nrs, nrExecve)
				}
				st := shim.Capture()
				st.Seccomp = seccomp.Encode(seccomp.Ranges(nrs))
				path, argv, env := helperArgv("exit", "7")
				s := launchVia(t, start, Config{Follow: true, Seccomp: true}, nil, st, path, argv, env)
				evs := s.wait(t)
				var calls []string
				for i, e := range evs {
					// The execve's entry is the shim's, still hidden: the one
					// call of it shown.
					if e.hidden && !(i == 0 && e.kind == evEntry && e.nr == nrExecve) {
						t.Errorf("hidden event shown: %v", e)
					}
					if e.kind == evEntry {
						calls = append(calls, itoa(e.nr))
					}
				}
				want := []string{itoa(unix.SYS_EXIT_GROUP)}
				if withExecve {
					want = append([]string{itoa(nrExecve)}, want...)
				}
				// The helper's Go runtime may make other calls; only the
				// traced ones may show, each entry once per call.
				if len(calls) == 0 || calls[0] != want[0] || calls[len(calls)-1] != want[len(want)-1] {
					t.Errorf("entries %v, want %v", calls, want)
				}
				for _, c := range calls {
					if c != want[0] && c != want[len(want)-1] {
						t.Errorf("untraced call %s shown", c)
					}
				}
				if e := evs[len(evs)-1]; e.kind != evExited || e.tid != s.pid || !e.status.Exited() || e.status.ExitStatus() != 7 {
					t.Errorf("last event %v, want exit 7 of %d", e, s.pid)
				}
			})
		}
	}
}

// A failed exec is shown (the only call of the shim after its execve's
// entry), and the shim's exit 1 is the leader's status, as strace does:
//
//	execve("./x", ["./x"], ...) = -1 EACCES (Permission denied)
//	strace: exec: Permission denied
//	+++ exited with 1 +++
func TestLaunchExecFailure(t *testing.T) {
	dir := t.TempDir()
	noexec := filepath.Join(dir, "noexec")
	badInterp := filepath.Join(dir, "badinterp")
	if err := os.WriteFile(noexec, []byte("#!/bin/sh\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(badInterp, []byte("#!/nonexistent/interpreter\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path  string
		errno unix.Errno
	}{{noexec, unix.EACCES}, {badInterp, unix.ENOENT}} {
		for kind, start := range shimKinds {
			t.Run(kind+"/"+c.errno.Error(), func(t *testing.T) {
				s := launchVia(t, start, Config{Follow: true}, nil, shim.Capture(), c.path, []string{c.path}, os.Environ())
				evs := s.wait(t)
				want := []string{
					"entry execve",
					"exit execve = " + itoa(-int(c.errno)),
					"exited 0x100",
				}
				var got []string
				for _, e := range evs {
					f := strings.Fields(strings.ReplaceAll(e.String(), " (hidden)", ""))
					got = append(got, strings.Join(f[1:], " "))
				}
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
				st, ok := s.tr.LeaderStatus()
				if !ok || !st.Exited() || st.ExitStatus() != 1 {
					t.Errorf("LeaderStatus %#x %v, want exit 1", uint32(st), ok)
				}
			})
		}
	}
}

// inheritedState runs prog under the execwith parent (signals ignored and
// blocked, fds 3 and 5 open, a cwd of its own), directly or through the
// minitracer with tracerFlags, and returns its output.
func inheritedState(t *testing.T, dir string, ign, blk []int, tracerFlags []string, prog ...string) string {
	t.Helper()
	if tracerFlags != nil {
		prog = append(append(append([]string{"minitracer"}, tracerFlags...), "--"), prog...)
	}
	cmd := helperCmd("execwith", execwithArgs(ign, blk, dir, prog...)...)
	cmd.Path = exeWithSymbols(t)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v: %v\n%s", cmd.Args, err, stderr.String())
	}
	return string(out)
}

var (
	pidInPath = regexp.MustCompile(`/proc/[0-9]+/`)
	pipeInode = regexp.MustCompile(`pipe:\[[0-9]+\]`)
)

// stateOf keeps, from `cat /proc/self/status /proc/self/stat
// /proc/self/environ /proc/self/limits`, what a command inherits.
func stateOf(out string) string {
	var keep []string
	for _, line := range strings.Split(out, "\n") {
		if k, _, ok := strings.Cut(line, ":"); ok {
			switch k {
			case "Umask", "SigPnd", "ShdPnd", "SigBlk", "SigIgn", "Uid", "Gid", "Groups",
				"CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb", "NoNewPrivs", "Seccomp":
				keep = append(keep, line)
				continue
			}
		}
		if strings.HasPrefix(line, "Max ") { // limits
			keep = append(keep, line)
			continue
		}
		if i := strings.LastIndex(line, ") "); i >= 0 && strings.Contains(line, " (cat) ") {
			// stat: after the command name, field 3 is the state; 4 the
			// parent (which differs); 5-8 pgrp, session, tty, tpgid;
			// 18-19 priority and nice.
			f := strings.Fields(line[i+2:])
			keep = append(keep, "stat pgrp="+f[2]+" session="+f[3]+" tty="+f[4]+" tpgid="+f[5]+" nice="+f[16])
			// environ follows stat's newline, NUL-separated.
			continue
		}
		if strings.Contains(line, "\x00") {
			keep = append(keep, "environ "+line)
		}
	}
	return strings.Join(keep, "\n")
}

// What the command inherits through the tracer equals what it inherits
// from the same parent without it: ignored signals (SigIgn, including
// SIGHUP/SIGINT/SIGCHLD, which the Go runtime treats apart), the signal
// mask (SigBlk, with SIGCONT blocked: the shim's wake-up must not stay
// pending), no pending signal, environment, cwd, open descriptors (the
// parent's, and none of the tracer's), rlimits (the Go runtime raises
// RLIMIT_NOFILE), process group and session.
func TestLaunchInheritance(t *testing.T) {
	dir := t.TempDir()
	ign := []int{1, 2, 3, 10, 13, 15, 17, 28}
	blk := []int{12, 18, 40, 63}
	status := []string{"/bin/cat", "/proc/self/status", "/proc/self/stat", "/proc/self/environ", "/proc/self/limits"}
	fds := []string{"/usr/bin/find", "/proc/self/fd/", "/proc/self/cwd", "-maxdepth", "1", "-printf", "%p %l\n"}
	normFds := func(s string) string {
		s = pidInPath.ReplaceAllString(s, "/proc/N/")
		return pipeInode.ReplaceAllString(s, "pipe:[N]")
	}
	wantStatus := stateOf(inheritedState(t, dir, ign, blk, nil, status...))
	wantFds := normFds(inheritedState(t, dir, ign, blk, nil, fds...))
	if !strings.Contains(wantStatus, fmt.Sprintf("SigIgn:\t%016x", sigBits(ign))) ||
		!strings.Contains(wantStatus, fmt.Sprintf("SigBlk:\t%016x", sigBits(blk))) {
		t.Fatalf("the untraced run does not have the state it was given:\n%s", wantStatus)
	}
	if !strings.Contains(wantFds, "/proc/self/fd/5 "+dir+"/f") || !strings.Contains(wantFds, "/proc/self/cwd "+dir) {
		t.Fatalf("the untraced run does not have the fds and cwd it was given:\n%s", wantFds)
	}
	for _, flags := range [][]string{{}, {"-f"}, {"-ignore"}, {"-catch"}} {
		t.Run(strings.Join(append([]string{"tracer"}, flags...), ""), func(t *testing.T) {
			if got := stateOf(inheritedState(t, dir, ign, blk, flags, status...)); got != wantStatus {
				t.Errorf("traced command's state differs:\n%s", lineDiff(got, wantStatus))
			}
			if got := normFds(inheritedState(t, dir, ign, blk, flags, fds...)); got != wantFds {
				t.Errorf("traced command's fds and cwd differ:\n%s", lineDiff(got, wantFds))
			}
		})
	}
}

// The command is in the tracer's process group and session, as with
// strace (job control treats them as one job).
func TestLaunchProcessGroup(t *testing.T) {
	sid, err := unix.Getsid(0)
	if err != nil {
		t.Fatal(err)
	}
	got := stateOf(inheritedState(t, t.TempDir(), nil, nil, []string{}, "/bin/cat", "/proc/self/stat"))
	want := "stat pgrp=" + itoa(unix.Getpgrp()) + " session=" + itoa(sid) + " "
	if !strings.HasPrefix(got, want) {
		t.Errorf("traced command: %q, want %q...", got, want)
	}
}

func sigBits(sigs []int) uint64 {
	var m uint64
	for _, s := range sigs {
		m |= 1 << (s - 1)
	}
	return m
}

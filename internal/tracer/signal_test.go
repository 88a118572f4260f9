package tracer

import (
	"bufio"
	"io"
	"os"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

const siTkill = -6 // SI_TKILL: sent by tgkill

// Every signal delivered is reported once and re-injected exactly: a
// handler in the tracee counts the SIGUSR1s it gets, and answers each one
// before the next is sent (standard signals sent while one is pending
// would merge).
func TestSignalsReinjected(t *testing.T) {
	f := fifos(t)
	s := launchHelperIO(t, Config{Follow: true}, nil, f, "sigcount")
	if l := readLine(t, f.out); l != "ready" {
		t.Fatalf("scenario said %q", l)
	}
	const n = 50
	for i := 0; i < n; i++ {
		if err := unix.Tgkill(s.pid, s.pid, unix.SIGUSR1); err != nil {
			t.Fatal(err)
		}
		if b, err := f.out.ReadByte(); err != nil || b != '.' {
			t.Fatalf("answer %d: %q %v", i, b, err)
		}
	}
	f.in.Close()
	readLine(t, f.out)
	if l := readLine(t, f.out); l != "count="+itoa(n) {
		t.Errorf("tracee counted %q, want %d", l, n)
	}
	evs := s.wait(t)
	got := count(evs, func(e event) bool { return e.kind == evSignal && e.sig == int(unix.SIGUSR1) })
	if got != n {
		t.Errorf("%d SIGUSR1 reported, want %d", got, n)
	}
	for _, e := range evs {
		if e.kind == evSignal && e.sig == int(unix.SIGUSR1) && (e.tid != s.pid || e.code != siTkill) {
			t.Errorf("%v: want it on %d with si_code SI_TKILL", e, s.pid)
		}
	}
}

// A shell's children end, and it gets its SIGCHLDs (each one re-injected):
// it waits for them and exits with its own status.
func TestSIGCHLDToShell(t *testing.T) {
	argv := []string{"/bin/sh", "-c", "/bin/true; /bin/true; exit 3"}
	s := launch(t, Config{Follow: true}, nil, argv[0], argv, os.Environ())
	evs := s.wait(t)
	procs := ended(t, evs)
	if len(procs) != 3 {
		t.Errorf("%d processes, want 3", len(procs))
	}
	chld := count(evs, func(e event) bool { return e.kind == evSignal && e.sig == int(unix.SIGCHLD) && e.tid == s.pid })
	if chld != 2 {
		t.Errorf("%d SIGCHLD for the shell, want 2", chld)
	}
	if st, ok := s.tr.LeaderStatus(); !ok || !st.Exited() || st.ExitStatus() != 3 {
		t.Errorf("shell status %#x, want exit 3", uint32(st))
	}
}

// hooks poke inRead when pid enters read(0, ...), stopped at its
// group-stop and cont when SIGCONT is reported.
type hooks struct{ inRead, stopped, cont chan struct{} }

// stopHooks sets the hook of rec (before the tracer starts).
func stopHooks(rec *recorder) *hooks {
	h := &hooks{make(chan struct{}, 1), make(chan struct{}, 1), make(chan struct{}, 1)}
	nrRead := nrOf("read")
	poke := func(c chan struct{}) {
		select {
		case c <- struct{}{}:
		default:
		}
	}
	rec.hook = func(tr *Tracer, t *Task, e event) {
		switch {
		case e.kind == evEntry && e.nr == nrRead && t.Args[0] == 0:
			poke(h.inRead)
		case e.kind == evGroupStop:
			poke(h.stopped)
		case e.kind == evSignal && e.sig == int(unix.SIGCONT):
			poke(h.cont)
		}
	}
	return h
}

// groupStop sends SIGSTOP to pid (the "read twice" scenario, sleeping in
// read on stdin) and checks it stays stopped, even with input waiting;
// then SIGCONT, after which it reads, answers, and exits 4 when its stdin
// ends.
func groupStop(t *testing.T, pid int, stdin io.WriteCloser, stdout *bufio.Reader, h *hooks, s *traced) {
	t.Helper()
	inRead, stopped, cont := h.inRead, h.stopped, h.cont
	recv(t, inRead, "the read")
	unix.Kill(pid, unix.SIGSTOP)
	recv(t, stopped, "the group-stop report")
	// Under PTRACE_LISTEN the task sleeps in TASK_TRACED: "t", as under
	// strace; what matters is that it does not run.
	waitState(t, pid, "tT")
	io.WriteString(stdin, "x")
	time.Sleep(100 * time.Millisecond) // if it ran, it would be in read again
	if st := procField(pid, "State"); st == "" || (st[0] != 't' && st[0] != 'T') {
		t.Fatalf("state %q after SIGSTOP: it runs", st)
	}
	unix.Kill(pid, unix.SIGCONT)
	if l := readLine(t, stdout); l != "got x" {
		t.Errorf("scenario said %q", l)
	}
	// Some thread takes the SIGCONT, and reports it, before the process
	// ends: else the report could be lost in a race with exit_group.
	recv(t, cont, "the SIGCONT report")
	stdin.Close()
	evs := s.wait(t)
	// A process-directed signal goes to any thread that does not block
	// it (the scenario is a Go program: several threads, all traced with
	// -f); the group-stop is reported by every thread.
	sigs := map[unix.Signal]int{}
	stops := 0
	for _, e := range evs {
		switch {
		case e.kind == evSignal && e.sig != int(unix.SIGURG):
			sigs[unix.Signal(e.sig)]++
		case e.kind == evGroupStop:
			stops++
			if e.sig != int(unix.SIGSTOP) {
				t.Errorf("%v", e)
			}
		}
	}
	if len(sigs) != 2 || sigs[unix.SIGSTOP] != 1 || sigs[unix.SIGCONT] != 1 {
		t.Errorf("signals reported %v, want one SIGSTOP and one SIGCONT", sigs)
	}
	threads := len(byTid(evs))
	if stops == 0 || stops > threads {
		t.Errorf("%d group-stops reported for %d threads", stops, threads)
	}
	if e := evs[len(evs)-1]; e.kind != evExited || e.tid != pid || e.status != 0x400 {
		t.Errorf("last event %v, want exit 4 of %d", e, pid)
	}
}

// Group-stop of a launched process: SIGSTOP keeps it stopped under our
// tracing (PTRACE_LISTEN), SIGCONT resumes it.
func TestGroupStopLaunched(t *testing.T) {
	rec := &recorder{}
	h := stopHooks(rec)
	f := fifos(t)
	s := launchHelperIO(t, Config{Follow: true}, rec, f, "read", "twice")
	groupStop(t, s.pid, f.in, f.out, h, s)
}

// The same for an attached process.
func TestGroupStopAttached(t *testing.T) {
	pid, stdin, stdout := spawn(t, "read", "twice")
	rec := &recorder{}
	h := stopHooks(rec)
	s := attach(t, Config{Follow: true}, rec, pid)
	groupStop(t, pid, stdin, stdout, h, s)
}

// A stop under our tracing still reaches the real parent (which waits
// with WUNTRACED, as a shell does), and its SIGCONT ends it.
func TestGroupStopSeenByParent(t *testing.T) {
	f := fifos(t)
	s := launchHelperIO(t, Config{Follow: true}, nil, f, "childstop")
	for _, want := range []string{
		"child stopped=true sig=stopped (signal)",
		"continued",
		"child exited=true code=0",
	} {
		if l := readLine(t, f.out); l != want {
			t.Errorf("scenario said %q, want %q", l, want)
		}
	}
	evs := s.wait(t)
	ended(t, evs)
}

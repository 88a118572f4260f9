package tracer

import (
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// stopSeq returns the scenario leader's events from its first entry of
// call nr on, as strings without the tid, leaving out the calls and
// signals of the Go runtime's own doing (futex, SIGURG...).
func stopSeq(evs []event, pid, nr int, keep ...string) []string {
	var out []string
	started := false
	for _, e := range evs {
		if e.tid != pid {
			continue
		}
		if e.kind == evEntry && e.nr == nr {
			started = true
		}
		if !started {
			continue
		}
		s := e.String()
		s = s[len(itoa(e.tid)+"/"+itoa(e.pid)+" "):]
		for _, k := range keep {
			if contains(s, k) {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// upTo cuts l after its first element equal to last.
func upTo(l []string, last string) []string {
	for i, s := range l {
		if s == last {
			return l[:i+1]
		}
	}
	return l
}

// nanosleep interrupted by a signal that has no handler (SIG_DFL, whose
// default is to ignore it; under ptrace it still wakes the sleeper): the
// call ends with ERESTART_RESTARTBLOCK and the kernel resumes it with
// restart_syscall, which must name nanosleep. Interrupted again,
// restart_syscall names itself, as strace prints:
//
//	clock_nanosleep(...) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)
//	--- SIGSTOP ... ---  ...  --- SIGCONT ... ---
//	restart_syscall(<... resuming interrupted clock_nanosleep ...>) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)
//	...
//	restart_syscall(<... resuming interrupted restart_syscall ...>) = 0
func TestRestartSyscall(t *testing.T) {
	nrSleep, nrRestart := nrOf("nanosleep"), nrOf("restart_syscall")
	rec := &recorder{}
	sleeps, restarts := 0, 0
	rec.hook = func(tr *Tracer, t *Task, e event) {
		// At the entry stop, so that the signal is pending when the call
		// starts: it returns at once, with no timing involved. Only the
		// scenario's sleep (the race detector's runtime sleeps too).
		if e.kind == evEntry && t.Tid == t.Pid && (e.nr == nrSleep && sleeps == 0 || e.nr == nrRestart && restarts == 0) {
			if e.nr == nrRestart {
				restarts++
			} else {
				sleeps++
			}
			unix.Tgkill(t.Pid, t.Tid, unix.SIGWINCH)
		}
	}
	s := launchHelper(t, Config{}, rec, "nanosleep", "300", "dfl", itoa(int(unix.SIGWINCH)))
	evs := s.wait(t)
	got := upTo(stopSeq(evs, s.pid, nrSleep, "nanosleep", "restart_syscall", "SIGWINCH"), "exit restart_syscall = 0")
	want := []string{
		"entry nanosleep",
		"exit nanosleep = -516",
		"signal SIGWINCH",
		"entry restart_syscall",
		"exit restart_syscall = -516",
		"signal SIGWINCH",
		"entry restart_syscall",
		"exit restart_syscall = 0",
	}
	if join(got) != join(want) {
		t.Fatalf("events:\n%s\nwant:\n%s", join(got), join(want))
	}
	if st, _ := s.tr.LeaderStatus(); st != 0 {
		t.Errorf("status %#x, want exit 0 (the sleep completed)", uint32(st))
	}
	var names []int
	for _, e := range evs {
		if e.kind == evEntry && e.nr == nrRestart {
			names = append(names, e.restartNr)
		}
	}
	if len(names) < 2 || names[0] != nrSleep || names[1] != nrRestart {
		t.Errorf("restart_syscall resumes %v, want [nanosleep restart_syscall] (%d %d)", names, nrSleep, nrRestart)
	}
}

// With a handler, an interrupted nanosleep is not restarted: it also
// shows ERESTART_RESTARTBLOCK at its exit, but the handler's rt_sigreturn
// returns EINTR, and the program sees EINTR (strace:
// "rt_sigreturn({mask=[]}) = -1 EINTR (Interrupted system call)").
func TestRestartBlockWithHandler(t *testing.T) {
	nrSleep := nrOf("nanosleep")
	rec := &recorder{}
	sleeps := 0
	rec.hook = func(tr *Tracer, t *Task, e event) {
		if e.kind == evEntry && t.Tid == t.Pid && e.nr == nrSleep && sleeps == 0 {
			sleeps++
			unix.Tgkill(t.Pid, t.Tid, unix.SIGUSR1)
		}
	}
	s := launchHelper(t, Config{}, rec, "nanosleep", "300", "handle", itoa(int(unix.SIGUSR1)))
	evs := s.wait(t)
	got := upTo(stopSeq(evs, s.pid, nrSleep, "nanosleep", "restart_syscall", "rt_sigreturn", "SIGUSR1"), "exit rt_sigreturn = -4")
	want := []string{
		"entry nanosleep",
		"exit nanosleep = -516",
		"signal SIGUSR1",
		"entry rt_sigreturn",
		"exit rt_sigreturn = -4",
	}
	if join(got) != join(want) {
		t.Fatalf("events:\n%s\nwant:\n%s", join(got), join(want))
	}
	if st, _ := s.tr.LeaderStatus(); st != 0x100 {
		t.Errorf("status %#x, want exit 1 (the program saw EINTR)", uint32(st))
	}
}

// read(2) interrupted by a signal whose handler has SA_RESTART (Go
// installs all its handlers so): the read ends with ERESTARTSYS, the
// handler runs and returns through rt_sigreturn, and the read is made
// again (the same call, not restart_syscall).
func TestRestartSys(t *testing.T) {
	nrRead := nrOf("read")
	rec := &recorder{}
	reads := 0
	second := make(chan struct{}, 1)
	rec.hook = func(tr *Tracer, t *Task, e event) {
		if e.kind == evEntry && t.Tid == t.Pid && e.nr == nrRead && t.Args[0] == 0 {
			reads++
			switch reads {
			case 1:
				unix.Tgkill(t.Pid, t.Tid, unix.SIGUSR1)
			case 2:
				second <- struct{}{}
			}
		}
	}
	f := fifos(t)
	s := launchHelperIO(t, Config{}, rec, f, "restartread")
	recv(t, second, "the read made again")
	f.in.WriteString("hello")
	if l := readLine(t, f.out); l != `read 5 errno 0 "hello"` {
		t.Errorf("scenario said %q", l)
	}
	evs := s.wait(t)
	got := stopSeq(evs, s.pid, nrRead, "read", "rt_sigreturn", "SIGUSR1")
	for i := range got {
		if strings.HasPrefix(got[i], "exit rt_sigreturn") {
			got[i] = "exit rt_sigreturn"
		}
	}
	// The Go runtime reads files at start-up: from the interrupted read on.
	for i := range got {
		if got[i] == "exit read = -512" {
			got = got[i-1:]
			break
		}
	}
	want := []string{
		"entry read",
		"exit read = -512",
		"signal SIGUSR1",
		"entry rt_sigreturn",
		"exit rt_sigreturn", // returns the restored register, which depends on the arch
		"entry read",
		"exit read = 5",
	}
	if join(got) != join(want) {
		t.Fatalf("events:\n%s\nwant:\n%s", join(got), join(want))
	}
}

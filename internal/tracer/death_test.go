package tracer

import (
	"errors"
	"os/exec"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

// A tracee killed by SIGKILL while it sleeps in a call: its end is
// reported (the call has no exit), and is the command's status.
func TestKilledMidSyscall(t *testing.T) {
	rec := &recorder{}
	inRead := make(chan struct{}, 1)
	nrRead := nrOf("read")
	rec.hook = func(tr *Tracer, t *Task, e event) {
		if e.kind == evEntry && t.Tid == t.Pid && e.nr == nrRead && t.Args[0] == 0 {
			inRead <- struct{}{}
		}
	}
	f := fifos(t)
	s := launchHelperIO(t, Config{Follow: true}, rec, f, "read")
	recv(t, inRead, "the read")
	waitState(t, s.pid, "S")
	unix.Kill(s.pid, unix.SIGKILL)
	evs := s.wait(t)
	ended(t, evs)
	p := byTid(evs)[s.pid]
	if len(p) < 2 {
		t.Fatal("too few events")
	}
	if e := p[len(p)-2]; e.kind != evEntry || e.nr != nrRead {
		t.Errorf("next to last event %v, want the read's entry", e)
	}
	if e := p[len(p)-1]; e.kind != evExited || !e.status.Signaled() || e.status.Signal() != int(unix.SIGKILL) || !e.inSyscall {
		t.Errorf("last event %v, want killed by SIGKILL in the call", e)
	}
	if st, ok := s.tr.LeaderStatus(); !ok || st.Signal() != int(unix.SIGKILL) {
		t.Errorf("LeaderStatus %#x", uint32(st))
	}
}

// A tracee that dies of SIGSEGV (a real fault): the signal is reported
// with its si_code, then the death, with the core flag as the same
// program gets without us.
func TestDeathBySIGSEGV(t *testing.T) {
	dir := t.TempDir()
	var want syscall.WaitStatus
	cmd := helperCmd("segv", "core", dir)
	err := cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("untraced run: %v", err)
	}
	want = ee.Sys().(syscall.WaitStatus)
	if !want.Signaled() || want.Signal() != syscall.SIGSEGV {
		t.Fatalf("untraced run: status %#x", uint32(want))
	}
	s := launchHelper(t, Config{Follow: true}, nil, "segv", "core", t.TempDir())
	evs := s.wait(t)
	ended(t, evs)
	p := byTid(evs)[s.pid]
	if e := p[len(p)-2]; e.kind != evSignal || e.sig != int(unix.SIGSEGV) || e.code != 1 {
		t.Errorf("next to last event %v (code %d), want SIGSEGV with SEGV_MAPERR", e, e.code)
	}
	st, ok := s.tr.LeaderStatus()
	if !ok || !st.Signaled() || st.Signal() != int(unix.SIGSEGV) || st.CoreDump() != want.CoreDump() {
		t.Errorf("status %#x (core %v), want killed by SIGSEGV, core %v", uint32(st), st.CoreDump(), want.CoreDump())
	}
	t.Logf("core dumped: %v", want.CoreDump())
}

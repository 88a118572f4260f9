package tracer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// runTamper launches testdata/tamper.c in mode under a recorder whose hook
// tampers, and returns the events and what the program wrote.
func runTamper(t *testing.T, cfg Config, mode string, hook func(tr *Tracer, tk *Task, e event)) ([]event, string) {
	t.Helper()
	prog := cprog(t, "tamper")
	res := filepath.Join(t.TempDir(), "out")
	rec := &recorder{hook: hook}
	s := launch(t, cfg, rec, prog, []string{prog, mode, res}, os.Environ())
	evs := s.wait(t)
	b, err := os.ReadFile(res)
	if err != nil {
		t.Fatal(err)
	}
	return evs, string(b)
}

// Skipping a call at entry (number -1) and setting its value at exit is
// what error= and retval= do; replacing the number runs another call.
func TestTamperSkipAndReturn(t *testing.T) {
	ppid, pid := sysNr("getppid"), sysNr("getpid")
	n := 0
	_, out := runTamper(t, Config{}, "calls", func(tr *Tracer, tk *Task, e event) {
		if e.nr != ppid || tk.hidden {
			return
		}
		switch {
		case e.kind == evEntry:
			n++
			switch n {
			case 2, 3:
				must(t, tk.SetSyscall(-1))
			case 4:
				must(t, tk.SetSyscall(pid))
			}
		case e.kind == evExit && n == 2:
			errno := int64(unix.EACCES)
			must(t, tk.SetReturn(uint64(-errno)))
		case e.kind == evExit && n == 3:
			must(t, tk.SetReturn(42))
		}
	})
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("program said %q", out)
	}
	parent := strings.Fields(lines[0])[1]
	self := strings.Fields(lines[4])[1]
	want := []string{"getppid " + parent + " 0", "getppid -1 13", "getppid 42 0", "getppid " + self + " 0", "getpid " + self + " 0"}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("program saw\n%s\nwant\n%s", out, strings.Join(want, "\n"))
	}
}

func must(t *testing.T, err error) {
	if err != nil {
		t.Error(err)
	}
}

// A held task stays stopped while the others run on: the parent makes
// calls between the entry and the exit of its child's held getppid, and
// the hold lasts at least as long as asked.
func TestTamperHold(t *testing.T) {
	ppid, uid := sysNr("getppid"), sysNr("getuid")
	const hold = 300 * time.Millisecond
	var child int
	var entered, left time.Time
	evs, out := runTamper(t, Config{Follow: true}, "hold", func(tr *Tracer, tk *Task, e event) {
		if e.nr != ppid || tk.hidden || tk.Pid == tr.leaderPid {
			return // only the child's getppid
		}
		if e.kind == evEntry {
			child, entered = tk.Tid, time.Now()
			tk.Hold(hold)
		} else if e.kind == evExit {
			left = time.Now()
		}
	})
	if out != "done 0 0\n" {
		t.Fatalf("program said %q", out)
	}
	if child == 0 || left.IsZero() {
		t.Fatal("the child's getppid was not seen")
	}
	// A lower bound only: the task cannot come back before it is released.
	if d := left.Sub(entered); d < hold {
		t.Errorf("held %v, asked %v", d, hold)
	}
	during, in := 0, false
	for _, e := range evs {
		switch {
		case e.tid == child && e.nr == ppid:
			in = e.kind == evEntry
		case in && e.tid != child && e.kind == evEntry && e.nr == uid:
			during++
		}
	}
	if during == 0 {
		t.Errorf("the parent made no call while its child was held:\n%s", dump(evs))
	}
}

// A signal delivered as the task leaves a syscall-entry stop is pending
// during the call: a sleep is interrupted, the handler runs, and the
// signal is reported as the kernel's (SI_KERNEL), as strace's signal=.
func TestTamperSignal(t *testing.T) {
	sleep := sysNr("clock_nanosleep")
	evs, out := runTamper(t, Config{}, "signal", func(tr *Tracer, tk *Task, e event) {
		if e.kind == evEntry && e.nr == sleep {
			tk.DeliverSignal(int(unix.SIGUSR1))
		}
	})
	if want := "sleep -1 4\ngot 10 0\n"; out != want {
		t.Errorf("program said %q, want %q", out, want)
	}
	const siKernel = 0x80
	if n := count(evs, func(e event) bool {
		return e.kind == evSignal && e.sig == int(unix.SIGUSR1) && e.code == siKernel
	}); n != 1 {
		t.Errorf("%d SIGUSR1 from the kernel reported, want 1:\n%s", n, dump(evs))
	}
}

// Stopping the tracer while a task is held lets it go at once (detached
// from its stop), long before its hold would end.
func TestTamperHoldDetach(t *testing.T) {
	ppid := sysNr("getppid")
	prog := cprog(t, "tamper")
	res := filepath.Join(t.TempDir(), "out")
	rec := &recorder{}
	var s *traced
	rec.hook = func(tr *Tracer, tk *Task, e event) {
		if e.kind == evEntry && e.nr == ppid && !tk.hidden {
			tk.Hold(time.Hour)
			go tr.RequestStop(int(unix.SIGTERM))
		}
	}
	s = launch(t, Config{}, rec, prog, []string{prog, "calls", res}, os.Environ())
	evs := s.wait(t)
	if count(evs, func(e event) bool { return e.kind == evDetached }) != 1 {
		t.Errorf("not detached:\n%s", dump(evs))
	}
	// Let go, the program finishes its calls untraced.
	deadline := time.Now().Add(20 * time.Second)
	for {
		b, _ := os.ReadFile(res)
		if strings.Count(string(b), "\n") == 5 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the program did not finish: %q", b)
		}
		time.Sleep(5 * time.Millisecond)
	}
	var ws unix.WaitStatus
	unix.Wait4(s.pid, &ws, 0, nil)
}

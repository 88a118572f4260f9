package tracer

import (
	"testing"
	"time"
)

// Threads that make calls in a row: most stops are found by probes, and
// each is seen once (s.wait checks that entries and exits alternate per
// thread: a stop reported again by wait4 after a probe would break that).
func TestProbeThreads(t *testing.T) {
	const threads, calls = 4, 3000
	s := launchHelper(t, Config{Follow: true}, nil, "threads", itoa(threads), itoa(calls))
	evs := s.wait(t)
	if got := countExits(evs, sysNr("getppid")); got != threads*calls {
		t.Errorf("%d getppid exits seen, want %d", got, threads*calls)
	}
	p := s.tr.prober
	t.Logf("probe rounds %d, stops found %d (others %d), settled %d", p.rounds, p.hits, p.others, p.settle)
	if usableCPUs() >= 2 && p.hits == 0 {
		t.Errorf("no stop found by a probe: %+v", p)
	}
}

// With -c (Config.Rusage) every stop comes from wait4, which reports the
// CPU times.
func TestProbeNotWithRusage(t *testing.T) {
	s := launchHelper(t, Config{Follow: true, Rusage: true}, nil, "threads", "4", "1000")
	evs := s.wait(t)
	if got := countExits(evs, sysNr("getppid")); got != 4000 {
		t.Errorf("%d getppid exits seen, want 4000", got)
	}
	if p := s.tr.prober; p.rounds != 0 || p.hits != 0 {
		t.Errorf("probes with Rusage: %+v", p)
	}
}

// Threads held at some of their entries (Hold) stay in the stop a probe
// may have found: its report must be taken then, or wait4 would report
// the entry again. Each held call is seen once, entry then exit.
func TestProbeHeldStops(t *testing.T) {
	const threads, calls = 4, 2000
	ppid := sysNr("getppid")
	n := 0
	rec := &recorder{hook: func(tr *Tracer, tk *Task, e event) {
		if e.kind == evEntry && e.nr == ppid {
			if n++; n%100 == 0 {
				tk.Hold(time.Millisecond)
			}
		}
	}}
	s := launchHelper(t, Config{Follow: true}, rec, "threads", itoa(threads), itoa(calls))
	evs := s.wait(t)
	if got := countExits(evs, ppid); got != threads*calls {
		t.Errorf("%d getppid exits seen, want %d", got, threads*calls)
	}
	p := s.tr.prober
	t.Logf("probe rounds %d, stops found %d, settled %d", p.rounds, p.hits, p.settle)
}

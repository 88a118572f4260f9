package tracer

import (
	"strconv"
	"testing"
	"time"
)

// The poll before a wait (spin.go), on real tracees of each shape it
// decides on. What the poll finds is timing; whether it is tried is not,
// and that is what these check, with the trace itself.

const testSpin = 50 * time.Microsecond

func spinRun(t *testing.T, cfg Config, args ...string) (*traced, []event) {
	t.Helper()
	prog := cprog(t, "spin")
	s := launch(t, cfg, nil, prog, append([]string{prog}, args...), nil)
	evs := s.wait(t)
	if e := evs[len(evs)-1]; e.kind != evExited || e.status != 0 {
		t.Fatalf("spin %v did not end with status 0: %s", args, e)
	}
	return s, evs
}

// countExits counts the exit stops of call nr.
func countExits(evs []event, nr int) int {
	return count(evs, func(e event) bool { return e.kind == evExit && e.nr == nr })
}

func TestSpinPollsOneBusyProcess(t *testing.T) {
	if usableCPUs() < 2 {
		t.Skip("one CPU: the tracer never polls")
	}
	const n = 5000 // 10,000 stops: past spinQuiet after the exec
	s, evs := spinRun(t, Config{Follow: true, Spin: testSpin}, "getppid", "5000")
	if got := countExits(evs, sysNr("getppid")); got != n {
		t.Errorf("%d getppid exits seen, want %d: a poll lost or doubled a stop", got, n)
	}
	if s.tr.spin.polls == 0 {
		t.Errorf("no poll made for a single busy process (%+v)", s.tr.spin)
	}
	if s.tr.spin.hits > s.tr.spin.polls {
		t.Errorf("more hits than polls: %+v", s.tr.spin)
	}
}

func TestSpinNoPollWhenOff(t *testing.T) {
	s, evs := spinRun(t, Config{Follow: true}, "getppid", "5000")
	if got := countExits(evs, sysNr("getppid")); got != 5000 {
		t.Errorf("%d getppid exits seen, want 5000", got)
	}
	if s.tr.spin.polls != 0 {
		t.Errorf("polls made with Config.Spin 0: %+v", s.tr.spin)
	}
}

func TestSpinNoPollWhileAsleep(t *testing.T) {
	if usableCPUs() < 2 {
		t.Skip("one CPU: the tracer never polls")
	}
	s, evs := spinRun(t, Config{Follow: true, Spin: testSpin}, "sleep", "5")
	if got := countExits(evs, sysNr("nanosleep")) + countExits(evs, sysNr("clock_nanosleep")); got != 5 {
		t.Errorf("%d nanosleep exits seen, want 5", got)
	}
	// Each of the 5 sleeps is waited for without a poll.
	if s.tr.spin.skipIdle < 5 {
		t.Errorf("waits skipped as asleep: %d, want at least 5 (%+v)", s.tr.spin.skipIdle, s.tr.spin)
	}
}

func TestSpinNoPollWhileForking(t *testing.T) {
	if usableCPUs() < 2 {
		t.Skip("one CPU: the tracer never polls")
	}
	// 400 children, a few stops each and a new process every time: the
	// gate never opens, although there are more than spinQuiet stops.
	s, evs := spinRun(t, Config{Follow: true, Spin: testSpin}, "fork", "400")
	if s.tr.spinGate.stops < spinQuiet {
		t.Fatalf("only %d stops: the test proves nothing", s.tr.spinGate.stops)
	}
	if s.tr.spin.polls != 0 {
		t.Errorf("%d polls while processes came and went", s.tr.spin.polls)
	}
	if got := countExits(evs, sysNr("wait4")); got != 400 {
		t.Errorf("%d wait4 exits seen, want 400", got)
	}
}

func TestSpinNoPollForLongRunners(t *testing.T) {
	cpus := usableCPUs()
	if cpus < 2 || cpus > 16 {
		t.Skipf("%d CPUs", cpus)
	}
	// As many threads as CPUs, each computing 300 us (by the clock, not a
	// syscall) between calls, for 1 s, all ending at the same deadline: a
	// poll would take a CPU they want.
	s, evs := spinRun(t, Config{Follow: true, Spin: testSpin}, "compute", strconv.Itoa(cpus), "1000")
	if got := countExits(evs, sysNr("getppid")); got < 1000 {
		t.Errorf("%d getppid exits seen: the threads did not run", got)
	}
	if s.tr.spinGate.stops < 2*spinQuiet {
		t.Fatalf("only %d stops: the test proves nothing", s.tr.spinGate.stops)
	}
	// Some polls come as the threads end: fewer are left than CPUs, and
	// the main thread wakes from pthread_join (up to 11 in 20 runs here,
	// against 1,238 when the run times are not looked at).
	if max := 25 * cpus; s.tr.spin.polls > max {
		t.Errorf("%d polls while %d threads computed (at most %d expected): %+v", s.tr.spin.polls, cpus, max, s.tr.spin)
	}
}

func TestSleepingCall(t *testing.T) {
	futex := sysNr("futex")
	// linux/futex.h: FUTEX_WAIT 0, FUTEX_WAKE 1, FUTEX_WAIT_BITSET 9,
	// FUTEX_PRIVATE_FLAG 128, FUTEX_CLOCK_REALTIME 256.
	const wait, wake, waitBitset, private, realtime = 0, 1, 9, 128, 256
	for _, c := range []struct {
		nr   int
		args [6]uint64
		want bool
	}{
		{futex, [6]uint64{0, wait | private}, true},
		{futex, [6]uint64{0, waitBitset | private | realtime}, true},
		{futex, [6]uint64{0, wake | private}, false},
		{sysNr("epoll_pwait"), [6]uint64{}, true},
		{sysNr("wait4"), [6]uint64{}, true},
		{sysNr("getppid"), [6]uint64{}, false},
		{sysNr("read"), [6]uint64{}, false},
		{-1, [6]uint64{}, false},
		{100000, [6]uint64{}, false},
	} {
		if got := sleepingCall(c.nr, c.args); got != c.want {
			t.Errorf("sleepingCall(%d, op %#x) = %v, want %v", c.nr, c.args[1], got, c.want)
		}
	}
}

func TestSpinBackoff(t *testing.T) {
	var b spinBackoff
	want := []int{2, 4, 8, 16, 32, 64, 64, 64}
	for i, w := range want {
		b.missed()
		if b.skip != w {
			t.Fatalf("after %d misses: skip %d, want %d", i+1, b.skip, w)
		}
	}
}

// With Config.Rusage, every syscall stop carries the system time of its
// process; the stops of one process collected together share the first
// one's reading (nextStop). Per process, it never goes back, and a process
// making thousands of calls has used some.
func TestRusageStimeOrdered(t *testing.T) {
	s := launchHelper(t, Config{Follow: true, Rusage: true}, nil, "threads", "4", "2000")
	evs := s.wait(t)
	last := map[int]int64{}
	n := 0
	for _, e := range evs {
		if e.kind != evEntry && e.kind != evExit {
			continue
		}
		n++
		if e.stime < last[e.pid] {
			t.Fatalf("%s: system time %d after %d", e, e.stime, last[e.pid])
		}
		last[e.pid] = e.stime
	}
	if n < 4*2000*2 {
		t.Fatalf("%d syscall stops, want at least %d", n, 4*2000*2)
	}
	for pid, st := range last {
		if st <= 0 {
			t.Errorf("process %d: system time %d at its last stop", pid, st)
		}
	}
}

func TestOneProcess(t *testing.T) {
	tr := &Tracer{tasks: map[int]*Task{}}
	tr.addTask(10, 10)
	tr.addTask(11, 10)
	if !tr.oneProcess(11) {
		t.Errorf("two threads of one process: oneProcess false")
	}
	if tr.oneProcess(12) {
		t.Errorf("unknown tid: oneProcess true")
	}
	tr.addTask(20, 20)
	if tr.oneProcess(10) {
		t.Errorf("two processes: oneProcess true")
	}
}

// With lean entries (lean.go) the loop does not know which call a task is
// in until it leaves it. Threads that compute between long sleeps must
// still not count as long runners while they sleep: the busy thread's
// stops are polled for, as without lean entries.
func TestSpinLeanSleepersDoNotBlockPolls(t *testing.T) {
	cpus := usableCPUs()
	if cpus < 2 || cpus > 16 {
		t.Skipf("%d CPUs", cpus)
	}
	for _, lean := range []bool{false, true} {
		cfg := Config{Follow: true, Spin: testSpin, Rusage: true, LeanEntries: lean}
		s, evs := spinRun(t, cfg, "sleepers", strconv.Itoa(cpus), "3000")
		if got := countExits(evs, sysNr("getppid")); got != 3000 {
			t.Errorf("lean %v: %d getppid exits seen, want 3000", lean, got)
		}
		// Its 6,000 stops come in a row: polls for most of them (3,700
		// to 4,000 here); kept from polling, the loop made 1.
		if s.tr.spin.polls < 1000 {
			t.Errorf("lean %v: %d polls for the busy thread's 6,000 stops (%+v)", lean, s.tr.spin.polls, s.tr.spin)
		}
		t.Logf("lean %v: %+v, lean stops %d/%d", lean, s.tr.spin, s.tr.leanEntries, s.tr.leanExits)
	}
}

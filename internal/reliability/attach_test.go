package reliability

// Attach and detach: whatever the process was doing, after the detach it
// is untraced, in the state it was, and does what it did; signals sent
// meanwhile all arrive.

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// attachCase is a process in one state, to attach to and detach from.
type attachCase struct {
	name string
	// start starts the process and brings it to its state.
	start func(t *testing.T) *proc
	// during checks it while traced; after checks it once detached: its
	// state, and that it still works.
	during, after func(t *testing.T, p *proc)
}

var attachCases = []attachCase{
	{
		name: "running",
		start: func(t *testing.T) *proc {
			p := start(t, cprog(t, "spin"))
			p.expect(t, "spinning")
			return p
		},
		after: func(t *testing.T, p *proc) {
			if s := state(p.pid, p.pid); s != "R" {
				t.Errorf("state %q after detach, want R", s)
			}
			syscall.Kill(p.pid, syscall.SIGUSR1)
			p.expect(t, "stopped spinning")
			if c := p.wait(t); c != 0 {
				t.Errorf("exit %d", c)
			}
		},
	},
	{
		name: "sleeping",
		start: func(t *testing.T) *proc {
			p := start(t, cprog(t, "blocker"))
			p.expect(t, "ready")
			eventually(t, "the read", func() bool { return state(p.pid, p.pid) == "S" })
			return p
		},
		after: func(t *testing.T, p *proc) {
			// Detached from the stop that interrupted its read, it runs
			// for a moment to make the call again.
			eventually(t, "back in its read", func() bool { return state(p.pid, p.pid) == "S" })
			p.say(t, "x\n")
			p.expect(t, "got x")
			if c := p.wait(t); c != 0 {
				t.Errorf("exit %d (1: a read failed)", c)
			}
		},
	},
	{
		name: "stopped",
		start: func(t *testing.T) *proc {
			p := start(t, cprog(t, "blocker"))
			p.expect(t, "ready")
			syscall.Kill(p.pid, syscall.SIGSTOP)
			eventually(t, "the stop", func() bool { return state(p.pid, p.pid) == "T" })
			return p
		},
		during: func(t *testing.T, p *proc) {
			if s := state(p.pid, p.pid); s != "t" && s != "T" {
				t.Errorf("state %q while traced, want stopped", s)
			}
		},
		after: func(t *testing.T, p *proc) {
			// The detach wakes it, and it enters the group-stop again at
			// once: give it that moment.
			eventually(t, "stopped again", func() bool { return state(p.pid, p.pid) == "T" })
			time.Sleep(50 * time.Millisecond)
			if s := state(p.pid, p.pid); s != "T" {
				t.Errorf("state %q after detach, want T", s)
			}
			syscall.Kill(p.pid, syscall.SIGCONT)
			p.say(t, "x\n")
			p.expect(t, "got x")
			if c := p.wait(t); c != 0 {
				t.Errorf("exit %d", c)
			}
		},
	},
	{
		// The parent is blocked in vfork until its child execs; the child
		// sleeps first. A task in vfork cannot be stopped (the wait is
		// killable only), so the detach, strace's and ours, is done when
		// the vfork is.
		name: "vfork",
		start: func(t *testing.T) *proc {
			// The child's sleep must outlast the attach (the process
			// must still be in vfork then): more than enough.
			p := start(t, cprog(t, "vforkwait"), "1200")
			p.expect(t, "vforking")
			eventually(t, "the vfork", func() bool { return state(p.pid, p.pid) == "D" })
			return p
		},
		during: func(t *testing.T, p *proc) {
			if s := state(p.pid, p.pid); s != "D" {
				t.Errorf("state %q while traced, want D (in vfork)", s)
			}
		},
		after: func(t *testing.T, p *proc) {
			p.expect(t, "resumed 0")
			if c := p.wait(t); c != 0 {
				t.Errorf("exit %d", c)
			}
		},
	},
	{
		name: "threads",
		start: func(t *testing.T) *proc {
			p := start(t, cprog(t, "churn"), "50")
			p.expect(t, "ready")
			return p
		},
		after: func(t *testing.T, p *proc) {
			// Threads made while we detached are let go of too.
			eventually(t, "every thread untraced", func() bool {
				for _, tp := range tracers(p.pid) {
					if tp != 0 {
						return false
					}
				}
				return true
			})
			p.say(t, "\n")
			a := p.expect(t, "alive")
			var n1 int
			fmt.Sscanf(a, "alive %d", &n1)
			// Asked again until a thread was made since: on a loaded
			// machine two questions in a row may come before the next
			// thread (a stalled process never answers more).
			var b string
			for i := 0; i < 100; i++ {
				time.Sleep(20 * time.Millisecond)
				p.say(t, "\n")
				b = p.expect(t, "alive")
				var n2, e int
				fmt.Sscanf(b, "alive %d %d", &n2, &e)
				if e != 0 {
					t.Errorf("after detach: %q: thread creation failed", b)
					break
				}
				if n2 > n1 {
					b = ""
					break
				}
			}
			if b != "" {
				t.Errorf("after detach: %q then, two seconds later, %q: no thread made", a, b)
			}
			if c := p.wait(t); c != 0 {
				t.Errorf("exit %d", c)
			}
		},
	},
}

var detachSignals = []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP}

// Attach to a process in each state, detach by each signal: the tracer dies
// of the signal as strace does, the process is untraced, in its state,
// and works. strace is run too, with SIGTERM, as the reference.
func TestAttachDetachStates(t *testing.T) {
	for _, c := range attachCases {
		for _, sig := range detachSignals {
			t.Run(c.name+"/"+sigName(sig), func(t *testing.T) { attachDetach(t, bin(t), c, sig) })
		}
		t.Run(c.name+"/strace", func(t *testing.T) { attachDetach(t, needStrace(t), c, syscall.SIGTERM) })
	}
}

func sigName(sig syscall.Signal) string {
	return map[syscall.Signal]string{syscall.SIGINT: "INT", syscall.SIGTERM: "TERM", syscall.SIGHUP: "HUP"}[sig]
}

func attachDetach(t *testing.T, tracer string, c attachCase, sig syscall.Signal) {
	p := c.start(t)
	out := tempFile(t, "trace")
	r := startTracer(t, tracer, "-f", "-o", out, "-p", strconv.Itoa(p.pid))
	tp := r.cmd.Process.Pid
	eventually(t, "the attach", func() bool { return tracers(p.pid)[p.pid] == tp })
	time.Sleep(100 * time.Millisecond) // let it be traced for a while
	if c.during != nil {
		c.during(t, p)
	}
	r.signal(sig)
	if code := r.end(t); code != -int(sig) {
		t.Errorf("tracer: exit %d, want killed by signal %d (as strace)", code, sig)
	}
	noPanic(t, "tracer", r.stderr.String())
	msgs := r.messages()
	if !strings.Contains(msgs, fmt.Sprintf("TRACER: Process %d attached", p.pid)) ||
		!strings.Contains(msgs, fmt.Sprintf("TRACER: Process %d detached", p.pid)) {
		t.Errorf("messages:\n%s", msgs)
	}
	untraced(t, p.pid)
	parseTrace(readFile(t, out), p.pid).check(t, false)
	c.after(t, p)
}

var reportRe = regexp.MustCompile(`^report ticks=(\d+) errs=(\d+) usr1=(\d+) rt=(\d+) maxgap_us=(\d+)$`)

// steadyReport is what the steady program says of itself.
type steadyReport struct{ ticks, errs, usr1, rt, maxgap int }

func report(t *testing.T, p *proc, cmd string) steadyReport {
	t.Helper()
	p.say(t, cmd)
	l := p.expect(t, "report ")
	m := reportRe.FindStringSubmatch(l)
	if m == nil {
		t.Fatalf("steady said %q", l)
	}
	var r steadyReport
	for i, f := range []*int{&r.ticks, &r.errs, &r.usr1, &r.rt, &r.maxgap} {
		*f, _ = strconv.Atoi(m[i+1])
	}
	return r
}

// sigRT is the real-time signal steady counts (SIGRTMIN+1 in glibc's
// numbering, which keeps 32 and 33 for itself).
const sigRT = syscall.Signal(35)

// A signal sent while the process is traced and blocks it stays pending
// through the detach and reaches its handler once unblocked; real-time
// signals sent while traced (they queue) are each delivered once.
func TestAttachPendingSignals(t *testing.T) {
	p := start(t, cprog(t, "steady"), "2")
	p.expect(t, "ready")
	p.say(t, "b")
	p.expect(t, "blocked")
	out := tempFile(t, "trace")
	r := startTracer(t, bin(t), "-f", "-o", out, "-p", strconv.Itoa(p.pid))
	tp := r.cmd.Process.Pid
	eventually(t, "the attach", func() bool { return allTracedBy(p.pid, tp) })
	syscall.Kill(p.pid, syscall.SIGUSR1)
	const rts = 5
	for i := 0; i < rts; i++ {
		syscall.Kill(p.pid, sigRT)
	}
	eventually(t, "the signals", func() bool {
		return strings.Count(readFile(t, out), "--- SIGRT_3 ") == rts // glibc's SIGRTMIN+1 is the kernel's SIGRTMIN+3
	})
	r.signal(syscall.SIGINT)
	r.end(t)
	untraced(t, p.pid)
	tr := readFile(t, out)
	if strings.Contains(tr, "--- SIGUSR1") {
		t.Errorf("SIGUSR1 delivered while blocked:\n%s", tr)
	}
	before := report(t, p, "r")
	if before.usr1 != 0 || before.rt != rts || before.errs != 0 {
		t.Errorf("while blocked: %+v, want usr1=0 rt=%d errs=0", before, rts)
	}
	p.say(t, "u")
	p.expect(t, "unblocked")
	after := report(t, p, "q")
	t.Logf("before %+v after %+v", before, after)
	if after.usr1 != 1 || after.rt != rts || after.errs != 0 {
		t.Errorf("after unblocking: %+v, want usr1=1 rt=%d errs=0", after, rts)
	}
}

// 100 cycles of attach and detach (heavy: 1,000) on one process with three
// threads, a real-time signal sent at each, the detach by INT, TERM and HUP
// in turn: the process never notices. No call of its fails, every signal
// reaches its handler once, its output goes on without a gap, no trace
// has a line out of place.
func TestAttachDetachCycles(t *testing.T) {
	cycles := pick(100, 1000)
	p := start(t, cprog(t, "steady"), "2")
	p.expect(t, "ready")
	out := tempFile(t, "trace")
	lines := 0
	for i := 0; i < cycles; i++ {
		r := startTracer(t, bin(t), "-f", "-o", out, "-p", strconv.Itoa(p.pid))
		tp := r.cmd.Process.Pid
		eventually(t, "the attach", func() bool { return allTracedBy(p.pid, tp) })
		syscall.Kill(p.pid, sigRT)
		sig := detachSignals[i%len(detachSignals)]
		r.signal(sig)
		if code := r.end(t); code != -int(sig) {
			t.Fatalf("cycle %d: gostrace exit %d, want killed by %d; stderr:\n%s", i, code, sig, r.stderr.String())
		}
		noPanic(t, "gostrace", r.stderr.String())
		untraced(t, p.pid)
		text := readFile(t, out)
		tr := parseTrace(text, p.pid)
		tr.check(t, false)
		lines += strings.Count(text, "\n")
		if t.Failed() {
			t.Fatalf("cycle %d", i)
		}
	}
	// Each signal was sent while traced: it is delivered then, or after
	// the detach; once either way.
	eventually(t, "every signal handled", func() bool { return report(t, p, "r").rt == cycles })
	rep := report(t, p, "q")
	if rep.errs != 0 || rep.usr1 != 0 {
		t.Errorf("after %d cycles: %+v, want no errors", cycles, rep)
	}
	t.Logf("%d attach/detach cycles: %d ticks, %d trace lines, longest pause %.1f ms", cycles, rep.ticks, lines, float64(rep.maxgap)/1000)
	// Its output: "tick 10", "tick 20", ... without a hole.
	next := 10
	for _, l := range p.seen {
		if !strings.HasPrefix(l, "tick ") {
			continue
		}
		if n, _ := strconv.Atoi(strings.TrimPrefix(l, "tick ")); n != next {
			t.Fatalf("output: %q after tick %d", l, next-10)
		}
		next += 10
	}
}

// Fifty SIGSTOP and SIGCONT pairs at a traced process of five threads,
// then a last SIGSTOP, then the detach: every thread is left stopped (T),
// untraced, and carries on with SIGCONT as if nothing happened.
func TestStopContStorm(t *testing.T) {
	p := start(t, cprog(t, "steady"), "4")
	p.expect(t, "ready")
	out := tempFile(t, "trace")
	r := startTracer(t, bin(t), "-f", "-o", out, "-p", strconv.Itoa(p.pid))
	eventually(t, "the attach", func() bool { return allTracedBy(p.pid, r.cmd.Process.Pid) })
	for i := 0; i < 50; i++ {
		syscall.Kill(p.pid, syscall.SIGSTOP)
		syscall.Kill(p.pid, syscall.SIGCONT)
	}
	syscall.Kill(p.pid, syscall.SIGSTOP)
	stopped := func(states string) func() bool {
		return func() bool {
			for _, tid := range tids(p.pid) {
				if s := state(p.pid, tid); s == "" || !strings.Contains(states, s) {
					return false
				}
			}
			return true
		}
	}
	eventually(t, "every thread stopped", stopped("tT"))
	r.signal(syscall.SIGTERM)
	r.end(t)
	untraced(t, p.pid)
	eventually(t, "every thread in the group-stop", stopped("T"))
	tr := parseTrace(readFile(t, out), p.pid)
	tr.check(t, false)
	syscall.Kill(p.pid, syscall.SIGCONT)
	if rep := report(t, p, "q"); rep.errs != 0 {
		t.Errorf("report %+v", rep)
	}
}

package reliability

// Reading a trace back: every line of every thread accounted for.

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// thread is what a trace says of one thread.
type thread struct {
	tid   int
	lines int
	// calls counts the calls seen whole, by name: a line of its own, or an
	// "<unfinished ...>" line and its "<... resumed>" joined.
	calls map[string]int
	// ok counts those of them that succeeded: not "= -1 E...", and not
	// "= ? ERESTART..." (a call a signal interrupted, which the kernel
	// makes again: how often depends on the tracer's timing).
	ok map[string]int
	// joined are those calls' texts, an unfinished line and its resumption
	// put together, in order.
	joined  []string
	signals int
	// end is the line that ended the thread: "+++ exited with 0 +++",
	// "+++ killed by SIGKILL +++", "<detached ...>", or "" if none came.
	end string
	// open is the name of a call left "<unfinished ...>", "" if none;
	// openText its line up to there.
	open, openText string
}

// trace is a parsed trace, with what did not add up.
type trace struct {
	threads  map[int]*thread
	order    []int // tids by first line
	problems []string
}

var (
	prefixRe  = regexp.MustCompile(`^(\d+) +(.*)$`)
	callRe    = regexp.MustCompile(`^([A-Za-z_0-9]+)\(`)
	resumedRe = regexp.MustCompile(`^<\.\.\. ([A-Za-z_0-9]+) resumed>(.*)$`)
	superRe   = regexp.MustCompile(`^\+\+\+ superseded by execve in pid (\d+) \+\+\+$`)
)

const (
	unfinished = " <unfinished ...>"
	detached   = " <detached ...>"
)

// parseTrace reads the text of a trace written with -o FILE. With -f (or
// several processes) each line starts with its tid; lines without one
// belong to tid pid.
func parseTrace(text string, pid int) *trace {
	tr := &trace{threads: map[int]*thread{}}
	get := func(tid int) *thread {
		th := tr.threads[tid]
		if th == nil {
			th = &thread{tid: tid, calls: map[string]int{}, ok: map[string]int{}}
			tr.threads[tid] = th
			tr.order = append(tr.order, tid)
		}
		return th
	}
	for n, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		if line == "" && n == 0 {
			break // an empty trace
		}
		tid, rest := pid, line
		if m := prefixRe.FindStringSubmatch(line); m != nil {
			tid, _ = strconv.Atoi(m[1])
			rest = m[2]
		}
		th := get(tid)
		th.lines++
		bad := func(why string) {
			tr.problems = append(tr.problems, fmt.Sprintf("line %d: %s: %q", n+1, why, line))
		}
		if th.end != "" {
			bad("a line after the thread's end " + strconv.Quote(th.end))
		}
		switch {
		case superRe.MatchString(rest):
			// The leader is replaced by the thread that called execve,
			// whose tid it takes: that thread's open execve carries on
			// under the leader's tid, and its own tid is heard no more.
			former, _ := strconv.Atoi(superRe.FindStringSubmatch(rest)[1])
			if th.open != "" {
				bad("superseded with a call open")
			}
			if f := tr.threads[former]; f != nil && former != tid {
				th.open, th.openText = f.open, f.openText
				f.open, f.openText = "", ""
				f.end = "+++ became " + strconv.Itoa(tid) + " +++"
			}
		case strings.HasPrefix(rest, "+++ "):
			if th.open != "" {
				bad("the thread ended with " + th.open + " open")
			}
			th.end = rest
		case strings.HasPrefix(rest, "--- "):
			th.signals++
		case resumedRe.MatchString(rest):
			m := resumedRe.FindStringSubmatch(rest)
			if th.open != m[1] {
				bad("resumes " + m[1] + ", open: " + strconv.Quote(th.open))
				break
			}
			th.complete(m[1], strings.TrimSuffix(th.openText, unfinished)+m[2])
			th.open, th.openText = "", ""
			if strings.HasSuffix(m[2], detached) {
				th.end = "<detached ...>"
			}
		case callRe.MatchString(rest):
			name := callRe.FindStringSubmatch(rest)[1]
			if th.open != "" {
				bad("a new call while " + th.open + " is open")
			}
			switch {
			case strings.HasSuffix(rest, unfinished):
				th.open, th.openText = name, rest
			case strings.HasSuffix(rest, detached):
				th.complete(name, rest)
				th.end = "<detached ...>"
			default:
				if !strings.Contains(rest, ") ") || !strings.Contains(rest, "= ") {
					bad("not a whole call")
				}
				th.complete(name, rest)
			}
		default:
			bad("not a trace line")
		}
	}
	return tr
}

var failedRe = regexp.MustCompile(`\) += (-1 |\? ERESTART)`)

func (th *thread) complete(name, text string) {
	th.calls[name]++
	if !failedRe.MatchString(text) {
		th.ok[name]++
	}
	th.joined = append(th.joined, text)
}

// count sums the calls of name over every thread.
func (tr *trace) count(name string) int {
	n := 0
	for _, th := range tr.threads {
		n += th.calls[name]
	}
	return n
}

// check fails the test with the trace's problems, and with threads that
// did not end or left a call open when whole is set (a run to the end,
// not a detach).
func (tr *trace) check(t *testing.T, whole bool) {
	t.Helper()
	p := tr.problems
	if whole {
		for _, tid := range tr.order {
			th := tr.threads[tid]
			if th.end == "" {
				p = append(p, fmt.Sprintf("thread %d: no end (+++ line)", tid))
			}
			if th.open != "" {
				p = append(p, fmt.Sprintf("thread %d: %s never resumed", tid, th.open))
			}
		}
	}
	for i, s := range p {
		if i == 20 {
			t.Errorf("... and %d more", len(p)-i)
			break
		}
		t.Error(s)
	}
}

// ends counts the threads by their end line.
func (tr *trace) ends() map[string]int {
	m := map[string]int{}
	for _, th := range tr.threads {
		m[th.end]++
	}
	return m
}

var (
	hexRe = regexp.MustCompile(`0x[0-9a-f]+`)
	numRe = regexp.MustCompile(`\b\d{3,}\b`)
	strRe = regexp.MustCompile(`"(\\.|[^"\\])*"(\.\.\.)?`)
	padRe = regexp.MustCompile(`\) +=`)
)

// normalize makes a call's text comparable across runs and tracers:
// addresses, pids, sizes and buffer contents go.
func normalize(s string) string {
	s = strRe.ReplaceAllString(s, `"…"`)
	s = hexRe.ReplaceAllString(s, "0x…")
	s = numRe.ReplaceAllString(s, "N")
	return padRe.ReplaceAllString(s, ") =")
}

// callSet is every whole call of the trace, normalized and sorted: what
// two tracers must agree on whatever order the threads' lines came in.
func (tr *trace) callSet() []string {
	var l []string
	for _, th := range tr.threads {
		for _, c := range th.joined {
			l = append(l, normalize(c))
		}
	}
	sort.Strings(l)
	return l
}

// setDiff returns what is in a and not in b, and the other way round
// (multisets of sorted strings).
func setDiff(a, b []string) (onlyA, onlyB []string) {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			onlyA = append(onlyA, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			onlyB = append(onlyB, b[j])
			j++
		default:
			i++
			j++
		}
	}
	return
}

// The parser must catch what the suite relies on it to catch: a lost
// line, a duplicated one, a call resumed by the wrong thread, a missing
// end. A parser that finds nothing wrong with anything proves nothing.
func TestParseTrace(t *testing.T) {
	good := strings.Join([]string{
		"100   execve(\"/bin/x\", [\"x\"], 0x7ffc /* 3 vars */) = 0",
		"100   getppid( <unfinished ...>",
		"101   getppid()                         = 1",
		"100   <... getppid resumed>)            = 1",
		"101   --- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=1, si_uid=0} ---",
		"102   wait4(-1,  <unfinished ...>",
		"102   <... wait4 resumed>0x7ffc, 0, NULL) = ? ERESTARTSYS (To be restarted if SA_RESTART is set)",
		"102   wait4(-1, 0x7ffc, 0, NULL)        = -1 ECHILD (No child processes)",
		"102   read(3,  <unfinished ...>",
		"101   execve(\"/bin/y\", [\"y\"], 0x7ffc /* 3 vars */ <unfinished ...>",
		"102   <... read resumed> <unfinished ...>) = ?",
		"102   +++ exited with 0 +++",
		"100   +++ superseded by execve in pid 101 +++",
		"100   <... execve resumed>)             = 0",
		"100   exit_group(0)                     = ?",
		"100   +++ exited with 0 +++",
	}, "\n") + "\n"
	tr := parseTrace(good, 0)
	tr.check(t, true)
	if g := tr.count("getppid"); g != 2 {
		t.Errorf("getppid counted %d times, want 2", g)
	}
	if g := tr.count("execve"); g != 2 {
		t.Errorf("execve counted %d times, want 2", g)
	}
	if e := tr.ends(); e["+++ exited with 0 +++"] != 2 || e["+++ became 100 +++"] != 1 || len(tr.threads) != 3 {
		t.Errorf("ends %v", e)
	}
	if c, ok := tr.threads[102].calls["wait4"], tr.threads[102].ok["wait4"]; c != 2 || ok != 0 {
		t.Errorf("wait4: %d calls, %d successful; want 2 and 0", c, ok)
	}
	if got := tr.threads[100].joined[1]; got != "getppid()            = 1" {
		t.Errorf("joined %q", got)
	}

	for _, tc := range []struct{ name, text string }{
		{"lost resumption", "7 getppid( <unfinished ...>\n7 getppid() = 1\n7 +++ exited with 0 +++\n"},
		{"lost entry", "7 <... getppid resumed>) = 1\n7 +++ exited with 0 +++\n"},
		{"resumed by another thread", "7 getppid( <unfinished ...>\n8 <... getppid resumed>) = 1\n"},
		{"wrong call resumed", "7 getppid( <unfinished ...>\n7 <... getpid resumed>) = 1\n"},
		{"line after the end", "7 getppid() = 1\n7 +++ exited with 0 +++\n7 getppid() = 1\n"},
		{"no end", "7 getppid() = 1\n"},
		{"open at the end", "7 getppid( <unfinished ...>\n7 +++ exited with 0 +++\n"},
		{"half a line", "7 getppid(\n7 +++ exited with 0 +++\n"},
		{"garbage", "7 getppid() = 1\n7 +++ exited with 0 +++\nxyz\n"},
	} {
		tr := parseTrace(tc.text, 0)
		problems := len(tr.problems)
		for _, th := range tr.threads {
			if th.end == "" || th.open != "" {
				problems++
			}
		}
		if problems == 0 {
			t.Errorf("%s: not noticed in %q", tc.name, tc.text)
		}
	}

	a := []string{"a", "b", "b", "c"}
	b := []string{"b", "c", "c", "d"}
	if x, y := setDiff(a, b); strings.Join(x, ",") != "a,b" || strings.Join(y, ",") != "c,d" {
		t.Errorf("setDiff: %q %q", x, y)
	}
	if n := normalize(`read(3, "abc"..., 832) = 832`); n != `read(3, "…", N) = N` {
		t.Errorf("normalize: %q", n)
	}
}

// summary is a -c table: calls and errors by syscall name.
type summary map[string][2]int

// parseSummary reads the table -c prints.
func parseSummary(t *testing.T, text string) summary {
	t.Helper()
	s := summary{}
	in := false
	for _, l := range strings.Split(text, "\n") {
		f := strings.Fields(l)
		switch {
		case strings.HasPrefix(l, "% time"):
			in = true
		case !in || strings.HasPrefix(l, "---") || len(f) == 0:
		case f[len(f)-1] == "total":
			in = false
		case len(f) == 5 || len(f) == 6:
			calls, err1 := strconv.Atoi(f[3])
			errs := 0
			var err2 error
			if len(f) == 6 {
				errs, err2 = strconv.Atoi(f[4])
			}
			if err1 != nil || err2 != nil {
				t.Fatalf("summary line %q", l)
			}
			s[f[len(f)-1]] = [2]int{calls, errs}
		default:
			t.Fatalf("summary line %q", l)
		}
	}
	if len(s) == 0 {
		t.Fatalf("no summary table in %q", text)
	}
	return s
}

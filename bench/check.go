package bench

import (
	"bufio"
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// A tracer could be fast by tracing nothing: before a cell is timed, each
// tracer traces the workload once into a file, which must show the calls
// the workload makes, as many times as it makes them.

// checkTrace verifies the output of a tracer run in mode m on workload w
// of size n.
func checkTrace(m mode, w *workload, n int, out []byte) error {
	if m.name == "count" {
		calls, err := parseSummary(out)
		if err != nil {
			return err
		}
		return expect(calls, w.calls(n), "-c table")
	}
	tr := parseTrace(out)
	if !tr.exited0 {
		return fmt.Errorf("no \"+++ exited with 0 +++\" line in the trace")
	}
	switch m.name {
	case "filtered", "filtered-seccomp":
		for name := range tr.started {
			if name != "openat" {
				return fmt.Errorf("%d %s calls in a trace of openat", tr.started[name], name)
			}
		}
		return expect(tr.started, []want{{"openat", w.opens(n), false}}, "trace")
	case "timed":
		// Each call's duration ends the line that ends the call, whole
		// or resumed.
		return expect(tr.timed, w.calls(n), "trace's lines with a duration")
	}
	return expect(tr.started, w.calls(n), "trace")
}

// expect compares counts of calls with what is wanted.
func expect(got map[string]int, wants []want, what string) error {
	for _, w := range wants {
		if g := got[w.name]; g < w.n || w.exact && g != w.n {
			rel := "at least"
			if w.exact {
				rel = "exactly"
			}
			return fmt.Errorf("%s: %d %s calls, want %s %d", what, g, w.name, rel, w.n)
		}
	}
	return nil
}

// parseSummary reads the calls column of -c's table, by syscall name and
// "total". The columns are "% time, seconds, usecs/call, calls, errors,
// syscall", the errors column blank when there are none.
func parseSummary(out []byte) (map[string]int, error) {
	calls := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 5 || len(f) > 6 {
			continue
		}
		n, err := strconv.Atoi(f[3])
		if err != nil {
			continue
		}
		calls[f[len(f)-1]] += n
	}
	if _, ok := calls["total"]; !ok {
		return nil, fmt.Errorf("no -c table (no total row) in %q", truncate(out, 300))
	}
	return calls, nil
}

// traceStats is what parseTrace counts in a text trace.
type traceStats struct {
	started map[string]int // calls by name, counted on the line that begins them
	timed   map[string]int // lines ending a call with a -T duration, by name
	exited0 bool           // a "+++ exited with 0 +++" line
}

var duration = regexp.MustCompile(` <[0-9]+\.[0-9]+>$`)

// parseTrace counts the calls of a strace-format trace written with -f
// and -o: each line may begin with a pid, a call either is whole on its
// line or begins "name(... <unfinished ...>" and ends "<... name
// resumed>...".
func parseTrace(out []byte) traceStats {
	tr := traceStats{started: map[string]int{}, timed: map[string]int{}}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		line = strings.TrimLeft(line, "0123456789")
		line = strings.TrimLeft(line, " ")
		if strings.HasPrefix(line, "[pid ") {
			if i := strings.IndexByte(line, ']'); i >= 0 {
				line = strings.TrimLeft(line[i+1:], " ")
			}
		}
		var name string
		switch {
		case strings.HasPrefix(line, "+++ exited with 0 +++"):
			tr.exited0 = true
			continue
		case strings.HasPrefix(line, "<... "):
			name, _, _ = strings.Cut(line[len("<... "):], " ")
		default:
			i := strings.IndexByte(line, '(')
			if i <= 0 || strings.IndexFunc(line[:i], notNameRune) >= 0 {
				continue
			}
			name = line[:i]
			tr.started[name]++
		}
		if duration.MatchString(line) {
			tr.timed[name]++
		}
	}
	return tr
}

func notNameRune(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_')
}

func truncate(b []byte, n int) string {
	if len(b) > n {
		return string(b[:n]) + "..."
	}
	return string(b)
}

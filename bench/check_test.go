package bench

import (
	"strings"
	"testing"
)

func TestParseSummary(t *testing.T) {
	table := `% time     seconds  usecs/call     calls    errors syscall
------ ----------- ----------- --------- --------- ----------------
 31.54    0.000446         223         2           execve
 13.72    0.000194           5        37        10 newfstatat
------ ----------- ----------- --------- --------- ----------------
100.00    0.001414           6        39        10 total
`
	got, err := parseSummary([]byte(table))
	if err != nil {
		t.Fatal(err)
	}
	if got["execve"] != 2 || got["newfstatat"] != 37 || got["total"] != 39 || len(got) != 3 {
		t.Errorf("got %v", got)
	}
	if _, err := parseSummary([]byte("execve(...) = 0\n")); err == nil {
		t.Error("a trace was taken for a table")
	}
}

func TestParseTrace(t *testing.T) {
	trace := strings.Join([]string{
		`100 execve("/bin/true", ["/bin/true"], 0x7ffd /* 3 vars */) = 0 <0.000300>`,
		`100 getppid()                         = 1 <0.000010>`,
		`101 getppid( <unfinished ...>`,
		`100 getppid( <unfinished ...>`,
		`101 <... getppid resumed>)            = 1 <0.000020>`,
		`[pid   100] <... getppid resumed>)    = 1 <0.000020>`,
		`100 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED} ---`,
		`101 +++ exited with 0 +++`,
		`100 exit_group(0)                     = ?`,
	}, "\n")
	tr := parseTrace([]byte(trace))
	if tr.started["getppid"] != 3 || tr.timed["getppid"] != 3 || tr.started["execve"] != 1 ||
		tr.started["exit_group"] != 1 || tr.timed["exit_group"] != 0 || len(tr.started) != 3 || !tr.exited0 {
		t.Errorf("got %+v", tr)
	}
}

// The checks catch a trace that is short of calls, a filter that lets
// other calls through, and a trace that did not see the command's end.
func TestCheckTrace(t *testing.T) {
	w := workloads[0] // W1: exactly n getppid
	full, timed, filtered := modes[0], modes[4], modes[2]
	ok := "1 getppid() = 1 <0.000001>\n1 getppid() = 1 <0.000001>\n1 +++ exited with 0 +++\n"
	for _, m := range []mode{full, timed} {
		if err := checkTrace(m, w, 2, []byte(ok)); err != nil {
			t.Errorf("%s: %v", m.name, err)
		}
		if err := checkTrace(m, w, 3, []byte(ok)); err == nil {
			t.Errorf("%s: 2 calls passed for 3", m.name)
		}
		if err := checkTrace(m, w, 1, []byte(ok)); err == nil {
			t.Errorf("%s: 2 calls passed for exactly 1", m.name)
		}
	}
	if err := checkTrace(full, w, 2, []byte(strings.Replace(ok, "exited with 0", "exited with 1", 1))); err == nil {
		t.Error("a failed command passed")
	}
	if err := checkTrace(timed, w, 2, []byte(strings.ReplaceAll(ok, " <0.000001>", ""))); err == nil {
		t.Error("a trace without durations passed for -T")
	}
	if err := checkTrace(filtered, w, 2, []byte(ok)); err == nil {
		t.Error("getppid calls passed a trace of openat")
	}
	if err := checkTrace(filtered, w, 2, []byte("1 openat(AT_FDCWD, \"/x\", O_RDONLY) = 3\n1 +++ exited with 0 +++\n")); err != nil {
		t.Errorf("filtered: %v", err)
	}
}

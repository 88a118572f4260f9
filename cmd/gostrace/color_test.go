package main

import (
	"errors"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"

	"gostrace/internal/difftest"
	"gostrace/internal/options"
)

var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

func sgr(p string) string { return "\x1b[" + p + "m" }

const sgr0 = "\x1b[0m"

// TestColorOff: without --color, with --color=never, and with
// --color=auto into an -o file, the trace is strace's text: the same
// lines as strace's on the same command, and no escape at all.
func TestColorOff(t *testing.T) {
	strace := needStrace(t)
	const cmd = "cat /no/such/file; echo hi > f && rm f"
	// The environment that would let colors in, were they wanted.
	env := []string{"TERM=xterm", "GOSTRACE_COLORS=error=1"}
	r1, err := difftest.Trace(strace, []string{"-f"}, cmd, env...)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := difftest.Trace(strace, []string{"-f"}, cmd, env...)
	if err != nil {
		t.Fatal(err)
	}
	for _, flags := range [][]string{{"-f"}, {"-f", "--color=never"}, {"-f", "--color=auto"}, {"-f", "--color"}} {
		ours, err := difftest.Trace(gostraceBin, flags, cmd, append(env, "GOSTRACE_TEST_MAIN=1")...)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(strings.Join(ours, "\n"), "\x1b") {
			t.Errorf("%v: escapes in the trace", flags)
		}
		if m, total, bad := difftest.Compare(difftest.Split(r1), difftest.Split(r2), difftest.Split(ours)); m != total {
			t.Errorf("%v: %d/%d lines match strace's: %+v", flags, m, total, bad)
		}
	}
}

// TestColorAlways colors a real trace: errors, slow calls (sleep 0.15
// makes a call longer than the 0.1 s threshold) and GOSTRACE_COLORS's
// choices; without its escapes the trace is the plain one.
func TestColorAlways(t *testing.T) {
	const cmd = "cat /no/such/file; sleep 0.15"
	flags := []string{"-f", "-T", "--color=always"}
	const colors = "GOSTRACE_COLORS=error=7;31:slow=1;4:syscall=36:argval=33"
	colored, err := difftest.Trace(gostraceBin, flags, cmd, "GOSTRACE_TEST_MAIN=1", colors)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(colored, "\n")
	for _, want := range []string{
		sgr("7;31") + "-1 ENOENT (No such file or directory)" + sgr0,
		sgr("36") + "openat" + sgr0 + "(",
		sgr("33") + `"/no/such/file"` + sgr0,
		// Defaults for the keys not given.
		sgr("35") + "O_RDONLY" + sgr0,
		sgr("32") + "+++ exited with 0 +++" + sgr0,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in the trace", want)
		}
	}
	slow := regexp.MustCompile(`clock_nanosleep.*\) += ` + regexp.QuoteMeta(sgr("1;4")+"0"+sgr0+sgr("1;4")) + ` <0\.\d{6}>` + regexp.QuoteMeta(sgr0) + `$`)
	quick := regexp.MustCompile(`close.*\) += ` + regexp.QuoteMeta(sgr("32")+"0"+sgr0+sgr("2")) + ` <0\.\d{6}>`)
	var nslow, nquick int
	for _, l := range colored {
		if slow.MatchString(l) {
			nslow++
		}
		if quick.MatchString(l) {
			nquick++
		}
	}
	if nslow != 1 || nquick == 0 {
		t.Errorf("%d slow calls, %d quick ones colored as such in\n%s", nslow, nquick, text)
	}
	// The same trace, its escapes taken out, is the plain trace.
	plainFlags := []string{"-f", "-T"}
	r1, err := difftest.Trace(gostraceBin, plainFlags, cmd, "GOSTRACE_TEST_MAIN=1", colors)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := difftest.Trace(gostraceBin, plainFlags, cmd, "GOSTRACE_TEST_MAIN=1", colors)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range colored {
		colored[i] = ansi.ReplaceAllString(l, "")
	}
	if m, total, bad := difftest.Compare(difftest.Split(r1), difftest.Split(r2), difftest.Split(colored)); m != total {
		t.Errorf("%d/%d lines match the plain trace: %+v", m, total, bad)
	}
}

// openPty returns the master side of a new pseudo-terminal and its
// slave, or skips the test when the system has none to give.
func openPty(t *testing.T) (master, slave *os.File) {
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		m.Close()
		t.Skipf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		m.Close()
		t.Skipf("ptsname: %v", err)
	}
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		t.Skipf("open the slave: %v", err)
	}
	return m, s
}

// onTerminal runs gostrace with its stderr (where the trace goes) on a
// pseudo-terminal and returns what the terminal received.
func onTerminal(t *testing.T, env []string, args ...string) string {
	m, s := openPty(t)
	defer m.Close()
	c := gostrace(args...)
	c.Env = append(difftest.Env(t.TempDir()), "GOSTRACE_TEST_MAIN=1")
	c.Env = append(c.Env, env...)
	c.Stderr = s
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	s.Close()
	var b strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := m.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			// EIO once no one has the slave open.
			if !errors.Is(err, io.EOF) && !errors.Is(err, syscall.EIO) {
				t.Error(err)
			}
			break
		}
	}
	c.Wait()
	return b.String()
}

// TestColorTerminal: --color=auto colors a trace that goes to a
// terminal, unless NO_COLOR is set or TERM is dumb; without --color
// nothing is colored even there; --color=always wins over NO_COLOR.
func TestColorTerminal(t *testing.T) {
	for _, tc := range []struct {
		env   []string
		args  []string
		color bool
	}{
		{[]string{"TERM=xterm"}, []string{"--color=auto"}, true},
		{[]string{"TERM=xterm"}, []string{"--color"}, true},
		{[]string{"TERM=xterm", "NO_COLOR=1"}, []string{"--color=auto"}, false},
		{[]string{"TERM=xterm", "NO_COLOR="}, []string{"--color=auto"}, true},
		{[]string{"TERM=dumb"}, []string{"--color=auto"}, false},
		{[]string{"TERM=xterm"}, nil, false},
		{[]string{"TERM=xterm"}, []string{"--color=never"}, false},
		{[]string{"TERM=xterm", "NO_COLOR=1"}, []string{"--color=always"}, true},
		{[]string{"TERM=xterm"}, []string{"--color=always", "--output-format=json"}, false},
	} {
		got := onTerminal(t, tc.env, append(tc.args, "cat", "/no/such/file")...)
		if !strings.Contains(got, "ENOENT") {
			t.Fatalf("%v %v: no trace on the terminal: %q", tc.env, tc.args, got)
		}
		want := sgr("1;31") + "-1 ENOENT (No such file or directory)" + sgr0
		if colored := strings.Contains(got, want); colored != tc.color || !tc.color && strings.Contains(got, "\x1b") {
			t.Errorf("%v %v: colored %v, want %v:\n%q", tc.env, tc.args, colored, tc.color, got)
		}
	}
}

// outputFormat's choices without a terminal or an environment of its own.
func TestOutputFormat(t *testing.T) {
	for _, tc := range []struct {
		args     []string
		env      map[string]string
		terminal bool
		json     bool
		color    bool
	}{
		{[]string{"x"}, nil, true, false, false},
		{[]string{"--color=auto", "x"}, nil, true, false, true},
		{[]string{"--color=auto", "x"}, nil, false, false, false},
		{[]string{"--color=auto", "-o", "f", "x"}, nil, true, false, false},
		{[]string{"--color=auto", "x"}, map[string]string{"NO_COLOR": "1"}, true, false, false},
		{[]string{"--color=auto", "x"}, map[string]string{"TERM": "dumb"}, true, false, false},
		{[]string{"--color=always", "-o", "f", "x"}, map[string]string{"NO_COLOR": "1"}, false, false, true},
		{[]string{"--color=always", "--output-format=json", "x"}, nil, true, true, false},
		{[]string{"--output-format=json", "-ff", "-o", "f", "x"}, nil, false, true, false},
	} {
		cfg, err := options.Parse(append([]string{"gostrace"}, tc.args...))
		if err != nil {
			t.Fatal(err)
		}
		json, pal := outputFormat(cfg, func(k string) string { return tc.env[k] }, func() bool { return tc.terminal })
		if json != tc.json || (pal != nil) != tc.color {
			t.Errorf("%v %v terminal %v: json %v, palette %v", tc.args, tc.env, tc.terminal, json, pal != nil)
		}
	}
}

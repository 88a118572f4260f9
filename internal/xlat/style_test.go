package xlat

import (
	"testing"

	"golang.org/x/sys/unix"
)

// The expected forms were printed by strace 6.1 -X raw and -X verbose
// (mmap, open, fcntl, rt_sigprocmask, socket calls of a test program).
func TestStyles(t *testing.T) {
	prot := T("PROT_???", P(unix.PROT_READ, "PROT_READ"), P(unix.PROT_WRITE, "PROT_WRITE"), P(unix.PROT_EXEC, "PROT_EXEC"))
	access := T("", P(0, "O_RDONLY"), P(1, "O_WRONLY"), P(2, "O_RDWR"))
	open := Composite(access, 3, T("O_???", P(0x40, "O_CREAT"), P(0x80000, "O_CLOEXEC")))
	fcntl := T("F_???", P(0, "F_DUPFD"), P(1, "F_GETFD"), P(2, "F_SETFD"))
	flags := []struct {
		t    *Table
		v    uint64
		s    Style
		want string
	}{
		{prot, 3, StyleRaw, "0x3"},
		{prot, 3, StyleVerbose, "0x3 /* PROT_READ|PROT_WRITE */"},
		{prot, 0x100, StyleVerbose, "0x100 /* PROT_??? */"},
		{prot, 0x100, StyleRaw, "0x100"},
		{prot, 0x100, StyleAbbrev, "0x100 /* PROT_??? */"},
		{prot, 0, StyleVerbose, "0"},
		{prot, 0, StyleRaw, "0"},
		{open, 0, StyleVerbose, "0 /* O_RDONLY */"},
		{open, 0x80000, StyleVerbose, "0x80000 /* O_RDONLY|O_CLOEXEC */"},
		{open, 0x40000041, StyleVerbose, "0x40000041 /* O_WRONLY|O_CREAT|0x40000000 */"},
		{open, 0x40000041, StyleRaw, "0x40000041"},
	}
	for _, c := range flags {
		if got := string(c.t.AppendFlagsStyle([]byte("x"), c.v, c.s)); got != "x"+c.want {
			t.Errorf("flags %#x style %d: %q, want %q", c.v, c.s, got, "x"+c.want)
		}
	}
	consts := []struct {
		t    *Table
		v    uint64
		dec  bool
		s    Style
		want string
	}{
		{fcntl, 0, false, StyleRaw, "0"},
		{fcntl, 0, false, StyleVerbose, "0 /* F_DUPFD */"},
		{fcntl, 2, false, StyleVerbose, "0x2 /* F_SETFD */"},
		{fcntl, 0x3039, false, StyleVerbose, "0x3039 /* F_??? */"},
		{fcntl, 0x3039, false, StyleRaw, "0x3039"},
		{Signals, 17, true, StyleRaw, "17"},
		{Signals, 17, true, StyleVerbose, "17 /* SIGCHLD */"},
	}
	for _, c := range consts {
		if got := string(c.t.AppendConstStyle(nil, c.v, c.dec, c.s)); got != c.want {
			t.Errorf("const %#x style %d: %q, want %q", c.v, c.s, got, c.want)
		}
	}
	usr1rt8 := uint64(1)<<(10-1) | 1<<(40-1)
	if got := string(AppendSigsetStyle(nil, usr1rt8, 64, StyleRaw)); got != "[10 40]" {
		t.Errorf("raw sigset %q", got)
	}
	if got := string(AppendSigsetStyle(nil, usr1rt8, 64, StyleVerbose)); got != "[10 /* USR1 */ 40 /* RT_8 */]" {
		t.Errorf("verbose sigset %q", got)
	}
	if got := string(AppendSigsetStyle(nil, ^uint64(3<<31), 64, StyleVerbose)); got != "~[32 /* RTMIN */ 33 /* RT_1 */]" {
		t.Errorf("verbose negated sigset %q", got)
	}
}

package filter

import (
	"strings"
	"testing"

	"gostrace/internal/sysent"
)

func sysnr(t *testing.T, name string) int {
	t.Helper()
	n, ok := sysent.Number(name)
	if !ok {
		t.Fatalf("no syscall %s in the table", name)
	}
	return n
}

// members lists the names in s, to compare sets in messages.
func members(s *Set) []string {
	var out []string
	for nr := 0; nr < sysent.Count(); nr++ {
		if e := sysent.Lookup(nr); e != nil && s.Has(nr) {
			out = append(out, e.Name)
		}
	}
	return out
}

func TestSyscallSetMembership(t *testing.T) {
	for _, tc := range []struct {
		expr      string
		in, notIn []string
	}{
		{"open", []string{"open"}, []string{"openat", "close"}},
		{"open,close", []string{"open", "close"}, []string{"read"}},
		{",open,,close,", []string{"open", "close"}, []string{"read"}},
		{"!open", []string{"close", "read"}, []string{"open"}},
		{"!!open", []string{"open"}, []string{"close"}},
		{"!open,close", []string{"read"}, []string{"open", "close"}},
		{"2", []string{"open"}, []string{"read"}},
		{"010", []string{"mprotect"}, []string{"lseek"}}, // decimal, not octal
		{"all", []string{"open", "read"}, nil},
		{"all,open", []string{"open", "read"}, nil},
		{"none", nil, []string{"open", "read"}},
		{"!none", []string{"open", "read"}, nil},
		{"!all", nil, []string{"open"}},
		{"?nosuchcall,open", []string{"open"}, []string{"close"}},
		{"?", nil, []string{"open"}},
		{"open@64", []string{"open"}, nil},
		// Other personalities are accepted but add nothing to a native set.
		{"open@32", nil, []string{"open"}},
		{"open@x32", nil, []string{"open"}},
		{"_llseek,close", []string{"close"}, []string{"lseek"}},
		{"335,close", []string{"close"}, nil},
		{"/^open", []string{"open", "openat", "open_by_handle_at"}, []string{"close", "mq_open"}},
		{"/stat$", []string{"stat", "fstat", "lstat"}, []string{"newfstatat", "statx", "statfs"}},
		{"/^(get|set)uid$", []string{"getuid", "setuid"}, []string{"getresuid"}},
		{"/^c@64", []string{"close", "clone"}, []string{"open"}},
		{"/^c@32", nil, []string{"close"}},
		{"?/^zz,read", []string{"read"}, nil},
		{"!/^open", []string{"close"}, []string{"open", "openat"}},
	} {
		s, err := ParseSyscallSet(tc.expr)
		if err != nil {
			t.Errorf("%q: %v", tc.expr, err)
			continue
		}
		for _, n := range tc.in {
			if !s.Has(sysnr(t, n)) {
				t.Errorf("%q: %s missing", tc.expr, n)
			}
		}
		for _, n := range tc.notIn {
			if s.Has(sysnr(t, n)) {
				t.Errorf("%q: %s should not be in", tc.expr, n)
			}
		}
	}
}

func TestSyscallSetAllCoversUnknownNumbers(t *testing.T) {
	all, _ := ParseSyscallSet("all")
	notOpen, _ := ParseSyscallSet("!open")
	byRegex, _ := ParseSyscallSet("/.")
	beyond := sysent.Count() + 1000
	if !all.Has(beyond) || !notOpen.Has(beyond) || byRegex.Has(beyond) {
		t.Errorf("numbers beyond the table: all %v, !open %v, /. %v", all.Has(beyond), notOpen.Has(beyond), byRegex.Has(beyond))
	}
	// strace's "no syscalls to filter" warning tells "all" from "/.".
	if !all.All() || byRegex.All() {
		t.Errorf("All(): all %v, /. %v", all.All(), byRegex.All())
	}
}

func TestSyscallSetClasses(t *testing.T) {
	if len(sysent.InClass(sysent.File)) == 0 {
		t.Skip("the syscall table carries no classes yet")
	}
	for _, tc := range []struct {
		expr      string
		in, notIn []string
	}{
		{"%file", []string{"open", "openat", "execve", "stat"}, []string{"read", "close"}},
		{"file", []string{"open"}, []string{"read"}},
		{"%desc", []string{"read", "close"}, []string{"getpid"}},
		{"%network", []string{"socket", "connect"}, []string{"open"}},
		{"%net", []string{"socket"}, []string{"open"}},
		{"%process", []string{"execve", "exit_group", "wait4"}, []string{"read"}},
		{"%signal", []string{"rt_sigaction", "kill"}, []string{"read"}},
		{"signal", []string{"rt_sigaction"}, []string{"read"}},
		{"%memory", []string{"mmap", "brk"}, []string{"read"}},
		{"%ipc", []string{"shmget"}, []string{"read"}},
		{"%creds", []string{"getuid", "setresgid", "capget"}, []string{"read"}},
		{"%clock", []string{"clock_gettime", "gettimeofday"}, []string{"read"}},
		{"%pure", []string{"getpid", "gettid"}, []string{"read"}},
		{"%stat", []string{"stat"}, []string{"fstat", "lstat"}},
		{"%lstat", []string{"lstat"}, []string{"stat"}},
		{"%fstat", []string{"fstat", "newfstatat", "statx"}, []string{"stat"}},
		{"%%stat", []string{"stat", "lstat", "fstat", "newfstatat", "statx"}, []string{"statfs"}},
		{"%statfs", []string{"statfs"}, []string{"fstatfs"}},
		{"%fstatfs", []string{"fstatfs"}, []string{"statfs"}},
		{"%%statfs", []string{"statfs", "fstatfs", "ustat"}, []string{"stat"}},
		{"!%file,%desc", []string{"getpid"}, []string{"open", "read"}},
	} {
		s, err := ParseSyscallSet(tc.expr)
		if err != nil {
			t.Errorf("%q: %v", tc.expr, err)
			continue
		}
		for _, n := range tc.in {
			if !s.Has(sysnr(t, n)) {
				t.Errorf("%q: %s missing (have %v)", tc.expr, n, members(s))
			}
		}
		for _, n := range tc.notIn {
			if s.Has(sysnr(t, n)) {
				t.Errorf("%q: %s should not be in", tc.expr, n)
			}
		}
	}
}

// The messages are strace 6.1's (run "strace -e trace=EXPR").
func TestSyscallSetErrors(t *testing.T) {
	for _, tc := range []struct {
		expr, msg string
		hint      bool
	}{
		{"foo", "invalid system call 'foo'", false},
		{"open,foo", "invalid system call 'foo'", false},
		{"", "invalid system call ''", false},
		{"!", "invalid system call '!'", false},
		{"!!", "invalid system call '!!'", false},
		{",", "invalid system call ','", false},
		{"!,", "invalid system call '!,'", false},
		{"none,open", "invalid system call 'none'", false},
		{"none@64", "invalid system call 'none@64'", false},
		{"@64", "invalid system call '@64'", false},
		{"%foo", "invalid system call '%foo'", false},
		{"%", "invalid system call '%'", false},
		{"%FILE", "invalid system call '%FILE'", false},
		{"net", "invalid system call 'net'", false},
		{"1000", "invalid system call '1000'", false},
		{"400@64", "invalid system call '400@64'", false},
		{"222@32", "invalid system call '222@32'", false},
		{"-1", "invalid system call '-1'", false},
		{"+1", "invalid system call '+1'", false},
		{" open", "invalid system call ' open'", false},
		{"0x10", "invalid system call '0x10'", false},
		{"/^zz", "invalid system call '/^zz'", false},
		{"/c@y@64", "invalid system call '/c@y@64'", false},
		{"stat64@64", "invalid system call 'stat64@64'", false},
		{"open@foo", "incorrect personality designator 'foo' in qualification 'open@foo'", true},
		{"?open@", "incorrect personality designator '' in qualification 'open@'", true},
		{"open@X32", "incorrect personality designator 'X32' in qualification 'open@X32'", true},
		{"/(", "regcomp: (: Unmatched ( or \\(", false},
		{"?/(", "regcomp: (: Unmatched ( or \\(", false},
	} {
		_, err := ParseSyscallSet(tc.expr)
		fe, ok := err.(*Error)
		if !ok || fe.Msg != tc.msg || fe.Hint != tc.hint {
			t.Errorf("%q: got %#v, want %q hint=%v", tc.expr, err, tc.msg, tc.hint)
		}
	}
}

func TestSyscallSetSkipsNothingValid(t *testing.T) {
	// Every name in the native table is a valid expression on its own.
	for nr := 0; nr < sysent.Count(); nr++ {
		e := sysent.Lookup(nr)
		if e == nil {
			continue
		}
		s, err := ParseSyscallSet(e.Name)
		if err != nil || !s.Has(nr) || strings.Join(members(s), ",") != e.Name {
			t.Errorf("%s: %v %v", e.Name, err, members(s))
		}
	}
}

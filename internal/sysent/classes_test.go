package sysent

import (
	"sort"
	"strings"
	"testing"
)

// The sets below were observed with strace 6.1 on x86_64: a program made
// every syscall in turn (all failing with ENOSYS behind a seccomp filter)
// under "strace -e trace=%CLASS", and these are the names strace printed.
// Calls an architecture lacks (open, stat, getpgrp, time... on arm64) are
// dropped from the expectation there.

func TestExactClasses(t *testing.T) {
	for _, tc := range []struct {
		class string
		names string
	}{
		{"pure", "getegid geteuid getgid getpgrp getpid getppid gettid getuid"},
		{"clock", "adjtimex clock_adjtime clock_getres clock_gettime clock_settime gettimeofday settimeofday time"},
		{"creds", "capget capset getegid geteuid getgid getgroups getresgid getresuid getuid prctl " +
			"setfsgid setfsuid setgid setgroups setregid setresgid setresuid setreuid setuid"},
		{"stat", "stat"},
		{"lstat", "lstat"},
		{"fstat", "fstat newfstatat statx"},
		{"%stat", "fstat lstat newfstatat stat statx"},
		{"statfs", "statfs"},
		{"fstatfs", "fstatfs"},
		{"%statfs", "fstatfs statfs ustat"},
		// exit_group's own line (exit_group(0) = ?) shows under %process too.
		{"process", "clone clone3 execve execveat exit exit_group fork kill pidfd_send_signal " +
			"rt_sigqueueinfo rt_tgsigqueueinfo tgkill tkill vfork wait4 waitid"},
		{"signal", "io_uring_enter kill pause pidfd_send_signal rt_sigaction rt_sigpending " +
			"rt_sigprocmask rt_sigqueueinfo rt_sigreturn rt_sigsuspend rt_sigtimedwait " +
			"rt_tgsigqueueinfo sigaltstack signalfd signalfd4 tgkill tkill"},
		{"ipc", "msgctl msgget msgrcv msgsnd semctl semget semop semtimedop shmat shmctl shmdt shmget"},
	} {
		c, ok := ClassNames[tc.class]
		if !ok {
			t.Errorf("no class %%%s", tc.class)
			continue
		}
		var want []string
		for _, n := range strings.Fields(tc.names) {
			if _, ok := Number(n); ok {
				want = append(want, n)
			}
		}
		if got := classNames(c); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%%%s:\n got %v\nwant %v", tc.class, got, want)
		}
	}
}

func TestClassMembers(t *testing.T) {
	for _, tc := range []struct {
		class string
		in    string // among the members
		notIn string // not members
	}{
		{"file", "open openat openat2 newfstatat statx execve execveat getcwd chdir readlinkat " +
			"inotify_add_watch fanotify_mark name_to_handle_at mount", "read close fstat fchdir getdents64"},
		{"desc", "read write close fstat openat mmap dup3 epoll_wait inotify_init1 pidfd_open " +
			"memfd_create bpf", "stat chdir getpid socket"},
		{"network", "socket connect accept accept4 sendto recvfrom sendmsg recvmmsg sendmmsg " +
			"getsockopt sendfile getpmsg", "read pipe"},
		{"memory", "mmap munmap mprotect brk mremap madvise mlock2 shmat shmdt io_setup " +
			"io_uring_register set_mempolicy_home_node", "read"},
		{"net", "socket", "read"},
	} {
		c := ClassNames[tc.class]
		for _, n := range strings.Fields(tc.in) {
			if nr, ok := Number(n); ok && table[nr].Class&c == 0 {
				t.Errorf("%s is not in %%%s", n, tc.class)
			}
		}
		for _, n := range strings.Fields(tc.notIn) {
			if nr, ok := Number(n); ok && table[nr].Class&c != 0 {
				t.Errorf("%s is in %%%s", n, tc.class)
			}
		}
	}
}

func TestNArgs(t *testing.T) {
	// strace 6.1 -e raw=all prints this many arguments for each call.
	for _, tc := range []struct {
		name  string
		nargs int
	}{
		{"read", 3}, {"close", 1}, {"mmap", 6}, {"getpid", 0}, {"execve", 3},
		{"rt_sigaction", 4}, {"rt_sigreturn", 0}, {"clone", 5}, {"clone3", 2},
		{"futex", 6}, {"prlimit64", 4}, {"io_uring_enter", 6}, {"rseq", 4},
		{"newfstatat", 4}, {"statx", 5}, {"wait4", 4}, {"exit_group", 1},
		{"openat", 4}, {"pselect6", 6}, {"restart_syscall", 0}, {"_sysctl", 1},
		{"epoll_ctl_old", 4}, {"futex_waitv", 5}, {"set_mempolicy_home_node", 4},
	} {
		nr, ok := Number(tc.name)
		if !ok {
			continue // not on this architecture
		}
		if got := table[nr].NArgs; got != tc.nargs {
			t.Errorf("%s: NArgs %d, want %d", tc.name, got, tc.nargs)
		}
	}
}

func TestNeverFails(t *testing.T) {
	// strace's tables flag these NF: their results are never errno values.
	want := "getegid geteuid getgid getpgrp getpid getppid gettid getuid personality setfsgid setfsuid umask"
	var exp []string
	for _, n := range strings.Fields(want) {
		if _, ok := Number(n); ok {
			exp = append(exp, n)
		}
	}
	if got := classNames(NeverFails); strings.Join(got, " ") != strings.Join(exp, " ") {
		t.Errorf("NeverFails:\n got %v\nwant %v", got, exp)
	}
}

func classNames(c Class) []string {
	var names []string
	for _, nr := range InClass(c) {
		names = append(names, table[nr].Name)
	}
	sort.Strings(names)
	return names
}

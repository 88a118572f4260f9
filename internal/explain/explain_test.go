package explain

import (
	"runtime"
	"strings"
	"testing"

	"gostrace/internal/sysent"
)

// corpusCalls are the syscalls the public corpus (shared/compat/corpus.txt)
// makes, as strace -f named them on x86_64 (Debian 12, strace 6.1), each
// command run in an empty directory.
var corpusCalls = strings.Fields(`accept4 access arch_prctl bind brk capget chdir
clock_nanosleep clone clone3 close close_range connect copy_file_range dup2
epoll_create1 epoll_ctl epoll_pwait eventfd2 execve exit exit_group faccessat2
fadvise64 fchdir fchmodat fcntl fstat fstatfs futex getcwd getdents64 getegid
geteuid getgid getgroups getpeername getpgrp getpid getppid getrandom
getsockname gettid getuid getxattr ioctl kill lgetxattr listen lseek madvise
mkdir mmap mprotect munmap newfstatat openat pipe2 pkey_alloc pread64 prlimit64
read readlink recvfrom renameat2 rseq rt_sigaction rt_sigprocmask rt_sigreturn
sched_getaffinity sendto set_robust_list set_tid_address sigaltstack socket
statfs statx symlinkat sysinfo umask uname unlinkat utimensat vfork wait4
write`)

func TestCoverage(t *testing.T) {
	for _, n := range corpusCalls {
		if _, ok := entries()[n]; !ok {
			t.Errorf("no description of %s, a call of the public corpus", n)
		}
	}
	if len(entries()) < 180 {
		t.Errorf("only %d descriptions", len(entries()))
	}
}

// Every entry names a syscall of x86_64 with as many arguments as the
// table says, and has a paragraph of some substance.
func TestEntries(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skip("the entries are checked against x86_64's table")
	}
	for _, name := range Names() {
		e := entries()[name]
		nr, ok := sysent.Number(name)
		if !ok {
			t.Errorf("%s is not a syscall", name)
			continue
		}
		args, _, _ := strings.Cut(strings.TrimPrefix(e.signature, name+"("), ")")
		n := 0
		if args != "" {
			n = strings.Count(args, ",") + 1
		}
		if n != sysent.Lookup(nr).NArgs {
			t.Errorf("%s: %d arguments in %q, %d in the table", name, n, e.signature, sysent.Lookup(nr).NArgs)
		}
		if len(strings.Fields(e.text)) < 8 || !strings.Contains(e.signature, ") = ") {
			t.Errorf("%s: thin entry %q", name, e.signature+" "+e.text)
		}
	}
}

func TestExplain(t *testing.T) {
	got, err := Explain("openat")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(got, "\n")
	if lines[0] != "openat(dirfd, path, flags, mode) = fd" || lines[2] != "" {
		t.Errorf("openat:\n%s", got)
	}
	if runtime.GOARCH == "amd64" && lines[1] != "  (x86_64 syscall 257, in %file %desc)" {
		t.Errorf("facts line %q", lines[1])
	}
	for _, l := range lines[3:] {
		if len(l) > 76 {
			t.Errorf("line of %d columns: %q", len(l), l)
		}
	}
	// A syscall without a description: the tables' facts and the manual.
	got, err = Explain("kexec_load")
	if err != nil || !strings.Contains(got, `"man 2 kexec_load"`) || !strings.HasPrefix(got, "kexec_load: ") {
		t.Errorf("kexec_load: %q %v", got, err)
	}
	for name, want := range map[string]string{
		"opnat":     "unknown system call 'opnat'; did you mean openat?",
		"sigaction": "unknown system call 'sigaction'; did you mean rt_sigaction?",
		"foo":       "unknown system call 'foo'",
	} {
		if _, err := Explain(name); err == nil || err.Error() != want {
			t.Errorf("%s: %v, want %q", name, err, want)
		}
	}
}

package decodetest_test

import (
	"testing"

	"gostrace/internal/decode/decodetest"
)

// The common calls decode into the lines strace prints for them: the
// benchmarks built on them measure real lines, not error paths.
func TestCommonCalls(t *testing.T) {
	want := map[string]string{
		"getppid":      `getppid() = 1000`,
		"openat":       `openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3`,
		"read":         `read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0pw~\205\214\223\232\241\250\257\266\275\304\313\322\331"..., 832) = 832`,
		"write":        `write(1, "2024-05-01T12:00:00Z GET /index."..., 832) = 832`,
		"newfstatat":   `newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=2125328, ...}, AT_EMPTY_PATH) = 0`,
		"fstat":        `fstat(3, {st_mode=S_IFREG|0755, st_size=2125328, ...}) = 0`,
		"mmap":         `mmap(NULL, 2125328, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f3a1c400000`,
		"rt_sigaction": `rt_sigaction(SIGCHLD, {sa_handler=0x46a2e0, sa_mask=~[], sa_flags=SA_RESTORER|SA_ONSTACK|SA_RESTART|SA_SIGINFO, sa_restorer=0x46a420}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=0}, 8) = 0`,
		"getdents64":   `getdents64(3, 0x7ffd00007780 /* 5 entries */, 32768) = 144`,
		"clone":        `clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7ffd00008810) = 4242`,
		"clone3":       `clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7ffd00008810, parent_tid=0x7ffd00008810, exit_signal=0, stack=0x7f3a1c000000, stack_size=0x7fff00, tls=0x7f3a1c7ff6c0} => {parent_tid=[4243]}, 88) = 4243`,
		"epoll_pwait":  `epoll_pwait(4, [{events=EPOLLIN, data={u32=5, u64=5}}], 128, -1, NULL, 8) = 1`,
	}
	m := decodetest.NewMemory()
	calls := decodetest.CommonCalls(m)
	if len(calls) != len(want) {
		t.Errorf("%d common calls, %d expected lines", len(calls), len(want))
	}
	for _, c := range calls {
		if got := decodetest.Plain(decodetest.Render(m, c)); got != want[c.Name] {
			t.Errorf("%s:\n got %s\nwant %s", c.Name, got, want[c.Name])
		}
	}
}

package decode_test

import (
	"testing"

	"gostrace/internal/decode/decodetest"
)

func epollEvent(events uint32, data uint64) []byte { return cat(u32(events), u64(data)) }

// Expected lines from strace 6.1 running testdata/pl.c, testdata/intr.c and
// node (corpus).
func TestEpoll(t *testing.T) {
	m := decodetest.NewMemory()
	ev := m.Alloc(epollEvent(1|0x80000000, 0x100000005))
	ev2 := m.Alloc(epollEvent(4|0x40000000|0x10000000, 0x100000004))
	in := m.Alloc(epollEvent(1, 13))
	zero := m.Alloc(epollEvent(0, 0))
	out := m.Alloc(cat(epollEvent(1, 13), epollEvent(4, 4)))
	set := m.Alloc(u64(1 << 9))
	ts := m.Alloc(timespec(0, 1000))
	check(t, m, []line{
		{call("epoll_create", 5, 5), `epoll_create(5) = 5`},
		{call("epoll_create1", 6, 0x80000), `epoll_create1(EPOLL_CLOEXEC) = 6`},
		{call("epoll_create1", 7, 0), `epoll_create1(0) = 7`},
		{call("epoll_ctl", 0, 5, 1, 3, ev), `epoll_ctl(5, EPOLL_CTL_ADD, 3, {events=EPOLLIN|EPOLLET, data={u32=5, u64=4294967301}}) = 0`},
		{fail("epoll_ctl", 22, 5, 1, 4, ev2), `epoll_ctl(5, EPOLL_CTL_ADD, 4, {events=EPOLLOUT|EPOLLEXCLUSIVE|EPOLLONESHOT, data={u32=4, u64=4294967300}}) = -1 EINVAL (Invalid argument)`},
		{call("epoll_ctl", 0, 9, 1, 13, in), `epoll_ctl(9, EPOLL_CTL_ADD, 13, {events=EPOLLIN, data={u32=13, u64=13}}) = 0`},
		{fail("epoll_ctl", 2, 5, 2, 4, 0), `epoll_ctl(5, EPOLL_CTL_DEL, 4, NULL) = -1 ENOENT (No such file or directory)`},
		{fail("epoll_ctl", 2, 13, 2, 2, zero), `epoll_ctl(13, EPOLL_CTL_DEL, 2, ` + hexAddr(zero) + `) = -1 ENOENT (No such file or directory)`},
		{fail("epoll_ctl", 22, 5, 9, 4, in), `epoll_ctl(5, 0x9 /* EPOLL_CTL_??? */, 4, {events=EPOLLIN, data={u32=13, u64=13}}) = -1 EINVAL (Invalid argument)`},
		{call("epoll_ctl", 0, 5, 1, 4, zero), `epoll_ctl(5, EPOLL_CTL_ADD, 4, {events=0, data={u32=0, u64=0}}) = 0`},
		{call("epoll_wait", 1, 5, out, 4, 0), `epoll_wait(5, [{events=EPOLLIN, data={u32=13, u64=13}}], 4, 0) = 1`},
		{call("epoll_wait", 0, 5, out, 4, 10), `epoll_wait(5, [], 4, 10) = 0`},
		{call("epoll_wait", 0, 5, 0, 4, 0), `epoll_wait(5, NULL, 4, 0) = 0`},
		{call("epoll_pwait", 1, 9, out, 1024, ^uint64(0), 0, 8), `epoll_pwait(9, [{events=EPOLLIN, data={u32=13, u64=13}}], 1024, -1, NULL, 8) = 1`},
		{call("epoll_pwait", 0, 5, out, 4, 0, set, 8), `epoll_pwait(5, [], 4, 0, [USR1], 8) = 0`},
		{fail("epoll_pwait", 4, 5, out, 4, 5000, set, 8), `epoll_pwait(5, ` + hexAddr(out) + `, 4, 5000, ` + hexAddr(set) + `, 8) = -1 EINTR (Interrupted system call)`},
		{fail("epoll_pwait", 22, 5, out, 4, 0, set, 4), `epoll_pwait(5, ` + hexAddr(out) + `, 4, 0, ` + hexAddr(set) + `, 4) = -1 EINVAL (Invalid argument)`},
		{call("epoll_pwait2", 0, 5, out, 4, ts, 0, 8), `epoll_pwait2(5, [], 4, {tv_sec=0, tv_nsec=1000}, NULL, 8) = 0`},
		{fail("epoll_pwait2", 4, 5, out, 4, ts, set, 8), `epoll_pwait2(5, ` + hexAddr(out) + `, 4, ` + hexAddr(ts) + `, ` + hexAddr(set) + `, 8) = -1 EINTR (Interrupted system call)`},
		{call("eventfd2", 8, 0, 0x80000|0x800), `eventfd2(0, EFD_CLOEXEC|EFD_NONBLOCK) = 8`},
		{call("eventfd2", 9, 0, 1|0x80000|0x800), `eventfd2(0, EFD_SEMAPHORE|EFD_CLOEXEC|EFD_NONBLOCK) = 9`},
		{call("eventfd", 11, 7), `eventfd(7) = 11`},
	})
	c := call("epoll_pwait", 0, 9, out, 1024, ^uint64(0), 0, 8)
	c.Entry = true
	if got, want := decodetest.Render(m, c), `epoll_pwait(9, `; got != want {
		t.Errorf("entry: got %q, want %q", got, want)
	}
}

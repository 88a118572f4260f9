package decode_test

import (
	"strings"
	"testing"

	"gostrace/internal/decode/decodetest"
)

// Fuzz targets for the structure decoders: whatever the tracee's memory
// holds, decoding must not panic and must print a whole line.

const fuzzAddr = 0x7f0000000000

// render decodes c over a memory holding data at fuzzAddr and checks the
// line is well formed.
func render(t *testing.T, data []byte, extra map[uint64][]byte, c decodetest.Call) {
	m := decodetest.NewMemory()
	m.Map(fuzzAddr, data)
	for a, b := range extra {
		m.Map(a, b)
	}
	line := decodetest.Render(m, c)
	if !strings.HasPrefix(line, c.Name+"(") || !strings.Contains(line, ") ") {
		t.Fatalf("malformed line %q", line)
	}
}

func FuzzSockaddr(f *testing.F) {
	f.Add(cat(u16(1), []byte("/run/x\x00")), int32(9))
	f.Add(cat(u16(2), be16(80), []byte{127, 0, 0, 1}, pad(8)), int32(16))
	f.Add(cat(u16(10), be16(80), be32(0), ip6(0xfe80, 0, 0, 0, 0, 0, 0, 1), u32(1)), int32(28))
	f.Add(cat(u16(16), u16(0), u32(0), u32(0)), int32(12))
	f.Add(cat(u16(17), be16(0x800), u32(1), u16(1), []byte{0, 200}, pad(8)), int32(20))
	f.Add(cat(u16(99), []byte("abc")), int32(200))
	f.Fuzz(func(t *testing.T, data []byte, size int32) {
		render(t, data, nil, call("connect", 0, 3, fuzzAddr, uint64(uint32(size))))
		// And as a result, with the length the kernel wrote.
		lenAddr := uint64(fuzzAddr + 0x100000)
		render(t, data, map[uint64][]byte{lenAddr: u32(uint32(size))}, call("accept", 4, 3, fuzzAddr, lenAddr))
	})
}

func FuzzMsghdr(f *testing.F) {
	f.Add(cmsg(1, 1, cat(u32(0), u32(1))), uint32(16), uint64(2), uint64(24), uint32(0), int64(8))
	f.Add(cmsg(1, 2, cat(u32(1), u32(0), u32(0))), uint32(0), uint64(1), uint64(32), uint32(0x40), int64(-1))
	f.Add(cat(cmsg(0, 8, pad(12)), cmsg(41, 50, pad(20))), uint32(128), uint64(100), uint64(1<<20), uint32(0xffffffff), int64(3))
	f.Fuzz(func(t *testing.T, ctl []byte, namelen uint32, iovlen, controllen uint64, flags uint32, rval int64) {
		const name, iov, buf, control = fuzzAddr + 0x1000, fuzzAddr + 0x2000, fuzzAddr + 0x3000, fuzzAddr + 0x4000
		hdr := msghdr(name, namelen, iov, iovlen, control, controllen, flags)
		extra := map[uint64][]byte{
			name:    cat(u16(2), be16(1), pad(12)),
			iov:     cat(iovec(buf, 5), iovec(buf, 1<<40), iovec(0, 3)),
			buf:     []byte("hello"),
			control: ctl,
		}
		render(t, hdr, extra, call("sendmsg", 3, 3, fuzzAddr, 0))
		c := call("recvmsg", rval, 3, fuzzAddr, 0)
		if rval < 0 {
			c.Err = true
		}
		render(t, hdr, extra, c)
		vec := cat(mmsghdr(hdr, uint32(rval)), mmsghdr(hdr, 0))
		render(t, vec, extra, call("sendmmsg", rval, 3, fuzzAddr, 2, 0))
		render(t, vec, extra, call("recvmmsg", rval, 3, fuzzAddr, 2, 0, 0))
	})
}

func FuzzPollfds(f *testing.F) {
	f.Add(cat(pollfd(3, 1, 1), pollfd(-1, 0, 0)), uint64(2), int64(1))
	f.Add(pollfd(0, 0xffff, 0xffff), uint64(1<<40), int64(5))
	f.Fuzz(func(t *testing.T, data []byte, nfds uint64, rval int64) {
		render(t, data, nil, call("poll", rval, fuzzAddr, nfds, 0))
		render(t, data, nil, call("ppoll", rval, fuzzAddr, nfds, fuzzAddr, fuzzAddr, 8))
	})
}

func FuzzFdSet(f *testing.F) {
	f.Add(fdset(3, 4), int32(5), int64(2))
	f.Add([]byte{0xff}, int32(1<<30), int64(1))
	f.Fuzz(func(t *testing.T, data []byte, nfds int32, rval int64) {
		render(t, data, nil, call("pselect6", rval, uint64(uint32(nfds)), fuzzAddr, fuzzAddr, fuzzAddr, fuzzAddr, fuzzAddr))
		render(t, data, nil, call("select", rval, uint64(uint32(nfds)), fuzzAddr, 0, fuzzAddr, fuzzAddr))
	})
}

func FuzzEpollEvent(f *testing.F) {
	f.Add(epollEvent(1, 5), int64(1))
	f.Add(cat(epollEvent(0xffffffff, 1<<63), epollEvent(0, 0)), int64(1000))
	f.Fuzz(func(t *testing.T, data []byte, rval int64) {
		render(t, data, nil, call("epoll_ctl", 0, 5, 1, 3, fuzzAddr))
		render(t, data, nil, call("epoll_wait", rval, 5, fuzzAddr, 4, 0))
		render(t, data, nil, call("epoll_pwait2", rval, 5, fuzzAddr, 4, fuzzAddr, fuzzAddr, 8))
	})
}

// FuzzTimeStructs covers timespec, itimerspec, timeval, timex, sigevent and
// the IPC and mq structures, all read from the same bytes.
func FuzzTimeStructs(f *testing.F) {
	f.Add(itimerspec(1, 5, 2, 500), int64(0))
	f.Add(sigevent(1, 34, 4, u32(7)...), int64(-4))
	f.Add(timex(0xa001, 1, 2), int64(5))
	f.Fuzz(func(t *testing.T, data []byte, rval int64) {
		c := func(name string, args ...uint64) decodetest.Call {
			c := call(name, rval, args...)
			c.Err = rval < 0 && rval > -4096
			return c
		}
		for _, cl := range []decodetest.Call{
			c("clock_settime", 0, fuzzAddr),
			c("clock_nanosleep", 1, 1, fuzzAddr, fuzzAddr),
			c("timerfd_settime", 3, 0, fuzzAddr, fuzzAddr),
			c("setitimer", 0, fuzzAddr, fuzzAddr),
			c("timer_create", 0, fuzzAddr, fuzzAddr),
			c("adjtimex", fuzzAddr),
			c("time", fuzzAddr),
			c("gettimeofday", fuzzAddr, fuzzAddr),
			c("mq_getsetattr", 3, fuzzAddr, fuzzAddr),
			c("mq_notify", 3, fuzzAddr),
			c("shmctl", 0, 2, fuzzAddr),
			c("semctl", 0, 0, 2, fuzzAddr),
			c("msgctl", 0, 2, fuzzAddr),
			c("msgctl", 0, 1, fuzzAddr),
			c("semtimedop", 0, fuzzAddr, 40, fuzzAddr),
			c("io_uring_setup", 8, fuzzAddr),
			c("futex_waitv", fuzzAddr, 40, 0, fuzzAddr, 1),
			c("recvmmsg", 3, fuzzAddr, 0, 0, fuzzAddr),
		} {
			render(t, data, nil, cl)
		}
	})
}

func FuzzSockopt(f *testing.F) {
	f.Add(uint32(1), uint32(13), cat(u32(1), u32(5)), int32(8))
	f.Add(uint32(270), uint32(9), pad(16), int32(16))
	f.Add(uint32(1), uint32(17), pad(2), int32(2))
	f.Fuzz(func(t *testing.T, level, name uint32, data []byte, size int32) {
		render(t, data, nil, call("setsockopt", 0, 3, uint64(level), uint64(name), fuzzAddr, uint64(uint32(size))))
		lenAddr := uint64(fuzzAddr + 0x100000)
		render(t, data, map[uint64][]byte{lenAddr: u32(uint32(size))},
			call("getsockopt", 0, 3, uint64(level), uint64(name), fuzzAddr, lenAddr))
	})
}

func FuzzFutex(f *testing.F) {
	f.Add(uint32(5), uint32(0xf9123456), uint64(1))
	f.Add(uint32(0x18e), uint32(0), uint64(0))
	f.Fuzz(func(t *testing.T, op, val3 uint32, timeout uint64) {
		render(t, timespec(1, 2), nil, call("futex", 0, fuzzAddr, uint64(op), 1, timeout, fuzzAddr, uint64(val3)))
		render(t, timespec(1, 2), nil, call("futex", 0, fuzzAddr, uint64(op), 1, fuzzAddr, 0, uint64(val3)))
	})
}

func FuzzNetlink(f *testing.F) {
	f.Add(nlmsg(20, 2, 1, 2, ifaddrmsg(10, 64, 0x80, 253, 1), nlattr(1, ip6(1)), nlattr(3, []byte("lo"))), int8(0))
	f.Add(cat(nlmsg(2, 0x100, 7, 0, u32(0xffffffea), nlmsg(22, 1, 9, 0)), pad(3)), int8(-1))
	f.Add(cat(u32(8), u16(24), u16(1), u32(7), u32(0)), int8(16))
	f.Fuzz(func(t *testing.T, data []byte, proto int8) {
		withProtocol(t, int(proto))
		nl := uint64(fuzzAddr + 0x100000)
		extra := map[uint64][]byte{nl: cat(u16(16), pad(10))}
		render(t, data, extra, call("sendto", int64(len(data)), 3, fuzzAddr, uint64(len(data)), 0, nl, 12))
		render(t, data, extra, call("sendto", int64(len(data)), 3, fuzzAddr, 1<<20, 0, nl, 12))
	})
}

package decode_test

import (
	"testing"

	"gostrace/internal/decode/decodetest"
)

// Expected lines from strace 6.1 running testdata/net.c, testdata/net2.c
// and the corpus's python socket example.
func TestSocket(t *testing.T) {
	m := decodetest.NewMemory()
	pair := m.Alloc(cat(u32(3), u32(4)))
	check(t, m, []line{
		{call("socket", 7, 2, 2, 17), `socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP) = 7`},
		{call("socket", 8, 10, 1|0x800, 6), `socket(AF_INET6, SOCK_STREAM|SOCK_NONBLOCK, IPPROTO_TCP) = 8`},
		{call("socket", 11, 16, 3|0x80000, 0), `socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 11`},
		{call("socket", 12, 16, 2, 15), `socket(AF_NETLINK, SOCK_DGRAM, NETLINK_KOBJECT_UEVENT) = 12`},
		{call("socket", 13, 17, 3, 0x0300), `socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL)) = 13`},
		{call("socket", 14, 1, 1, 0), `socket(AF_UNIX, SOCK_STREAM, 0) = 14`},
		{fail("socket", 22, 1, 77, 0), `socket(AF_UNIX, 0x4d /* SOCK_??? */, 0) = -1 EINVAL (Invalid argument)`},
		{fail("socket", 97, 99, 1, 0), `socket(0x63 /* AF_??? */, SOCK_STREAM, 0) = -1 EAFNOSUPPORT (Address family not supported by protocol)`},
		{fail("socket", 22, 2, 1, 300), `socket(AF_INET, SOCK_STREAM, 0x12c /* IPPROTO_??? */) = -1 EINVAL (Invalid argument)`},
		// A zero type is left out when flags follow it (probe of strace 6.1).
		{fail("socket", 22, 1, 0xfffffff0, 0), `socket(AF_UNIX, SOCK_CLOEXEC|SOCK_NONBLOCK|0xfff7f7f0, 0) = -1 EINVAL (Invalid argument)`},
		{fail("socket", 22, 1, 0, 0), `socket(AF_UNIX, 0, 0) = -1 EINVAL (Invalid argument)`},
		{fail("socket", 22, 17, 99, 0x0801), `socket(AF_PACKET, SOCK_RAW|0x60 /* SOCK_??? */, htons(0x108 /* ETH_P_??? */)) = -1 EINVAL (Invalid argument)`},
		{call("socketpair", 0, 1, 1, 0, pair), `socketpair(AF_UNIX, SOCK_STREAM, 0, [3, 4]) = 0`},
		{call("socketpair", 0, 1, 2|0x80000|0x800, 0, pair), `socketpair(AF_UNIX, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, 0, [3, 4]) = 0`},
		{fail("socketpair", 14, 1, 1, 0, 8), `socketpair(AF_UNIX, SOCK_STREAM, 0, 0x8) = -1 EFAULT (Bad address)`},
		{call("listen", 0, 3, 128), `listen(3, 128) = 0`},
		{call("shutdown", 0, 5, 2), `shutdown(5, SHUT_RDWR) = 0`},
		{fail("shutdown", 22, 5, 7), `shutdown(5, 0x7 /* SHUT_??? */) = -1 EINVAL (Invalid argument)`},
	})
}

// accept and friends print the address length as [in => out].
func TestAddressOut(t *testing.T) {
	m := decodetest.NewMemory()
	sin := cat(u16(2), be16(45626), []byte{127, 0, 0, 1}, pad(8))
	peer := m.Alloc(cat(sin, pad(112)))
	len16 := m.Alloc(u32(16))
	check(t, m, []line{
		{call("getsockname", 0, 3, peer, len16),
			`getsockname(3, {sa_family=AF_INET, sin_port=htons(45626), sin_addr=inet_addr("127.0.0.1")}, [16]) = 0`},
		{fail("getpeername", 107, 3, peer, len16),
			`getpeername(3, ` + hexAddr(peer) + `, [16]) = -1 ENOTCONN (Transport endpoint is not connected)`},
		{call("accept4", 13, 8, 0, 0, 0x80000|0x800), `accept4(8, NULL, NULL, SOCK_CLOEXEC|SOCK_NONBLOCK) = 13`},
		{fail("getsockname", 14, 14, 0, 0), `getsockname(14, NULL, NULL) = -1 EFAULT (Bad address)`},
		{fail("getsockname", 14, 14, peer, 0), `getsockname(14, ` + hexAddr(peer) + `, NULL) = -1 EFAULT (Bad address)`},
		{fail("accept", 95, 3, 0, len16), `accept(3, NULL, ` + hexAddr(len16) + `) = -1 EOPNOTSUPP (Operation not supported)`},
		{call("recvfrom", 5, 4, m.Alloc([]byte("hello")), 100, 0x40, 0, 0),
			`recvfrom(4, "hello", 100, MSG_DONTWAIT, NULL, NULL) = 5`},
	})
}

// The [128 => 16] form needs the length to change between entry and exit:
// a memory whose socklen reads 128 first and 16 after.
func TestAddressOutChanged(t *testing.T) {
	m := decodetest.NewMemory()
	sin := cat(u16(2), be16(45372), []byte{127, 0, 0, 1}, pad(8))
	peer := m.Alloc(cat(sin, pad(112)))
	lenAddr := m.Alloc(u32(128))
	cm := &changing{Memory: m, addr: lenAddr, after: u32(16)}
	for _, tt := range []line{
		{call("accept", 11, 8, peer, lenAddr),
			`accept(8, {sa_family=AF_INET, sin_port=htons(45372), sin_addr=inet_addr("127.0.0.1")}, [128 => 16]) = 11`},
		{call("getsockname", 0, 5, peer, lenAddr),
			`getsockname(5, {sa_family=AF_INET, sin_port=htons(45372), sin_addr=inet_addr("127.0.0.1")}, [128 => 16]) = 0`},
		{fail("accept4", 11, 8, peer, lenAddr, 0),
			`accept4(8, ` + hexAddr(peer) + `, [128], 0) = -1 EAGAIN (Resource temporarily unavailable)`},
		// The buffer is shorter than the address: only its bytes print.
		{call("recvfrom", 100, 4, m.Alloc([]byte(repeat('x', 100))), 100, 0, peer, lenAddr),
			`recvfrom(4, "` + repeat('x', 32) + `"..., 100, 0, {sa_family=AF_INET, sin_port=htons(45372), sin_addr=inet_addr("127.0.0.1")}, [128 => 16]) = 100`},
	} {
		cm.reads = 0
		if got := decodetest.Plain(decodetest.Render(cm, tt.c)); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
	// A datagram from an unnamed socket: no address came back.
	from := m.Alloc(pad(110))
	fromLen := m.Alloc(u32(110))
	cm = &changing{Memory: m, addr: fromLen, after: u32(0)}
	want0 := `recvfrom(4, "hello", 100, 0, ` + hexAddr(from) + `, [110 => 0]) = 5`
	if got := decodetest.Plain(decodetest.Render(cm, call("recvfrom", 5, 4, m.Alloc([]byte("hello")), 100, 0, from, fromLen))); got != want0 {
		t.Errorf("got  %s\nwant %s", got, want0)
	}
	// getsockname(15, ..., [4 => 16]): strace prints the 4 bytes given.
	short := m.Alloc(u32(4))
	cm = &changing{Memory: m, addr: short, after: u32(16)}
	sin2 := m.Alloc(cat(u16(2), []byte{0xa5, 0x36}, pad(12)))
	want := `getsockname(15, {sa_family=AF_INET, sa_data="\2456"}, [4 => 16]) = 0`
	if got := decodetest.Plain(decodetest.Render(cm, call("getsockname", 0, 15, sin2, short))); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// changing is a memory in which the bytes at addr read differently after
// the first read that covers them: the kernel writing a result back
// during the call, between the entry and the exit stop.
type changing struct {
	*decodetest.Memory
	addr  uint64
	after []byte
	reads int
}

func (c *changing) Read(addr uint64, buf []byte) (int, error) {
	n, err := c.Memory.Read(addr, buf)
	end := addr + uint64(n)
	if addr <= c.addr && c.addr+uint64(len(c.after)) <= end {
		c.reads++
		if c.reads > 1 {
			copy(buf[c.addr-addr:], c.after)
		}
	}
	return n, err
}

func TestSendto(t *testing.T) {
	m := decodetest.NewMemory()
	sin := m.Alloc(cat(u16(2), be16(53), []byte{127, 0, 0, 1}, pad(8)))
	q := m.Alloc([]byte("q"))
	x := m.Alloc([]byte("hello" + repeat('x', 95)))
	check(t, m, []line{
		{call("sendto", 1, 5, q, 1, 0, sin, 16),
			`sendto(5, "q", 1, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.1")}, 16) = 1`},
		{call("sendto", 1, 5, q, 1, 0x81000000, sin, 16),
			`sendto(5, "q", 1, MSG_CMSG_COMPAT|0x1000000, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.1")}, 16) = 1`},
		{call("sendto", 100, 3, x, 100, 0x4000|0x8000, 0, 0),
			`sendto(3, "helloxxxxxxxxxxxxxxxxxxxxxxxxxxx"..., 100, MSG_NOSIGNAL|MSG_MORE, NULL, 0) = 100`},
		// MSG_TRUNC: the datagram was longer than the buffer (testdata/edge.c).
		{call("recvfrom", 10, 4, m.Alloc([]byte("0123\x03\x00\x00\x00")), 4, 0x20, 0, 0),
			`recvfrom(4, "0123", 4, MSG_TRUNC, NULL, NULL) = 10`},
		{fail("recvfrom", 11, 4, x, 100, 0x2|0x40, 0, 0),
			`recvfrom(4, ` + hexAddr(x) + `, 100, MSG_PEEK|MSG_DONTWAIT, NULL, NULL) = -1 EAGAIN (Resource temporarily unavailable)`},
	})
}

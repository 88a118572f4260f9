package decode_test

import (
	"testing"

	"gostrace/internal/decode/decodetest"
)

// Every expected line was printed by strace 6.1 for testdata/net.c and
// testdata/sa.c (connect on fd -1, so every call fails with EBADF).
func TestSockaddr(t *testing.T) {
	m := decodetest.NewMemory()
	unixPath := m.Alloc(cat(u16(1), []byte("/tmp/dnet/sock"), pad(110-16)))
	abstract := m.Alloc(cat(u16(1), []byte("\x00x\x00y")))
	abstractEmpty := m.Alloc(cat(u16(1), pad(1)))
	quoted := m.Alloc(cat(u16(1), []byte("/a\"b\n\377\x00AAA")))
	long := m.Alloc(cat(u16(1), []byte(repeat('A', 198))))
	unknown := m.Alloc(cat(u16(99), []byte(repeat('B', 150))))
	inet := m.Alloc(cat(u16(2), be16(80), []byte{127, 0, 0, 1}, pad(8)))
	inetB := m.Alloc(cat(u16(2), []byte(repeat('B', 14))))
	in6 := func(addr []byte, scope uint32) uint64 {
		return m.Alloc(cat(u16(10), be16(443), be32(5), addr, u32(scope)))
	}
	loop6 := in6(ip6(0, 0, 0, 0, 0, 0, 0, 1), 3)
	mapped := in6(ip6(0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304), 0)
	linkLocal := in6(ip6(0xfe80, 0, 0, 0, 0, 0, 0, 1), 77)
	in6B := m.Alloc(cat(u16(10), []byte(repeat('B', 38))))
	nl := m.Alloc(cat(u16(16), u16(0), u32(0), u32(0x10)))
	nlZero := m.Alloc(cat(u16(16), u16(0), u32(1234), u32(0)))
	nlB := m.Alloc(cat(u16(16), []byte(repeat('B', 14))))
	ll := m.Alloc(cat(u16(17), be16(0x86dd), u32(77), u16(0xffff), []byte{9, 12}, []byte{1, 2, 3, 4, 5, 6, 7, 8}))
	ll3 := m.Alloc(cat(u16(17), be16(0), u32(0), u16(0xffff), []byte{9, 3}, []byte{1, 2, 3, 4, 5, 6, 7, 8}))
	ll0 := m.Alloc(cat(u16(17), be16(0x0800), u32(0), u16(1), []byte{0, 0}, pad(8)))
	unspec := m.Alloc(cat(u16(0), []byte(repeat('B', 14))))
	const ebadf = 9
	check(t, m, []line{
		{fail("connect", ebadf, ^uint64(0), unixPath, 110),
			`connect(-1, {sa_family=AF_UNIX, sun_path="/tmp/dnet/sock"}, 110) = -1 EBADF (Bad file descriptor)`},
		{fail("connect", ebadf, ^uint64(0), abstract, 6),
			`connect(-1, {sa_family=AF_UNIX, sun_path=@"x\0y"}, 6) = -1 EBADF (Bad file descriptor)`},
		{fail("connect", ebadf, ^uint64(0), abstractEmpty, 3),
			`connect(-1, {sa_family=AF_UNIX, sun_path=@""}, 3) = -1 EBADF (Bad file descriptor)`},
		{fail("connect", ebadf, ^uint64(0), abstract, 2),
			`connect(-1, {sa_family=AF_UNIX}, 2) = -1 EBADF (Bad file descriptor)`},
		{fail("connect", ebadf, ^uint64(0), abstract, 1),
			`connect(-1, ` + hexAddr(abstract) + `, 1) = -1 EBADF (Bad file descriptor)`},
		{fail("connect", ebadf, ^uint64(0), quoted, 12),
			`connect(-1, {sa_family=AF_UNIX, sun_path="/a\"b\n\377"}, 12) = -1 EBADF (Bad file descriptor)`},
		// sun_path is cut at its 108 bytes, not at -s.
		{fail("connect", ebadf, ^uint64(0), long, 200),
			`connect(-1, {sa_family=AF_UNIX, sun_path="` + repeat('A', 108) + `"}, 200) = -1 EBADF (Bad file descriptor)`},
		// An unknown family shows its bytes up to sockaddr_storage's 128.
		{fail("connect", ebadf, ^uint64(0), unknown, 129),
			`connect(-1, {sa_family=0x63 /* AF_??? */, sa_data="` + repeat('B', 126) + `"}, 129) = -1 EBADF (Bad file descriptor)`},
		{fail("connect", ebadf, ^uint64(0), unknown, 3),
			`connect(-1, {sa_family=0x63 /* AF_??? */, sa_data="B"}, 3) = -1 EBADF (Bad file descriptor)`},
		{call("connect", 0, 15, inet, 16),
			`connect(15, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("127.0.0.1")}, 16) = 0`},
		{fail("connect", 22, 15, inet, 8),
			`connect(15, {sa_family=AF_INET, sa_data="\0P\177\0\0\1"}, 8) = -1 EINVAL (Invalid argument)`},
		{fail("connect", ebadf, ^uint64(0), inetB, 15),
			`connect(-1, {sa_family=AF_INET, sa_data="BBBBBBBBBBBBB"}, 15) = -1 EBADF (Bad file descriptor)`},
		{fail("connect", 111, 16, loop6, 28),
			`connect(16, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(5), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=3}, 28) = -1 ECONNREFUSED (Connection refused)`},
		{fail("connect", 101, 16, mapped, 28),
			`connect(16, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(5), inet_pton(AF_INET6, "::ffff:1.2.3.4", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH (Network is unreachable)`},
		{fail("connect", 101, 16, mapped, 24),
			`connect(16, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(5), inet_pton(AF_INET6, "::ffff:1.2.3.4", &sin6_addr)}, 24) = -1 ENETUNREACH (Network is unreachable)`},
		// No interface has index 77: the scope prints as a number.
		{fail("connect", ebadf, ^uint64(0), linkLocal, 28),
			`connect(-1, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(5), inet_pton(AF_INET6, "fe80::1", &sin6_addr), sin6_scope_id=77}, 28) = -1 EBADF (Bad file descriptor)`},
		{fail("connect", ebadf, ^uint64(0), in6B, 23),
			`connect(-1, {sa_family=AF_INET6, sa_data="BBBBBBBBBBBBBBBBBBBBB"}, 23) = -1 EBADF (Bad file descriptor)`},
		// A partial scope id is read as far as it goes.
		{fail("connect", ebadf, ^uint64(0), in6B, 27),
			`connect(-1, {sa_family=AF_INET6, sin6_port=htons(16962), sin6_flowinfo=htonl(1111638594), inet_pton(AF_INET6, "4242:4242:4242:4242:4242:4242:4242:4242", &sin6_addr), sin6_scope_id=4342338}, 27) = -1 EBADF (Bad file descriptor)`},
		{call("bind", 0, 17, nl, 12),
			`bind(17, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=0x000010}, 12) = 0`},
		{fail("connect", ebadf, ^uint64(0), nlZero, 12),
			`connect(-1, {sa_family=AF_NETLINK, nl_pid=1234, nl_groups=00000000}, 12) = -1 EBADF (Bad file descriptor)`},
		{fail("connect", ebadf, ^uint64(0), nlB, 16),
			`connect(-1, {sa_family=AF_NETLINK, nl_pad=0x4242, nl_pid=1111638594, nl_groups=0x42424242}, 16) = -1 EBADF (Bad file descriptor)`},
		{fail("connect", ebadf, ^uint64(0), nlB, 11),
			`connect(-1, {sa_family=AF_NETLINK, sa_data="BBBBBBBBB"}, 11) = -1 EBADF (Bad file descriptor)`},
		{fail("connect", ebadf, ^uint64(0), ll, 20),
			`connect(-1, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_IPV6), sll_ifindex=77, sll_hatype=ARPHRD_VOID, sll_pkttype=0x9 /* PACKET_??? */, sll_halen=12, sll_addr=[0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8, ...]}, 20) = -1 EBADF (Bad file descriptor)`},
		{fail("connect", ebadf, ^uint64(0), ll3, 20),
			`connect(-1, {sa_family=AF_PACKET, sll_protocol=htons(0 /* ETH_P_??? */), sll_ifindex=0, sll_hatype=ARPHRD_VOID, sll_pkttype=0x9 /* PACKET_??? */, sll_halen=3, sll_addr=[0x1, 0x2, 0x3]}, 20) = -1 EBADF (Bad file descriptor)`},
		{fail("connect", ebadf, ^uint64(0), ll0, 20),
			`connect(-1, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_IP), sll_ifindex=0, sll_hatype=ARPHRD_ETHER, sll_pkttype=PACKET_HOST, sll_halen=0}, 20) = -1 EBADF (Bad file descriptor)`},
		{fail("connect", ebadf, ^uint64(0), unspec, 16),
			`connect(-1, {sa_family=AF_UNSPEC, sa_data="BBBBBBBBBBBBBB"}, 16) = -1 EBADF (Bad file descriptor)`},
		{fail("connect", 22, 14, 0, 0), `connect(14, NULL, 0) = -1 EINVAL (Invalid argument)`},
		{fail("connect", 22, 14, unixPath, 0), `connect(14, ` + hexAddr(unixPath) + `, 0) = -1 EINVAL (Invalid argument)`},
		{fail("connect", 14, 14, 1, 16), `connect(14, 0x1, 16) = -1 EFAULT (Bad address)`},
	})
}

// The addresses and the text glibc's inet_ntop gives them, as strace
// printed them for testdata/sa.c.
func TestIPv6Text(t *testing.T) {
	m := decodetest.NewMemory()
	for _, tt := range []struct {
		w    [8]uint16
		want string
	}{
		{[8]uint16{}, "::"},
		{[8]uint16{0, 0, 0, 0, 0, 0, 0, 1}, "::1"},
		{[8]uint16{1}, "1::"},
		{[8]uint16{1, 0, 0, 1, 0, 0, 0, 1}, "1:0:0:1::1"},
		{[8]uint16{0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304}, "::ffff:1.2.3.4"},
		{[8]uint16{0, 0, 0, 0, 0, 0, 0x0102, 0x0304}, "::1.2.3.4"},
		{[8]uint16{0, 0, 0, 0, 0, 0, 0, 0x0100}, "::100"},
		{[8]uint16{0x2001, 0xdb8, 0, 0, 0, 0xff00, 0x42, 0x8329}, "2001:db8::ff00:42:8329"},
		{[8]uint16{1, 2, 3, 4, 5, 6, 7, 8}, "1:2:3:4:5:6:7:8"},
		{[8]uint16{0, 0, 1}, "0:0:1::"},
		{[8]uint16{0, 0, 0, 0, 0xffff, 0, 0x0102, 0x0304}, "::ffff:0:102:304"},
		{[8]uint16{0x64, 0xff9b, 0, 0, 0, 0, 0x0102, 0x0304}, "64:ff9b::102:304"},
	} {
		a := m.Alloc(cat(u16(10), be16(0), be32(0), ip6(tt.w[:]...), u32(0)))
		want := `connect(-1, {sa_family=AF_INET6, sin6_port=htons(0), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "` +
			tt.want + `", &sin6_addr), sin6_scope_id=0}, 28) = -1 EBADF (Bad file descriptor)`
		if got := decodetest.Plain(decodetest.Render(m, fail("connect", 9, ^uint64(0), a, 28))); got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	}
}

func ip6(w ...uint16) []byte {
	var b []byte
	for i := 0; i < 8; i++ {
		var v uint16
		if i < len(w) {
			v = w[i]
		}
		b = append(b, be16(v)...)
	}
	return b
}

func repeat(c byte, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = c
	}
	return string(b)
}

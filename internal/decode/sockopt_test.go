package decode_test

import (
	"testing"

	"gostrace/internal/decode/decodetest"
)

// Expected lines from strace 6.1 running testdata/net.c, and from probes
// that made every option with lengths 2, 4, 8 and 16 (getsockopt with
// -e inject=getsockopt:retval=0 so that strace decodes the buffer).
func TestSetsockopt(t *testing.T) {
	m := decodetest.NewMemory()
	one := m.Alloc(cat(u32(1), []byte("BBBBBBBBBBBB")))
	linger := m.Alloc(cat(u32(1), u32(5)))
	tv := m.Alloc(cat(u64(3), u64(500)))
	lo := m.Alloc([]byte("lo\x00"))
	cubic := m.Alloc([]byte("cubic"))
	check(t, m, []line{
		{call("setsockopt", 0, 15, 1, 2, one, 4), `setsockopt(15, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0`},
		{call("setsockopt", 0, 15, 6, 1, one, 4), `setsockopt(15, SOL_TCP, TCP_NODELAY, [1], 4) = 0`},
		{call("setsockopt", 0, 15, 0, 1, one, 4), `setsockopt(15, SOL_IP, IP_TOS, [1], 4) = 0`},
		{call("setsockopt", 0, 16, 41, 26, one, 4), `setsockopt(16, SOL_IPV6, IPV6_V6ONLY, [1], 4) = 0`},
		{call("setsockopt", 0, 15, 1, 13, linger, 8), `setsockopt(15, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, 8) = 0`},
		{call("setsockopt", 0, 15, 1, 20, tv, 16), `setsockopt(15, SOL_SOCKET, SO_RCVTIMEO_OLD, "\3\0\0\0\0\0\0\0\364\1\0\0\0\0\0\0", 16) = 0`},
		{call("setsockopt", 0, 15, 1, 25, lo, 3), `setsockopt(15, SOL_SOCKET, SO_BINDTODEVICE, "lo\0", 3) = 0`},
		{fail("setsockopt", 22, 15, 1, 2, one, 2), `setsockopt(15, SOL_SOCKET, SO_REUSEADDR, ` + hexAddr(one) + `, 2) = -1 EINVAL (Invalid argument)`},
		{call("setsockopt", 0, 15, 1, 2, one, 8), `setsockopt(15, SOL_SOCKET, SO_REUSEADDR, [1], 8) = 0`},
		{fail("setsockopt", 14, 15, 1, 2, 0, 4), `setsockopt(15, SOL_SOCKET, SO_REUSEADDR, NULL, 4) = -1 EFAULT (Bad address)`},
		{fail("setsockopt", 92, 15, 999, 5, one, 4), `setsockopt(15, 0x3e7 /* SOL_?? */, 5, [1], 4) = -1 ENOPROTOOPT (Protocol not available)`},
		{fail("setsockopt", 92, 15, 1, 999, one, 4), `setsockopt(15, SOL_SOCKET, 0x3e7 /* SO_??? */, [1], 4) = -1 ENOPROTOOPT (Protocol not available)`},
		{call("setsockopt", 0, 15, 6, 13, cubic, 5), `setsockopt(15, SOL_TCP, TCP_CONGESTION, "cubic", 5) = 0`},
		{fail("setsockopt", 9, ^uint64(0), 1, 3, one, 8), `setsockopt(-1, SOL_SOCKET, SO_TYPE, "\1\0\0\0BBBB", 8) = -1 EBADF (Bad file descriptor)`},
		{fail("setsockopt", 9, ^uint64(0), 1, 3, one, 2), `setsockopt(-1, SOL_SOCKET, SO_TYPE, "\1\0", 2) = -1 EBADF (Bad file descriptor)`},
		{fail("setsockopt", 9, ^uint64(0), 1, 13, one, 4), `setsockopt(-1, SOL_SOCKET, SO_LINGER, ` + hexAddr(one) + `, 4) = -1 EBADF (Bad file descriptor)`},
		{fail("setsockopt", 9, ^uint64(0), 1, 26, one, 16), `setsockopt(-1, SOL_SOCKET, SO_ATTACH_FILTER, {len=1, filter=0x4242424242424242}, 16) = -1 EBADF (Bad file descriptor)`},
		{fail("setsockopt", 9, ^uint64(0), 1, 74, one, 4), `setsockopt(-1, SOL_SOCKET, SO_TXREHASH, [SOCK_TXREHASH_ENABLED], 4) = -1 EBADF (Bad file descriptor)`},
		{fail("setsockopt", 9, ^uint64(0), 0, 35, one, 8), `setsockopt(-1, SOL_IP, IP_ADD_MEMBERSHIP, {imr_multiaddr=inet_addr("1.0.0.0"), imr_interface=inet_addr("66.66.66.66")}, 8) = -1 EBADF (Bad file descriptor)`},
		{fail("setsockopt", 9, ^uint64(0), 0, 64, one, 4), `setsockopt(-1, SOL_IP, IPT_SO_SET_REPLACE, [1], 4) = -1 EBADF (Bad file descriptor)`},
		{fail("setsockopt", 9, ^uint64(0), 270, 1, one, 8), `setsockopt(-1, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, [1], 8) = -1 EBADF (Bad file descriptor)`},
		{fail("setsockopt", 9, ^uint64(0), 270, 1, one, 2), `setsockopt(-1, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, ` + hexAddr(one) + `, 2) = -1 EBADF (Bad file descriptor)`},
		{fail("setsockopt", 9, ^uint64(0), 263, 5, one, 16), `setsockopt(-1, SOL_PACKET, PACKET_RX_RING, {tp_block_size=1, tp_block_nr=1111638594, tp_frame_size=1111638594, tp_frame_nr=1111638594}, 16) = -1 EBADF (Bad file descriptor)`},
		{fail("setsockopt", 9, ^uint64(0), 58, 1, 0, 0), `setsockopt(-1, SOL_ICMPV6, 1, NULL, 0) = -1 EBADF (Bad file descriptor)`},
		{fail("setsockopt", 9, ^uint64(0), 40, 1, 0, 0), `setsockopt(-1, AF_VSOCK, SO_VM_SOCKETS_BUFFER_MIN_SIZE, NULL, 0) = -1 EBADF (Bad file descriptor)`},
		{fail("setsockopt", 9, ^uint64(0), 40, 4, 0, 0), `setsockopt(-1, AF_VSOCK, 0x4 /* SO_VM_??? */, NULL, 0) = -1 EBADF (Bad file descriptor)`},
	})
}

func TestGetsockopt(t *testing.T) {
	m := decodetest.NewMemory()
	zero := m.Alloc(cat(u32(0), u32(0)))
	one := m.Alloc(cat(u32(1), []byte("BBBBBBBBBBBB")))
	sndbuf := m.Alloc(u32(16384))
	linger := m.Alloc(cat(u32(1), u32(5)))
	cred := m.Alloc(cat(u32(14762), u32(0), u32(0)))
	cubic := m.Alloc(cat([]byte("cubic"), pad(59)))
	l4, l8, l12, l2 := m.Alloc(u32(4)), m.Alloc(u32(8)), m.Alloc(u32(12)), m.Alloc(u32(2))
	l16 := m.Alloc(u32(16))
	check(t, m, []line{
		{call("getsockopt", 0, 15, 1, 4, zero, l4), `getsockopt(15, SOL_SOCKET, SO_ERROR, [0], [4]) = 0`},
		{call("getsockopt", 0, 15, 1, 3, one, l4), `getsockopt(15, SOL_SOCKET, SO_TYPE, [1], [4]) = 0`},
		{call("getsockopt", 0, 15, 1, 7, sndbuf, l4), `getsockopt(15, SOL_SOCKET, SO_SNDBUF, [16384], [4]) = 0`},
		{call("getsockopt", 0, 15, 1, 13, linger, l8), `getsockopt(15, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, [8]) = 0`},
		{call("getsockopt", 0, 5, 1, 17, cred, l12), `getsockopt(5, SOL_SOCKET, SO_PEERCRED, {pid=14762, uid=0, gid=0}, [12]) = 0`},
		{call("getsockopt", 0, 15, 1, 4, zero, l2), `getsockopt(15, SOL_SOCKET, SO_ERROR, "\x00\x00", [2]) = 0`},
		{call("getsockopt", 0, 15, 1, 4, one, l8), `getsockopt(15, SOL_SOCKET, SO_ERROR, [EPERM], [8]) = 0`},
		{call("getsockopt", 0, 15, 1, 13, one, l4), `getsockopt(15, SOL_SOCKET, SO_LINGER, {l_onoff=1}, [4]) = 0`},
		{call("getsockopt", 0, 15, 1, 13, one, l2), `getsockopt(15, SOL_SOCKET, SO_LINGER, {l_onoff="\x01\x00"}, [2]) = 0`},
		{call("getsockopt", 0, 15, 1, 17, one, l8), `getsockopt(15, SOL_SOCKET, SO_PEERCRED, {pid=1, uid=1111638594}, [8]) = 0`},
		{call("getsockopt", 0, 15, 1, 1, one, l2), `getsockopt(15, SOL_SOCKET, SO_DEBUG, "\x01\x00", [2]) = 0`},
		{call("getsockopt", 0, 15, 1, 3, one, l8), `getsockopt(15, SOL_SOCKET, SO_TYPE, "\1\0\0\0BBBB", [8]) = 0`},
		{call("getsockopt", 0, 15, 1, 3, one, l2), `getsockopt(15, SOL_SOCKET, SO_TYPE, "\1\0", [2]) = 0`},
		{call("getsockopt", 0, 15, 270, 9, one, l16), `getsockopt(15, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, [1, 1111638594, 1111638594, 1111638594], [16]) = 0`},
		{call("getsockopt", 0, 15, 263, 6, one, l8), `getsockopt(15, SOL_PACKET, PACKET_STATISTICS, {tp_packets=1, tp_drops=1111638594}, [8]) = 0`},
		{call("getsockopt", 0, 15, 0, 64, one, l4), `getsockopt(15, SOL_IP, IPT_SO_GET_INFO, [1], [4]) = 0`},
		{fail("getsockopt", 14, 15, 1, 4, zero, 0), `getsockopt(15, SOL_SOCKET, SO_ERROR, ` + hexAddr(zero) + `, NULL) = -1 EFAULT (Bad address)`},
	})
	// The kernel shortening the length: [64 => 16].
	lenAddr := m.Alloc(u32(64))
	cm := &changing{Memory: m, addr: lenAddr, after: u32(16)}
	want := `getsockopt(15, SOL_TCP, TCP_CONGESTION, "cubic\0\0\0\0\0\0\0\0\0\0\0", [64 => 16]) = 0`
	if got := decodetest.Plain(decodetest.Render(cm, call("getsockopt", 0, 15, 6, 13, cubic, lenAddr))); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	lenAddr = m.Alloc(u32(8))
	cm = &changing{Memory: m, addr: lenAddr, after: u32(4)}
	want = `getsockopt(15, SOL_SOCKET, SO_ERROR, [0], [8 => 4]) = 0`
	if got := decodetest.Plain(decodetest.Render(cm, call("getsockopt", 0, 15, 1, 4, zero, lenAddr))); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

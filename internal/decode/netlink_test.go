package decode_test

import (
	"testing"

	"gostrace/internal/decode"
	"gostrace/internal/decode/decodetest"
)

func nlmsg(typ, flags uint16, seq, pid uint32, payload ...[]byte) []byte {
	p := cat(payload...)
	return cat(u32(uint32(16+len(p))), u16(typ), u16(flags), u32(seq), u32(pid), p)
}

func nlattr(typ uint16, data []byte) []byte {
	b := cat(u16(uint16(4+len(data))), u16(typ), data)
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

func ifaddrmsg(family, prefix, flags, scope uint8, index uint32) []byte {
	return cat([]byte{family, prefix, flags, scope}, u32(index))
}

// withProtocol makes every socket look like a netlink socket of proto.
func withProtocol(t *testing.T, proto int) {
	saved := decode.NetlinkProtocol
	decode.NetlinkProtocol = func(int, int64) int { return proto }
	t.Cleanup(func() { decode.NetlinkProtocol = saved })
}

// Expected lines from strace 6.1 running testdata/nl.c (sendto of crafted
// messages on a NETLINK_ROUTE socket) and getent ahosts localhost.
func TestNetlinkRoute(t *testing.T) {
	withProtocol(t, 0) // NETLINK_ROUTE
	m := decodetest.NewMemory()
	nl := m.Alloc(cat(u16(16), u16(0), u32(0), u32(0)))
	const to = `0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12)`
	send := func(b []byte) decodetest.Call {
		return call("sendto", int64(len(b)), 3, m.Alloc(b), uint64(len(b)), 0, nl, 12)
	}
	one := send(nlmsg(20, 0x1|0x4|0x400|0x200, 7, 0, ifaddrmsg(2, 8, 0, 0, 77), nlattr(2, []byte{10, 1, 2, 3})))
	many := send(nlmsg(20, 0x2, 7, 0, ifaddrmsg(10, 64, 0xff, 253, 0),
		nlattr(1, ip6(0xfe80, 0, 0, 0, 0, 0, 0, 1)), nlattr(99, []byte("abc")), nlattr(9, u32(5)),
		nlattr(10, u32(0xffffffff)), nlattr(3, []byte("eth0xx")), nlattr(8, u32(0x80000081)),
		nlattr(4, []byte{1, 2}), nlattr(11, []byte{3})))
	two := send(cat(nlmsg(21, 0x1, 7, 0, pad(4)), nlmsg(3, 0x2, 0, 0, u32(0))))
	nack := send(nlmsg(2, 0x100, 7, 0, u32(0xffffffea), cat(u32(20), u16(22), u16(1), u32(9), u32(0))))
	ack := send(nlmsg(2, 0, 7, 0, pad(20)))
	short := send(cat(u32(0x20), u16(18), u16(0x301), u16(7)))
	bare := send(nlmsg(22, 0x301, 7, 0))
	trailing := send(cat(nlmsg(22, 0x301, 7, 0, pad(4)), pad(3)))
	unknown := send(nlmsg(0x7777, 0x8000, 7, 0, pad(4)))
	tooShort := send(cat(u32(8), u16(24), u16(1), u32(7), u32(0), pad(8)))
	check(t, m, []line{
		{one, `sendto(3, [{nlmsg_len=32, nlmsg_type=RTM_NEWADDR, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK|NLM_F_EXCL|NLM_F_CREATE, nlmsg_seq=7, nlmsg_pid=0}, {ifa_family=AF_INET, ifa_prefixlen=8, ifa_flags=0, ifa_scope=RT_SCOPE_UNIVERSE, ifa_index=77}, [{nla_len=8, nla_type=IFA_LOCAL}, inet_addr("10.1.2.3")]], 32, ` + to + ` = 32`},
		{many, `sendto(3, [{nlmsg_len=104, nlmsg_type=RTM_NEWADDR, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=7, nlmsg_pid=0}, {ifa_family=AF_INET6, ifa_prefixlen=64, ifa_flags=IFA_F_SECONDARY|IFA_F_NODAD|IFA_F_OPTIMISTIC|IFA_F_DADFAILED|IFA_F_HOMEADDRESS|IFA_F_DEPRECATED|IFA_F_TENTATIVE|IFA_F_PERMANENT, ifa_scope=RT_SCOPE_LINK, ifa_index=0}, [[{nla_len=20, nla_type=IFA_ADDRESS}, inet_pton(AF_INET6, "fe80::1")], [{nla_len=7, nla_type=0x63 /* IFA_??? */}, "\x61\x62\x63"], [{nla_len=8, nla_type=IFA_RT_PRIORITY}, 5], [{nla_len=8, nla_type=IFA_TARGET_NETNSID}, -1], [{nla_len=10, nla_type=IFA_LABEL}, "eth0xx"...], [{nla_len=8, nla_type=IFA_FLAGS}, IFA_F_SECONDARY|IFA_F_PERMANENT|0x80000000], [{nla_len=6, nla_type=IFA_BROADCAST}, "\x01\x02"], [{nla_len=5, nla_type=IFA_PROTO}, "\x03"]]], 104, ` + to + ` = 104`},
		{two, `sendto(3, [[{nlmsg_len=20, nlmsg_type=RTM_DELADDR, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=7, nlmsg_pid=0}, {ifa_family=AF_UNSPEC, ...}], [{nlmsg_len=20, nlmsg_type=NLMSG_DONE, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=0, nlmsg_pid=0}, 0]], 40, ` + to + ` = 40`},
		{nack, `sendto(3, [{nlmsg_len=36, nlmsg_type=NLMSG_ERROR, nlmsg_flags=NLM_F_CAPPED, nlmsg_seq=7, nlmsg_pid=0}, {error=-EINVAL, msg={nlmsg_len=20, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=9, nlmsg_pid=0}}], 36, ` + to + ` = 36`},
		{ack, `sendto(3, [{nlmsg_len=36, nlmsg_type=NLMSG_ERROR, nlmsg_flags=0, nlmsg_seq=7, nlmsg_pid=0}, {error=0, msg={nlmsg_len=0, nlmsg_type=0 /* NLMSG_??? */, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}}], 36, ` + to + ` = 36`},
		{short, `sendto(3, "\x20\x00\x00\x00\x12\x00\x01\x03\x07\x00", 10, ` + to + ` = 10`},
		{bare, `sendto(3, {nlmsg_len=16, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=7, nlmsg_pid=0}, 16, ` + to + ` = 16`},
		{trailing, `sendto(3, [[{nlmsg_len=20, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=7, nlmsg_pid=0}, {ifa_family=AF_UNSPEC, ...}], "\x00\x00\x00"], 23, ` + to + ` = 23`},
		{unknown, `sendto(3, [{nlmsg_len=20, nlmsg_type=0x7777 /* RTM_??? */, nlmsg_flags=0x8000 /* NLM_F_??? */, nlmsg_seq=7, nlmsg_pid=0}, {family=AF_UNSPEC, data="\x00\x00\x00"}], 20, ` + to + ` = 20`},
		{tooShort, `sendto(3, {nlmsg_len=8, nlmsg_type=RTM_NEWROUTE, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=7, nlmsg_pid=0}, 24, ` + to + ` = 24`},
	})
}

// A socket the kernel does not list yet (unbound): the generic form.
func TestNetlinkUnknownProtocol(t *testing.T) {
	withProtocol(t, -1)
	m := decodetest.NewMemory()
	nl := m.Alloc(cat(u16(16), u16(0), u32(0), u32(0)))
	b := nlmsg(22, 0x301, 7, 0, ifaddrmsg(2, 0, 0x81, 200, 1))
	check(t, m, []line{{call("sendto", 24, 3, m.Alloc(b), 24, 0, nl, 12),
		`sendto(3, [{nlmsg_len=24, nlmsg_type=0x16 /* NLMSG_??? */, nlmsg_flags=NLM_F_REQUEST|0x300, nlmsg_seq=7, nlmsg_pid=0}, "\x02\x00\x81\xc8\x01\x00\x00\x00"], 24, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 24`}})
}

// glibc's getaddrinfo asking for the addresses (getent ahosts localhost).
func TestNetlinkGetaddrinfo(t *testing.T) {
	withProtocol(t, 0)
	m := decodetest.NewMemory()
	nl := m.Alloc(cat(u16(16), u16(0), u32(0), u32(0)))
	req := nlmsg(22, 0x301, 1795693774, 0, pad(4))
	cacheinfo := cat(u32(4294967295), u32(4294967295), u32(21), u32(21))
	resp := cat(
		nlmsg(20, 2, 1795693774, 31844, ifaddrmsg(2, 8, 0x80, 254, 1),
			nlattr(1, []byte{127, 0, 0, 1}), nlattr(2, []byte{127, 0, 0, 1}), nlattr(3, []byte("lo\x00")),
			nlattr(8, u32(0x80)), nlattr(6, cacheinfo)),
		nlmsg(20, 2, 1795693774, 31844, ifaddrmsg(10, 128, 0x80, 254, 1),
			nlattr(1, ip6(0, 0, 0, 0, 0, 0, 0, 1)), nlattr(6, cacheinfo), nlattr(8, u32(0x80)), nlattr(11, []byte{1})))
	buf := m.Alloc(cat(resp, pad(4096-len(resp))))
	iov := m.Alloc(iovec(buf, 4096))
	mh := m.Alloc(msghdr(nl, 12, iov, 1, 0, 0, 0))
	done := m.Alloc(cat(nlmsg(3, 2, 1795693774, 31844, u32(0)), pad(4076)))
	iovDone := m.Alloc(iovec(done, 4096))
	mhDone := m.Alloc(msghdr(nl, 12, iovDone, 1, 0, 0, 0))
	const lo4 = `[{nlmsg_len=76, nlmsg_type=RTM_NEWADDR, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1795693774, nlmsg_pid=31844}, {ifa_family=AF_INET, ifa_prefixlen=8, ifa_flags=IFA_F_PERMANENT, ifa_scope=RT_SCOPE_HOST, ifa_index=if_nametoindex("lo")}, [[{nla_len=8, nla_type=IFA_ADDRESS}, inet_addr("127.0.0.1")], [{nla_len=8, nla_type=IFA_LOCAL}, inet_addr("127.0.0.1")], [{nla_len=7, nla_type=IFA_LABEL}, "lo"], [{nla_len=8, nla_type=IFA_FLAGS}, IFA_F_PERMANENT], [{nla_len=20, nla_type=IFA_CACHEINFO}, {ifa_prefered=4294967295, ifa_valid=4294967295, cstamp=21, tstamp=21}]]]`
	const lo6 = `[{nlmsg_len=80, nlmsg_type=RTM_NEWADDR, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1795693774, nlmsg_pid=31844}, {ifa_family=AF_INET6, ifa_prefixlen=128, ifa_flags=IFA_F_PERMANENT, ifa_scope=RT_SCOPE_HOST, ifa_index=if_nametoindex("lo")}, [[{nla_len=20, nla_type=IFA_ADDRESS}, inet_pton(AF_INET6, "::1")], [{nla_len=20, nla_type=IFA_CACHEINFO}, {ifa_prefered=4294967295, ifa_valid=4294967295, cstamp=21, tstamp=21}], [{nla_len=8, nla_type=IFA_FLAGS}, IFA_F_PERMANENT], [{nla_len=5, nla_type=IFA_PROTO}, "\x01"]]]`
	check(t, m, []line{
		{call("sendto", 20, 3, m.Alloc(req), 20, 0, nl, 12),
			`sendto(3, [{nlmsg_len=20, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1795693774, nlmsg_pid=0}, {ifa_family=AF_UNSPEC, ...}], 20, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20`},
		{call("recvmsg", int64(len(resp)), 3, mh, 0),
			`recvmsg(3, {msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, msg_namelen=12, msg_iov=[{iov_base=[` + lo4 + `, ` + lo6 + `], iov_len=4096}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 156`},
		{call("recvmsg", 20, 3, mhDone, 0),
			`recvmsg(3, {msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, msg_namelen=12, msg_iov=[{iov_base=[{nlmsg_len=20, nlmsg_type=NLMSG_DONE, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1795693774, nlmsg_pid=31844}, 0], iov_len=4096}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 20`},
	})
}

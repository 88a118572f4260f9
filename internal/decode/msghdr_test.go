package decode_test

import (
	"strconv"
	"testing"

	"gostrace/internal/decode/decodetest"
)

// msghdr builds a struct msghdr.
func msghdr(name uint64, namelen uint32, iov, iovlen, control, controllen uint64, flags uint32) []byte {
	return cat(u64(name), u32(namelen), pad(4), u64(iov), u64(iovlen), u64(control), u64(controllen), u32(flags), pad(4))
}

func iovec(base, n uint64) []byte { return cat(u64(base), u64(n)) }

func cmsg(level, typ uint32, data []byte) []byte {
	b := cat(u64(uint64(16+len(data))), u32(level), u32(typ), data)
	for len(b)%8 != 0 {
		b = append(b, 0)
	}
	return b
}

// Expected lines from strace 6.1 running testdata/net2.c and testdata/mm.c.
func TestMsghdr(t *testing.T) {
	m := decodetest.NewMemory()
	abc, defgh := m.Alloc([]byte("abc")), m.Alloc([]byte("defgh"))
	iov2 := m.Alloc(cat(iovec(abc, 3), iovec(defgh, 5)))
	rights := m.Alloc(cmsg(1, 1, cat(u32(0), u32(1))))
	send := m.Alloc(msghdr(0, 0, iov2, 2, rights, 24, 0))
	creds := m.Alloc(cmsg(1, 2, cat(u32(28937), u32(0), u32(0))))
	send2 := m.Alloc(msghdr(0, 0, iov2, 1, creds, 32, 0))
	send3 := m.Alloc(msghdr(0, 0, iov2, 1, 0, 0, 0))

	buf := m.Alloc([]byte("abcdefgh" + repeat(0, 56)))
	riov := m.Alloc(cat(iovec(buf, 2), iovec(buf+2, 50)))
	from := m.Alloc(pad(110))
	control := m.Alloc(cat(cmsg(1, 2, cat(u32(28937), u32(0), u32(0))), cmsg(1, 1, cat(u32(6), u32(7)))))
	recv := m.Alloc(msghdr(from, 110, riov, 2, control, 56, 0x40000000))
	recvIn := &changing{Memory: m, addr: recv + 8, after: u32(0)}
	check(t, m, []line{
		{call("sendmsg", 8, 3, send, 0),
			`sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="abc", iov_len=3}, {iov_base="defgh", iov_len=5}], msg_iovlen=2, msg_control=[{cmsg_len=24, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[0, 1]}], msg_controllen=24, msg_flags=0}, 0) = 8`},
		{call("sendmsg", 3, 3, send2, 0x40),
			`sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="abc", iov_len=3}], msg_iovlen=1, msg_control=[{cmsg_len=28, cmsg_level=SOL_SOCKET, cmsg_type=SCM_CREDENTIALS, cmsg_data={pid=28937, uid=0, gid=0}}], msg_controllen=32, msg_flags=0}, MSG_DONTWAIT) = 3`},
		{call("sendmsg", 3, 3, send3, 0),
			`sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="abc", iov_len=3}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 3`},
		{fail("sendmsg", 14, 3, 0, 0), `sendmsg(3, NULL, 0) = -1 EFAULT (Bad address)`},
		{fail("sendmsg", 14, 3, 8, 0), `sendmsg(3, 0x8, 0) = -1 EFAULT (Bad address)`},
	})
	// recvmsg: the name length was 110 before the call and 0 after it.
	recvIn.reads = 0
	got := decodetest.Plain(decodetest.Render(recvIn, call("recvmsg", 8, 4, recv, 0x40000000)))
	want := `recvmsg(4, {msg_name=` + hexAddr(from) + `, msg_namelen=110 => 0, msg_iov=[{iov_base="ab", iov_len=2}, {iov_base="cdefgh", iov_len=50}], msg_iovlen=2, msg_control=[{cmsg_len=28, cmsg_level=SOL_SOCKET, cmsg_type=SCM_CREDENTIALS, cmsg_data={pid=28937, uid=0, gid=0}}, {cmsg_len=24, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[6, 7]}], msg_controllen=56, msg_flags=MSG_CMSG_CLOEXEC}, MSG_CMSG_CLOEXEC) = 8`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// A failed recvmsg shows only the name length it was given.
	recvIn.reads = 0
	want = `recvmsg(6, {msg_namelen=110}, 0) = ? ERESTARTSYS (To be restarted if SA_RESTART is set)`
	if got := decodetest.Plain(decodetest.Render(recvIn, fail("recvmsg", 512, 6, recv, 0))); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestMsghdrLimits(t *testing.T) {
	m := decodetest.NewMemory()
	text := m.Alloc([]byte("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ"))
	var iovs []byte
	for i := 0; i < 40; i++ {
		iovs = append(iovs, iovec(text, uint64(1+i))...)
	}
	iov := m.Alloc(iovs)
	mh := m.Alloc(msghdr(0, 0, iov, 40, 0, 0, 0))
	c := fail("sendmsg", 9, ^uint64(0), mh, 0)
	c.Opt = opts(4)
	check(t, m, []line{{c,
		`sendmsg(-1, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="a", iov_len=1}, {iov_base="ab", iov_len=2}, {iov_base="abc", iov_len=3}, {iov_base="abcd", iov_len=4}, ...], msg_iovlen=40, msg_controllen=0, msg_flags=0}, 0) = -1 EBADF (Bad file descriptor)`}})
	// With -v arrays print whole (strace -v on testdata/mm.c).
	c = fail("sendmsg", 9, ^uint64(0), mh, 0)
	c.Opt = opts(32)
	c.Opt.Verbose = true
	want := `sendmsg(-1, {msg_name=NULL, msg_namelen=0, msg_iov=[`
	for i := 1; i <= 40; i++ {
		if i > 1 {
			want += ", "
		}
		s := "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ"[:i]
		if i > 32 {
			s = s[:32] + `"...`
		} else {
			s += `"`
		}
		want += `{iov_base="` + s + `, iov_len=` + itoa(i) + `}`
	}
	want += `], msg_iovlen=40, msg_controllen=0, msg_flags=0}, 0) = -1 EBADF (Bad file descriptor)`
	check(t, m, []line{{c, want}})
	// Unknown control messages show no data; a short SCM_CREDENTIALS none either.
	ctl := m.Alloc(cmsg(1, 2, u32(0)))
	mh2 := m.Alloc(msghdr(0, 0, 0, 0, ctl, 24, 0))
	ctl0 := m.Alloc(cmsg(1, 0, u32(0)))
	mh3 := m.Alloc(msghdr(0, 0, 0, 0, ctl0, 24, 0))
	ctl3 := m.Alloc(cmsg(1, 3, u32(0)))
	mh4 := m.Alloc(msghdr(0, 0, 0, 0, ctl3, 24, 0))
	check(t, m, []line{
		{fail("sendmsg", 9, ^uint64(0), mh2, 0),
			`sendmsg(-1, {msg_name=NULL, msg_namelen=0, msg_iov=NULL, msg_iovlen=0, msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_CREDENTIALS}], msg_controllen=24, msg_flags=0}, 0) = -1 EBADF (Bad file descriptor)`},
		{fail("sendmsg", 9, ^uint64(0), mh3, 0),
			`sendmsg(-1, {msg_name=NULL, msg_namelen=0, msg_iov=NULL, msg_iovlen=0, msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=0 /* SCM_??? */}], msg_controllen=24, msg_flags=0}, 0) = -1 EBADF (Bad file descriptor)`},
		{fail("sendmsg", 9, ^uint64(0), mh4, 0),
			`sendmsg(-1, {msg_name=NULL, msg_namelen=0, msg_iov=NULL, msg_iovlen=0, msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_SECURITY, cmsg_data="\0\0\0\0"}], msg_controllen=24, msg_flags=0}, 0) = -1 EBADF (Bad file descriptor)`},
	})
}

func mmsghdr(hdr []byte, n uint32) []byte { return cat(hdr, u32(n), pad(4)) }

func TestMmsg(t *testing.T) {
	m := decodetest.NewMemory()
	one, two := m.Alloc([]byte("one")), m.Alloc([]byte("two2"))
	i1, i2, i3 := m.Alloc(iovec(one, 3)), m.Alloc(iovec(two, 4)), m.Alloc(iovec(8, 4))
	vec := m.Alloc(cat(mmsghdr(msghdr(0, 0, i1, 1, 0, 0, 0), 3), mmsghdr(msghdr(0, 0, i2, 1, 0, 0, 0), 4),
		mmsghdr(msghdr(0, 0, i3, 1, 0, 0, 0), 0)))
	r1, r2 := m.Alloc([]byte("one\x00\x00\x00\x00\x00")), m.Alloc([]byte("two2\x00\x00\x00\x00"))
	ri1, ri2 := m.Alloc(iovec(r1, 8)), m.Alloc(iovec(r2, 8))
	rvec := m.Alloc(cat(mmsghdr(msghdr(0, 0, ri1, 1, 0, 0, 0), 3), mmsghdr(msghdr(0, 0, ri2, 1, 0, 0, 0), 4)))
	ts := m.Alloc(timespec(0, 999992328))
	hdr := func(s string, n string) string {
		return `{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=` + s + `}], msg_iovlen=1, msg_controllen=0, msg_flags=0}` + n + `}`
	}
	check(t, m, []line{
		{call("sendmmsg", 2, 3, vec, 3, 0),
			`sendmmsg(3, [` + hdr(`"one", iov_len=3`, ", msg_len=3") + `, ` + hdr(`"two2", iov_len=4`, ", msg_len=4") + `, ` + hdr(`0x8, iov_len=4`, "") + `], 3, 0) = 2`},
		{fail("sendmmsg", 9, ^uint64(0), vec, 2, 0),
			`sendmmsg(-1, [` + hdr(`"one", iov_len=3`, "") + `, ` + hdr(`"two2", iov_len=4`, "") + `], 2, 0) = -1 EBADF (Bad file descriptor)`},
		{fail("sendmmsg", 14, 3, 8, 3, 0), `sendmmsg(3, 0x8, 3, 0) = -1 EFAULT (Bad address)`},
		{call("recvmmsg", 2, 4, rvec, 2, 0x40, 0),
			`recvmmsg(4, [` + hdr(`"one", iov_len=8`, ", msg_len=3") + `, ` + hdr(`"two2", iov_len=8`, ", msg_len=4") + `], 2, MSG_DONTWAIT, NULL) = 2`},
		{fail("recvmmsg", 11, 3, rvec, 1, 0, ts),
			`recvmmsg(3, ` + hexAddr(rvec) + `, 1, 0, {tv_sec=0, tv_nsec=999992328}) = -1 EAGAIN (Resource temporarily unavailable)`},
	})
	// A successful recvmmsg with a timeout: the timeout as given, and the
	// time left that the kernel wrote back.
	left := &changing{Memory: m, addr: ts, after: timespec(0, 999989033)}
	want := `recvmmsg(4, [` + hdr(`"one", iov_len=8`, ", msg_len=3") + `], 3, MSG_WAITFORONE, {tv_sec=0, tv_nsec=999992328}) = 1 (left {tv_sec=0, tv_nsec=999989033})`
	if got := decodetest.Plain(decodetest.Render(left, call("recvmmsg", 1, 4, rvec, 3, 0x10000, ts))); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// Control messages of received datagrams, from strace 6.1 on testdata/cm.c.
func TestCmsgData(t *testing.T) {
	m := decodetest.NewMemory()
	buf := m.Alloc([]byte("x"))
	iov := m.Alloc(iovec(buf, 8))
	ctl := m.Alloc(cat(cmsg(1, 29, cat(u64(1795693732), u64(150098))),
		cmsg(0, 8, cat(u32(1), []byte{127, 0, 0, 1}, []byte{127, 0, 0, 1})),
		cmsg(0, 2, u32(64)), cmsg(0, 1, []byte{0x28})))
	ctlNS := m.Alloc(cmsg(1, 35, timespec(1795693732, 153093979)))
	ctl6 := m.Alloc(cat(cmsg(41, 0x32, pad(20)), cmsg(41, 0x34, u32(64)), cmsg(41, 0x43, u32(0))))
	mh := m.Alloc(msghdr(0, 0, iov, 1, ctl, 112, 0))
	mhNS := m.Alloc(msghdr(0, 0, iov, 1, ctlNS, 32, 0))
	mh6 := m.Alloc(msghdr(0, 0, iov, 1, ctl6, 88, 0))
	const head = `recvmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="x", iov_len=8}], msg_iovlen=1, msg_control=[`
	check(t, m, []line{
		{call("recvmsg", 1, 3, mh, 0), head + `{cmsg_len=32, cmsg_level=SOL_SOCKET, cmsg_type=SO_TIMESTAMP_OLD, cmsg_data={tv_sec=1795693732, tv_usec=150098}}, {cmsg_len=28, cmsg_level=SOL_IP, cmsg_type=IP_PKTINFO, cmsg_data={ipi_ifindex=if_nametoindex("lo"), ipi_spec_dst=inet_addr("127.0.0.1"), ipi_addr=inet_addr("127.0.0.1")}}, {cmsg_len=20, cmsg_level=SOL_IP, cmsg_type=IP_TTL, cmsg_data=[64]}, {cmsg_len=17, cmsg_level=SOL_IP, cmsg_type=IP_TOS, cmsg_data=[0x28]}], msg_controllen=112, msg_flags=0}, 0) = 1`},
		{call("recvmsg", 1, 3, mhNS, 0), head + `{cmsg_len=32, cmsg_level=SOL_SOCKET, cmsg_type=SO_TIMESTAMPNS_OLD, cmsg_data={tv_sec=1795693732, tv_nsec=153093979}}], msg_controllen=32, msg_flags=0}, 0) = 1`},
		{call("recvmsg", 1, 3, mh6, 0), head + `{cmsg_len=36, cmsg_level=SOL_IPV6, cmsg_type=0x32}, {cmsg_len=20, cmsg_level=SOL_IPV6, cmsg_type=0x34}, {cmsg_len=20, cmsg_level=SOL_IPV6, cmsg_type=0x43}], msg_controllen=88, msg_flags=0}, 0) = 1`},
	})
}

package decode

import (
	"encoding/binary"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// Netlink messages in the buffers of sendto, recvfrom, sendmsg and recvmsg.
//
// strace decodes a buffer as netlink messages when the descriptor is a
// netlink socket, and by the message types of the socket's protocol when
// the kernel lists the socket (it does once the socket is bound). gostrace
// looks only at calls that carry a netlink address (the destination of a
// send, the source of a receive), which is how glibc's getaddrinfo and
// most netlink clients talk, and so spares every other socket call the
// look-up. Of the protocols' own messages only NETLINK_ROUTE's address
// messages are decoded; other payloads print as strace prints a message
// type it has no decoder for.

const (
	sizeofNlmsghdr   = unix.NLMSG_HDRLEN
	sizeofIfaddrmsg  = 8
	sizeofNlattr     = 4
	maxNetlinkBuffer = 1 << 16

	nlmsgError = unix.NLMSG_ERROR
	nlmsgDone  = unix.NLMSG_DONE
	nlMinType  = unix.NLMSG_MIN_TYPE // the first protocol message type

	// protoNone says a buffer is not decoded as netlink messages;
	// protoUnknown is a netlink socket of a protocol not (yet) known.
	protoNone    = -2
	protoUnknown = -1
)

// NetlinkProtocol returns the protocol of netlink socket fd of a tracee,
// or -1 when the kernel does not list it. Tests replace it.
var NetlinkProtocol = procNetlinkProtocol

// procNetlinkProtocol finds the socket's inode behind /proc/PID/fd/FD in
// /proc/PID/net/netlink (which lists bound sockets only, as strace's
// sock_diag query does).
func procNetlinkProtocol(pid int, fd int64) int {
	p := "/proc/" + strconv.Itoa(pid)
	link, err := os.Readlink(p + "/fd/" + strconv.FormatInt(fd, 10))
	if err != nil || !strings.HasPrefix(link, "socket:[") || !strings.HasSuffix(link, "]") {
		return protoUnknown
	}
	inode := link[len("socket:[") : len(link)-1]
	data, err := os.ReadFile(p + "/net/netlink")
	if err != nil {
		return protoUnknown
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) >= 10 && f[len(f)-1] == inode {
			if proto, err := strconv.Atoi(f[1]); err == nil {
				return proto
			}
		}
	}
	return protoUnknown
}

// netlinkAddr reports how to print the buffers of a call whose address is
// sa: as the netlink messages of the socket's protocol when the address is
// a netlink one, else protoNone.
func (c *Call) netlinkAddr(sa []byte) int {
	if len(sa) < 2 || binary.LittleEndian.Uint16(sa) != unix.AF_NETLINK {
		return protoNone
	}
	proto := NetlinkProtocol(c.Pid, int64(int32(c.Args[0])))
	if proto == unix.NETLINK_KOBJECT_UEVENT { // uevents are text, not nlmsghdrs
		return protoNone
	}
	return proto
}

// sockBuf prints a socket call's data buffer: as netlink messages for a
// netlink socket, else as a string cut at -s.
func (c *Call) sockBuf(addr, n uint64, proto int) {
	if proto == protoNone || addr == 0 {
		c.Buf(addr, n)
		return
	}
	size := n
	if size > maxNetlinkBuffer {
		size = maxNetlinkBuffer
	}
	b := c.ReadStruct(addr, int(size))
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.netlinkBytes(b, proto)
}

// netlinkBytes prints a buffer of netlink messages: [header, payload] for
// one message, [[header, payload], ...] for several, a bare header for a
// message without payload, and bytes that make no message in hex.
func (c *Call) netlinkBytes(b []byte, proto int) {
	if len(b) < sizeofNlmsghdr {
		c.StrBytes(b, HexAll)
		return
	}
	c.netlinkList(b, sizeofNlmsghdr, func(m []byte) int { return int(binary.LittleEndian.Uint32(m)) },
		func(m []byte) { c.netlinkMessage(m, proto) })
}

// netlinkList prints a list of netlink elements (messages, attributes):
// each starts with a header of hdr bytes whose length field len reads,
// and the next begins at the length rounded up to 4. The outer brackets
// appear only for two elements or more; bytes too short for a header are
// printed in hex, and an element whose length is impossible ends the list
// (printed with its header only when the length is too small).
func (c *Call) netlinkList(b []byte, hdr int, length func([]byte) int, each func([]byte)) {
	n := 0
	for off := 0; off < len(b); n++ {
		if len(b)-off < hdr {
			n++ // trailing bytes
			break
		}
		l := length(b[off:])
		if l < hdr || l > len(b)-off {
			n++
			break
		}
		off += (l + 3) &^ 3
	}
	if n > 1 {
		c.Array()
	}
	off := 0
	for i := 0; off < len(b); i++ {
		if i >= c.maxElems() {
			c.Ellipsis()
			break
		}
		if len(b)-off < hdr {
			c.StrBytes(b[off:], HexAll)
			break
		}
		m := b[off:]
		l := length(m)
		last := false
		switch {
		case l < hdr:
			m, last = m[:hdr], true
			l = hdr
		case l > len(m):
			last = true
		default:
			m = m[:l]
		}
		each(m)
		if last {
			break
		}
		off += (l + 3) &^ 3
	}
	if n > 1 {
		c.End()
	}
}

// netlinkMessage prints one message (header and whatever payload follows).
func (c *Call) netlinkMessage(m []byte, proto int) {
	payload := m[sizeofNlmsghdr:]
	if int(binary.LittleEndian.Uint32(m)) < sizeofNlmsghdr {
		payload = nil
	}
	if len(payload) == 0 {
		c.nlmsghdr(m, proto)
		return
	}
	typ := binary.LittleEndian.Uint16(m[4:])
	c.Array()
	c.nlmsghdr(m, proto)
	switch {
	case typ == nlmsgDone && len(payload) >= 4:
		c.Int(int64(int32(binary.LittleEndian.Uint32(payload))))
	case typ == nlmsgError && len(payload) >= 4:
		c.nlmsgerr(payload, proto)
	case typ < nlMinType || proto != unix.NETLINK_ROUTE:
		c.StrBytes(payload, HexAll)
	case typ >= unix.RTM_NEWADDR && typ <= unix.RTM_GETADDR:
		c.ifaddrmsg(payload)
	default:
		c.rtgenmsg(payload)
	}
	c.End()
}

func (c *Call) nlmsghdr(m []byte, proto int) {
	le := binary.LittleEndian
	typ := uint64(le.Uint16(m[4:]))
	c.Struct()
	c.Field("nlmsg_len")
	c.Uint(uint64(le.Uint32(m)))
	c.Field("nlmsg_type")
	if proto == unix.NETLINK_ROUTE && typ >= nlMinType {
		c.Const(typ, xlat.RouteTypes)
	} else {
		c.Const(typ, xlat.NetlinkTypes)
	}
	c.Field("nlmsg_flags")
	c.Flags(uint64(le.Uint16(m[6:])), netlinkFlagsFor(typ, proto))
	c.Field("nlmsg_seq")
	c.Uint(uint64(le.Uint32(m[8:])))
	c.Field("nlmsg_pid")
	c.Uint(uint64(le.Uint32(m[12:])))
	c.End()
}

// The flag sets of netlink messages: the common flags, then those of the
// request's kind.
var (
	netlinkGetFlags = xlat.T("NLM_F_???", append(append([]xlat.Pair(nil), xlat.NetlinkFlags.Pairs...), xlat.NetlinkGetFlags.Pairs...)...)
	netlinkNewFlags = xlat.T("NLM_F_???", append(append([]xlat.Pair(nil), xlat.NetlinkFlags.Pairs...), xlat.NetlinkNewFlags.Pairs...)...)
	netlinkDelFlags = xlat.T("NLM_F_???", append(append([]xlat.Pair(nil), xlat.NetlinkFlags.Pairs...), xlat.NetlinkDeleteFlags.Pairs...)...)
	netlinkAckFlags = xlat.T("NLM_F_???", append(append([]xlat.Pair(nil), xlat.NetlinkFlags.Pairs...), xlat.NetlinkAckFlags.Pairs...)...)
)

// netlinkFlagsFor returns the flag set of a message type: NETLINK_ROUTE's
// types come in fours (new, delete, get, set).
func netlinkFlagsFor(typ uint64, proto int) *xlat.Table {
	if typ == nlmsgError {
		return netlinkAckFlags
	}
	if proto == unix.NETLINK_ROUTE && typ >= nlMinType {
		switch (typ - nlMinType) & 3 {
		case 0:
			return netlinkNewFlags
		case 1:
			return netlinkDelFlags
		case 2:
			return netlinkGetFlags
		}
	}
	return xlat.NetlinkFlags
}

// nlmsgerr prints an NLMSG_ERROR's payload: {error=-EINVAL, msg={...}}.
func (c *Call) nlmsgerr(p []byte, proto int) {
	e := int32(binary.LittleEndian.Uint32(p))
	c.Struct()
	c.Field("error")
	if name, ok := xlat.ErrnoName(int(-e)); ok && e < 0 {
		c.TextBytes(append([]byte{'-'}, name...))
	} else {
		c.Int(int64(e))
	}
	if len(p) >= 4+sizeofNlmsghdr {
		c.Field("msg")
		c.nlmsghdr(p[4:], proto)
	}
	c.End()
}

// rtgenmsg prints a NETLINK_ROUTE payload strace has no decoder for here:
// its family and the bytes after it.
func (c *Call) rtgenmsg(p []byte) {
	c.Struct()
	c.Field("family")
	c.Const(uint64(p[0]), xlat.AddrFamilies)
	if len(p) > 1 {
		c.Field("data")
		c.StrBytes(p[1:], HexAll)
	}
	c.End()
}

// ifaddrmsg prints an address message: struct ifaddrmsg, then its
// attributes.
func (c *Call) ifaddrmsg(p []byte) {
	family := uint64(p[0])
	c.Struct()
	c.Field("ifa_family")
	c.Const(family, xlat.AddrFamilies)
	if len(p) < sizeofIfaddrmsg {
		c.Ellipsis()
		c.End()
		return
	}
	c.Field("ifa_prefixlen")
	c.Uint(uint64(p[1]))
	c.Field("ifa_flags")
	c.Flags(uint64(p[2]), xlat.IfaFlags)
	c.Field("ifa_scope")
	c.Const(uint64(p[3]), xlat.RoutingScopes)
	c.Field("ifa_index")
	if idx := binary.LittleEndian.Uint32(p[4:]); idx == 0 || !c.ifIndex(idx) {
		c.Uint(uint64(idx))
	}
	c.End()
	if len(p) > sizeofIfaddrmsg {
		c.ifaAttrs(p[sizeofIfaddrmsg:], family)
	}
}

// ifaAttrs prints an address message's attributes: [{nla_len=8,
// nla_type=IFA_ADDRESS}, inet_addr("127.0.0.1")] for one, a list of such
// pairs for several.
func (c *Call) ifaAttrs(b []byte, family uint64) {
	c.netlinkList(b, sizeofNlattr, func(a []byte) int { return int(binary.LittleEndian.Uint16(a)) },
		func(a []byte) { c.ifaAttr(a, family) })
}

func (c *Call) ifaAttr(a []byte, family uint64) {
	le := binary.LittleEndian
	typ := uint64(le.Uint16(a[2:]))
	data := a[sizeofNlattr:]
	if int(le.Uint16(a)) < sizeofNlattr {
		data = nil
	}
	hdr := func() {
		c.Struct()
		c.Field("nla_len")
		c.Uint(uint64(le.Uint16(a)))
		c.Field("nla_type")
		c.Const(typ, xlat.IfaAttrs)
		c.End()
	}
	if len(data) == 0 {
		hdr()
		return
	}
	c.Array()
	hdr()
	switch {
	case typ == unix.IFA_ADDRESS || typ == unix.IFA_LOCAL || typ == unix.IFA_BROADCAST ||
		typ == unix.IFA_ANYCAST || typ == unix.IFA_MULTICAST:
		c.inetAddr(data, family)
	case typ == unix.IFA_LABEL:
		flags := uint8(0)
		for i, ch := range data {
			if ch == 0 {
				data = data[:i]
				break
			}
			if i == len(data)-1 {
				flags = Trunc // no terminating NUL: strace marks it cut
			}
		}
		if len(data) > c.limit() {
			data, flags = data[:c.limit()], Trunc
		}
		c.StrBytes(data, flags)
	case typ == unix.IFA_CACHEINFO && len(data) >= 16:
		c.Struct()
		for i, f := range [...]string{"ifa_prefered", "ifa_valid", "cstamp", "tstamp"} {
			c.Field(f)
			c.Uint(uint64(le.Uint32(data[4*i:])))
		}
		c.End()
	case typ == unix.IFA_FLAGS && len(data) >= 4:
		c.Flags(uint64(le.Uint32(data)), xlat.IfaFlags)
	case typ == unix.IFA_RT_PRIORITY && len(data) >= 4:
		c.Uint(uint64(le.Uint32(data)))
	case typ == unix.IFA_TARGET_NETNSID && len(data) >= 4:
		c.Int(int64(int32(le.Uint32(data))))
	default:
		c.StrBytes(data, HexAll)
	}
	c.End()
}

// inetAddr prints an address attribute of the message's family:
// inet_addr("127.0.0.1"), inet_pton(AF_INET6, "::1"), else its bytes.
func (c *Call) inetAddr(d []byte, family uint64) {
	var s [48]byte
	switch {
	case family == unix.AF_INET && len(d) == 4:
		c.Func("inet_addr")
		c.StrBytes(appendIPv4(s[:0], d), 0)
		c.End()
	case family == unix.AF_INET6 && len(d) == 16:
		c.Func("inet_pton")
		c.Text("AF_INET6")
		c.StrBytes(appendIPv6(s[:0], d), 0)
		c.End()
	default:
		c.StrBytes(d, HexAll)
	}
}

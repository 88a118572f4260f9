package decode

import (
	"encoding/binary"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// sendmsg, recvmsg, sendmmsg, recvmmsg: struct msghdr with its iovecs and
// control messages.

const (
	sizeofMsghdr  = 56
	sizeofMmsghdr = 64
	sizeofIovec   = 16
	sizeofCmsghdr = 16
	// maxControl bounds how much of a control buffer is decoded.
	maxControl = 1 << 16
)

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.msghdrAt(c.Args[1], -1, -1)
		c.Flags(uint64(uint32(c.Args[2])), xlat.MsgFlags)
		return false
	}}, "sendmsg")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		// The name length as the caller set it, for msg_namelen=in => out.
		if v, ok := c.ReadU32(c.Args[1] + 8); ok {
			c.Scratch[0], c.Scratch[1] = uint64(v), 1
		}
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			if c.Scratch[1] == 0 {
				c.Ptr(c.Args[1])
			} else {
				c.Struct()
				c.Field("msg_namelen")
				c.Uint32(c.Scratch[0])
				c.End()
			}
		} else {
			in := int64(-2)
			if c.Scratch[1] != 0 {
				in = int64(uint32(c.Scratch[0]))
			}
			c.msghdrAt(c.Args[1], c.Rval, in)
		}
		c.Flags(uint64(uint32(c.Args[2])), xlat.MsgFlags)
	}}, "recvmsg")

	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		sent := int64(0)
		if !c.Failed() {
			sent = c.Rval
		}
		c.mmsgVec(c.Args[1], c.Args[2], sent, false)
		c.Uint32(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.MsgFlags)
	}}, "sendmmsg")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		// The timeout as it was: the kernel rewrites it with the time left.
		if c.Args[4] != 0 {
			if b := c.ReadStruct(c.Args[4], sizeofTimespec); b != nil {
				c.Scratch[0] = 1
				c.Scratch[1] = binary.LittleEndian.Uint64(b)
				c.Scratch[2] = binary.LittleEndian.Uint64(b[8:])
			}
		}
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.mmsgVec(c.Args[1], c.Args[2], c.Rval, true)
		}
		c.Uint32(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.MsgFlags)
		if c.Args[4] == 0 || c.Scratch[0] == 0 {
			c.Ptr(c.Args[4])
			return
		}
		var ts [16]byte
		binary.LittleEndian.PutUint64(ts[:], c.Scratch[1])
		binary.LittleEndian.PutUint64(ts[8:], c.Scratch[2])
		c.timespecBytes(ts[:])
		if !c.Failed() {
			c.BeginRet()
			c.Group()
			c.Text("left ")
			c.TimespecAt(c.Args[4])
			c.End()
		}
	}}, "recvmmsg")
}

// msghdrAt prints a struct msghdr. data is how many bytes the iovecs hold
// (a receive's return value), -1 for all of them (a send). inNamelen is the
// name length before a receive (-2 if unknown), -1 for a send.
func (c *Call) msghdrAt(addr uint64, data int64, inNamelen int64) {
	b := c.ReadStruct(addr, sizeofMsghdr)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.msghdrBytes(b, data, inNamelen)
}

func (c *Call) msghdrBytes(b []byte, data int64, inNamelen int64) {
	le := binary.LittleEndian
	name := le.Uint64(b)
	namelen := int64(int32(le.Uint32(b[8:])))
	iov := le.Uint64(b[16:])
	iovlen := le.Uint64(b[24:])
	control := le.Uint64(b[32:])
	controllen := le.Uint64(b[40:])
	flags := uint64(le.Uint32(b[48:]))
	c.Struct()
	c.Field("msg_name")
	var proto int
	if inNamelen >= 0 {
		size := namelen
		if inNamelen < size {
			size = inNamelen
		}
		sa := c.readSockaddr(name, size)
		proto = c.netlinkAddr(sa)
		c.printSockaddr(name, sa)
		c.Field("msg_namelen")
		c.Int(inNamelen)
		if namelen != inNamelen {
			c.Arrow()
			c.Int(namelen)
		}
	} else {
		sa := c.readSockaddr(name, namelen)
		proto = c.netlinkAddr(sa)
		c.printSockaddr(name, sa)
		c.Field("msg_namelen")
		c.Int(namelen)
	}
	c.Field("msg_iov")
	c.iovArray(iov, iovlen, data, proto)
	c.Field("msg_iovlen")
	c.Uint(iovlen)
	if controllen != 0 {
		c.Field("msg_control")
		c.cmsgs(control, controllen)
	}
	c.Field("msg_controllen")
	c.Uint(controllen)
	c.Field("msg_flags")
	c.Flags(flags, xlat.MsgFlags)
	c.End()
}

// iovArray prints an array of struct iovec whose buffers hold data bytes in
// all (-1: each buffer whole), at most -s elements; proto says whether the
// buffers hold netlink messages (see sockBuf).
func (c *Call) iovArray(addr, n uint64, data int64, proto int) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	if n == 0 {
		c.Array()
		c.End()
		return
	}
	if _, ok := c.ReadU64(addr); !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := uint64(0); i < n; i++ {
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		b := c.ReadStruct(addr+i*sizeofIovec, sizeofIovec)
		if b == nil {
			c.Ellipsis()
			break
		}
		base := binary.LittleEndian.Uint64(b)
		size := binary.LittleEndian.Uint64(b[8:])
		show := size
		if data >= 0 && uint64(data) < show {
			show = uint64(data)
		}
		if data >= 0 {
			data -= int64(show)
		}
		c.Struct()
		c.Field("iov_base")
		c.sockBuf(base, show, proto)
		c.Field("iov_len")
		c.Uint(size)
		c.End()
	}
	c.End()
}

// cmsgs prints the control messages of a msghdr.
func (c *Call) cmsgs(addr, size uint64) {
	if size > maxControl {
		size = maxControl
	}
	b := c.ReadStruct(addr, int(size))
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.cmsgBytes(b)
}

func (c *Call) cmsgBytes(b []byte) {
	le := binary.LittleEndian
	c.Array()
	for n := 0; len(b) >= sizeofCmsghdr; n++ {
		if n >= c.maxElems() {
			c.Ellipsis()
			break
		}
		clen := le.Uint64(b)
		level := uint64(le.Uint32(b[8:]))
		typ := uint64(le.Uint32(b[12:]))
		c.Struct()
		c.Field("cmsg_len")
		c.Uint(clen)
		c.Field("cmsg_level")
		c.Const(level, xlat.SocketLevels)
		c.Field("cmsg_type")
		switch level {
		case unix.SOL_SOCKET:
			c.Const(typ, xlat.ScmTypes)
		case unix.SOL_IP:
			c.Const(typ, xlat.SockIPSetOptions)
		default: // strace 6.1 names no other level's types (not even SOL_IPV6's)
			c.Hex(typ)
		}
		if clen < sizeofCmsghdr {
			c.End()
			break
		}
		end := clen
		if end > uint64(len(b)) {
			end = uint64(len(b))
		}
		switch level {
		case unix.SOL_SOCKET:
			c.scmData(typ, b[sizeofCmsghdr:end])
		case unix.SOL_IP:
			c.ipCmsgData(typ, b[sizeofCmsghdr:end])
		}
		c.End()
		next := (clen + 7) &^ 7
		if next < sizeofCmsghdr || next >= uint64(len(b)) { // past the end, or wrapped around
			break
		}
		b = b[next:]
	}
	c.End()
}

// scmData prints the data of the SOL_SOCKET control messages strace
// decodes: passed descriptors, credentials, a security context.
func (c *Call) scmData(typ uint64, d []byte) {
	le := binary.LittleEndian
	switch typ {
	case unix.SCM_RIGHTS:
		c.Field("cmsg_data")
		c.Array()
		for i := 0; i+4 <= len(d); i += 4 {
			c.Fd(uint64(le.Uint32(d[i:])))
		}
		c.End()
	case unix.SCM_CREDENTIALS:
		if len(d) < 12 {
			return
		}
		c.Field("cmsg_data")
		c.Struct()
		c.Field("pid")
		c.Int(int64(int32(le.Uint32(d))))
		c.Field("uid")
		c.Uint(uint64(le.Uint32(d[4:])))
		c.Field("gid")
		c.Uint(uint64(le.Uint32(d[8:])))
		c.End()
	case unix.SCM_SECURITY:
		c.Field("cmsg_data")
		c.StrBytes(d, 0)
	case unix.SO_TIMESTAMP:
		if len(d) >= sizeofTimeval {
			c.Field("cmsg_data")
			c.timevalBytes(d)
		}
	case unix.SO_TIMESTAMPNS:
		if len(d) >= sizeofTimespec {
			c.Field("cmsg_data")
			c.timespecBytes(d)
		}
	}
}

// ipCmsgData prints the data of the SOL_IP control messages strace decodes.
func (c *Call) ipCmsgData(typ uint64, d []byte) {
	le := binary.LittleEndian
	switch typ {
	case unix.IP_PKTINFO:
		if len(d) < 12 {
			return
		}
		var s [16]byte
		c.Field("cmsg_data")
		c.Struct()
		c.Field("ipi_ifindex")
		if idx := le.Uint32(d); idx == 0 || !c.ifIndex(idx) {
			c.Int(int64(int32(idx)))
		}
		c.Field("ipi_spec_dst")
		c.Func("inet_addr")
		c.StrBytes(appendIPv4(s[:0], d[4:8]), 0)
		c.End()
		c.Field("ipi_addr")
		c.Func("inet_addr")
		c.StrBytes(appendIPv4(s[:0], d[8:12]), 0)
		c.End()
		c.End()
	case unix.IP_TTL:
		if len(d) >= 4 {
			c.Field("cmsg_data")
			c.Array()
			c.Int(int64(int32(le.Uint32(d))))
			c.End()
		}
	case unix.IP_TOS:
		if len(d) >= 1 {
			c.Field("cmsg_data")
			c.Array()
			c.Hex(uint64(d[0]))
			c.End()
		}
	}
}

// mmsgVec prints the vector of sendmmsg and recvmmsg: every entry for a
// send, the received ones for a receive, with msg_len for the first done.
func (c *Call) mmsgVec(addr, vlen uint64, done int64, recv bool) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	n := vlen
	if recv {
		n = uint64(done)
	}
	if _, ok := c.ReadU64(addr); !ok || n == 0 {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := uint64(0); i < n; i++ {
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		b := c.ReadStruct(addr+i*sizeofMmsghdr, sizeofMmsghdr)
		if b == nil {
			c.Ellipsis()
			break
		}
		msgLen := int64(binary.LittleEndian.Uint32(b[56:]))
		c.Struct()
		c.Field("msg_hdr")
		if recv {
			c.msghdrBytes(b, msgLen, -1)
		} else {
			c.msghdrBytes(b, -1, -1)
		}
		if int64(i) < done {
			c.Field("msg_len")
			c.Uint(uint64(msgLen))
		}
		c.End()
	}
	c.End()
}

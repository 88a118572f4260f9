package decode

import (
	"encoding/binary"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// setsockopt and getsockopt. strace decodes a value by its level and name:
// a few structures, the options known to be ints (printed as [1] whenever
// at least an int was given), and otherwise an int when the length is
// exactly an int's, else the bytes as a string.

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		level := uint64(uint32(c.Args[1]))
		name := uint64(uint32(c.Args[2]))
		c.sockoptLevelName(level, name, false)
		c.setsockoptValue(level, name, c.Args[3], int64(int32(c.Args[4])))
		c.Int32(c.Args[4])
		return false
	}}, "setsockopt")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.sockoptLevelName(uint64(uint32(c.Args[1])), uint64(uint32(c.Args[2])), true)
		c.saveSocklen(c.Args[4])
		return true
	}, Exit: func(c *Call) {
		in, inOK := int64(int32(c.Scratch[0])), c.Scratch[1] != 0
		if c.Failed() || !inOK {
			c.Ptr(c.Args[3])
			if !inOK {
				c.Ptr(c.Args[4])
				return
			}
			c.Array()
			c.Int(in)
			c.End()
			return
		}
		outU, ok := c.ReadU32(c.Args[4])
		if !ok {
			c.Ptr(c.Args[3])
			c.Ptr(c.Args[4])
			return
		}
		out := int64(int32(outU))
		c.getsockoptValue(uint64(uint32(c.Args[1])), uint64(uint32(c.Args[2])), c.Args[3], out)
		c.inOut(in, out)
	}}, "getsockopt")
}

func (c *Call) sockoptLevelName(level, name uint64, get bool) {
	c.Const(level, xlat.SocketLevels)
	if t := sockoptNames(level, get); t != nil {
		c.Const(name, t)
	} else {
		c.Uint(name)
	}
}

// sockoptNames returns the option names of a level, nil when strace has
// none (it prints the number).
func sockoptNames(level uint64, get bool) *xlat.Table {
	switch level {
	case unix.SOL_SOCKET:
		return xlat.SockOptions
	case unix.SOL_IP:
		if get {
			return xlat.SockIPGetOptions
		}
		return xlat.SockIPSetOptions
	case unix.SOL_IPV6:
		if get {
			return xlat.SockIPv6GetOptions
		}
		return xlat.SockIPv6SetOptions
	case unix.SOL_TCP:
		return xlat.SockTCPOptions
	case unix.SOL_UDP:
		return xlat.SockUDPOptions
	case unix.SOL_NETLINK:
		return xlat.SockNetlinkOptions
	case unix.SOL_PACKET:
		return xlat.SockPacketOptions
	case unix.AF_VSOCK: // strace names this level by its address family
		return xlat.SockVsockOptions
	}
	return nil
}

// intSockOptions are the SOL_SOCKET options strace knows to hold an int.
var intSockOptions = func() [128]bool {
	var t [128]bool
	for _, o := range []int{
		unix.SO_DEBUG, unix.SO_REUSEADDR, unix.SO_DONTROUTE, unix.SO_BROADCAST, unix.SO_SNDBUF,
		unix.SO_RCVBUF, unix.SO_KEEPALIVE, unix.SO_OOBINLINE, unix.SO_NO_CHECK, unix.SO_PRIORITY,
		unix.SO_BSDCOMPAT, unix.SO_REUSEPORT, unix.SO_PASSCRED, unix.SO_RCVLOWAT, unix.SO_SNDLOWAT,
		unix.SO_DETACH_FILTER, unix.SO_TIMESTAMP, unix.SO_ACCEPTCONN, unix.SO_SNDBUFFORCE,
		unix.SO_RCVBUFFORCE, unix.SO_PASSSEC, unix.SO_TIMESTAMPNS, unix.SO_MARK, unix.SO_TIMESTAMPING,
		unix.SO_RXQ_OVFL, unix.SO_WIFI_STATUS, unix.SO_PEEK_OFF, unix.SO_NOFCS, unix.SO_LOCK_FILTER,
		unix.SO_SELECT_ERR_QUEUE, unix.SO_BUSY_POLL, unix.SO_INCOMING_CPU, unix.SO_CNX_ADVICE,
		unix.SO_INCOMING_NAPI_ID, unix.SO_ZEROCOPY, unix.SO_TIMESTAMP_NEW, unix.SO_TIMESTAMPNS_NEW,
		unix.SO_TIMESTAMPING_NEW, unix.SO_DETACH_REUSEPORT_BPF, unix.SO_PREFER_BUSY_POLL,
		unix.SO_BUSY_POLL_BUDGET, unix.SO_RESERVE_MEM, unix.SO_TXREHASH, unix.SO_RCVMARK,
	} {
		t[o] = true
	}
	return t
}()

func intSockOption(name uint64) bool { return name < 128 && intSockOptions[name] }

// txrehash names SO_TXREHASH's values.
var txrehash = &xlat.Table{Unknown: "SOCK_TXREHASH_???", Pairs: []xlat.Pair{
	{Val: 0, Name: "SOCK_TXREHASH_DISABLED"}, {Val: 1, Name: "SOCK_TXREHASH_ENABLED"},
	{Val: 255, Name: "SOCK_TXREHASH_DEFAULT"}}}

func (c *Call) setsockoptValue(level, name, addr uint64, size int64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	switch level {
	case unix.SOL_SOCKET:
		switch {
		case name == unix.SO_LINGER:
			c.structOrAddr(addr, size, 8, c.lingerBytes)
			return
		case name == unix.SO_ATTACH_FILTER || name == unix.SO_ATTACH_REUSEPORT_CBPF:
			c.structOrAddr(addr, size, 16, c.sockFprogBytes)
			return
		case intSockOption(name):
			c.intOption(addr, size, name == unix.SO_TXREHASH)
			return
		}
	case unix.SOL_IP:
		switch name {
		case unix.IP_ADD_MEMBERSHIP, unix.IP_DROP_MEMBERSHIP:
			c.structOrAddr(addr, size, 8, c.ipMreqBytes)
			return
		case unix.MCAST_JOIN_GROUP, unix.MCAST_LEAVE_GROUP:
			c.Ptr(addr)
			return
		}
	case unix.SOL_IPV6:
		switch name {
		case unix.IPV6_ADD_MEMBERSHIP, unix.IPV6_DROP_MEMBERSHIP, unix.IPV6_JOIN_ANYCAST,
			unix.IPV6_LEAVE_ANYCAST, unix.MCAST_JOIN_GROUP, unix.MCAST_LEAVE_GROUP:
			c.Ptr(addr)
			return
		}
	case unix.SOL_NETLINK:
		c.intOption(addr, size, false)
		return
	case unix.SOL_PACKET:
		switch name {
		case unix.PACKET_ADD_MEMBERSHIP, unix.PACKET_DROP_MEMBERSHIP:
			c.Ptr(addr)
			return
		case unix.PACKET_RX_RING, unix.PACKET_TX_RING:
			c.structOrAddr(addr, size, 16, c.tpacketReqBytes)
			return
		}
	}
	c.defaultOption(addr, size)
}

// intOption prints an option known to be an int: [1], or the address when
// less than an int was given.
func (c *Call) intOption(addr uint64, size int64, rehash bool) {
	v, ok := c.ReadU32(addr)
	if size < 4 || !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	if rehash {
		c.Const(uint64(v), txrehash)
	} else {
		c.Int(int64(int32(v)))
	}
	c.End()
}

// defaultOption prints an option strace has no decoder for: an int when
// the length is an int's, else the bytes.
func (c *Call) defaultOption(addr uint64, size int64) {
	if size == 4 {
		if v, ok := c.ReadU32(addr); ok {
			c.Array()
			c.Int(int64(int32(v)))
			c.End()
			return
		}
	}
	if size < 0 {
		c.Ptr(addr)
		return
	}
	c.Buf(addr, uint64(size))
}

func (c *Call) structOrAddr(addr uint64, size int64, need int, f func([]byte)) {
	if size < int64(need) {
		c.Ptr(addr)
		return
	}
	b := c.ReadStruct(addr, need)
	if b == nil {
		c.Ptr(addr)
		return
	}
	f(b)
}

func (c *Call) lingerBytes(b []byte) {
	c.Struct()
	c.Field("l_onoff")
	c.Int(int64(int32(binary.LittleEndian.Uint32(b))))
	c.Field("l_linger")
	c.Int(int64(int32(binary.LittleEndian.Uint32(b[4:]))))
	c.End()
}

func (c *Call) sockFprogBytes(b []byte) {
	c.Struct()
	c.Field("len")
	c.Uint(uint64(binary.LittleEndian.Uint16(b)))
	c.Field("filter")
	c.Ptr(binary.LittleEndian.Uint64(b[8:]))
	c.End()
}

func (c *Call) ipMreqBytes(b []byte) {
	var s [16]byte
	c.Struct()
	c.Field("imr_multiaddr")
	c.Func("inet_addr")
	c.StrBytes(appendIPv4(s[:0], b[0:4]), 0)
	c.End()
	c.Field("imr_interface")
	c.Func("inet_addr")
	c.StrBytes(appendIPv4(s[:0], b[4:8]), 0)
	c.End()
	c.End()
}

func (c *Call) tpacketReqBytes(b []byte) {
	le := binary.LittleEndian
	c.Struct()
	for i, f := range [...]string{"tp_block_size", "tp_block_nr", "tp_frame_size", "tp_frame_nr"} {
		c.Field(f)
		c.Uint(uint64(le.Uint32(b[4*i:])))
	}
	c.End()
}

// getsockoptValue prints what getsockopt returned in size bytes.
func (c *Call) getsockoptValue(level, name, addr uint64, size int64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	switch level {
	case unix.SOL_SOCKET:
		switch {
		case name == unix.SO_LINGER:
			c.partialInts(addr, size, []string{"l_onoff", "l_linger"}, false)
			return
		case name == unix.SO_PEERCRED:
			c.partialInts(addr, size, []string{"pid", "uid", "gid"}, true)
			return
		case name == unix.SO_ATTACH_FILTER: // SO_GET_FILTER
			c.Ptr(addr)
			return
		case name == unix.SO_ERROR:
			c.getIntOption(addr, size, func(v uint32) { c.errnoValue(int(int32(v))) })
			return
		case name == unix.SO_TXREHASH:
			c.getIntOption(addr, size, func(v uint32) { c.Const(uint64(v), txrehash) })
			return
		case intSockOption(name):
			c.getIntOption(addr, size, func(v uint32) { c.Int(int64(int32(v))) })
			return
		}
	case unix.SOL_NETLINK:
		if name == unix.NETLINK_LIST_MEMBERSHIPS {
			c.u32Array(addr, size/4)
			return
		}
		if v, ok := c.ReadU32(addr); ok {
			c.Array()
			c.Int(int64(int32(v)))
			c.End()
			return
		}
		c.Ptr(addr)
		return
	case unix.SOL_PACKET:
		if name == unix.PACKET_STATISTICS {
			c.partialInts(addr, size, []string{"tp_packets", "tp_drops", "tp_freeze_q_cnt"}, true)
			return
		}
	}
	c.defaultOption(addr, size)
}

// getIntOption prints an int option getsockopt returned: [v] when at least
// an int came back, else the bytes in hex.
func (c *Call) getIntOption(addr uint64, size int64, print func(uint32)) {
	if size >= 4 {
		if v, ok := c.ReadU32(addr); ok {
			c.Array()
			print(v)
			c.End()
			return
		}
		c.Ptr(addr)
		return
	}
	c.hexBytes(addr, size)
}

func (c *Call) hexBytes(addr uint64, size int64) {
	if size < 0 {
		c.Ptr(addr)
		return
	}
	c.BufHex(addr, uint64(size))
}

// partialInts prints a structure of 32-bit fields as far as size goes; a
// field cut short prints as hex bytes (strace's {pid="\x01\x00"}).
func (c *Call) partialInts(addr uint64, size int64, fields []string, unsigned bool) {
	n := int64(4 * len(fields))
	if size < n {
		n = size
	}
	if n < 0 {
		c.Ptr(addr)
		return
	}
	b := c.ReadStruct(addr, int(n))
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	for i, f := range fields {
		off := 4 * i
		if off >= len(b) {
			break
		}
		c.Field(f)
		if off+4 > len(b) {
			c.StrBytes(b[off:], HexAll)
			break
		}
		v := binary.LittleEndian.Uint32(b[off:])
		if unsigned && i > 0 {
			c.Uint(uint64(v))
		} else {
			c.Int(int64(int32(v)))
		}
	}
	c.End()
}

func (c *Call) u32Array(addr uint64, n int64) {
	if n < 0 {
		n = 0
	}
	c.Array()
	for i := int64(0); i < n; i++ {
		if i >= int64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		v, ok := c.ReadU32(addr + uint64(4*i))
		if !ok {
			c.Ellipsis()
			break
		}
		c.Uint(uint64(v))
	}
	c.End()
}

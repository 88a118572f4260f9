package decode

import (
	"encoding/binary"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// The socket calls other than the message ones (msghdr.go) and the
// options (sockopt.go).

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.socketArgs()
		return false
	}, Ret: RetFd}, "socket")
	register(Decoder{Entry: func(c *Call) bool {
		c.socketArgs()
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[3])
			return
		}
		b := c.ReadStruct(c.Args[3], 8)
		if b == nil {
			c.Ptr(c.Args[3])
			return
		}
		c.Array()
		c.Fd(uint64(binary.LittleEndian.Uint32(b)))
		c.Fd(uint64(binary.LittleEndian.Uint32(b[4:])))
		c.End()
	}}, "socketpair")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.SockaddrAt(c.Args[1], int64(int32(c.Args[2])))
		c.Int32(c.Args[2])
		return false
	}}, "bind", "connect")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Int32(c.Args[1])
		return false
	}}, "listen")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Const(uint64(uint32(c.Args[1])), xlat.ShutdownModes)
		return false
	}}, "shutdown")

	// The calls that return an address: its buffer's size is read at entry,
	// and printed at exit as [in => out] when the kernel changed it.
	addrOut := Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.saveSocklen(c.Args[2])
		return true
	}, Exit: func(c *Call) {
		c.addrResult(c.Args[1], c.Args[2])
		if c.Nr == nrAccept4 {
			c.Flags(uint64(uint32(c.Args[3])), xlat.SockTypeFlags)
		}
	}}
	register(addrOut, "getsockname", "getpeername")
	addrOut.Ret = RetFd
	register(addrOut, "accept", "accept4")

	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		sa := c.readSockaddr(c.Args[4], int64(int32(c.Args[5])))
		c.sockBuf(c.Args[1], c.Args[2], c.netlinkAddr(sa))
		c.Uint(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.MsgFlags)
		c.printSockaddr(c.Args[4], sa)
		c.Int32(c.Args[5])
		return false
	}}, "sendto")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.saveSocklen(c.Args[5])
		return true
	}, Exit: func(c *Call) {
		r := c.readAddrResult(c.Args[4], c.Args[5])
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			// With MSG_TRUNC the call returns the datagram's real length,
			// which may exceed the buffer.
			n := uint64(c.Rval)
			if n > c.Args[2] {
				n = c.Args[2]
			}
			c.sockBuf(c.Args[1], n, c.netlinkAddr(r.sa))
		}
		c.Uint(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.MsgFlags)
		c.printAddrResult(c.Args[4], c.Args[5], r)
	}}, "recvfrom")
}

var nrAccept4 = nr("accept4")

// socketArgs prints socket's and socketpair's domain, type and protocol.
func (c *Call) socketArgs() {
	domain := uint64(uint32(c.Args[0]))
	c.Const(domain, xlat.AddrFamilies)
	c.sockType(uint32(c.Args[1]))
	proto := uint64(uint32(c.Args[2]))
	switch domain {
	case unix.AF_INET, unix.AF_INET6:
		c.Const(proto, xlat.InetProtocols)
	case unix.AF_NETLINK:
		c.Const(proto, xlat.NetlinkProtocols)
	case unix.AF_PACKET:
		c.Func("htons")
		c.Const(uint64(bswap16(uint16(proto))), xlat.EthProtocols)
		c.End()
	default:
		c.Int32(proto)
	}
}

func bswap16(v uint16) uint16 { return v<<8 | v>>8 }

// sockType prints a socket type: the type in the low four bits by name,
// then the flags. A type that has no name is left in the flags, so an
// unknown one prints as 0x7 /* SOCK_??? */ and a zero type not at all.
func (c *Call) sockType(v uint32) {
	if _, ok := xlat.SockTypes.Lookup(uint64(v & 0xf)); ok {
		rest := v &^ 0xf
		if rest == 0 {
			c.Const(uint64(v), xlat.SockTypes)
			return
		}
		c.Group()
		c.Const(uint64(v&0xf), xlat.SockTypes)
		c.RawText("|")
		c.Flags(uint64(rest), xlat.SockTypeFlags)
		c.End()
		return
	}
	c.Flags(uint64(v), xlat.SockTypeFlags)
}

// saveSocklen keeps the socklen_t at addr as the call began, for the
// [in => out] form at exit: Scratch[0] is the value, Scratch[1] says it
// could be read.
func (c *Call) saveSocklen(addr uint64) {
	if v, ok := c.ReadU32(addr); ok {
		c.Scratch[0], c.Scratch[1] = uint64(v), 1
	}
}

// addrResult prints an address the kernel stored and its length: the
// address as far as both the buffer and the kernel's length go.
func (c *Call) addrResult(addr, lenAddr uint64) {
	c.printAddrResult(addr, lenAddr, c.readAddrResult(addr, lenAddr))
}

// addrOut is an address a call returned, read before it is printed.
type addrOut struct {
	sa      []byte // nil: print the address as a pointer
	in, out int64
	inOK    bool // the length before the call is known
	outOK   bool // the length after the call could be read
}

func (c *Call) readAddrResult(addr, lenAddr uint64) addrOut {
	r := addrOut{in: int64(int32(c.Scratch[0])), inOK: c.Scratch[1] != 0}
	if addr == 0 || c.Failed() || !r.inOK {
		return r
	}
	outU, ok := c.ReadU32(lenAddr)
	if !ok {
		return r
	}
	r.out, r.outOK = int64(int32(outU)), true
	size := r.out
	if r.in < size {
		size = r.in
	}
	r.sa = c.readSockaddr(addr, size)
	return r
}

func (c *Call) printAddrResult(addr, lenAddr uint64, r addrOut) {
	if addr == 0 {
		// No address buffer: strace leaves the length undecoded too.
		c.Ptr(0)
		c.Ptr(lenAddr)
		return
	}
	if c.Failed() {
		c.Ptr(addr)
		if lenAddr == 0 || !r.inOK {
			c.Ptr(lenAddr)
			return
		}
		c.Array()
		c.Int(r.in)
		c.End()
		return
	}
	if !r.inOK || !r.outOK {
		c.Ptr(addr)
		c.Ptr(lenAddr)
		return
	}
	c.printSockaddr(addr, r.sa)
	c.inOut(r.in, r.out)
}

// inOut prints a value the kernel may have changed: [16] or [128 => 16].
func (c *Call) inOut(in, out int64) {
	c.Array()
	c.Int(in)
	if out != in {
		c.Arrow()
		c.Int(out)
	}
	c.End()
}

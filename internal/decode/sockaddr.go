package decode

import (
	"encoding/binary"
	"strconv"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// sizeofSockaddrStorage is the most strace reads of a socket address: a
// longer length is cut to it.
const sizeofSockaddrStorage = 128

// SockaddrAt appends the socket address of size bytes at addr, as strace
// prints it: {sa_family=AF_INET, sin_port=htons(80), ...}, NULL, or the
// address when it is empty or cannot be read.
func (c *Call) SockaddrAt(addr uint64, size int64) {
	c.printSockaddr(addr, c.readSockaddr(addr, size))
}

// readSockaddr reads the socket address at addr, nil when it prints as a
// pointer. Callers that look at the family before printing the address
// (the netlink check) read it once this way.
func (c *Call) readSockaddr(addr uint64, size int64) []byte {
	if addr == 0 || size < 2 {
		return nil
	}
	if size > sizeofSockaddrStorage {
		size = sizeofSockaddrStorage
	}
	return c.ReadStruct(addr, int(size))
}

func (c *Call) printSockaddr(addr uint64, b []byte) {
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.sockaddrBytes(b)
}

// sockaddrBytes prints a socket address from its bytes (at least the two
// of the family). A family strace decodes, given fewer bytes than its
// structure needs, is printed like an unknown one: the bytes as sa_data.
func (c *Call) sockaddrBytes(b []byte) {
	le := binary.LittleEndian
	family := uint64(le.Uint16(b))
	c.Struct()
	c.Field("sa_family")
	c.Const(family, xlat.AddrFamilies)
	if len(b) > 2 {
		switch {
		case family == unix.AF_UNIX:
			c.sockaddrUnix(b)
		case family == unix.AF_INET && len(b) >= 16:
			c.sockaddrInet(b)
		case family == unix.AF_INET6 && len(b) >= 24:
			c.sockaddrInet6(b)
		case family == unix.AF_NETLINK && len(b) >= 12:
			c.sockaddrNetlink(b)
		case family == unix.AF_PACKET && len(b) >= 20:
			c.sockaddrPacket(b)
		default:
			c.Field("sa_data")
			c.StrBytes(b[2:], 0)
		}
	}
	c.End()
}

func (c *Call) sockaddrUnix(b []byte) {
	path := b[2:]
	if len(path) > 108 { // sizeof sun_path
		path = path[:108]
	}
	c.Field("sun_path")
	if path[0] == 0 {
		// An abstract name: every byte of the given length counts.
		c.Group()
		c.Text("@")
		c.StrBytes(path[1:], 0)
		c.End()
		return
	}
	for i, ch := range path {
		if ch == 0 {
			path = path[:i]
			break
		}
	}
	c.StrBytes(path, 0)
}

func (c *Call) sockaddrInet(b []byte) {
	c.Field("sin_port")
	c.htons(b[2:4])
	c.Field("sin_addr")
	c.Func("inet_addr")
	var s [16]byte
	c.StrBytes(appendIPv4(s[:0], b[4:8]), 0)
	c.End()
}

func (c *Call) htons(b []byte) {
	c.Func("htons")
	c.Uint(uint64(binary.BigEndian.Uint16(b)))
	c.End()
}

func (c *Call) sockaddrInet6(b []byte) {
	be := binary.BigEndian
	c.Field("sin6_port")
	c.htons(b[2:4])
	c.Field("sin6_flowinfo")
	c.Func("htonl")
	c.Uint(uint64(be.Uint32(b[4:8])))
	c.End()
	addr := b[8:24]
	c.Func("inet_pton")
	c.Text("AF_INET6")
	var s [48]byte
	c.StrBytes(appendIPv6(s[:0], addr), 0)
	c.Text("&sin6_addr")
	c.End()
	if len(b) > 24 {
		// A partial scope id is read as far as it goes (the rest zero).
		var sc [4]byte
		copy(sc[:], b[24:])
		scope := binary.LittleEndian.Uint32(sc[:])
		c.Field("sin6_scope_id")
		c.scopeID(scope, addr)
	}
}

// scopeID names the interface of a link-local address's scope, as
// if_nametoindex("eth0"), when one has that index.
func (c *Call) scopeID(scope uint32, addr []byte) {
	linkLocal := addr[0] == 0xfe && addr[1]&0xc0 == 0x80
	mcLinkLocal := addr[0] == 0xff && addr[1]&0x0f == 0x2
	if linkLocal || mcLinkLocal {
		if c.ifIndex(scope) {
			return
		}
	}
	c.Uint(uint64(scope))
}

// ifIndex prints if_nametoindex("name") for an interface index that names
// an interface of the tracer's network namespace, and reports whether it did.
func (c *Call) ifIndex(idx uint32) bool {
	var name [unix.IFNAMSIZ]byte
	n := ifIndexToName(idx, name[:])
	if n == 0 {
		return false
	}
	c.Func("if_nametoindex")
	c.StrBytes(name[:n], 0)
	c.End()
	return true
}

func (c *Call) sockaddrNetlink(b []byte) {
	le := binary.LittleEndian
	if pad := le.Uint16(b[2:]); pad != 0 {
		c.Field("nl_pad")
		c.Hex(uint64(pad))
	}
	c.Field("nl_pid")
	c.Uint(uint64(le.Uint32(b[4:])))
	c.Field("nl_groups")
	var s [16]byte
	c.TextBytes(appendHex08(s[:0], le.Uint32(b[8:])))
}

// appendHex08 prints like C's "%#08x": 0x000010, and 00000000 for zero.
func appendHex08(dst []byte, v uint32) []byte {
	var d [8]byte
	digits := strconv.AppendUint(d[:0], uint64(v), 16)
	width := 8
	if v != 0 {
		dst = append(dst, '0', 'x')
		width = 6
	}
	for i := len(digits); i < width; i++ {
		dst = append(dst, '0')
	}
	return append(dst, digits...)
}

func (c *Call) sockaddrPacket(b []byte) {
	le := binary.LittleEndian
	c.Field("sll_protocol")
	c.Func("htons")
	c.Const(uint64(binary.BigEndian.Uint16(b[2:4])), xlat.EthProtocols)
	c.End()
	c.Field("sll_ifindex")
	idx := le.Uint32(b[4:])
	if idx == 0 || !c.ifIndex(idx) {
		c.Int(int64(int32(idx)))
	}
	c.Field("sll_hatype")
	c.Const(uint64(le.Uint16(b[8:])), xlat.ArpHardwareTypes)
	c.Field("sll_pkttype")
	c.Const(uint64(b[10]), xlat.PacketTypes)
	halen := int(b[11])
	c.Field("sll_halen")
	c.Uint(uint64(halen))
	if halen > 0 {
		c.Field("sll_addr")
		c.Array()
		for i := 0; i < halen && i < 8; i++ {
			c.Hex(uint64(b[12+i]))
		}
		if halen > 8 {
			c.Ellipsis()
		}
		c.End()
	}
}

// appendIPv4 appends a dotted quad.
func appendIPv4(dst []byte, a []byte) []byte {
	for i := 0; i < 4; i++ {
		if i > 0 {
			dst = append(dst, '.')
		}
		dst = strconv.AppendUint(dst, uint64(a[i]), 10)
	}
	return dst
}

// appendIPv6 appends an IPv6 address the way glibc's inet_ntop writes it
// (which strace prints): the longest run of two or more zero groups, the
// first of equal runs, becomes "::"; an address whose first six groups
// are zero (except ::, ::1 and the like, whose run is longer), or that is
// IPv4-mapped, ends in dotted-quad form.
func appendIPv6(dst []byte, a []byte) []byte {
	var w [8]uint16
	for i := range w {
		w[i] = binary.BigEndian.Uint16(a[2*i:])
	}
	best, bestLen := -1, 0
	for i := 0; i < 8; {
		if w[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && w[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	if bestLen < 2 {
		best = -1
	}
	for i := 0; i < 8; i++ {
		if best >= 0 && i >= best && i < best+bestLen {
			if i == best {
				dst = append(dst, ':')
			}
			continue
		}
		if i > 0 {
			dst = append(dst, ':')
		}
		if i == 6 && best == 0 && (bestLen == 6 || (bestLen == 5 && w[5] == 0xffff)) {
			return appendIPv4(dst, a[12:16])
		}
		dst = strconv.AppendUint(dst, uint64(w[i]), 16)
	}
	if best >= 0 && best+bestLen == 8 {
		dst = append(dst, ':')
	}
	return dst
}

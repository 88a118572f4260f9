package session

import (
	"bytes"
	"encoding/binary"
	"net/netip"
	"strconv"

	"golang.org/x/sys/unix"

	"gostrace/internal/output"
	"gostrace/internal/xlat"
)

// Socket details for -yy come from the kernel's sock_diag netlink
// interface, as strace gets them: one request per socket family, the
// answer matched by inode.

// Layouts from linux/inet_diag.h, unix_diag.h and netlink_diag.h.
const (
	nlmsgHdrLen = 16
	// struct inet_diag_req_v2: family, protocol, ext, pad, states, then
	// struct inet_diag_sockid (sport, dport, src[4], dst[4], if, cookie[2]).
	inetReqLen = 56
	// struct inet_diag_msg: family, state, timer, retrans, the sockid,
	// expires, rqueue, wqueue, uid, inode.
	inetMsgLen   = 72
	inetMsgInode = 68
	// struct unix_diag_req: family, protocol, pad, states, ino, show,
	// cookie[2].
	unixReqLen = 24
	// struct unix_diag_msg: family, type, state, pad, ino, cookie[2].
	unixMsgLen      = 16
	udiagShowName   = 0x1
	udiagShowPeer   = 0x4
	unixDiagName    = 0
	unixDiagPeer    = 2
	unixDiagNoCooki = ^uint32(0)
	// struct netlink_diag_req: family, protocol, pad, ino, show, cookie[2].
	netlinkReqLen = 20
	// struct netlink_diag_msg: family, type, protocol, state, portid,
	// dst_portid, dst_group, ino, cookie[2].
	netlinkMsgLen = 28
	ndiagProtoAll = 255
)

// sockDiag talks to NETLINK_SOCK_DIAG.
type sockDiag struct {
	fd  int // -1 until first used; -2 when it cannot be opened
	seq uint32
	req [nlmsgHdrLen + inetReqLen]byte
	buf []byte
}

func (d *sockDiag) open() bool {
	if d.fd == -2 {
		return false
	}
	if d.fd < 0 {
		fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.NETLINK_SOCK_DIAG)
		if err != nil {
			d.fd = -2
			return false
		}
		d.fd = fd
		d.buf = make([]byte, 32<<10)
	}
	return true
}

// query sends a SOCK_DIAG_BY_FAMILY request with body and calls each for
// every answer's payload until each returns true or the answers end.
func (d *sockDiag) query(body []byte, flags uint16, each func(msg []byte) bool) bool {
	if !d.open() {
		return false
	}
	d.seq++
	n := nlmsgHdrLen + len(body)
	req := d.req[:n]
	le := binary.LittleEndian
	le.PutUint32(req[0:], uint32(n))
	le.PutUint16(req[4:], unix.SOCK_DIAG_BY_FAMILY)
	le.PutUint16(req[6:], unix.NLM_F_REQUEST|flags)
	le.PutUint32(req[8:], d.seq)
	le.PutUint32(req[12:], 0)
	copy(req[nlmsgHdrLen:], body)
	if err := unix.Sendto(d.fd, req, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return false
	}
	found := false
	for {
		got, _, err := unix.Recvfrom(d.fd, d.buf, 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil || got <= 0 {
			return found
		}
		b := d.buf[:got]
		for len(b) >= nlmsgHdrLen {
			l := int(le.Uint32(b))
			if l < nlmsgHdrLen || l > len(b) {
				return found
			}
			typ, seq := le.Uint16(b[4:]), le.Uint32(b[8:])
			msg := b[nlmsgHdrLen:l]
			b = b[(l+3)&^3:]
			if seq != d.seq {
				continue
			}
			switch typ {
			case unix.NLMSG_DONE, unix.NLMSG_ERROR:
				return found
			}
			if !found && each(msg) {
				found = true
			}
			if flags&unix.NLM_F_DUMP == 0 {
				return found
			}
		}
		if len(b) > 0 && len(b) < nlmsgHdrLen {
			return found
		}
	}
}

// inet appends "SRC:PORT" or "SRC:PORT->DST:PORT" for the inet socket
// with inode ino, if the kernel knows it.
func (d *sockDiag) inet(dst []byte, family, proto uint8, ino uint32) ([]byte, bool) {
	var body [inetReqLen]byte
	body[0], body[1] = family, proto
	binary.LittleEndian.PutUint32(body[4:], ^uint32(0)) // every state
	// No cookie: every socket is dumped, and we pick ours by inode.
	binary.LittleEndian.PutUint32(body[48:], ^uint32(0))
	binary.LittleEndian.PutUint32(body[52:], ^uint32(0))
	out := dst
	ok := d.query(body[:], unix.NLM_F_DUMP, func(msg []byte) bool {
		if len(msg) < inetMsgLen || binary.LittleEndian.Uint32(msg[inetMsgInode:]) != ino {
			return false
		}
		id := msg[4:52]
		sport, dport := binary.BigEndian.Uint16(id[0:]), binary.BigEndian.Uint16(id[2:])
		out = appendInetAddr(out, family, id[4:20], sport)
		if dport != 0 || !allZero(id[20:36]) {
			out = append(out, "->"...)
			out = appendInetAddr(out, family, id[20:36], dport)
		}
		return true
	})
	return out, ok
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// appendInetAddr appends 127.0.0.1:80 or [::1]:80, addresses as inet_ntop
// writes them.
func appendInetAddr(dst []byte, family uint8, a []byte, port uint16) []byte {
	if family == unix.AF_INET {
		dst = netip.AddrFrom4([4]byte(a[:4])).AppendTo(dst)
	} else {
		dst = append(dst, '[')
		dst = netip.AddrFrom16([16]byte(a[:16])).AppendTo(dst)
		dst = append(dst, ']')
	}
	dst = append(dst, ':')
	return strconv.AppendUint(dst, uint64(port), 10)
}

// unixSock appends "INO->PEER,"PATH"" for a unix socket: the peer and
// the name when it has them. Without either, strace finds nothing to say.
func (d *sockDiag) unixSock(dst []byte, ino uint32) ([]byte, bool) {
	var body [unixReqLen]byte
	le := binary.LittleEndian
	body[0] = unix.AF_UNIX
	le.PutUint32(body[4:], ^uint32(0))
	le.PutUint32(body[8:], ino)
	le.PutUint32(body[12:], udiagShowName|udiagShowPeer)
	le.PutUint32(body[16:], unixDiagNoCooki)
	le.PutUint32(body[20:], unixDiagNoCooki)
	out := dst
	ok := d.query(body[:], 0, func(msg []byte) bool {
		if len(msg) < unixMsgLen || le.Uint32(msg[4:]) != ino {
			return false
		}
		var peer uint32
		var name []byte
		hasName := false
		for a := msg[unixMsgLen:]; len(a) >= 4; {
			l, typ := int(le.Uint16(a)), le.Uint16(a[2:])
			if l < 4 || l > len(a) {
				break
			}
			switch typ {
			case unixDiagPeer:
				if l >= 8 {
					peer = le.Uint32(a[4:])
				}
			case unixDiagName:
				name, hasName = a[4:l], true
			}
			a = a[(l+3)&^3:]
		}
		if peer == 0 && !hasName {
			return false
		}
		out = strconv.AppendUint(out, uint64(ino), 10)
		if peer != 0 {
			out = append(out, "->"...)
			out = strconv.AppendUint(out, uint64(peer), 10)
		}
		if hasName {
			// Quoted up to a NUL, as strace prints it: an abstract name
			// (its NUL first) as @"name".
			out = append(out, ',')
			if len(name) > 0 && name[0] == 0 {
				out = append(out, '@')
				name = name[1:]
			}
			if i := bytes.IndexByte(name, 0); i >= 0 {
				name = name[:i]
			}
			out = output.AppendQuoted(out, name, false, true)
		}
		return true
	})
	return out, ok
}

// netlinkSock appends "ROUTE:1234": the netlink protocol and port id.
func (d *sockDiag) netlinkSock(dst []byte, ino uint32) ([]byte, bool) {
	var body [netlinkReqLen]byte
	le := binary.LittleEndian
	body[0], body[1] = unix.AF_NETLINK, ndiagProtoAll
	le.PutUint32(body[12:], ^uint32(0))
	le.PutUint32(body[16:], ^uint32(0))
	out := dst
	ok := d.query(body[:], unix.NLM_F_DUMP, func(msg []byte) bool {
		if len(msg) < netlinkMsgLen || le.Uint32(msg[16:]) != ino {
			return false
		}
		name, known := xlat.NetlinkProtocols.Lookup(uint64(msg[2]))
		if known && len(name) > len("NETLINK_") {
			out = append(out, name[len("NETLINK_"):]...)
		} else {
			out = strconv.AppendUint(out, uint64(msg[2]), 10)
		}
		out = append(out, ':')
		out = strconv.AppendUint(out, uint64(le.Uint32(msg[4:])), 10)
		return true
	})
	return out, ok
}

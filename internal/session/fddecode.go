package session

import (
	"bytes"
	"strconv"
	"unsafe"

	"golang.org/x/sys/unix"

	"gostrace/internal/filter"
	"gostrace/internal/output"
)

// FdDecoder is -y, -yy and -e decode-fds=: what is printed after a
// descriptor. Its FdPath is decode.Options.FdPath.
type FdDecoder struct {
	set  filter.DecodeFdsSet
	diag sockDiag
	// sockets caches the details of sockets by inode. strace keeps the
	// first details it finds for a socket, whatever the socket does
	// later (a bound UDP socket that connects stays "UDP:[SRC]"), and
	// looks again only while it finds nothing.
	sockets map[uint64][]byte
	scratch []byte
}

// NewFdDecoder returns the decoder of the set.
func NewFdDecoder(set filter.DecodeFdsSet) *FdDecoder {
	return &FdDecoder{set: set, diag: sockDiag{fd: -1}, sockets: map[uint64][]byte{}}
}

// Preformatted starts what FdPath returns when it is to be printed as it
// is, not quoted as a path: a path cannot contain a NUL.
const Preformatted = 0

// sockProtos are the socket protocols strace 6.1 knows by the names the
// kernel gives them (the system.sockprotoname attribute of a socket), and
// the family and IP protocol to ask sock_diag about. A protocol it does
// not know prints as the link, "socket:[INODE]"; one it knows but finds
// nothing about, as "NAME:[INODE]".
var sockProtos = map[string]struct{ family, proto uint8 }{
	"TCP": {unix.AF_INET, unix.IPPROTO_TCP}, "UDP": {unix.AF_INET, unix.IPPROTO_UDP},
	"UDPLITE": {unix.AF_INET, unix.IPPROTO_UDPLITE}, "DCCP": {unix.AF_INET, unix.IPPROTO_DCCP},
	"SCTP": {}, "L2TP/IP": {}, "PING": {}, "RAW": {},
	"TCPv6": {unix.AF_INET6, unix.IPPROTO_TCP}, "UDPv6": {unix.AF_INET6, unix.IPPROTO_UDP},
	"UDPLITEv6": {unix.AF_INET6, unix.IPPROTO_UDPLITE}, "DCCPv6": {unix.AF_INET6, unix.IPPROTO_DCCP},
	"SCTPv6": {}, "L2TP/IPv6": {}, "PINGv6": {}, "RAWv6": {},
	"UNIX": {family: unix.AF_UNIX}, "UNIX-STREAM": {family: unix.AF_UNIX},
	"NETLINK": {family: unix.AF_NETLINK},
}

// FdPath appends what follows descriptor fd of task tid, for the
// decoding set: the path (-y), socket details, a device's type and
// numbers, a pidfd's process (-yy). Details that must not be quoted as a
// path begin with a Preformatted byte.
func (d *FdDecoder) FdPath(tid int, fd int64, dst []byte) []byte {
	off := len(dst)
	if fd == -100 {
		if d.set&filter.DecodeFdPath == 0 {
			return dst
		}
		return FdPath(tid, fd, dst)
	}
	dst = FdPath(tid, fd, dst)
	link := dst[off:]
	if len(link) == 0 || d.set == filter.DecodeFdPath {
		return dst
	}
	path := d.set&filter.DecodeFdPath != 0
	switch {
	case bytes.HasPrefix(link, []byte("socket:[")):
		if d.set&filter.DecodeFdSocket != 0 {
			return d.socket(tid, fd, dst, off)
		}
	case bytes.Equal(link, []byte("anon_inode:[pidfd]")):
		if d.set&filter.DecodeFdPidfd != 0 {
			if pid, ok := pidfdPid(tid, fd); ok {
				dst = append(dst[:off], "pid:"...)
				return strconv.AppendInt(dst, pid, 10)
			}
		}
	case link[0] == '/' && d.set&filter.DecodeFdDev != 0:
		if kind, rdev, ok := device(tid, fd); ok {
			// The path quoted as -y quotes it, then the device.
			d.scratch = append(d.scratch[:0], link...)
			dst = append(dst[:off], Preformatted)
			dst = output.AppendFdPath(dst, d.scratch)
			dst = append(dst, '<')
			dst = append(dst, kind...)
			dst = append(dst, ' ')
			dst = strconv.AppendUint(dst, uint64(unix.Major(rdev)), 10)
			dst = append(dst, ':')
			dst = strconv.AppendUint(dst, uint64(unix.Minor(rdev)), 10)
			return append(dst, '>')
		}
	}
	if !path {
		return dst[:off]
	}
	return dst
}

// socket replaces the link "socket:[INODE]" at dst[off:] by the socket's
// details.
func (d *FdDecoder) socket(tid int, fd int64, dst []byte, off int) []byte {
	ino, err := strconv.ParseUint(string(dst[off+len("socket:["):len(dst)-1]), 10, 32)
	if err != nil {
		return dst
	}
	if cached, ok := d.sockets[ino]; ok {
		return append(dst[:off], cached...)
	}
	var name [64]byte
	n := sockProtoName(tid, fd, name[:])
	proto, known := sockProtos[string(name[:n])]
	if !known {
		return dst
	}
	dst = append(dst[:off], Preformatted)
	dst = append(dst, name[:n]...)
	dst = append(dst, ":["...)
	start := len(dst)
	ok := false
	switch proto.family {
	case unix.AF_INET, unix.AF_INET6:
		if proto.proto != 0 {
			dst, ok = d.diag.inet(dst, proto.family, proto.proto, uint32(ino))
		}
	case unix.AF_UNIX:
		dst, ok = d.diag.unixSock(dst, uint32(ino))
	case unix.AF_NETLINK:
		dst, ok = d.diag.netlinkSock(dst, uint32(ino))
	}
	if !ok {
		dst = strconv.AppendUint(dst[:start], ino, 10)
	}
	dst = append(dst, ']')
	if ok {
		d.sockets[ino] = append([]byte(nil), dst[off:]...)
	}
	return dst
}

// procFdName builds "/proc/TID/fd/FD" (or fdinfo) NUL-terminated in b.
func procFdName(b []byte, tid int, dir string, fd int64) []byte {
	p := append(b[:0], "/proc/"...)
	p = strconv.AppendInt(p, int64(tid), 10)
	p = append(p, dir...)
	p = strconv.AppendInt(p, fd, 10)
	return append(p, 0)
}

// sockProtoName reads the socket's protocol name (the kernel's
// system.sockprotoname attribute) into b and returns its length.
func sockProtoName(tid int, fd int64, b []byte) int {
	var nb [64]byte
	p := procFdName(nb[:], tid, "/fd/", fd)
	attr := [...]byte{'s', 'y', 's', 't', 'e', 'm', '.', 's', 'o', 'c', 'k', 'p', 'r', 'o', 't', 'o', 'n', 'a', 'm', 'e', 0}
	n, _, e := unix.Syscall6(unix.SYS_GETXATTR, uintptr(unsafe.Pointer(&p[0])), uintptr(unsafe.Pointer(&attr[0])),
		uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), 0, 0)
	if e != 0 {
		return 0
	}
	// The value ends with its NUL.
	for int(n) > 0 && b[n-1] == 0 {
		n--
	}
	return int(n)
}

// device reports whether the descriptor is a character or block device,
// and its numbers.
func device(tid int, fd int64) (kind string, rdev uint64, ok bool) {
	var nb [64]byte
	p := procFdName(nb[:], tid, "/fd/", fd)
	var st unix.Stat_t
	_, _, e := unix.Syscall6(unix.SYS_NEWFSTATAT, atFdcwd, uintptr(unsafe.Pointer(&p[0])),
		uintptr(unsafe.Pointer(&st)), 0, 0, 0)
	if e != 0 {
		return "", 0, false
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFCHR:
		return "char", st.Rdev, true
	case unix.S_IFBLK:
		return "block", st.Rdev, true
	}
	return "", 0, false
}

// pidfdPid reads the process of a pidfd from /proc/TID/fdinfo/FD ("Pid:").
func pidfdPid(tid int, fd int64) (int64, bool) {
	var nb [64]byte
	p := procFdName(nb[:], tid, "/fdinfo/", fd)
	f, _, e := unix.Syscall6(unix.SYS_OPENAT, atFdcwd, uintptr(unsafe.Pointer(&p[0])),
		unix.O_RDONLY|unix.O_CLOEXEC, 0, 0, 0)
	if e != 0 {
		return 0, false
	}
	var buf [512]byte
	n, _, e := unix.Syscall(unix.SYS_READ, f, uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
	unix.Syscall(unix.SYS_CLOSE, f, 0, 0)
	if e != 0 {
		return 0, false
	}
	info := buf[:n]
	i := bytes.Index(info, []byte("\nPid:\t"))
	if i < 0 {
		return 0, false
	}
	v := info[i+len("\nPid:\t"):]
	if j := bytes.IndexByte(v, '\n'); j >= 0 {
		v = v[:j]
	}
	pid, err := strconv.ParseInt(string(v), 10, 64)
	return pid, err == nil
}

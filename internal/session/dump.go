package session

import (
	"encoding/binary"
	"strconv"
	"sync"

	"gostrace/internal/decode"
	"gostrace/internal/output"
	"gostrace/internal/sysent"
	"gostrace/internal/tracer"
)

// dumpKind says where a call's data is, for -e read= and -e write=.
type dumpKind uint8

const (
	dumpNone dumpKind = iota
	dumpBuf           // (fd, buf, count)
	dumpIov           // (fd, iov, iovcnt)
	dumpMsg           // (fd, struct msghdr *)
	dumpMmsg          // (fd, struct mmsghdr *, vlen)
)

// dumpCall is how one syscall's data is dumped.
type dumpCall struct {
	kind  dumpKind
	write bool // data the tracee gives (else data it receives)
}

// dumpCalls lists the calls strace 6.1 dumps. What the tracee writes is
// dumped whole, whatever the call returned, even on failure; what it
// reads, only on success and up to the return value (found with strace:
// write(99, "zz", 2) = -1 EBADF is dumped, read(99, ...) = -1 EBADF is not).
var dumpCalls = map[string]dumpCall{
	"read": {dumpBuf, false}, "pread64": {dumpBuf, false}, "recvfrom": {dumpBuf, false},
	"write": {dumpBuf, true}, "pwrite64": {dumpBuf, true}, "sendto": {dumpBuf, true},
	"readv": {dumpIov, false}, "preadv": {dumpIov, false}, "preadv2": {dumpIov, false},
	"writev": {dumpIov, true}, "pwritev": {dumpIov, true}, "pwritev2": {dumpIov, true},
	"vmsplice": {dumpIov, true},
	"recvmsg":  {dumpMsg, false}, "sendmsg": {dumpMsg, true},
	"recvmmsg": {dumpMmsg, false}, "sendmmsg": {dumpMmsg, true},
}

// dumpTable is dumpCalls by syscall number, built at the first dump (not
// at start-up: the launch shim runs this package's initialisation too).
var dumpTable = sync.OnceValue(func() []dumpCall {
	t := make([]dumpCall, sysent.Count())
	for nr := range t {
		if e := sysent.Lookup(nr); e != nil {
			t[nr] = dumpCalls[e.Name]
		}
	}
	return t
})

// Sizes in the tracee (64-bit ABIs): struct iovec, struct msghdr and the
// offsets of msg_iov and msg_iovlen in it, struct mmsghdr and its msg_len.
const (
	iovSize      = 16
	msgIovOff    = 16
	msgIovlenOff = 24
	mmsgSize     = 64
	mmsgLenOff   = 56
	// maxIov bounds the vectors read from the tracee (strace refuses more
	// than this many elements).
	maxIov = 1 << 28
)

// dump prints the hex dumps of -e read= and -e write= after a call's line.
func (s *Session) dump(t *tracer.Task, c *decode.Call, o *output.Text) {
	table := dumpTable()
	if c.Nr < 0 || c.Nr >= len(table) {
		return
	}
	d := table[c.Nr]
	if d.kind == dumpNone {
		return
	}
	fd := int(int32(c.Args[0]))
	if d.write && !s.cfg.WriteFds.Has(fd) || !d.write && !s.cfg.ReadFds.Has(fd) {
		return
	}
	// Received data exists only after a success; sendmmsg's return value
	// is the number of messages it sent, so it needs one too.
	if c.Errno > 0 && (!d.write || d.kind == dumpMmsg) {
		return
	}
	// limit: the bytes that count (-1: all of the request).
	limit := int64(-1)
	if !d.write {
		limit = c.Rval
	}
	s.dumpOut = s.dumpOut[:0]
	switch d.kind {
	case dumpBuf:
		n := c.Args[2]
		if !d.write {
			n = uint64(c.Rval)
		}
		s.dumpData(t, c.Args[1], n)
	case dumpIov:
		s.dumpIovec(t, c.Args[1], c.Args[2], limit)
	case dumpMsg:
		s.dumpMsghdr(t, c.Args[1], limit)
	case dumpMmsg:
		for i := uint64(0); i < uint64(c.Rval); i++ {
			var h [mmsgSize]byte
			addr := c.Args[1] + i*mmsgSize
			if n, _ := t.Read(addr, h[:]); n != len(h) {
				break
			}
			s.dumpOut = append(s.dumpOut, " = "...)
			s.dumpOut = strconv.AppendUint(s.dumpOut, binary.LittleEndian.Uint64(h[msgIovlenOff:]), 10)
			s.dumpOut = append(s.dumpOut, " buffers in vector "...)
			s.dumpOut = strconv.AppendUint(s.dumpOut, i, 10)
			s.dumpOut = append(s.dumpOut, '\n')
			s.dumpIovec(t, binary.LittleEndian.Uint64(h[msgIovOff:]), binary.LittleEndian.Uint64(h[msgIovlenOff:]),
				int64(binary.LittleEndian.Uint32(h[mmsgLenOff:])))
		}
	}
	if len(s.dumpOut) > 0 {
		o.Raw(s.dumpOut)
	}
}

func (s *Session) dumpMsghdr(t *tracer.Task, addr uint64, limit int64) {
	var h [msgIovlenOff + 8]byte
	if n, _ := t.Read(addr, h[:]); n != len(h) {
		return
	}
	s.dumpIovec(t, binary.LittleEndian.Uint64(h[msgIovOff:]), binary.LittleEndian.Uint64(h[msgIovlenOff:]), limit)
}

// dumpIovec dumps each buffer of an iovec array as " * N bytes in buffer
// I" and its bytes, up to limit bytes in all (-1: no limit). As strace,
// it stops at the first buffer with nothing to show: after a NULL/0
// element, the buffers that follow are not dumped.
func (s *Session) dumpIovec(t *tracer.Task, addr, cnt uint64, limit int64) {
	if cnt > maxIov {
		return
	}
	for i := uint64(0); i < cnt; i++ {
		var v [iovSize]byte
		if n, _ := t.Read(addr+i*iovSize, v[:]); n != len(v) {
			return
		}
		base, n := binary.LittleEndian.Uint64(v[:8]), binary.LittleEndian.Uint64(v[8:])
		if limit >= 0 && n > uint64(limit) {
			n = uint64(limit)
		}
		if n == 0 {
			return
		}
		s.dumpOut = append(s.dumpOut, " * "...)
		s.dumpOut = strconv.AppendUint(s.dumpOut, n, 10)
		s.dumpOut = append(s.dumpOut, " bytes in buffer "...)
		s.dumpOut = strconv.AppendUint(s.dumpOut, i, 10)
		s.dumpOut = append(s.dumpOut, '\n')
		s.dumpData(t, base, n)
		if limit >= 0 {
			limit -= int64(n)
		}
	}
}

// dumpData appends the hex dump of n bytes at addr; nothing when they
// cannot be read.
func (s *Session) dumpData(t *tracer.Task, addr, n uint64) {
	if n == 0 || n > 1<<30 {
		return
	}
	if uint64(cap(s.dumpBuf)) < n {
		s.dumpBuf = make([]byte, n)
	}
	b := s.dumpBuf[:n]
	if got, _ := t.Read(addr, b); uint64(got) != n {
		return
	}
	s.dumpOut = output.AppendHexDump(s.dumpOut, b)
}

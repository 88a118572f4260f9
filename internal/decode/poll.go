package decode

import (
	"encoding/binary"

	"gostrace/internal/xlat"
)

// poll, ppoll, select, pselect6: the descriptors asked for are printed at
// entry, the ones that became ready after the return value.

const sizeofPollfd = 8

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.pollfds(c.Args[0], c.Args[1])
		c.Uint32(c.Args[1])
		c.Int32(c.Args[2])
		return false
	}, Result: func(c *Call) { c.pollResult(false) }}, "poll")
	register(Decoder{Entry: func(c *Call) bool {
		c.pollfds(c.Args[0], c.Args[1])
		c.Uint32(c.Args[1])
		c.TimespecAt(c.Args[2])
		c.sigsetArg(c.Args[3], c.Args[4])
		c.Uint(c.Args[4])
		return false
	}, Result: func(c *Call) { c.pollResult(true) }}, "ppoll")

	register(Decoder{Entry: func(c *Call) bool {
		c.selectArgs()
		c.TimevalAt(c.Args[4])
		return false
	}, Result: func(c *Call) { c.selectResult(false) }}, "select")
	register(Decoder{Entry: func(c *Call) bool {
		c.selectArgs()
		c.TimespecAt(c.Args[4])
		c.pselectSigmask(c.Args[5])
		return false
	}, Result: func(c *Call) { c.selectResult(true) }}, "pselect6")
}

// pollfds prints an array of struct pollfd with the events asked for.
func (c *Call) pollfds(addr, n uint64) {
	c.pollArray(addr, n, false)
}

// pollArray prints n pollfds: their events, or (revents) only the entries
// with events returned.
func (c *Call) pollArray(addr, n uint64, revents bool) {
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
	shown := 0
	for i := uint64(0); i < n; i++ {
		var p [sizeofPollfd]byte
		if !c.ReadFull(addr+i*sizeofPollfd, p[:]) {
			c.Ellipsis()
			break
		}
		fd := int32(binary.LittleEndian.Uint32(p[:]))
		ev := uint64(binary.LittleEndian.Uint16(p[4:]))
		if revents {
			ev = uint64(binary.LittleEndian.Uint16(p[6:]))
			if ev == 0 {
				continue
			}
		}
		if shown >= c.maxElems() {
			c.Ellipsis()
			break
		}
		shown++
		c.pollfdBytes(fd, ev, revents)
	}
	c.End()
}

func (c *Call) pollfdBytes(fd int32, ev uint64, revents bool) {
	c.Struct()
	c.Field("fd")
	c.Fd(uint64(uint32(fd)))
	if fd >= 0 || revents {
		if revents {
			c.Field("revents")
		} else {
			c.Field("events")
		}
		c.Flags(ev, xlat.PollEvents)
	}
	c.End()
}

// pollResult prints what poll returned: (Timeout), or the descriptors with
// their revents and, for ppoll, the time left.
func (c *Call) pollResult(ppoll bool) {
	if c.Failed() {
		return
	}
	c.BeginRet()
	if c.Rval == 0 {
		c.Text("Timeout")
		return
	}
	start := len(c.toks)
	c.pollArray(c.Args[0], c.Args[1], true)
	if len(c.toks) == start+2 && c.toks[start].Kind == KArray {
		// A positive count with no revents set (a return value injected
		// by -e inject=): strace prints no list at all.
		c.toks = c.toks[:start]
	}
	if ppoll && c.Args[2] != 0 {
		c.Group()
		c.Text("left ")
		c.TimespecAt(c.Args[2])
		c.End()
	}
}

// sigsetArg prints a sigset_t argument of the given size: strace decodes
// it only when the size is the kernel's (8), else prints the address.
func (c *Call) sigsetArg(addr, size uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	if size != 8 {
		c.Ptr(addr)
		return
	}
	v, ok := c.ReadU64(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Sigset(v, false)
}

// pselectSigmask prints pselect6's sixth argument, a pointer to a
// {sigmask pointer, size} pair.
func (c *Call) pselectSigmask(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, 16)
	if b == nil {
		c.Ptr(addr)
		return
	}
	size := binary.LittleEndian.Uint64(b[8:])
	c.Struct()
	c.Field("sigmask")
	c.sigsetArg(binary.LittleEndian.Uint64(b), size)
	c.Field("sigsetsize")
	c.Uint(size)
	c.End()
}

// maxFdSet bounds the descriptors of an fd_set strace reads.
const maxFdSet = 1 << 16

func (c *Call) selectArgs() {
	nfds := int64(int32(c.Args[0]))
	c.Int(nfds)
	for i := 1; i <= 3; i++ {
		c.fdSet(c.Args[i], nfds)
	}
}

// fdSet prints an fd_set of nfds descriptors as the list of those set:
// [3 4].
func (c *Call) fdSet(addr uint64, nfds int64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	if nfds < 0 {
		c.Ptr(addr)
		return
	}
	if nfds > maxFdSet {
		nfds = maxFdSet
	}
	// The kernel reads whole longs.
	size := int((nfds + 63) / 64 * 8)
	b := c.ReadStruct(addr, size)
	if b == nil && size > 0 {
		c.Ptr(addr)
		return
	}
	c.fdSetBytes(b, nfds)
}

func (c *Call) fdSetBytes(b []byte, nfds int64) {
	c.Array()
	c.Group()
	first := true
	for fd := int64(0); fd < nfds && int(fd/8) < len(b); fd++ {
		if b[fd/8]&(1<<(fd%8)) == 0 {
			continue
		}
		if !first {
			c.RawText(" ")
		}
		first = false
		c.Fd(uint64(fd))
	}
	c.End()
	c.End()
}

// selectResult prints what select returned: (Timeout), or the sets that
// have descriptors ready and the time left.
func (c *Call) selectResult(pselect bool) {
	if c.Failed() {
		return
	}
	c.BeginRet()
	if c.Rval == 0 {
		c.Text("Timeout")
		return
	}
	nfds := int64(int32(c.Args[0]))
	for i, name := range [...]string{"in ", "out ", "except "} {
		addr := c.Args[1+i]
		if addr == 0 || nfds <= 0 {
			continue
		}
		n := nfds
		if n > maxFdSet {
			n = maxFdSet
		}
		b := c.ReadStruct(addr, int((n+63)/64*8))
		if b == nil || !anyBit(b, n) {
			continue
		}
		c.Group()
		c.Text(name)
		c.fdSetBytes(b, n)
		c.End()
	}
	if c.Args[4] != 0 {
		c.Group()
		c.Text("left ")
		if pselect {
			c.TimespecAt(c.Args[4])
		} else {
			c.TimevalAt(c.Args[4])
		}
		c.End()
	}
}

func anyBit(b []byte, nfds int64) bool {
	for fd := int64(0); fd < nfds && int(fd/8) < len(b); fd++ {
		if b[fd/8]&(1<<(fd%8)) != 0 {
			return true
		}
	}
	return false
}

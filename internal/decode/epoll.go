package decode

import (
	"encoding/binary"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// epoll and eventfd.

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		return false
	}, Ret: RetFd}, "epoll_create")
	register(Decoder{Entry: func(c *Call) bool {
		c.Flags(uint64(uint32(c.Args[0])), xlat.EpollCreateFlags)
		return false
	}, Ret: RetFd}, "epoll_create1")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Const(uint64(uint32(c.Args[1])), xlat.EpollCtlOps)
		c.Fd(c.Args[2])
		// EPOLL_CTL_DEL ignores the event: strace does not decode it.
		if uint32(c.Args[1]) == unix.EPOLL_CTL_DEL {
			c.Ptr(c.Args[3])
		} else {
			c.epollEventAt(c.Args[3])
		}
		return false
	}}, "epoll_ctl")

	// The waits print everything but the descriptor at exit, when the
	// events are known. On failure strace prints the pointers undecoded.
	epollWait := func(c *Call) bool {
		c.Fd(c.Args[0])
		return true
	}
	register(Decoder{Entry: epollWait, Exit: func(c *Call) {
		c.epollEvents()
		c.Int32(c.Args[2])
		c.Int32(c.Args[3])
	}}, "epoll_wait")
	register(Decoder{Entry: epollWait, Exit: func(c *Call) {
		c.epollEvents()
		c.Int32(c.Args[2])
		c.Int32(c.Args[3])
		if c.Failed() {
			c.Ptr(c.Args[4])
		} else {
			c.sigsetArg(c.Args[4], c.Args[5])
		}
		c.Uint(c.Args[5])
	}}, "epoll_pwait")
	register(Decoder{Entry: epollWait, Exit: func(c *Call) {
		c.epollEvents()
		c.Int32(c.Args[2])
		if c.Failed() {
			c.Ptr(c.Args[3])
			c.Ptr(c.Args[4])
		} else {
			c.TimespecAt(c.Args[3])
			c.sigsetArg(c.Args[4], c.Args[5])
		}
		c.Uint(c.Args[5])
	}}, "epoll_pwait2")

	register(Decoder{Entry: func(c *Call) bool {
		c.Uint32(c.Args[0])
		return false
	}, Ret: RetFd}, "eventfd")
	register(Decoder{Entry: func(c *Call) bool {
		c.Uint32(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.EventfdFlags)
		return false
	}, Ret: RetFd}, "eventfd2")
}

func (c *Call) epollEventAt(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, sizeofEpollEvent)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.epollEventBytes(b)
}

// epollEventBytes prints a struct epoll_event: {events=EPOLLIN,
// data={u32=5, u64=5}}.
func (c *Call) epollEventBytes(b []byte) {
	data := binary.LittleEndian.Uint64(b[epollDataOff:])
	c.Struct()
	c.Field("events")
	c.Flags(uint64(binary.LittleEndian.Uint32(b)), xlat.EpollEvents)
	c.Field("data")
	c.Struct()
	c.Field("u32")
	c.Uint(uint64(uint32(data)))
	c.Field("u64")
	c.Uint(data)
	c.End()
	c.End()
}

// epollEvents prints the events an epoll wait returned.
func (c *Call) epollEvents() {
	addr := c.Args[1]
	if c.Failed() || addr == 0 {
		c.Ptr(addr)
		return
	}
	n := c.Rval
	if _, ok := c.ReadU32(addr); !ok && n > 0 {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := int64(0); i < n; i++ {
		if i >= int64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		b := c.ReadStruct(addr+uint64(i)*sizeofEpollEvent, sizeofEpollEvent)
		if b == nil {
			c.Ellipsis()
			break
		}
		c.epollEventBytes(b)
	}
	c.End()
}

package decode

import (
	"encoding/binary"

	"gostrace/internal/xlat"
)

// Calls on descriptors: duplication, pipes, offsets, vectored I/O, the
// copies between descriptors, and advisory locks.

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		return false
	}, Ret: RetFd}, "dup")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Fd(c.Args[1])
		return false
	}, Ret: RetFd}, "dup2")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Fd(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.OpenFlags)
		return false
	}, Ret: RetFd}, "dup3")
	register(Decoder{Entry: func(c *Call) bool { return true }, Exit: func(c *Call) {
		c.pipeFds(c.Args[0])
	}}, "pipe")
	register(Decoder{Entry: func(c *Call) bool { return true }, Exit: func(c *Call) {
		c.pipeFds(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.OpenFlags)
	}}, "pipe2")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Int(int64(c.Args[1]))
		c.Const(uint64(uint32(c.Args[2])), xlat.Whence)
		return false
	}}, "lseek")

	// Vectored I/O. Writes show the data at entry; reads at exit, as much
	// as was read; a failed read shows the vectors' addresses.
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		c.readvIov()
		c.Uint(c.Args[2])
		switch c.Nr {
		case nrPreadv:
			c.Int(int64(c.Args[3]))
		case nrPreadv2:
			c.Int(int64(c.Args[3]))
			c.Flags(uint64(uint32(c.Args[5])), xlat.RWFFlags)
		}
	}}, "readv", "preadv", "preadv2")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.IovArray(c.Args[1], c.Args[2], IovAll)
		c.Uint(c.Args[2])
		switch c.Nr {
		case nrPwritev:
			c.Int(int64(c.Args[3]))
		case nrPwritev2:
			c.Int(int64(c.Args[3]))
			c.Flags(uint64(uint32(c.Args[5])), xlat.RWFFlags)
		}
		return false
	}}, "writev", "pwritev", "pwritev2")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.IovArray(c.Args[1], c.Args[2], IovAll)
		c.Uint(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.SpliceFlags)
		return false
	}}, "vmsplice")

	// sendfile prints the offset it was given and, when the call
	// succeeded, " => " and the new one.
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Fd(c.Args[1])
		c.loffPtr(c.Args[2])
		c.LateSep = true
		return true
	}, Exit: func(c *Call) {
		if off := c.Args[2]; off != 0 && !c.Failed() {
			if v, ok := c.ReadU64(off); ok {
				c.Arrow()
				c.loffArray(v)
			}
		}
		c.Uint(c.Args[3])
	}}, "sendfile")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.loffPtr(c.Args[1])
		c.Fd(c.Args[2])
		c.loffPtr(c.Args[3])
		c.Uint(c.Args[4])
		c.Flags(uint64(uint32(c.Args[5])), xlat.SpliceFlags)
		return false
	}}, "splice")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.loffPtr(c.Args[1])
		c.Fd(c.Args[2])
		c.loffPtr(c.Args[3])
		c.Uint(c.Args[4])
		c.Uint32(c.Args[5])
		return false
	}}, "copy_file_range")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Fd(c.Args[1])
		c.Uint(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.SpliceFlags)
		return false
	}}, "tee")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.FlockOps)
		return false
	}}, "flock")
}

var (
	nrPreadv, nrPreadv2   = nr("preadv"), nr("preadv2")
	nrPwritev, nrPwritev2 = nr("pwritev"), nr("pwritev2")
)

// readvIov appends a read's vectors at exit.
func (c *Call) readvIov() {
	if c.Failed() {
		c.IovArray(c.Args[1], c.Args[2], IovAddrs)
		return
	}
	c.IovArray(c.Args[1], c.Args[2], c.Rval)
}

// pipeFds appends the two descriptors pipe filled in: [3, 4].
func (c *Call) pipeFds(addr uint64) {
	b := c.tmp[:8]
	if c.Failed() || !c.ReadFull(addr, b) {
		c.Ptr(addr)
		return
	}
	fd0, fd1 := binary.LittleEndian.Uint32(b), binary.LittleEndian.Uint32(b[4:])
	c.Array()
	c.Fd(uint64(fd0))
	c.Fd(uint64(fd1))
	c.End()
}

// loffPtr appends a pointer to a 64-bit offset as [N], NULL, or the
// address when unreadable.
func (c *Call) loffPtr(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	v, ok := c.ReadU64(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.loffArray(v)
}

func (c *Call) loffArray(v uint64) {
	c.Array()
	c.Int(int64(v))
	c.End()
}

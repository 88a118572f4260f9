package decode

import (
	"encoding/binary"

	"gostrace/internal/xlat"
)

// io_uring_setup, io_uring_enter, io_uring_register.

const (
	sizeofIoUringParams = 120
	ioringSetupAttachWQ = 0x20
	ioringRegisterFiles = 2
	ioringEnterExtArg   = 0x8
)

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Uint32(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		b := c.ReadStruct(c.Args[1], sizeofIoUringParams)
		if b == nil {
			c.Ptr(c.Args[1])
			return
		}
		c.ioUringParams(b, !c.Failed())
	}, Ret: RetFd}, "io_uring_setup")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Uint32(c.Args[1])
		c.Uint32(c.Args[2])
		flags := uint64(uint32(c.Args[3]))
		c.Flags(flags, xlat.IoUringEnterFlags)
		if flags&ioringEnterExtArg != 0 {
			c.Ptr(c.Args[4])
		} else {
			c.sigsetArg(c.Args[4], c.Args[5])
		}
		c.Uint(c.Args[5])
		return false
	}}, "io_uring_enter")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		op := uint64(uint32(c.Args[1]))
		c.Const(op, xlat.IoUringRegisterOps)
		if op == ioringRegisterFiles && c.Args[2] != 0 {
			c.fdArray(c.Args[2], uint64(uint32(c.Args[3])))
		} else {
			c.Ptr(c.Args[2])
		}
		c.Uint32(c.Args[3])
		return false
	}}, "io_uring_register")
}

// ioUringParams prints struct io_uring_params: the caller's part, and when
// the call succeeded the part the kernel filled in.
func (c *Call) ioUringParams(b []byte, filled bool) {
	le := binary.LittleEndian
	u := func(off int) uint64 { return uint64(le.Uint32(b[off:])) }
	flags := u(8)
	c.Struct()
	c.Field("flags")
	c.Flags(flags, xlat.IoUringSetupFlags)
	c.Field("sq_thread_cpu")
	c.Uint(u(12))
	c.Field("sq_thread_idle")
	c.Uint(u(16))
	if flags&ioringSetupAttachWQ != 0 {
		c.Field("wq_fd")
		c.Fd(u(24))
	}
	if filled {
		c.Field("sq_entries")
		c.Uint(u(0))
		c.Field("cq_entries")
		c.Uint(u(4))
		c.Field("features")
		c.Flags(u(20), xlat.IoUringFeatures)
		c.Field("sq_off")
		c.Struct()
		for i, f := range [...]string{"head", "tail", "ring_mask", "ring_entries", "flags", "dropped", "array"} {
			c.Field(f)
			c.Uint(u(40 + 4*i))
		}
		c.End()
		c.Field("cq_off")
		c.Struct()
		for i, f := range [...]string{"head", "tail", "ring_mask", "ring_entries", "overflow", "cqes", "flags"} {
			c.Field(f)
			c.Uint(u(80 + 4*i))
		}
		c.End()
	}
	c.End()
}

// fdArray prints an array of n int descriptors.
func (c *Call) fdArray(addr, n uint64) {
	if _, ok := c.ReadU32(addr); !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := uint64(0); i < n; i++ {
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		v, ok := c.ReadU32(addr + 4*i)
		if !ok {
			c.Ellipsis()
			break
		}
		c.Fd(uint64(v))
	}
	c.End()
}

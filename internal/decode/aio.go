package decode

import "gostrace/internal/xlat"

// Linux native AIO (io_setup and friends): struct iocb and struct io_event.

const (
	iocbSize    = 64
	ioEventSize = 32
)

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Uint32(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.procPtr(c.Args[1])
		}
	}}, "io_setup")
	register(Decoder{Entry: func(c *Call) bool { c.Ptr(c.Args[0]); return false }}, "io_destroy")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Int(int64(c.Args[1]))
		c.iocbArray(c.Args[2], c.Args[1])
		return false
	}}, "io_submit")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.iocbAt(c.Args[1], false)
		return true
	}, Exit: func(c *Call) {
		if c.Failed() || c.Args[2] == 0 {
			c.Ptr(c.Args[2])
			return
		}
		c.ioEvents(c.Args[2], 1, true)
	}}, "io_cancel")
	getevents := func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Int(int64(c.Args[1]))
		c.Int(int64(c.Args[2]))
		return true
	}
	events := func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[3])
		} else {
			c.ioEvents(c.Args[3], uint64(c.Rval), false)
		}
		c.TimespecAt(c.Args[4])
	}
	register(Decoder{Entry: getevents, Exit: events}, "io_getevents")
	register(Decoder{Entry: getevents, Exit: func(c *Call) {
		events(c)
		c.pselectSigmask(c.Args[5])
	}}, "io_pgetevents")
}

// iocbArray appends io_submit's array of n pointers to control blocks.
func (c *Call) iocbArray(addr, n uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	if int64(n) <= 0 {
		c.Ptr(addr)
		return
	}
	if _, ok := c.ReadU64(addr); !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := uint64(0); i < n; i++ {
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		p, ok := c.ReadU64(addr + 8*i)
		if !ok {
			c.Ellipsis()
			break
		}
		c.iocbAt(p, true)
	}
	c.End()
}

// iocbAt appends the struct iocb at addr: whole (io_submit) or only what
// identifies it (io_cancel). Fields that are zero are left out, as strace
// does, and the buffer prints as the opcode uses it.
func (c *Call) iocbAt(addr uint64, whole bool) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, iocbSize)
	if b == nil {
		c.Ptr(addr)
		return
	}
	key, rwFlags := ple.Uint32(b[8:]), ple.Uint32(b[12:])
	op, prio := ple.Uint16(b[16:]), int16(ple.Uint16(b[18:]))
	fd := ple.Uint32(b[20:])
	buf, nbytes, off := ple.Uint64(b[24:]), ple.Uint64(b[32:]), int64(ple.Uint64(b[40:]))
	flags, resfd := ple.Uint32(b[56:]), ple.Uint32(b[60:])
	const flagResfd, flagIoprio = 1, 2

	c.Struct()
	c.Field("aio_data")
	c.Hex(ple.Uint64(b))
	if key != 0 {
		c.Field("aio_key")
		c.Uint(uint64(key))
	}
	if rwFlags != 0 {
		c.Field("aio_rw_flags")
		c.Flags(uint64(rwFlags), xlat.RWFFlags)
	}
	c.Field("aio_lio_opcode")
	c.ConstDec(uint64(op), xlat.AioCmds)
	if flags&flagIoprio != 0 {
		c.Field("aio_reqprio")
		c.ioprio(uint32(uint16(prio)))
	} else if prio != 0 {
		c.Field("aio_reqprio")
		c.Int(int64(prio))
	}
	c.Field("aio_fildes")
	c.Fd(uint64(fd))
	if !whole {
		c.End()
		return
	}
	switch op {
	case 0, 1: // IOCB_CMD_PREAD, IOCB_CMD_PWRITE
		c.Field("aio_buf")
		if op == 1 {
			c.Buf(buf, nbytes)
		} else {
			c.Ptr(buf)
		}
		c.Field("aio_nbytes")
		c.Uint(nbytes)
		c.Field("aio_offset")
		c.Int(off)
	case 5: // IOCB_CMD_POLL
		c.Field("aio_buf")
		c.Flags(buf, xlat.PollEvents)
	case 7, 8: // IOCB_CMD_PREADV, IOCB_CMD_PWRITEV
		c.Field("aio_buf")
		if op == 8 {
			c.IovArray(buf, nbytes, IovAll)
		} else {
			c.IovArray(buf, nbytes, IovAddrs)
		}
		c.Field("aio_offset")
		c.Int(off)
	}
	if flags != 0 {
		c.Field("aio_flags")
		c.Flags(uint64(flags), xlat.AioFlags)
	}
	if flags&flagResfd != 0 {
		c.Field("aio_resfd")
		c.Fd(uint64(resfd))
	}
	c.End()
}

// ioEvents appends n struct io_event at addr: an array, or with single
// the one event io_cancel writes back.
func (c *Call) ioEvents(addr, n uint64, single bool) {
	if addr == 0 && !single && n == 0 {
		c.Array()
		c.End()
		return
	}
	if addr == 0 {
		c.Ptr(0)
		return
	}
	if single {
		b := c.ReadStruct(addr, ioEventSize)
		if b == nil {
			c.Ptr(addr)
			return
		}
		c.ioEvent(b)
		return
	}
	if n > 0 {
		if b := c.ReadStruct(addr, ioEventSize); b == nil {
			c.Ptr(addr)
			return
		}
	}
	c.Array()
	for i := uint64(0); i < n; i++ {
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		b := c.ReadStruct(addr+i*ioEventSize, ioEventSize)
		if b == nil {
			c.Ellipsis()
			break
		}
		c.ioEvent(b)
	}
	c.End()
}

func (c *Call) ioEvent(b []byte) {
	c.Struct()
	c.Field("data")
	c.Hex(ple.Uint64(b))
	c.Field("obj")
	c.Ptr(ple.Uint64(b[8:]))
	c.Field("res")
	c.Int(int64(ple.Uint64(b[16:])))
	c.Field("res2")
	c.Int(int64(ple.Uint64(b[24:])))
	c.End()
}

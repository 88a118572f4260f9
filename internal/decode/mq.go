package decode

import (
	"encoding/binary"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// POSIX message queues.

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.OpenMode)
		if c.Args[1]&unix.O_CREAT != 0 {
			c.Oct(uint64(uint32(c.Args[2])))
			c.mqAttrAt(c.Args[3])
		}
		return false
	}, Ret: RetFd}, "mq_open")
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		return false
	}}, "mq_unlink")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Buf(c.Args[1], c.Args[2])
		c.Uint(c.Args[2])
		c.Uint32(c.Args[3])
		c.TimespecAt(c.Args[4])
		return false
	}}, "mq_timedsend")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.Buf(c.Args[1], uint64(c.Rval))
		}
		c.Uint(c.Args[2])
		if c.Failed() || c.Args[3] == 0 {
			c.Ptr(c.Args[3])
		} else {
			c.uintArray1(c.Args[3])
		}
		c.TimespecAt(c.Args[4])
	}}, "mq_timedreceive")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.mqAttrAt(c.Args[1])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[2])
			return
		}
		c.mqAttrAt(c.Args[2])
	}}, "mq_getsetattr")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.SigeventAt(c.Args[1])
		return false
	}}, "mq_notify")
}

// mqFlags are struct mq_attr's flags.
var mqFlags = &xlat.Table{Unknown: "O_???", Pairs: []xlat.Pair{{Val: unix.O_NONBLOCK, Name: "O_NONBLOCK"}}}

func (c *Call) mqAttrAt(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, 32)
	if b == nil {
		c.Ptr(addr)
		return
	}
	le := binary.LittleEndian
	c.Struct()
	c.Field("mq_flags")
	c.Flags(le.Uint64(b), mqFlags)
	for i, f := range [...]string{"mq_maxmsg", "mq_msgsize", "mq_curmsgs"} {
		c.Field(f)
		c.Int(int64(le.Uint64(b[8+8*i:])))
	}
	c.End()
}

// uintArray1 prints an unsigned int stored through a pointer: [3].
func (c *Call) uintArray1(addr uint64) {
	v, ok := c.ReadU32(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	c.Uint(uint64(v))
	c.End()
}

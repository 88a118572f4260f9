package decode

import (
	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.capHeader(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.capData(c.Args[1], c.Scratch[0])
		}
	}}, "capget")
	register(Decoder{Entry: func(c *Call) bool {
		c.capHeader(c.Args[0])
		c.capData(c.Args[1], c.Scratch[0])
		return false
	}}, "capset")
}

// capHeader appends {version=..., pid=N} and keeps the version for the
// data (Scratch[0]).
func (c *Call) capHeader(addr uint64) {
	b := c.ReadStruct(addr, 8)
	if b == nil {
		c.Ptr(addr)
		return
	}
	v := ple.Uint32(b)
	c.Scratch[0] = uint64(v)
	c.Struct()
	c.Field("version")
	c.Const(uint64(v), xlat.CapVersions)
	c.Field("pid")
	c.Int32(uint64(ple.Uint32(b[4:])))
	c.End()
}

// capData appends the capability sets: one 32-bit word each for version
// 1, two for the later versions, printed as 1<<CAP_... flags.
func (c *Call) capData(addr, version uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	words := 2
	switch version {
	case unix.LINUX_CAPABILITY_VERSION_1:
		words = 1
	case unix.LINUX_CAPABILITY_VERSION_2, unix.LINUX_CAPABILITY_VERSION_3:
	default:
		c.Ptr(addr)
		return
	}
	b := c.ReadStruct(addr, 12*words)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	for i, name := range [...]string{"effective", "permitted", "inheritable"} {
		set := uint64(ple.Uint32(b[4*i:]))
		if words == 2 {
			set |= uint64(ple.Uint32(b[12+4*i:])) << 32
		}
		c.Field(name)
		var buf [2048]byte
		c.TextBytes(xlat.AppendCapSet(buf[:0], set, words))
	}
	c.End()
}

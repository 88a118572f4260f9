package decode

import (
	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		op := uint32(c.Args[0])
		c.Const(uint64(op), xlat.SeccompOps)
		switch op {
		case unix.SECCOMP_SET_MODE_FILTER:
			c.Flags(uint64(uint32(c.Args[1])), xlat.SeccompFilterFlags)
			c.sockFprog(c.Args[2])
		case unix.SECCOMP_GET_ACTION_AVAIL:
			c.Hex(uint64(uint32(c.Args[1])))
			if v, ok := c.ReadU32(c.Args[2]); ok {
				c.Array()
				c.Const(uint64(v), xlat.SeccompRetActions)
				c.End()
			} else {
				c.Ptr(c.Args[2])
			}
		case unix.SECCOMP_GET_NOTIF_SIZES:
			c.Hex(uint64(uint32(c.Args[1])))
			return true
		default:
			c.Hex(uint64(uint32(c.Args[1])))
			c.Ptr(c.Args[2])
		}
		return false
	}, Exit: func(c *Call) {
		// SECCOMP_GET_NOTIF_SIZES: three sizes written by the kernel.
		addr := c.Args[2]
		var b []byte
		if !c.Failed() {
			b = c.ReadStruct(addr, 6)
		}
		if b == nil {
			c.Ptr(addr)
			return
		}
		c.Struct()
		for i, name := range [...]string{"seccomp_notif", "seccomp_notif_resp", "seccomp_data"} {
			c.Field(name)
			c.Uint(uint64(ple.Uint16(b[2*i:])))
		}
		c.End()
	}}, "seccomp")
}

// sockFprog appends a struct sock_fprog: {len=N, filter=0x...}. (strace
// decodes the BPF program with -v; not done here.)
func (c *Call) sockFprog(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, 16)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	c.Field("len")
	c.Uint(uint64(ple.Uint16(b)))
	c.Field("filter")
	c.Ptr(ple.Uint64(b[8:]))
	c.End()
}

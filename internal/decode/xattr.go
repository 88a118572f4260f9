package decode

import "gostrace/internal/xlat"

func init() {
	set := func(c *Call) {
		c.CStr(c.Args[1])
		c.xattrValue(c.Args[2], c.Args[3])
		c.Uint(c.Args[3])
		c.Flags(uint64(uint32(c.Args[4])), xlat.XattrFlags)
	}
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		set(c)
		return false
	}}, "setxattr", "lsetxattr")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		set(c)
		return false
	}}, "fsetxattr")

	get := func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[2])
		} else {
			c.xattrValue(c.Args[2], uint64(c.Rval))
		}
		c.Uint(c.Args[3])
	}
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.CStr(c.Args[1])
		return true
	}, Exit: get}, "getxattr", "lgetxattr")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.CStr(c.Args[1])
		return true
	}, Exit: get}, "fgetxattr")

	// The list is NUL-separated names, printed with the NULs; with a zero
	// size the kernel writes nothing and strace prints the address.
	list := func(c *Call) {
		if c.Failed() || c.Args[2] == 0 {
			c.Ptr(c.Args[1])
		} else {
			c.Buf(c.Args[1], uint64(c.Rval))
		}
		c.Uint(c.Args[2])
	}
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		return true
	}, Exit: list}, "listxattr", "llistxattr")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		return true
	}, Exit: list}, "flistxattr")

	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.CStr(c.Args[1])
		return false
	}}, "removexattr", "lremovexattr")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.CStr(c.Args[1])
		return false
	}}, "fremovexattr")
}

// xattrValue appends an attribute value of n bytes the way strace does:
// the first -s bytes, with "..." when cut, except that when the last byte
// shown is a NUL it is dropped and no "..." follows (values are often
// NUL-terminated strings).
func (c *Call) xattrValue(addr, n uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	show := n
	var flags uint8
	if show > uint64(c.limit()) {
		show = uint64(c.limit())
		flags = Trunc
	}
	b := c.ReadStruct(addr, int(show))
	if b == nil && show > 0 {
		c.Ptr(addr)
		return
	}
	if show > 0 && b[show-1] == 0 {
		b = b[:show-1]
		flags = 0
	}
	c.StrBytes(b, flags)
}

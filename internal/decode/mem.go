package decode

import "gostrace/internal/xlat"

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		c.Flags(c.Args[2], xlat.MmapProt)
		c.Flags(c.Args[3], xlat.MmapAll)
		c.Fd(c.Args[4])
		c.Hex(c.Args[5])
		return false
	}, Ret: RetHex}, "mmap")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		c.Flags(c.Args[2], xlat.MmapProt)
		return false
	}}, "mprotect")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		return false
	}}, "munmap")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		return false
	}, Ret: RetHex}, "brk")
}

package decode

import (
	"gostrace/internal/xlat"
)

func init() {
	register(Decoder{Entry: archPrctlEntry, Exit: archPrctlExit}, "arch_prctl")
}

// arch_prctl codes (asm/prctl.h).
const (
	archSetGS             = 0x1001
	archSetFS             = 0x1002
	archGetFS             = 0x1003
	archGetGS             = 0x1004
	archGetCPUID          = 0x1011
	archGetXcompSupp      = 0x1021
	archGetXcompPerm      = 0x1022
	archReqXcompPerm      = 0x1023
	archGetXcompGuestPerm = 0x1024
	archReqXcompGuestPerm = 0x1025
)

func archPrctlEntry(c *Call) bool {
	code := uint32(c.Args[0])
	c.Const(uint64(code), xlat.ArchPrctlCodes)
	switch code {
	case archGetCPUID:
	case archGetFS, archGetGS, archGetXcompSupp, archGetXcompPerm, archGetXcompGuestPerm:
		return true
	case archReqXcompPerm, archReqXcompGuestPerm:
		c.hexNamed(c.Args[1], xlat.Xfeatures)
	default:
		c.Hex(c.Args[1])
	}
	return false
}

func archPrctlExit(c *Call) {
	addr := c.Args[1]
	if c.Failed() {
		c.Ptr(addr)
		return
	}
	v, ok := c.ReadU64(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	switch uint32(c.Args[0]) {
	case archGetFS, archGetGS:
		c.Ptr(v)
	default:
		// The XSAVE features, in hex with their names in a comment.
		c.Hex(v)
		var b [256]byte
		s := xlat.XfeatureMasks.AppendFlags(b[:0], v)
		if v == 0 || s[0] == '0' {
			c.Comment(xlat.XfeatureMasks.Unknown)
		} else {
			c.CommentBytes(s)
		}
	}
	c.End()
}

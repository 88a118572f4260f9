package decode

import (
	"gostrace/internal/xlat"
)

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		c.Flags(c.Args[2], xlat.MmapProt)
		c.mmapFlags(c.Args[3])
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
		c.Flags(c.Args[2], xlat.MmapProt)
		c.Int32(c.Args[3])
		return false
	}}, "pkey_mprotect")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		return false
	}}, "munmap", "mlock", "munlock")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		return false
	}, Ret: RetHex}, "brk")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		c.Uint(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.MremapFlags)
		// The new address means something only with MREMAP_FIXED.
		if c.Args[3]&2 != 0 {
			c.Ptr(c.Args[4])
		}
		return false
	}, Ret: RetHex}, "mremap")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		c.Const(uint64(uint32(c.Args[2])), xlat.MadviseAdvice)
		return false
	}}, "madvise")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.IovArray(c.Args[1], c.Args[2], IovAddrs)
		c.Uint(c.Args[2])
		c.Const(uint64(uint32(c.Args[3])), xlat.MadviseAdvice)
		c.Hex(uint64(uint32(c.Args[4])))
		return false
	}}, "process_madvise")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.MsyncFlags)
		return false
	}}, "msync")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.MlockFlags)
		return false
	}}, "mlock2")
	register(Decoder{Entry: func(c *Call) bool {
		c.Flags(uint64(uint32(c.Args[0])), xlat.MlockallFlags)
		return false
	}}, "mlockall")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[2])
			return
		}
		c.mincoreVec(c.Args[2], (c.Args[1]+pageSize-1)/pageSize)
	}}, "mincore")
	register(Decoder{Entry: func(c *Call) bool {
		c.Hex(uint64(uint32(c.Args[0])))
		c.Flags(uint64(uint32(c.Args[1])), xlat.PkeyAccess)
		return false
	}}, "pkey_alloc")
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		return false
	}}, "pkey_free")
	register(Decoder{Entry: func(c *Call) bool {
		c.Flags(uint64(uint32(c.Args[0])), xlat.MemfdSecretFlags)
		return false
	}, Ret: RetFd}, "memfd_secret")
	register(Decoder{Entry: func(c *Call) bool {
		c.Flags(uint64(uint32(c.Args[0])), xlat.MempolicyMode)
		c.nodemask(c.Args[1], c.Args[2])
		c.Uint(c.Args[2])
		return false
	}}, "set_mempolicy")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.MempolicyMode)
		c.nodemask(c.Args[3], c.Args[4])
		c.Uint(c.Args[4])
		c.Flags(uint64(uint32(c.Args[5])), xlat.MbindFlags)
		return false
	}}, "mbind")
	register(Decoder{Entry: func(c *Call) bool { return true }, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[0])
		} else if v, ok := c.ReadU32(c.Args[0]); ok {
			c.Array()
			c.Const(uint64(v), xlat.MempolicyModes)
			c.End()
		} else {
			c.Ptr(c.Args[0])
		}
		if c.Failed() && c.Args[2] != 0 {
			c.Ptr(c.Args[1])
		} else {
			c.nodemask(c.Args[1], c.Args[2])
		}
		c.Uint(c.Args[2])
		c.Ptr(c.Args[3])
		c.Flags(uint64(uint32(c.Args[4])), xlat.GetMempolicyFlags)
	}}, "get_mempolicy")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		c.Flags(c.Args[2], xlat.MmapProt)
		c.Uint(c.Args[3])
		c.mmapFlags(c.Args[4])
		return false
	}}, "remap_file_pages")
}

const pageSize = 4096

// mmapFlags appends mmap's flags (an int): the type, the flags, the bits
// no name covers, then the huge page size as "|21<<MAP_HUGE_SHIFT".
func (c *Call) mmapFlags(v uint64) {
	v = uint64(uint32(v))
	huge := (v & xlat.MapHugeMask) >> xlat.MapHugeShift
	if huge == 0 {
		c.Flags(v, xlat.MmapAll)
		return
	}
	c.Named(v, NumHex)
	c.Flags(v&^xlat.MapHugeMask, xlat.MmapAll)
	var b [32]byte
	s := append(b[:0], '|')
	s = procAppendUint(s, huge)
	s = append(s, "<<MAP_HUGE_SHIFT"...)
	c.procRaw(s)
	c.End()
}

// nodemask appends a NUMA node mask of maxnode bits: its words in hex as
// C's "%#0*lx" prints them with a width of 16 (so a zero word has no 0x),
// at most -s of them.
func (c *Call) nodemask(addr, maxnode uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	if maxnode == 0 {
		c.Array()
		c.End()
		return
	}
	n := (maxnode - 1 + 63) / 64
	v, ok := c.ReadU64(addr)
	if n == 0 || !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := uint64(0); i < n; i++ {
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		if i > 0 {
			if v, ok = c.ReadU64(addr + 8*i); !ok {
				c.Ellipsis()
				break
			}
		}
		var b [24]byte
		c.TextBytes(appendNodeWord(b[:0], v))
	}
	c.End()
}

func appendNodeWord(dst []byte, v uint64) []byte {
	const digits = "0123456789abcdef"
	width := 16
	if v != 0 {
		dst = append(dst, '0', 'x')
		width = 14
	}
	var h [16]byte
	i := len(h)
	for ; v != 0; v >>= 4 {
		i--
		h[i] = digits[v&15]
	}
	for n := len(h) - i; n < width; n++ {
		dst = append(dst, '0')
	}
	return append(dst, h[i:]...)
}

// mincoreVec appends mincore's vector: one 0 or 1 per page, at most -s.
func (c *Call) mincoreVec(addr, pages uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.tmp[:1]
	if !c.ReadFull(addr, b) {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := uint64(0); i < pages; i++ {
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		if !c.ReadFull(addr+i, b) {
			c.Ellipsis()
			break
		}
		c.Uint(uint64(b[0] & 1))
	}
	c.End()
}

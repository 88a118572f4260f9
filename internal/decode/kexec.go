package decode

import (
	"strconv"

	"gostrace/internal/xlat"
)

// kexec, NUMA page migration, userfaultfd and other memory management
// calls without a family of their own.

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		c.kexecSegments(c.Args[2], c.Args[1])
		c.Flags(c.Args[3], xlat.KexecFlags)
		return false
	}}, "kexec_load")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Fd(c.Args[1])
		c.Uint(c.Args[2])
		c.keyBuf(c.Args[3], c.Args[2])
		c.Flags(c.Args[4], xlat.KexecFileFlags)
		return false
	}}, "kexec_file_load")

	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		c.Uint(c.Args[1])
		c.nodemask(c.Args[2], c.Args[1])
		c.nodemask(c.Args[3], c.Args[1])
		return false
	}}, "migrate_pages")
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		c.Uint(c.Args[1])
		c.movePagesArray(c.Args[2], c.Args[1], false)
		c.movePagesArray(c.Args[3], c.Args[1], true)
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[4])
		} else {
			c.movePagesStatus(c.Args[4], c.Args[1])
		}
		c.Flags(uint64(uint32(c.Args[5])), xlat.MbindFlags)
	}}, "move_pages")

	register(Decoder{Entry: func(c *Call) bool {
		c.Flags(uint64(uint32(c.Args[0])), xlat.UffdFlags)
		return false
	}, Ret: RetFd}, "userfaultfd")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Hex(uint64(uint32(c.Args[1])))
		return false
	}}, "process_mrelease")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		c.Uint(c.Args[2])
		c.Hex(c.Args[3])
		return false
	}}, "set_mempolicy_home_node")
}

// kexecSegments appends kexec_load's array of struct kexec_segment; more
// than the kernel's KEXEC_SEGMENT_MAX (16) prints as the address.
func (c *Call) kexecSegments(addr, n uint64) {
	const max, size = 16, 32
	if addr == 0 || n > max {
		c.Ptr(addr)
		return
	}
	if c.ReadStruct(addr, size) == nil && n > 0 {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := uint64(0); i < n; i++ {
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		b := c.ReadStruct(addr+i*size, size)
		if b == nil {
			c.Ellipsis()
			break
		}
		c.Struct()
		c.Field("buf")
		c.Ptr(ple.Uint64(b))
		c.Field("bufsz")
		c.Uint(ple.Uint64(b[8:]))
		c.Field("mem")
		c.Ptr(ple.Uint64(b[16:]))
		c.Field("memsz")
		c.Uint(ple.Uint64(b[24:]))
		c.End()
	}
	c.End()
}

// movePagesArray appends move_pages' pages (pointers) or nodes (ints).
func (c *Call) movePagesArray(addr, n uint64, ints bool) {
	size := uint64(8)
	if ints {
		size = 4
	}
	if addr == 0 || n == 0 {
		c.Ptr(addr)
		return
	}
	if c.ReadStruct(addr, int(size)) == nil {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := uint64(0); i < n; i++ {
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		b := c.ReadStruct(addr+i*size, int(size))
		if b == nil {
			c.Ellipsis()
			break
		}
		if ints {
			c.Int32(uint64(ple.Uint32(b)))
		} else {
			c.Ptr(ple.Uint64(b))
		}
	}
	c.End()
}

// movePagesStatus appends the status array move_pages writes: a node, or
// a negated errno by name.
func (c *Call) movePagesStatus(addr, n uint64) {
	if addr == 0 || n == 0 || c.ReadStruct(addr, 4) == nil {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := uint64(0); i < n; i++ {
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		b := c.ReadStruct(addr+4*i, 4)
		if b == nil {
			c.Ellipsis()
			break
		}
		v := int32(ple.Uint32(b))
		if name, ok := xlat.ErrnoName(int(-v)); ok && v < 0 {
			var buf [32]byte
			c.TextBytes(append(append(buf[:0], '-'), name...))
			continue
		}
		var buf [16]byte
		c.TextBytes(strconv.AppendInt(buf[:0], int64(v), 10))
	}
	c.End()
}

package decode

import "strconv"

// x86 segment descriptors (struct user_desc) of modify_ldt,
// set_thread_area and get_thread_area, and the obsolete _sysctl. The
// names exist only in x86 tables, so nothing here runs elsewhere.

const userDescSize = 16

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		// strace shows the descriptor only when the count is exactly its size.
		if c.Args[2] == userDescSize {
			c.userDescAt(c.Args[1], true)
		} else {
			c.Ptr(c.Args[1])
		}
		c.Uint(c.Args[2])
		return false
	}}, "modify_ldt")
	register(Decoder{Entry: func(c *Call) bool {
		c.userDescAt(c.Args[0], true)
		return false
	}, Result: func(c *Call) {
		// The kernel picks the entry when asked with -1: strace shows the
		// one it wrote back.
		if c.Failed() {
			return
		}
		if v, ok := c.ReadU32(c.Args[0]); ok {
			c.BeginRet()
			var b [32]byte
			c.TextBytes(strconv.AppendUint(append(b[:0], "entry_number="...), uint64(v), 10))
		}
	}}, "set_thread_area")
	register(Decoder{Entry: func(c *Call) bool { return true }, Exit: func(c *Call) {
		c.userDescAt(c.Args[0], !c.Failed())
	}}, "get_thread_area")

	register(Decoder{Entry: func(c *Call) bool {
		c.sysctlArgs(c.Args[0])
		return false
	}}, "_sysctl")
}

// userDescAt appends the struct user_desc at addr; without whole, only its
// entry number (get_thread_area's failures).
func (c *Call) userDescAt(addr uint64, whole bool) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, userDescSize)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	c.Field("entry_number")
	c.Int32(uint64(ple.Uint32(b)))
	if !whole {
		c.Ellipsis()
		c.End()
		return
	}
	c.Field("base_addr")
	c.ldtHex(ple.Uint32(b[4:]))
	c.Field("limit")
	c.ldtHex(ple.Uint32(b[8:]))
	bits := ple.Uint32(b[12:])
	for _, f := range [...]struct {
		name        string
		shift, mask uint32
	}{
		{"seg_32bit", 0, 1}, {"contents", 1, 3}, {"read_exec_only", 3, 1}, {"limit_in_pages", 4, 1},
		{"seg_not_present", 5, 1}, {"useable", 6, 1}, {"lm", 7, 1},
	} {
		c.Field(f.name)
		c.Uint(uint64(bits >> f.shift & f.mask))
	}
	c.End()
}

// ldtHex appends v as C's "%#08x" prints it: 0x001000, and 00000000 for
// zero (the "0x" counts in the width and is left out for zero).
func (c *Call) ldtHex(v uint32) {
	var b [16]byte
	s := b[:0]
	digits := strconv.AppendUint(b[8:8], uint64(v), 16)
	width := 8
	if v != 0 {
		s = append(s, '0', 'x')
		width = 6
	}
	for i := len(digits); i < width; i++ {
		s = append(s, '0')
	}
	c.TextBytes(append(s, digits...))
}

// sysctlArgs appends _sysctl's struct __sysctl_args; strace 6.1 leaves
// the name vector undecoded on x86_64 (the call has failed with ENOSYS
// since Linux 5.5).
func (c *Call) sysctlArgs(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, 48)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	c.Field("name")
	c.Ptr(ple.Uint64(b))
	c.Field("nlen")
	c.Int32(uint64(ple.Uint32(b[8:])))
	c.Field("oldval")
	c.Ptr(ple.Uint64(b[16:]))
	c.Field("oldlenp")
	c.Ptr(ple.Uint64(b[24:]))
	c.Field("newval")
	c.Ptr(ple.Uint64(b[32:]))
	c.Field("newlen")
	c.Uint(ple.Uint64(b[40:]))
	c.End()
}

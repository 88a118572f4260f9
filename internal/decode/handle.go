package decode

import (
	"encoding/binary"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// maxHandleSz is the kernel's MAX_HANDLE_SZ: strace prints at most that
// many bytes of f_handle, then "...".
const maxHandleSz = 128

func init() {
	// name_to_handle_at prints handle_bytes as given, and at exit " => "
	// the size the kernel wrote when it differs. Everything prints at exit (the given size
	// is kept from the entry) so the struct opens and closes in one stop.
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		if v, ok := c.ReadU32(c.Args[2]); ok {
			c.Scratch[0], c.Scratch[1] = uint64(v), 1
		}
		return true
	}, Exit: func(c *Call) {
		c.nameHandle(c.Args[2])
		if c.Failed() {
			c.Ptr(c.Args[3])
		} else {
			c.mountIDArray(c.Args[3])
		}
		c.Flags(uint64(uint32(c.Args[4])), xlat.AtFlags)
	}}, "name_to_handle_at")
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		if b := c.ReadStruct(c.Args[1], 8); b != nil {
			c.Struct()
			c.fileHandle(c.Args[1], b)
			c.End()
		} else {
			c.Ptr(c.Args[1])
		}
		c.Flags(uint64(uint32(c.Args[2])), xlat.OpenMode)
		return false
	}, Ret: RetFd}, "open_by_handle_at")
}

// eoverflow is the errno with which name_to_handle_at reports the size it
// needs.
const eoverflow = int(unix.EOVERFLOW)

func (c *Call) nameHandle(addr uint64) {
	if c.Scratch[1] == 0 {
		c.Ptr(addr)
		return
	}
	c.Struct()
	c.Field("handle_bytes")
	c.Uint(c.Scratch[0])
	if !c.Failed() || c.Errno == eoverflow {
		if b := c.ReadStruct(addr, 8); b != nil {
			if n := uint64(binary.LittleEndian.Uint32(b)); n != c.Scratch[0] {
				c.Arrow()
				c.Uint(n)
			}
			if !c.Failed() {
				c.Field("handle_type")
				c.Int(int64(int32(binary.LittleEndian.Uint32(b[4:]))))
				c.fHandle(addr, uint64(binary.LittleEndian.Uint32(b)))
			}
		}
	}
	c.End()
}

// fileHandle appends the fields of a struct file_handle whose header is b.
func (c *Call) fileHandle(addr uint64, b []byte) {
	n := uint64(binary.LittleEndian.Uint32(b))
	c.Field("handle_bytes")
	c.Uint(n)
	c.Field("handle_type")
	c.Int(int64(int32(binary.LittleEndian.Uint32(b[4:]))))
	c.fHandle(addr, n)
}

// fHandle appends f_handle: n bytes in hex, at most MAX_HANDLE_SZ.
func (c *Call) fHandle(addr, n uint64) {
	c.Field("f_handle")
	flags := HexAll
	if n > maxHandleSz {
		n = maxHandleSz
		flags |= Trunc
	}
	h := c.ReadStruct(addr+8, int(n))
	if h == nil && n > 0 {
		c.Ptr(addr + 8)
		return
	}
	c.StrBytes(h, flags)
}

// mountIDArray appends a pointed-to int as [N], or the address.
func (c *Call) mountIDArray(addr uint64) {
	v, ok := c.ReadU32(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	c.Int(int64(int32(v)))
	c.End()
}

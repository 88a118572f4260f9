package decode

import (
	"encoding/binary"
	"strconv"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.openFlagsMode(c.Args[1], c.Args[2])
		return false
	}, Ret: RetFd}, "open")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.openFlagsMode(c.Args[2], c.Args[3])
		return false
	}, Ret: RetFd}, "openat")
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.umode(c.Args[1])
		return false
	}, Ret: RetFd}, "creat")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.openHow(c.Args[2], c.Args[3])
		c.Uint(c.Args[3])
		return false
	}, Ret: RetFd}, "openat2")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		return false
	}}, "close", "fsync", "fdatasync", "fchdir", "syncfs")
	register(Decoder{Entry: func(c *Call) bool {
		c.Uint32(c.Args[0])
		c.Uint32(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.CloseRangeFlags)
		return false
	}}, "close_range")
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.AccessModes)
		return false
	}}, "access")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.AccessModes)
		return false
	}}, "faccessat")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.AccessModes)
		c.Flags(uint64(uint32(c.Args[3])), xlat.FaccessatFlags)
		return false
	}}, "faccessat2")

	// read-like: the buffer is known at exit, as many bytes as returned.
	readLike := Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.Buf(c.Args[1], uint64(c.Rval))
		}
		c.Uint(c.Args[2])
		if c.Nr == nrPread64 {
			c.Int(int64(c.Args[3]))
		}
	}}
	register(readLike, "read", "pread64")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Buf(c.Args[1], c.Args[2])
		c.Uint(c.Args[2])
		if c.Nr == nrPwrite64 {
			c.Int(int64(c.Args[3]))
		}
		return false
	}}, "write", "pwrite64")
}

var nrPread64, nrPwrite64 = nr("pread64"), nr("pwrite64")

// openHasMode reports whether open's mode argument is meaningful (and so
// printed): with O_CREAT or the __O_TMPFILE bit of O_TMPFILE.
func openHasMode(flags uint64) bool {
	return flags&unix.O_CREAT != 0 || flags&(unix.O_TMPFILE&^unix.O_DIRECTORY) != 0
}

// openFlagsMode appends open's flags (an int) and, when they create a
// file, its mode.
func (c *Call) openFlagsMode(flags, mode uint64) {
	flags = uint64(uint32(flags))
	c.Flags(flags, xlat.OpenMode)
	if openHasMode(flags) {
		c.umode(mode)
	}
}

// openHowSize is the size of struct open_how as strace 6.1 knows it
// (flags, mode, resolve: three u64); openHowMax is the most strace reads.
const (
	openHowSize = 24
	openHowMax  = 4096
)

// openHow appends openat2's struct open_how. Its mode prints when set or
// when the flags create a file; bytes past the known fields print in hex
// when any is set.
func (c *Call) openHow(addr, size uint64) {
	if size < openHowSize {
		c.Ptr(addr)
		return
	}
	b := c.ReadStruct(addr, openHowSize)
	if b == nil {
		c.Ptr(addr)
		return
	}
	le := binary.LittleEndian
	flags := le.Uint64(b)
	mode := le.Uint64(b[8:])
	c.Struct()
	c.Field("flags")
	c.Flags(flags, xlat.OpenMode)
	if mode != 0 || openHasMode(flags) {
		c.Field("mode")
		c.Oct(mode)
	}
	c.Field("resolve")
	c.Flags(le.Uint64(b[16:]), xlat.ResolveFlags)
	if size > openHowSize {
		c.extensibleTail(addr, openHowSize, min(size, openHowMax))
	}
	c.End()
}

// extensibleTail appends the bytes [from, to) of an extensible struct at addr
// as strace prints them when any is not zero:
// /* bytes 24..39 */ "\x00\x01...", cut at -s.
func (c *Call) extensibleTail(addr, from, to uint64) {
	n := to - from
	b := c.ReadStruct(addr+from, int(n))
	if b == nil {
		return
	}
	zero := true
	for _, x := range b {
		if x != 0 {
			zero = false
			break
		}
	}
	if zero {
		return
	}
	c.Group()
	off := len(c.arena)
	s := append(c.arena, "/* bytes "...)
	s = strconv.AppendUint(s, from, 10)
	s = append(s, ".."...)
	s = strconv.AppendUint(s, to-1, 10)
	s = append(s, " */ "...)
	c.arena = s[:off]
	c.pushBytes(KRaw, 0, s[off:])
	flags := HexAll
	if n > uint64(c.limit()) {
		n = uint64(c.limit())
		flags |= Trunc
	}
	c.StrBytes(b[:n], flags)
	c.End()
}

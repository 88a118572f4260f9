package decode

import "gostrace/internal/xlat"

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.Flags(c.Args[1], xlat.OpenMode)
		if openHasMode(c.Args[1]) {
			c.Oct(uint64(uint32(c.Args[2])))
		}
		return false
	}, Ret: RetFd}, "open")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.Flags(c.Args[2], xlat.OpenMode)
		if openHasMode(c.Args[2]) {
			c.Oct(uint64(uint32(c.Args[3])))
		}
		return false
	}, Ret: RetFd}, "openat")
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.Oct(uint64(uint32(c.Args[1])))
		return false
	}, Ret: RetFd}, "creat")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		return false
	}}, "close", "fsync", "fdatasync", "fchdir", "syncfs")
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.Flags(c.Args[1], xlat.AccessModes)
		return false
	}}, "access")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.Flags(c.Args[2], xlat.AccessModes)
		return false
	}}, "faccessat")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.Flags(c.Args[2], xlat.AccessModes)
		c.Flags(c.Args[3], xlat.AtFlags)
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
// printed): with O_CREAT or O_TMPFILE.
func openHasMode(flags uint64) bool {
	return flags&0x40 != 0 || flags&0x410000 == 0x410000
}

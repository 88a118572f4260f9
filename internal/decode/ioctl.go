package decode

import (
	"sync"

	"gostrace/internal/xlat"
)

// IoctlDecoder decodes the argument of one ioctl request. Entry appends
// what strace prints at entry and reports whether Exit (called with the
// call's result known) appends more.
type IoctlDecoder struct {
	Entry func(c *Call, arg uint64) (more bool)
	Exit  func(c *Call, arg uint64)
}

// ioctlDecoders is filled at the first ioctl decoded, not at start-up:
// its 70-odd entries, each a closure, were a tenth of the decoders'
// start-up allocations, paid by every run, most of which see no ioctl.
var (
	ioctlDecoders map[uint32]*IoctlDecoder
	ioctlsOnce    sync.Once
)

// ioctlDecoder returns the decoder of ioctl request req, nil if none.
func ioctlDecoder(req uint32) *IoctlDecoder {
	ioctlsOnce.Do(registerIoctls)
	return ioctlDecoders[req]
}

// registerIoctl installs the decoder of ioctl requests.
func registerIoctl(d IoctlDecoder, codes ...uint32) {
	if ioctlDecoders == nil {
		ioctlDecoders = map[uint32]*IoctlDecoder{}
	}
	for _, code := range codes {
		d := d
		ioctlDecoders[code] = &d
	}
}

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		req := uint32(c.Args[1])
		c.ioctlRequest(req)
		if d := ioctlDecoder(req); d != nil {
			return d.Entry(c, c.Args[2])
		}
		// A request without a decoder: its argument in hex, as strace
		// prints a pointer or number it does not understand.
		c.Hex(c.Args[2])
		return false
	}, Exit: func(c *Call) {
		if d := ioctlDecoder(uint32(c.Args[1])); d != nil && d.Exit != nil {
			d.Exit(c, c.Args[2])
		}
	}}, "ioctl")
}

// registerIoctls installs the decoders of the requests gostrace decodes.
func registerIoctls() {
	// Requests that take no argument.
	registerIoctl(IoctlDecoder{Entry: func(c *Call, arg uint64) bool { return false }},
		0x540c, 0x540d, 0x5422, 0x5427, 0x5428, 0x5437, 0x541d, 0x5450, 0x5451) // TIOCEXCL TIOCNXCL TIOCNOTTY TIOCSBRK TIOCCBRK TIOCVHANGUP TIOCCONS FIONCLEX FIOCLEX
	// Requests whose argument is an int passed by value.
	registerIoctl(IoctlDecoder{Entry: func(c *Call, arg uint64) bool {
		c.Int32(arg)
		return false
	}}, 0x5409, 0x5425, 0x540e) // TCSBRK TCSBRKP TIOCSCTTY
	// FICLONE's source descriptor: strace 6.1 prints it as a plain int,
	// without -y's path (cp's "ioctl(4</x>, BTRFS_IOC_CLONE or FICLONE, 3)").
	registerIoctl(IoctlDecoder{Entry: func(c *Call, arg uint64) bool {
		c.Int32(arg)
		return false
	}}, 0x40049409) // FICLONE
	registerIoctl(IoctlDecoder{Entry: func(c *Call, arg uint64) bool {
		c.Const(uint64(uint32(arg)), xlat.TcflshArgs)
		return false
	}}, 0x540b) // TCFLSH
	registerIoctl(IoctlDecoder{Entry: func(c *Call, arg uint64) bool {
		c.Const(uint64(uint32(arg)), xlat.TcxoncArgs)
		return false
	}}, 0x540a) // TCXONC
	registerIoctl(IoctlDecoder{Entry: func(c *Call, arg uint64) bool {
		c.Buf(arg, 1)
		return false
	}}, 0x5412) // TIOCSTI

	// Requests that read or write an int through a pointer: [N].
	intIn := func(t *xlat.Table) IoctlDecoder {
		return IoctlDecoder{Entry: func(c *Call, arg uint64) bool {
			c.ioctlIntArg(arg, t)
			return false
		}}
	}
	intOut := func(t *xlat.Table) IoctlDecoder {
		return IoctlDecoder{Entry: func(c *Call, arg uint64) bool { return true },
			Exit: func(c *Call, arg uint64) {
				if c.Failed() {
					c.Ptr(arg)
					return
				}
				c.ioctlIntArg(arg, t)
			}}
	}
	registerIoctl(intIn(nil), 0x5410, 0x5421, 0x5423, 0x40045431, 0x5420, 0x541a, 0x5452,
		0x8901, 0x8902) // TIOCSPGRP FIONBIO TIOCSETD TIOCSPTLCK TIOCPKT TIOCSSOFTCAR FIOASYNC FIOSETOWN SIOCSPGRP
	registerIoctl(intOut(nil), 0x540f, 0x541b, 0x5411, 0x5424, 0x5429, 0x80045430, 0x5419,
		0x80045440, 0x80045432, 0x8903, 0x8904, 0x1268) // TIOCGPGRP FIONREAD TIOCOUTQ TIOCGETD TIOCGSID TIOCGPTN TIOCGSOFTCAR TIOCGEXCL TIOCGDEV FIOGETOWN SIOCGPGRP BLKSSZGET
	registerIoctl(intIn(xlat.ModemBits), 0x5418, 0x5416, 0x5417) // TIOCMSET TIOCMBIS TIOCMBIC
	registerIoctl(intOut(xlat.ModemBits), 0x5415)                // TIOCMGET
	registerIoctl(intIn(xlat.FsFlags), 0x40086602)               // FS_IOC_SETFLAGS
	registerIoctl(intOut(xlat.FsFlags), 0x80086601)              // FS_IOC_GETFLAGS
	registerIoctl(IoctlDecoder{Entry: func(c *Call, arg uint64) bool { return true },
		Exit: func(c *Call, arg uint64) {
			v, ok := c.ReadU64(arg)
			if c.Failed() || !ok {
				c.Ptr(arg)
				return
			}
			c.Array()
			c.Uint(v)
			c.End()
		}}, 0x80081272) // BLKGETSIZE64

	registerTermiosIoctls()
}

// ioctlRequest appends a request code by name, or in strace's
// _IOC(dir, type, nr, size) form.
func (c *Call) ioctlRequest(req uint32) {
	// Symbolic either way: -X raw prints the number.
	c.Named(uint64(req), NumHex)
	defer c.End()
	if name := xlat.IoctlName(req); name != "" {
		c.Text(name)
		return
	}
	c.Func("_IOC")
	c.Flags(uint64(req>>30), xlat.IoctlDirs)
	c.Hex(uint64(req>>8) & 0xff)
	c.Hex(uint64(req) & 0xff)
	c.Hex(uint64(req>>16) & 0x3fff)
	c.End()
}

// ioctlIntArg appends the int at addr as [N] (or [FLAGS] with a table), or
// the address when unreadable.
func (c *Call) ioctlIntArg(addr uint64, t *xlat.Table) {
	v, ok := c.ReadU32(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	if t != nil {
		c.Flags(uint64(v), t)
	} else {
		c.Int(int64(int32(v)))
	}
	c.End()
}

package decode

import (
	"strconv"

	"gostrace/internal/xlat"
)

// Administration calls: the kernel log, host names, reboot, swap, kernel
// modules, I/O ports and priorities, dcookies.

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		t := int32(c.Args[0])
		c.numComment(int64(t), xlat.SyslogActions)
		switch t {
		case 0, 1, 5, 6, 7, 9, 10: // no buffer, no length
			return false
		case 2, 3, 4: // reads: the buffer at exit
			return true
		case 8:
			c.Ptr(c.Args[1])
			c.numComment(int64(int32(c.Args[2])), xlat.LogLevels)
			return false
		}
		c.Ptr(c.Args[1])
		c.Int32(c.Args[2])
		return false
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.Buf(c.Args[1], uint64(c.Rval))
		}
		c.Int32(c.Args[2])
	}}, "syslog")

	register(Decoder{Entry: func(c *Call) bool { c.Path(c.Args[0]); return false }}, "uselib")
	register(Decoder{Entry: func(c *Call) bool {
		// strace prints the device as a 32-bit dev and leaves the struct
		// ustat undecoded.
		c.makedev(uint64(uint32(c.Args[0])))
		c.Ptr(c.Args[1])
		return false
	}}, "ustat")

	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.swapFlags(uint32(c.Args[1]))
		return false
	}}, "swapon")

	register(Decoder{Entry: func(c *Call) bool {
		c.Const(uint64(uint32(c.Args[0])), xlat.RebootMagic1)
		c.Const(uint64(uint32(c.Args[1])), xlat.RebootMagic2)
		c.Const(uint64(uint32(c.Args[2])), xlat.RebootCmds)
		if uint32(c.Args[2]) == 0xa1b2c3d4 { // LINUX_REBOOT_CMD_RESTART2 takes a command line
			c.CStr(c.Args[3])
		}
		return false
	}}, "reboot")

	// The name is len bytes, not NUL-terminated.
	register(Decoder{Entry: func(c *Call) bool {
		c.Buf(c.Args[0], c.Args[1])
		c.Uint(c.Args[1])
		return false
	}}, "sethostname", "setdomainname")

	register(Decoder{Entry: func(c *Call) bool { c.Int32(c.Args[0]); return false }}, "iopl")
	register(Decoder{Entry: func(c *Call) bool {
		c.Hex(c.Args[0])
		c.Hex(c.Args[1])
		c.Int32(c.Args[2])
		return false
	}}, "ioperm")

	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		c.CStr(c.Args[2])
		return false
	}}, "init_module")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.CStr(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.ModuleInitFlags)
		return false
	}}, "finit_module")
	register(Decoder{Entry: func(c *Call) bool {
		c.CStr(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.DeleteModuleFlags)
		return false
	}}, "delete_module")

	register(Decoder{Entry: func(c *Call) bool {
		c.Const(uint64(uint32(c.Args[0])), xlat.IoprioWho)
		c.Int32(c.Args[1])
		c.ioprio(uint32(c.Args[2]))
		return false
	}}, "ioprio_set")
	register(Decoder{Entry: func(c *Call) bool {
		c.Const(uint64(uint32(c.Args[0])), xlat.IoprioWho)
		c.Int32(c.Args[1])
		return false
	}, Result: func(c *Call) {
		if !c.Failed() {
			c.BeginRet()
			c.ioprio(uint32(c.Rval))
		}
	}}, "ioprio_get")

	register(Decoder{Entry: func(c *Call) bool {
		c.Uint(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.Buf(c.Args[1], uint64(c.Rval))
		}
		c.Uint(c.Args[2])
	}}, "lookup_dcookie")
}

// numComment appends v in decimal with its name in a comment, as strace
// prints syslog's types: 3 /* SYSLOG_ACTION_READ_ALL */.
func (c *Call) numComment(v int64, t *xlat.Table) {
	c.Int(v)
	if name, ok := t.Lookup(uint64(v)); ok && v >= 0 {
		c.Comment(name)
	} else {
		c.Comment(t.Unknown)
	}
}

// swapFlags appends swapon's flags: the named bits, then the priority in
// decimal after a "|" (SWAP_FLAG_PREFER|5), or the priority alone.
func (c *Call) swapFlags(v uint32) {
	const prioMask = 0x7fff
	if v&^prioMask == 0 {
		c.Uint(uint64(v))
		return
	}
	c.Group()
	c.Flags(uint64(v&^prioMask), xlat.SwapFlags)
	var b [16]byte
	c.procRaw(strconv.AppendUint(append(b[:0], '|'), uint64(v&prioMask), 10))
	c.End()
}

// ioprio appends an I/O priority as IOPRIO_PRIO_VALUE(class, data).
func (c *Call) ioprio(v uint32) {
	c.Func("IOPRIO_PRIO_VALUE")
	c.Const(uint64(v>>13), xlat.IoprioClasses)
	c.Uint(uint64(v & 0x1fff))
	c.End()
}

package decode

import (
	"gostrace/internal/xlat"
)

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.personality(c.Args[0])
		c.LateSep = true
		return true
	}, Exit: func(c *Call) {
		if !c.Failed() {
			c.RetKind = RetHex
			c.BeginRet()
			c.personality(uint64(c.Rval))
		}
	}}, "personality")

	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.PidfdFlags)
		return false
	}, Ret: RetFd}, "pidfd_open")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.SignalNum(uint64(int64(int32(c.Args[1]))))
		c.siginfoAt(c.Args[2])
		c.Hex(uint64(uint32(c.Args[3])))
		return false
	}}, "pidfd_send_signal")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Int32(c.Args[1])
		c.Hex(uint64(uint32(c.Args[2])))
		return false
	}, Ret: RetFd}, "pidfd_getfd")

	// process_vm_readv shows the local data at exit, as much as was read.
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.IovArray(c.Args[1], c.Args[2], IovAddrs)
		} else {
			c.IovArray(c.Args[1], c.Args[2], c.Rval)
		}
		c.processVMRest()
	}}, "process_vm_readv")
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		c.IovArray(c.Args[1], c.Args[2], IovAll)
		c.processVMRest()
		return false
	}}, "process_vm_writev")

	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		c.PidArg(c.Args[1])
		typ := uint32(c.Args[2])
		c.Const(uint64(typ), xlat.KcmpTypes)
		switch typ {
		case 0: // KCMP_FILE: two descriptors
			c.Int32(c.Args[3])
			c.Int32(c.Args[4])
		case 7: // KCMP_EPOLL_TFD: a descriptor and a struct kcmp_epoll_slot
			c.Int32(c.Args[3])
			c.kcmpEpollSlot(c.Args[4])
		default:
			if _, ok := xlat.KcmpTypes.Lookup(uint64(typ)); !ok {
				c.Hex(c.Args[3])
				c.Hex(c.Args[4])
			}
		}
		return false
	}}, "kcmp")

	register(Decoder{Entry: func(c *Call) bool {
		c.Const(uint64(uint32(c.Args[0])), xlat.MembarrierCmds)
		flags := uint64(uint32(c.Args[1]))
		c.Flags(flags, xlat.MembarrierFlags)
		if flags&1 != 0 { // MEMBARRIER_CMD_FLAG_CPU
			c.Int32(c.Args[2])
		}
		c.LateSep = true
		return true
	}, Exit: func(c *Call) {
		if !c.Failed() && uint32(c.Args[0]) == 0 && c.Rval != 0 { // MEMBARRIER_CMD_QUERY
			c.RetKind = RetHex
			c.BeginRet()
			c.Flags(uint64(c.Rval), xlat.MembarrierCmds)
		}
	}}, "membarrier")
}

func (c *Call) processVMRest() {
	c.Uint(c.Args[2])
	c.IovArray(c.Args[3], c.Args[4], IovAddrs)
	c.Uint(c.Args[4])
	c.Uint(c.Args[5])
}

// personality appends a persona: the execution domain of the low byte,
// then the flags; 0xffffffff (a query) in hex.
func (c *Call) personality(v uint64) {
	v = uint64(uint32(v))
	if v == 0xffffffff {
		c.Hex(v)
		return
	}
	if v&^0xff == 0 {
		c.Const(v, xlat.PersonalityTypes)
		return
	}
	c.Group()
	c.Const(v&0xff, xlat.PersonalityTypes)
	c.RawText("|")
	c.Flags(v&^0xff, xlat.PersonalityFlags)
	c.End()
}

// kcmpEpollSlot appends struct kcmp_epoll_slot {efd, tfd, toff}.
func (c *Call) kcmpEpollSlot(addr uint64) {
	b := c.ReadStruct(addr, 12)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	c.Field("efd")
	c.Int32(uint64(ple.Uint32(b)))
	c.Field("tfd")
	c.Int32(uint64(ple.Uint32(b[4:])))
	c.Field("toff")
	c.Uint(uint64(ple.Uint32(b[8:])))
	c.End()
}

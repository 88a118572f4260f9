package decode

import (
	"gostrace/internal/xlat"
)

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		// Nothing was written when the call failed, nor when WNOHANG found
		// no child that changed state (it returns 0): strace prints the
		// address then.
		if c.Failed() || c.Rval == 0 {
			c.Ptr(c.Args[1])
		} else {
			c.waitStatusAt(c.Args[1])
		}
		c.Flags(uint64(uint32(c.Args[2])), xlat.WaitOptions)
		if c.Failed() {
			c.Ptr(c.Args[3])
		} else {
			c.rusageAt(c.Args[3])
		}
	}}, "wait4")
	register(Decoder{Entry: func(c *Call) bool {
		c.Const(uint64(uint32(c.Args[0])), xlat.WaitidTypes)
		switch uint32(c.Args[0]) {
		case 3: // P_PIDFD
			c.Fd(c.Args[1])
		case 1: // P_PID
			c.PidArg(c.Args[1])
		default:
			c.Int32(c.Args[1])
		}
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[2])
		} else {
			c.siginfoAt(c.Args[2])
		}
		c.Flags(uint64(uint32(c.Args[3])), xlat.WaitOptions)
		if c.Failed() {
			c.Ptr(c.Args[4])
		} else {
			c.rusageAt(c.Args[4])
		}
	}}, "waitid")
}

// waitStatusAt appends a wait status as strace prints it, with the macros
// that test it: [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], then the ptrace
// event of a stop: [{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP}|PTRACE_EVENT_EXIT<<16].
func (c *Call) waitStatusAt(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	st, ok := c.ReadU32(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	var b [96]byte
	s := b[:0]
	c.Array()
	switch {
	case st&0x7f == 0:
		s = append(s, "WIFEXITED(s) && WEXITSTATUS(s) == "...)
		s = procAppendUint(s, uint64(st>>8&0xff))
		st &^= 0xffff
	case st&0xff == 0x7f:
		s = append(s, "WIFSTOPPED(s) && WSTOPSIG(s) == "...)
		sig := int(st >> 8 & 0xff)
		if sig&0x80 != 0 && xlat.SignalName(sig&0x7f) != "" {
			// A syscall stop under PTRACE_O_TRACESYSGOOD.
			s = xlat.AppendSignal(s, sig&0x7f)
			s = append(s, " | 0x80"...)
		} else {
			s = xlat.AppendSignal(s, sig)
		}
		st &^= 0xffff
	case st == 0xffff:
		s = append(s, "WIFCONTINUED(s)"...)
		st = 0
	default:
		s = append(s, "WIFSIGNALED(s) && WTERMSIG(s) == "...)
		s = xlat.AppendSignal(s, int(st&0x7f))
		if st&0x80 != 0 {
			s = append(s, " && WCOREDUMP(s)"...)
		}
		st &^= 0xffff
	}
	c.Struct()
	c.TextBytes(s)
	c.End()
	if ev := st >> 16; ev != 0 {
		s = append(b[:0], '|')
		if name, ok := xlat.PtraceEvents.Lookup(uint64(ev)); ok {
			s = append(s, name...)
		} else {
			s = append(s, "0x"...)
			s = appendHexDigits(s, uint64(ev))
			s = append(s, " /* PTRACE_EVENT_??? */"...)
		}
		s = append(s, "<<16"...)
		c.procRaw(s)
	}
	c.End()
}

func appendHexDigits(dst []byte, v uint64) []byte {
	const digits = "0123456789abcdef"
	var h [16]byte
	i := len(h)
	for {
		i--
		h[i] = digits[v&15]
		v >>= 4
		if v == 0 {
			break
		}
	}
	return append(dst, h[i:]...)
}

// struct rusage: two timevals, then fourteen longs.
const rusageSize = 144

var rusageLongs = [...]string{"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
	"ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv",
	"ru_nsignals", "ru_nvcsw", "ru_nivcsw"}

// rusageAt appends a struct rusage: the times, then "..." unless -v.
func (c *Call) rusageAt(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, rusageSize)
	if b == nil {
		c.Ptr(addr)
		return
	}
	rusageFields(c, b)
}

func rusageFields(c *Call, b []byte) {
	c.Struct()
	c.Field("ru_utime")
	c.procTimeval(b, false)
	c.Field("ru_stime")
	c.procTimeval(b[16:], false)
	if c.opt != nil && c.opt.Verbose {
		for i, name := range rusageLongs {
			c.Field(name)
			c.Uint(ple.Uint64(b[32+8*i:]))
		}
	} else {
		c.Ellipsis()
	}
	c.End()
}

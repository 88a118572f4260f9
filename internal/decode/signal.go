package decode

import (
	"gostrace/internal/xlat"
)

// The kernel's sigset_t is 64 bits on x86_64 and arm64: the size argument
// of the rt_sig* calls must be 8, and strace prints the set only then
// (sigsetArg, in poll.go).
const sigsetSize = 8

// sigsetShort appends a set of size bytes (1 to 8): rt_sigpending accepts
// a short set, and strace counts the signals over whole 32-bit words.
func (c *Call) sigsetShort(addr, size uint64) {
	if addr == 0 || size == 0 || size > sigsetSize {
		c.Ptr(addr)
		return
	}
	b := c.tmp[:8]
	clear(b)
	if !c.ReadFull(addr, b[:size]) {
		c.Ptr(addr)
		return
	}
	t := Token{Kind: KSigset, Num: ple.Uint64(b)}
	if size <= 4 {
		t.Flags = Sigset32
	}
	c.push(t)
}

// struct sigaction as the kernel takes it (not the C library's).
const (
	saHandler  = 0
	saFlags    = 8
	saRestorer = 16
	saMask     = 24
	saSize     = 32
)

// sigaction appends a struct sigaction: {sa_handler=..., sa_mask=[...],
// sa_flags=..., sa_restorer=...}, the restorer only with SA_RESTORER.
func (c *Call) sigaction(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, saSize)
	if b == nil {
		c.Ptr(addr)
		return
	}
	sigactionFields(c, b)
}

func sigactionFields(c *Call, b []byte) {
	flags := ple.Uint64(b[saFlags:])
	c.Struct()
	c.Field("sa_handler")
	h := ple.Uint64(b[saHandler:])
	if _, ok := xlat.SignalHandlers.Lookup(h); ok {
		c.Const(h, xlat.SignalHandlers)
	} else {
		c.Ptr(h)
	}
	c.Field("sa_mask")
	c.Sigset(ple.Uint64(b[saMask:]), false)
	c.Field("sa_flags")
	c.Flags(flags, xlat.SigactionFlags)
	if flags&xlat.SigactionRestorer != 0 {
		c.Field("sa_restorer")
		c.Ptr(ple.Uint64(b[saRestorer:]))
	}
	c.End()
}

// stack_t: ss_sp, ss_flags (an int), ss_size.
const stackSize = 24

func (c *Call) stackT(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, stackSize)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	c.Field("ss_sp")
	c.Ptr(ple.Uint64(b))
	c.Field("ss_flags")
	c.Flags(uint64(ple.Uint32(b[8:])), xlat.SigaltstackFlags)
	c.Field("ss_size")
	c.Uint(ple.Uint64(b[16:]))
	c.End()
}

// siginfoAt appends the siginfo_t at addr.
func (c *Call) siginfoAt(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, SiginfoSize)
	if b == nil {
		c.Ptr(addr)
		return
	}
	Siginfo(c, b)
}

// retSignal explains a returned signal number: "= 10 (SIGUSR1)".
func (c *Call) retSignal() {
	if c.Failed() || xlat.SignalName(int(c.Rval)) == "" {
		return
	}
	c.BeginRet()
	c.SignalNum(uint64(c.Rval))
}

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.SignalNum(uint64(int64(int32(c.Args[0]))))
		c.sigaction(c.Args[1])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[2])
		} else {
			c.sigaction(c.Args[2])
		}
		c.Uint(c.Args[3])
	}}, "rt_sigaction")

	register(Decoder{Entry: func(c *Call) bool {
		c.Const(uint64(uint32(c.Args[0])), xlat.SigprocmaskHow)
		c.sigsetArg(c.Args[1], c.Args[3])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[2])
		} else {
			c.sigsetArg(c.Args[2], c.Args[3])
		}
		c.Uint(c.Args[3])
	}}, "rt_sigprocmask")

	register(Decoder{Entry: func(c *Call) bool { return true }, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[0])
		} else {
			c.sigsetShort(c.Args[0], c.Args[1])
		}
		c.Uint(c.Args[1])
	}}, "rt_sigpending")

	register(Decoder{Entry: func(c *Call) bool {
		c.sigsetArg(c.Args[0], c.Args[1])
		c.Uint(c.Args[1])
		return false
	}}, "rt_sigsuspend")

	// rt_sigtimedwait prints the siginfo and what follows at exit, or, when
	// there is no siginfo to wait for, everything at entry.
	register(Decoder{Entry: func(c *Call) bool {
		c.sigsetArg(c.Args[0], c.Args[3])
		if c.Args[1] == 0 {
			c.Ptr(0)
			c.procTimespecArg(c.Args[2])
			c.Uint(c.Args[3])
			c.LateSep = true
		}
		return true
	}, Exit: func(c *Call) {
		if c.Args[1] != 0 {
			if c.Failed() {
				c.Ptr(c.Args[1])
			} else {
				c.siginfoAt(c.Args[1])
			}
			c.procTimespecArg(c.Args[2])
			c.Uint(c.Args[3])
		}
		c.retSignal()
	}}, "rt_sigtimedwait")

	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		c.SignalNum(uint64(int64(int32(c.Args[1]))))
		c.siginfoAt(c.Args[2])
		return false
	}}, "rt_sigqueueinfo")
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		c.PidArg(c.Args[1])
		c.SignalNum(uint64(int64(int32(c.Args[2]))))
		c.siginfoAt(c.Args[3])
		return false
	}}, "rt_tgsigqueueinfo")

	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		c.SignalNum(uint64(int64(int32(c.Args[1]))))
		return false
	}}, "kill", "tkill")
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		c.PidArg(c.Args[1])
		c.SignalNum(uint64(int64(int32(c.Args[2]))))
		return false
	}}, "tgkill")

	register(Decoder{Entry: func(c *Call) bool {
		c.stackT(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.stackT(c.Args[1])
		}
	}}, "sigaltstack")

	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.sigsetArg(c.Args[1], c.Args[2])
		c.Uint(c.Args[2])
		return false
	}, Ret: RetFd}, "signalfd")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.sigsetArg(c.Args[1], c.Args[2])
		c.Uint(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.SignalfdFlags)
		return false
	}, Ret: RetFd}, "signalfd4")

	register(Decoder{Entry: func(c *Call) bool {
		c.sigreturnMask()
		return false
	}}, "rt_sigreturn")
}

// sigreturnMask prints rt_sigreturn's only "argument": the signal mask the
// call restores, read from the signal frame on the stack, {mask=[...]}, or
// the mask's address when the frame cannot be read.
func (c *Call) sigreturnMask() {
	addr := c.SP + sigframeMaskOffset
	c.Struct()
	c.Field("mask")
	if v, ok := c.ReadU64(addr); ok {
		c.Sigset(v, false)
	} else {
		c.Ptr(addr)
	}
	c.End()
}

// procTimespecArg appends a struct timespec argument.
func (c *Call) procTimespecArg(addr uint64) { c.procTimevalAt(addr, true) }

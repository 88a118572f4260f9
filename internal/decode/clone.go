package decode

import (
	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

func init() {
	register(Decoder{Entry: cloneEntry, Exit: cloneExit, Ret: RetPid}, "clone")
	register(Decoder{Entry: clone3Entry, Exit: clone3Exit, Ret: RetPid}, "clone3")
	register(Decoder{Entry: func(c *Call) bool {
		c.Flags(uint64(uint32(c.Args[0])), xlat.UnshareFlags)
		return false
	}}, "unshare")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		if t := uint32(c.Args[1]); t == 0 {
			c.Uint(0)
		} else {
			c.Const(uint64(t), xlat.SetnsTypes)
		}
		return false
	}}, "setns")
}

// clone prints the stack and the flags at entry, and at exit the
// arguments the flags give a meaning to, with the separator: strace's
// "clone(child_stack=NULL, flags=... <unfinished ...>" resumes with
// "<... clone resumed>, child_tidptr=0x...) = 1234".
func cloneEntry(c *Call) bool {
	c.Field("child_stack")
	c.Ptr(c.Args[1])
	c.Field("flags")
	c.cloneFlags(c.Args[0])
	c.LateSep = true
	return true
}

func cloneExit(c *Call) {
	flags := c.Args[0]
	if flags&(unix.CLONE_PARENT_SETTID|unix.CLONE_PIDFD) != 0 {
		c.Field("parent_tid")
		if c.Failed() {
			c.Ptr(c.Args[2])
		} else if flags&unix.CLONE_PIDFD == 0 {
			c.pidAt(c.Args[2])
		} else {
			c.procInt(c.Args[2], true)
		}
	}
	if flags&unix.CLONE_SETTLS != 0 {
		c.Field("tls")
		c.Ptr(c.Args[cloneArgTLS])
	}
	if flags&(unix.CLONE_CHILD_SETTID|unix.CLONE_CHILD_CLEARTID) != 0 {
		c.Field("child_tidptr")
		c.Ptr(c.Args[cloneArgChildTid])
	}
}

// cloneFlags appends clone's flags: the CLONE_* names, then the exit
// signal of the low byte: CLONE_VM|CLONE_VFORK|SIGCHLD.
func (c *Call) cloneFlags(v uint64) {
	sig := v & xlat.CloneSignalMask
	rest := v &^ xlat.CloneSignalMask
	switch {
	case sig == 0:
		c.Flags(rest, xlat.CloneFlags)
	case rest == 0:
		c.SignalNum(sig)
	default:
		c.Group()
		c.Flags(rest, xlat.CloneFlags)
		c.RawText("|")
		c.SignalNum(sig)
		c.End()
	}
}

// struct clone_args and the sizes of its versions.
const (
	caFlags      = 0
	caPidfd      = 8
	caChildTid   = 16
	caParentTid  = 24
	caExitSignal = 32
	caStack      = 40
	caStackSize  = 48
	caTLS        = 56
	caSetTid     = 64
	caSetTidSize = 72
	caCgroup     = 80
	caSizeVer0   = 64
	caSizeVer1   = 80
	caSizeVer2   = 88
	// The kernel accepts a bigger struct up to a page if the rest is zero.
	caSizeMax = 4096
)

// clone3 prints the struct at entry. What the kernel writes back (the
// pidfd, the child's tid in the parent) comes at exit, before the size;
// when there is nothing to write back, the size is printed at entry too.
func clone3Entry(c *Call) bool {
	addr, size := c.Args[0], c.Args[1]
	if addr == 0 || size < caSizeVer0 {
		c.Ptr(addr)
		c.Uint(size)
		return false
	}
	n := size
	if n > caSizeMax {
		n = caSizeMax
	}
	b := c.ReadStruct(addr, int(n))
	if b == nil {
		c.Ptr(addr)
		c.Uint(size)
		return false
	}
	flags := ple.Uint64(b[caFlags:])
	c.Scratch[0] = flags
	c.Scratch[1] = ple.Uint64(b[caPidfd:])
	c.Scratch[2] = ple.Uint64(b[caParentTid:])
	cloneArgsFields(c, b, flags)
	if flags&(unix.CLONE_PIDFD|unix.CLONE_PARENT_SETTID) == 0 && size <= caSizeVer2 {
		c.Uint(size)
		return false
	}
	c.LateSep = true
	return true
}

func cloneArgsFields(c *Call, b []byte, flags uint64) {
	size := uint64(len(b))
	c.Struct()
	c.Field("flags")
	c.Flags(flags, xlat.Clone3Flags)
	if flags&unix.CLONE_PIDFD != 0 {
		c.Field("pidfd")
		c.Ptr(ple.Uint64(b[caPidfd:]))
	}
	if flags&(unix.CLONE_CHILD_SETTID|unix.CLONE_CHILD_CLEARTID) != 0 {
		c.Field("child_tid")
		c.Ptr(ple.Uint64(b[caChildTid:]))
	}
	if flags&unix.CLONE_PARENT_SETTID != 0 {
		c.Field("parent_tid")
		c.Ptr(ple.Uint64(b[caParentTid:]))
	}
	c.Field("exit_signal")
	c.SignalNum(ple.Uint64(b[caExitSignal:]))
	c.Field("stack")
	c.Ptr(ple.Uint64(b[caStack:]))
	c.Field("stack_size")
	c.Hex(ple.Uint64(b[caStackSize:]))
	if flags&unix.CLONE_SETTLS != 0 {
		c.Field("tls")
		c.Ptr(ple.Uint64(b[caTLS:]))
	}
	if size >= caSizeVer1 {
		setTid, n := ple.Uint64(b[caSetTid:]), ple.Uint64(b[caSetTidSize:])
		if setTid != 0 || n != 0 {
			c.Field("set_tid")
			c.pidArray(setTid, n)
			c.Field("set_tid_size")
			c.Uint(n)
		}
	}
	if size >= caSizeVer2 {
		if cg := ple.Uint64(b[caCgroup:]); cg != 0 || flags&unix.CLONE_INTO_CGROUP != 0 {
			c.Field("cgroup")
			c.Uint(cg)
		}
	}
	if size > caSizeVer2 {
		c.extraBytes(b, caSizeVer2)
	}
	c.End()
}

// pidArray appends clone_args.set_tid: n pids at addr, or the address.
func (c *Call) pidArray(addr, n uint64) {
	if n == 0 || addr == 0 {
		c.Ptr(addr)
		return
	}
	v, ok := c.ReadU32(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := uint64(0); i < n; i++ {
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		if i > 0 {
			if v, ok = c.ReadU32(addr + 4*i); !ok {
				c.Ellipsis()
				break
			}
		}
		c.Int32(uint64(v))
	}
	c.End()
}

// extraBytes appends the bytes of a struct beyond the part this strace
// knows, when any is set: , /* bytes 88..103 */ "\x00...".
func (c *Call) extraBytes(b []byte, from int) {
	set := false
	for _, x := range b[from:] {
		if x != 0 {
			set = true
			break
		}
	}
	if !set {
		return
	}
	var buf [48]byte
	s := append(buf[:0], "/* bytes "...)
	s = procAppendUint(s, uint64(from))
	s = append(s, ".."...)
	s = procAppendUint(s, uint64(len(b)-1))
	s = append(s, " */ "...)
	extra := b[from:]
	flags := HexAll
	if len(extra) > c.limit() {
		extra, flags = extra[:c.limit()], HexAll|Trunc
	}
	c.Group()
	c.TextBytes(s)
	c.StrBytes(extra, flags)
	c.End()
}

func clone3Exit(c *Call) {
	flags := c.Scratch[0]
	if !c.Failed() && flags&(unix.CLONE_PIDFD|unix.CLONE_PARENT_SETTID) != 0 {
		c.Arrow()
		c.Struct()
		if flags&unix.CLONE_PIDFD != 0 {
			c.Field("pidfd")
			c.procInt(c.Scratch[1], true)
		}
		if flags&unix.CLONE_PARENT_SETTID != 0 {
			c.Field("parent_tid")
			c.pidAt(c.Scratch[2])
		}
		// strace 6.1 shows a bigger struct's unknown bytes here again.
		if size := c.Args[1]; size > caSizeVer2 {
			if size > caSizeMax {
				size = caSizeMax
			}
			if b := c.ReadStruct(c.Args[0], int(size)); b != nil {
				c.extraBytes(b, caSizeVer2)
			}
		}
		c.End()
	}
	c.Uint(c.Args[1])
}

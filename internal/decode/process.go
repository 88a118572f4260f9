package decode

import (
	"strconv"

	"gostrace/internal/xlat"
)

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.StrArray(c.Args[1])
		c.envp(c.Args[2])
		return false
	}}, "execve")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.StrArray(c.Args[2])
		c.envp(c.Args[3])
		c.Flags(uint64(uint32(c.Args[4])), xlat.ExecveatFlags)
		return false
	}}, "execveat")
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		return false
	}, Ret: RetUnknown}, "exit", "exit_group")
	register(Decoder{Entry: func(c *Call) bool { return false }},
		"getuid", "geteuid", "getgid", "getegid",
		"sched_yield", "getpgrp", "setsid", "sync", "pause", "vhangup", "munlockall",
		"inotify_init")
	register(Decoder{Entry: func(c *Call) bool { return false }, Ret: RetPid},
		"getpid", "getppid", "gettid", "fork", "vfork")
	// set_tid_address and rseq print their addresses in hex, 0 included:
	// strace 6.1 does not decode rseq.
	register(Decoder{Entry: func(c *Call) bool {
		c.Hex(c.Args[0])
		return false
	}}, "set_tid_address")
	register(Decoder{Entry: func(c *Call) bool {
		c.Hex(c.Args[0])
		c.Hex(uint64(uint32(c.Args[1])))
		c.Hex(uint64(uint32(c.Args[2])))
		c.Hex(uint64(uint32(c.Args[3])))
		return false
	}}, "rseq")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		return false
	}}, "set_robust_list")
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
			c.Ptr(c.Args[2])
			return
		}
		c.procPtr(c.Args[1])
		c.procULong(c.Args[2])
	}}, "get_robust_list")

	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		return false
	}}, "getpgid", "getsid")
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		c.Int32(c.Args[1]) // a process group: strace does not decorate it
		return false
	}}, "setpgid")

	// Credentials: ids print as unsigned numbers, -1 ("unchanged") as -1.
	register(Decoder{Entry: func(c *Call) bool {
		c.ownerID(c.Args[0])
		return false
	}}, "setuid", "setgid", "setfsuid", "setfsgid")
	register(Decoder{Entry: func(c *Call) bool {
		c.ownerID(c.Args[0])
		c.ownerID(c.Args[1])
		return false
	}}, "setreuid", "setregid")
	register(Decoder{Entry: func(c *Call) bool {
		c.ownerID(c.Args[0])
		c.ownerID(c.Args[1])
		c.ownerID(c.Args[2])
		return false
	}}, "setresuid", "setresgid")
	register(Decoder{Entry: func(c *Call) bool { return true }, Exit: func(c *Call) {
		for i := 0; i < 3; i++ {
			if c.Failed() {
				c.Ptr(c.Args[i])
			} else {
				c.idAt(c.Args[i])
			}
		}
	}}, "getresuid", "getresgid")
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		// strace reads as many groups as returned, even when the size
		// was 0 (a question the kernel answers without writing).
		if c.Failed() {
			c.Ptr(c.Args[1])
			return
		}
		c.gidList(c.Args[1], uint64(c.Rval))
	}}, "getgroups")
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		c.gidList(c.Args[1], uint64(uint32(c.Args[0])))
		return false
	}}, "setgroups")
}

// envp prints execve's environment as strace does: its address and a
// comment with the number of variables, or (-v) the strings.
func (c *Call) envp(addr uint64) {
	if c.opt != nil && c.opt.Verbose {
		c.StrArray(addr)
		return
	}
	c.Ptr(addr)
	if addr == 0 {
		return
	}
	n := c.CountPtrs(addr)
	if n < 0 {
		return
	}
	var b [32]byte
	s := strconv.AppendInt(b[:0], int64(n), 10)
	if n == 1 {
		s = append(s, " var"...)
	} else {
		s = append(s, " vars"...)
	}
	c.CommentBytes(s)
}

// idAt appends "[uid]" for the id at addr (getresuid), or the address.
func (c *Call) idAt(addr uint64) {
	v, ok := c.ReadU32(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	c.ownerID(uint64(v))
	c.End()
}

// gidList appends n group ids at addr, at most -s of them.
func (c *Call) gidList(addr, n uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	v, ok := c.ReadU32(addr)
	if n > 0 && !ok {
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
		c.ownerID(uint64(v))
	}
	c.End()
}

// procULong appends "[n]" for the unsigned long at addr, or the address.
func (c *Call) procULong(addr uint64) {
	v, ok := c.ReadU64(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	c.Uint(v)
	c.End()
}

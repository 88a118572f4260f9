package decode

import "strconv"

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.StrArray(c.Args[1])
		c.envp(c.Args[2])
		return false
	}}, "execve")
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		return false
	}, Ret: RetUnknown}, "exit", "exit_group")
	register(Decoder{Entry: func(c *Call) bool { return false }},
		"getpid", "getppid", "getuid", "geteuid", "getgid", "getegid", "gettid",
		"sched_yield", "getpgrp", "setsid", "sync", "pause", "vhangup", "munlockall",
		"inotify_init", "fork", "vfork")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		return false
	}}, "set_tid_address")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		return false
	}}, "set_robust_list")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Hex(uint64(uint32(c.Args[1])))
		c.Hex(uint64(uint32(c.Args[2])))
		c.Hex(uint64(uint32(c.Args[3])))
		return false
	}}, "rseq")
}

// envp prints execve's environment as strace does: its address and a
// comment with the number of variables.
func (c *Call) envp(addr uint64) {
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

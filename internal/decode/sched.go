package decode

import (
	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		c.Uint(c.Args[1])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[2])
		} else {
			c.cpuSet(c.Args[2], uint64(c.Rval))
		}
	}}, "sched_getaffinity")
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		c.Uint(c.Args[1])
		c.cpuSet(c.Args[2], c.Args[1])
		return false
	}}, "sched_setaffinity")
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		c.LateSep = true
		return true
	}, Exit: func(c *Call) {
		if !c.Failed() {
			if _, ok := xlat.SchedPolicies.Lookup(uint64(c.Rval)); ok {
				c.BeginRet()
				c.Const(uint64(c.Rval), xlat.SchedPolicies)
			}
		}
	}}, "sched_getscheduler")
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		c.Const(uint64(uint32(c.Args[1])), xlat.SchedPolicies)
		c.schedParam(c.Args[2])
		return false
	}}, "sched_setscheduler")
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.schedParam(c.Args[1])
		}
	}}, "sched_getparam")
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		c.schedParam(c.Args[1])
		return false
	}}, "sched_setparam")
	register(Decoder{Entry: func(c *Call) bool {
		c.Const(uint64(uint32(c.Args[0])), xlat.SchedPolicies)
		return false
	}}, "sched_get_priority_max", "sched_get_priority_min")
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.procTimespecArg(c.Args[1])
		}
	}}, "sched_rr_get_interval")
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.schedAttr(c.Args[1])
		}
		c.Uint(uint64(uint32(c.Args[2])))
		c.Uint(uint64(uint32(c.Args[3])))
	}}, "sched_getattr")
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		c.schedAttr(c.Args[1])
		c.Uint(uint64(uint32(c.Args[2])))
		return false
	}}, "sched_setattr")
	register(Decoder{Entry: func(c *Call) bool {
		c.Const(uint64(uint32(c.Args[0])), xlat.PrioWhich)
		c.prioWho(c.Args[0], c.Args[1])
		c.Int32(c.Args[2])
		return false
	}}, "setpriority")
	register(Decoder{Entry: func(c *Call) bool {
		c.Const(uint64(uint32(c.Args[0])), xlat.PrioWhich)
		c.prioWho(c.Args[0], c.Args[1])
		return false
	}}, "getpriority")
	register(Decoder{Entry: func(c *Call) bool { return true }, Exit: func(c *Call) {
		for i := 0; i < 2; i++ {
			if c.Failed() {
				c.Ptr(c.Args[i])
			} else if c.Args[i] == 0 {
				c.Ptr(0)
			} else {
				c.procInt(c.Args[i], false)
			}
		}
		c.Ptr(c.Args[2])
	}}, "getcpu")
}

// cpuSet appends the CPUs of the n-byte mask at addr: [0 1 64], all of
// them (strace does not abbreviate the list).
func (c *Call) cpuSet(addr, n uint64) {
	w := c.tmp[:8]
	clear(w)
	first := min(n, 8)
	if addr == 0 || n == 0 || !c.ReadFull(addr, w[:first]) {
		c.Ptr(addr)
		return
	}
	var b [512]byte
	s := append(b[:0], '[')
	sep := false
	c.Group()
	for off := uint64(0); off < n; off += 8 {
		k := min(n-off, 8)
		if off > 0 {
			clear(w)
			if !c.ReadFull(addr+off, w[:k]) {
				break
			}
		}
		for bit, v := uint64(0), ple.Uint64(w); v != 0; bit, v = bit+1, v>>1 {
			if v&1 == 0 {
				continue
			}
			if sep {
				s = append(s, ' ')
			}
			sep = true
			s = procAppendUint(s, off*8+bit)
		}
		if len(s) > len(b)-32*8 {
			// A long list goes in pieces: the arena copies them.
			c.TextBytes(s)
			s = b[:0]
		}
	}
	c.TextBytes(append(s, ']'))
	c.End()
}

// schedParam appends struct sched_param: [priority].
func (c *Call) schedParam(addr uint64) {
	c.procInt(addr, true)
}

// struct sched_attr and its sizes.
const (
	saSizeVer0 = 48
	saSizeVer1 = 56
)

// schedAttr appends struct sched_attr: the policy is left out when
// SCHED_FLAG_KEEP_POLICY is set, the parameters when SCHED_FLAG_KEEP_PARAMS
// is, the utilization clamps when the struct (its size field) is too small
// for them, and "..." ends a struct bigger than this strace knows.
func (c *Call) schedAttr(addr uint64) {
	b := c.ReadStruct(addr, saSizeVer1)
	if b == nil {
		if b = c.ReadStruct(addr, saSizeVer0); b == nil {
			c.Ptr(addr)
			return
		}
	}
	size := uint64(ple.Uint32(b))
	flags := ple.Uint64(b[8:])
	c.Struct()
	c.Field("size")
	c.Uint(size)
	// The kernel keeps the policy with either flag, and strace shows it so.
	if flags&(unix.SCHED_FLAG_KEEP_POLICY|unix.SCHED_FLAG_KEEP_PARAMS) == 0 {
		c.Field("sched_policy")
		c.Const(uint64(ple.Uint32(b[4:])), xlat.SchedPolicies)
	}
	c.Field("sched_flags")
	c.Flags(flags, xlat.SchedFlags)
	if flags&unix.SCHED_FLAG_KEEP_PARAMS == 0 {
		c.Field("sched_nice")
		c.Int32(uint64(ple.Uint32(b[16:])))
		c.Field("sched_priority")
		c.Uint(uint64(ple.Uint32(b[20:])))
		c.Field("sched_runtime")
		c.Uint(ple.Uint64(b[24:]))
		c.Field("sched_deadline")
		c.Uint(ple.Uint64(b[32:]))
		c.Field("sched_period")
		c.Uint(ple.Uint64(b[40:]))
	}
	if len(b) >= saSizeVer1 && size >= saSizeVer1 {
		c.Field("sched_util_min")
		c.Uint(uint64(ple.Uint32(b[48:])))
		c.Field("sched_util_max")
		c.Uint(uint64(ple.Uint32(b[52:])))
		if size > saSizeVer1 {
			c.Ellipsis()
		}
	}
	c.End()
}

// prioWho appends the "who" of getpriority and setpriority: a process id
// for PRIO_PROCESS (which -Y decorates), else a group or user id.
func (c *Call) prioWho(which, who uint64) {
	if uint32(which) == unix.PRIO_PROCESS {
		c.PidArg(who)
	} else {
		c.Int32(who)
	}
}

package decode

import (
	"unsafe"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.PidArg(c.Args[0])
		c.Const(uint64(uint32(c.Args[1])), xlat.RlimitResources)
		c.rlimitAt(c.Args[2])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[3])
		} else {
			c.rlimitAt(c.Args[3])
		}
	}}, "prlimit64")
	register(Decoder{Entry: func(c *Call) bool {
		c.Const(uint64(uint32(c.Args[0])), xlat.RlimitResources)
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.rlimitAt(c.Args[1])
		}
	}}, "getrlimit")
	register(Decoder{Entry: func(c *Call) bool {
		c.Const(uint64(uint32(c.Args[0])), xlat.RlimitResources)
		c.rlimitAt(c.Args[1])
		return false
	}}, "setrlimit")
	register(Decoder{Entry: func(c *Call) bool {
		c.procConstInt(c.Args[0], xlat.RusageWho)
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.rusageAt(c.Args[1])
		}
	}}, "getrusage")
	register(Decoder{Entry: func(c *Call) bool { return true }, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[0])
		} else {
			c.tmsAt(c.Args[0])
		}
	}, Ret: RetUdec}, "times")
	register(Decoder{Entry: func(c *Call) bool { return true }, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[0])
		} else {
			c.utsnameAt(c.Args[0])
		}
	}}, "uname")
	register(Decoder{Entry: func(c *Call) bool { return true }, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[0])
		} else {
			c.sysinfoAt(c.Args[0])
		}
	}}, "sysinfo")
	register(Decoder{Entry: func(c *Call) bool { return true }, Exit: func(c *Call) {
		if c.Failed() || c.Args[0] == 0 {
			c.Ptr(c.Args[0])
		} else {
			c.BufHex(c.Args[0], uint64(c.Rval))
		}
		c.Uint(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.GetrandomFlags)
	}}, "getrandom")
}

// rlimitAt appends {rlim_cur=..., rlim_max=...}.
func (c *Call) rlimitAt(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, 16)
	if b == nil {
		c.Ptr(addr)
		return
	}
	rlimitFields(c, b)
}

func rlimitFields(c *Call, b []byte) {
	c.Struct()
	c.Field("rlim_cur")
	c.rlimValue(ple.Uint64(b))
	c.Field("rlim_max")
	c.rlimValue(ple.Uint64(b[8:]))
	c.End()
}

// rlimValue prints a limit as strace does: RLIM64_INFINITY, a multiple of
// 1024 above 1024 as "N*1024" (8192*1024 for 8 MiB), else the number.
func (c *Call) rlimValue(v uint64) {
	switch {
	case v == ^uint64(0):
		c.Named(v, NumDec)
		c.Text("RLIM64_INFINITY")
		c.End()
	case v > 1024 && v%1024 == 0:
		var b [32]byte
		s := procAppendUint(b[:0], v/1024)
		c.Named(v, NumDec)
		c.TextBytes(append(s, "*1024"...))
		c.End()
	default:
		c.Uint(v)
	}
}

// tmsAt appends struct tms: four clock_t.
func (c *Call) tmsAt(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, 32)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	for i, name := range [...]string{"tms_utime", "tms_stime", "tms_cutime", "tms_cstime"} {
		c.Field(name)
		siginfoClock(c, ple.Uint64(b[8*i:]))
	}
	c.End()
}

const utsLen = 65

var utsFields = [...]string{"sysname", "nodename", "release", "version", "machine", "domainname"}

// utsnameAt appends struct utsname: sysname and nodename then "...",
// all six fields with -v.
func (c *Call) utsnameAt(addr uint64) {
	b := c.ReadStruct(addr, int(unsafe.Sizeof(unix.Utsname{})))
	if b == nil {
		c.Ptr(addr)
		return
	}
	utsnameFields(c, b)
}

func utsnameFields(c *Call, b []byte) {
	n := 2
	if c.opt != nil && c.opt.Verbose {
		n = len(utsFields)
	}
	c.Struct()
	for i := 0; i < n; i++ {
		c.Field(utsFields[i])
		c.utsString(b[utsLen*i : utsLen*(i+1)])
	}
	if n < len(utsFields) {
		c.Ellipsis()
	}
	c.End()
}

// utsString appends a fixed-size, NUL-padded field as a string; one that
// fills the field without a NUL is cut before its last byte, with "...".
func (c *Call) utsString(f []byte) {
	for i, ch := range f {
		if ch == 0 {
			c.StrBytes(f[:i], NulTerm)
			return
		}
	}
	c.StrBytes(f[:len(f)-1], NulTerm|Trunc)
}

var sysinfoLayout = unix.Sysinfo_t{}

// sysinfoAt appends struct sysinfo, which strace always prints whole.
func (c *Call) sysinfoAt(addr uint64) {
	b := c.ReadStruct(addr, int(unsafe.Sizeof(sysinfoLayout)))
	if b == nil {
		c.Ptr(addr)
		return
	}
	sysinfoFields(c, b)
}

func sysinfoFields(c *Call, b []byte) {
	u := func(name string, off uintptr) {
		c.Field(name)
		c.Uint(ple.Uint64(b[off:]))
	}
	c.Struct()
	c.Field("uptime")
	c.Int(int64(ple.Uint64(b[unsafe.Offsetof(sysinfoLayout.Uptime):])))
	c.Field("loads")
	c.Array()
	for i := uintptr(0); i < 3; i++ {
		c.Uint(ple.Uint64(b[unsafe.Offsetof(sysinfoLayout.Loads)+8*i:]))
	}
	c.End()
	u("totalram", unsafe.Offsetof(sysinfoLayout.Totalram))
	u("freeram", unsafe.Offsetof(sysinfoLayout.Freeram))
	u("sharedram", unsafe.Offsetof(sysinfoLayout.Sharedram))
	u("bufferram", unsafe.Offsetof(sysinfoLayout.Bufferram))
	u("totalswap", unsafe.Offsetof(sysinfoLayout.Totalswap))
	u("freeswap", unsafe.Offsetof(sysinfoLayout.Freeswap))
	c.Field("procs")
	c.Uint(uint64(ple.Uint16(b[unsafe.Offsetof(sysinfoLayout.Procs):])))
	u("totalhigh", unsafe.Offsetof(sysinfoLayout.Totalhigh))
	u("freehigh", unsafe.Offsetof(sysinfoLayout.Freehigh))
	c.Field("mem_unit")
	c.Uint(uint64(ple.Uint32(b[unsafe.Offsetof(sysinfoLayout.Unit):])))
	c.End()
}

package decode

import (
	"gostrace/internal/xlat"
)

// siginfo_t offsets (the 64-bit layout): the header, then a union whose
// member depends on the signal and si_code.
const (
	siSigno   = 0
	siErrno   = 4
	siCode    = 8
	siPid     = 16 // kill, rt, sigchld
	siUid     = 20
	siTimerid = 16 // timer
	siOverrun = 20
	siValue   = 24 // timer, rt: union sigval
	siStatus  = 24 // sigchld
	siUtime   = 32
	siStime   = 40
	siAddr    = 16 // sigfault
	siAddrLsb = 24
	siLower   = 32
	siUpper   = 40
	siPkey    = 32
	siBand    = 16 // sigpoll
	siFd      = 24
	siCallAd  = 16 // sigsys
	siSyscall = 24
	siArch    = 28

	// SiginfoSize is sizeof(siginfo_t).
	SiginfoSize = 128
)

// The si_code values that select the union member.
const (
	siUser    = 0
	siTimer   = -2
	siSigio   = -5
	siTkill   = -6
	cldExited = 1
)

// Siginfo decodes a siginfo_t as strace prints it in "--- SIG... {...} ---"
// lines and in rt_sigqueueinfo, rt_sigtimedwait, waitid and ptrace: which
// fields appear depends on si_code first (sent by a process, a timer, the
// kernel...) and then on the signal. strace prints "{}" when si_signo is 0.
func Siginfo(c *Call, b []byte) {
	if len(b) < 48 {
		c.Ptr(0)
		return
	}
	signo := int32(ple.Uint32(b[siSigno:]))
	c.Struct()
	if signo == 0 {
		c.End()
		return
	}
	errno := ple.Uint32(b[siErrno:])
	code := int32(ple.Uint32(b[siCode:]))
	c.Field("si_signo")
	c.SignalNum(uint64(int64(signo)))
	c.Field("si_code")
	if t := siCodeTable(signo, code); t != nil {
		if _, ok := t.Lookup(uint64(int64(code))); ok {
			c.Const(uint64(int64(code)), t)
		} else {
			c.Hex(uint64(uint32(code)))
		}
	} else {
		c.Hex(uint64(uint32(code)))
	}
	if errno != 0 {
		c.Field("si_errno")
		if name, ok := xlat.ErrnoName(int(errno)); ok {
			c.Text(name)
		} else {
			c.Uint(uint64(errno))
		}
	}
	switch {
	case code == siTimer:
		c.Field("si_timerid")
		c.Hex(uint64(ple.Uint32(b[siTimerid:])))
		c.Field("si_overrun")
		c.Int32(uint64(ple.Uint32(b[siOverrun:])))
		siginfoValue(c, b)
	case code == siSigio:
		siginfoPoll(c, b)
	case code == siUser || code == siTkill:
		siginfoPid(c, b)
	case code < 0:
		siginfoPid(c, b)
		if ple.Uint64(b[siValue:]) != 0 {
			siginfoValue(c, b)
		}
	default:
		siginfoKernel(c, b, signo, code)
	}
	c.End()
}

// siginfoKernel appends the fields of a siginfo the kernel filled
// (si_code > 0, SI_KERNEL included): they depend on the signal.
func siginfoKernel(c *Call, b []byte, signo, code int32) {
	switch signo {
	case sigchld:
		siginfoPid(c, b)
		c.Field("si_status")
		st := uint64(int64(int32(ple.Uint32(b[siStatus:]))))
		if code == cldExited {
			c.Int(int64(st))
		} else {
			c.SignalNum(st)
		}
		c.Field("si_utime")
		siginfoClock(c, ple.Uint64(b[siUtime:]))
		c.Field("si_stime")
		siginfoClock(c, ple.Uint64(b[siStime:]))
	case sigill, sigfpe, sigsegv, sigbus, sigtrap:
		c.Field("si_addr")
		c.Ptr(ple.Uint64(b[siAddr:]))
		switch {
		case signo == sigsegv && code == 3: // SEGV_BNDERR
			c.Field("si_lower")
			c.Ptr(ple.Uint64(b[siLower:]))
			c.Field("si_upper")
			c.Ptr(ple.Uint64(b[siUpper:]))
		case signo == sigsegv && code == 4: // SEGV_PKUERR
			c.Field("si_pkey")
			c.Uint(uint64(ple.Uint32(b[siPkey:])))
		case signo == sigbus && (code == 4 || code == 5): // BUS_MCEERR_AR, BUS_MCEERR_AO
			c.Field("si_addr_lsb")
			c.Hex(uint64(ple.Uint16(b[siAddrLsb:])))
		}
	case sigpoll:
		if code >= 1 && code <= 6 { // POLL_IN ... POLL_HUP
			siginfoPoll(c, b)
		}
	case sigsys:
		c.Field("si_call_addr")
		c.Ptr(ple.Uint64(b[siCallAd:]))
		c.Field("si_syscall")
		c.seccompSyscall(ple.Uint32(b[siSyscall:]), ple.Uint32(b[siArch:]))
		c.Field("si_arch")
		c.Const(uint64(ple.Uint32(b[siArch:])), xlat.AuditArch)
	default:
		// A signal that has no layout of its own, sent by the kernel:
		// strace shows the sender and the value only when they are set.
		if ple.Uint64(b[siPid:]) != 0 {
			siginfoPid(c, b)
		}
		if ple.Uint64(b[siValue:]) != 0 {
			siginfoValue(c, b)
		}
	}
}

func siginfoPid(c *Call, b []byte) {
	c.Field("si_pid")
	c.PidArg(uint64(ple.Uint32(b[siPid:])))
	c.Field("si_uid")
	c.Uint(uint64(ple.Uint32(b[siUid:])))
}

func siginfoValue(c *Call, b []byte) {
	c.Field("si_int")
	c.Int32(uint64(ple.Uint32(b[siValue:])))
	c.Field("si_ptr")
	c.Ptr(ple.Uint64(b[siValue:]))
}

func siginfoPoll(c *Call, b []byte) {
	c.Field("si_band")
	c.Int(int64(ple.Uint64(b[siBand:])))
	c.Field("si_fd")
	c.Int32(uint64(ple.Uint32(b[siFd:])))
}

// siginfoClock appends a CPU time in clock ticks (siginfo, struct tms),
// with its value in seconds in a comment when it is not zero:
// "5 /* 0.05 s */". The kernel counts in USER_HZ, 100 on x86_64 and arm64.
func siginfoClock(c *Call, ticks uint64) {
	c.Uint(ticks)
	if ticks == 0 {
		return
	}
	var buf [32]byte
	s := procAppendUint(buf[:0], ticks/100)
	s = append(s, '.', byte('0'+ticks%100/10), byte('0'+ticks%10), ' ', 's')
	c.CommentBytes(s)
}

// seccompSyscall appends the syscall number of a seccomp report: "__NR_name"
// when it is a native call, a number with the name in a comment for the x32
// ABI, the bare number otherwise.
func (c *Call) seccompSyscall(nr, arch uint32) {
	if arch == nativeAuditArch {
		if x32Bit != 0 && nr&x32Bit != 0 {
			c.Uint(uint64(nr))
			if name := sysentLookup(int(nr &^ x32Bit)); name != "" {
				c.Comment(name)
			}
			return
		}
		if name := sysentLookup(int(nr)); name != "" {
			var buf [64]byte
			c.TextBytes(append(append(buf[:0], "__NR_"...), name...))
			return
		}
	}
	c.Uint(uint64(nr))
}

// Signal numbers that select a siginfo layout; the same on x86_64 and arm64.
const (
	sigill  = 4
	sigtrap = 5
	sigbus  = 7
	sigfpe  = 8
	sigsegv = 11
	sigchld = 17
	sigpoll = 29
	sigsys  = 31
)

// siCodeTable returns the table that names si_code for a signal.
func siCodeTable(signo, code int32) *xlat.Table {
	if code <= 0 || code == 0x80 {
		return xlat.SiCodes
	}
	switch signo {
	case sigchld:
		return xlat.SigchldCodes
	case sigsegv:
		return xlat.SigsegvCodes
	case sigbus:
		return xlat.SigbusCodes
	case sigill:
		return xlat.SigillCodes
	case sigfpe:
		return xlat.SigfpeCodes
	case sigtrap:
		return xlat.SigtrapCodes
	case sigpoll:
		return xlat.SigpollCodes
	case sigsys:
		return xlat.SigsysCodes
	}
	return nil
}

// SignalNum appends a signal number by name ("SIGCHLD"), or the number.
func (c *Call) SignalNum(v uint64) { c.ConstDec(v, xlat.Signals) }

// errnoValue appends an errno by name, or its number.
func (c *Call) errnoValue(e int) {
	if name, ok := xlat.ErrnoName(e); ok {
		c.Text(name)
		return
	}
	c.Int(int64(e))
}

// syscallNumber appends __NR_name for a syscall number.
func (c *Call) syscallNumber(n uint64) {
	if e := sysentLookup(int(n)); e != "" {
		c.TextBytes(append([]byte("__NR_"), e...))
		return
	}
	c.Uint(n)
}

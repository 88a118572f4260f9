package decode

import (
	"encoding/binary"

	"gostrace/internal/xlat"
)

// Siginfo decodes a siginfo_t (128 bytes, the 64-bit layout) into a struct,
// as strace prints it in "--- SIG... {...} ---" lines and in calls such as
// rt_sigqueueinfo and waitid.
func Siginfo(c *Call, b []byte) {
	if len(b) < 48 {
		c.Ptr(0)
		return
	}
	le := binary.LittleEndian
	signo := int(int32(le.Uint32(b[0:])))
	errno := int(int32(le.Uint32(b[4:])))
	code := int64(int32(le.Uint32(b[8:])))
	c.Struct()
	c.Field("si_signo")
	c.SignalNum(uint64(signo))
	c.Field("si_code")
	codes := siCodeTable(signo, code)
	c.Const(uint64(code), codes)
	if errno != 0 {
		c.Field("si_errno")
		c.errnoValue(errno)
	}
	pid := func() {
		c.Field("si_pid")
		c.Int(int64(int32(le.Uint32(b[16:]))))
		c.Field("si_uid")
		c.Uint(uint64(le.Uint32(b[20:])))
	}
	sigval := func() {
		c.Field("si_int")
		c.Int(int64(int32(le.Uint32(b[24:]))))
		c.Field("si_ptr")
		c.Ptr(le.Uint64(b[24:]))
	}
	switch {
	case code <= 0: // sent by a process (SI_USER, SI_QUEUE, SI_TKILL...)
		switch code {
		case -2: // SI_TIMER
			c.Field("si_timerid")
			c.Hex(uint64(le.Uint32(b[16:])))
			c.Field("si_overrun")
			c.Int(int64(int32(le.Uint32(b[20:]))))
			sigval()
		case -1, -3: // SI_QUEUE, SI_MESGQ
			pid()
			sigval()
		case -5: // SI_SIGIO
			c.Field("si_band")
			c.Int(int64(le.Uint64(b[16:])))
			c.Field("si_fd")
			c.Int(int64(int32(le.Uint32(b[24:]))))
		default:
			pid()
		}
	case code == 0x80: // SI_KERNEL
		switch signo {
		case 4, 7, 8, 11, 5: // SIGILL SIGBUS SIGFPE SIGSEGV SIGTRAP
			c.Field("si_addr")
			c.Ptr(le.Uint64(b[16:]))
		}
	default:
		switch signo {
		case 17: // SIGCHLD
			pid()
			c.Field("si_status")
			st := int64(int32(le.Uint32(b[24:])))
			if code == 1 { // CLD_EXITED: an exit code
				c.Int(st)
			} else {
				c.SignalNum(uint64(st))
			}
			c.Field("si_utime")
			c.Int(int64(le.Uint64(b[32:])))
			c.Field("si_stime")
			c.Int(int64(le.Uint64(b[40:])))
		case 4, 7, 8, 11, 5: // faults: the address
			c.Field("si_addr")
			c.Ptr(le.Uint64(b[16:]))
		case 29: // SIGIO/SIGPOLL
			c.Field("si_band")
			c.Int(int64(le.Uint64(b[16:])))
			c.Field("si_fd")
			c.Int(int64(int32(le.Uint32(b[24:]))))
		case 31: // SIGSYS
			c.Field("si_call_addr")
			c.Ptr(le.Uint64(b[16:]))
			c.Field("si_syscall")
			c.syscallNumber(uint64(le.Uint32(b[24:])))
			c.Field("si_arch")
			c.Const(uint64(le.Uint32(b[28:])), xlat.AuditArch)
		default:
			pid()
		}
	}
	c.End()
}

func siCodeTable(signo int, code int64) *xlat.Table {
	if code <= 0 || code == 0x80 {
		return xlat.SiCodes
	}
	switch signo {
	case 17:
		return xlat.SigchldCodes
	case 11:
		return xlat.SigsegvCodes
	case 7:
		return xlat.SigbusCodes
	case 4:
		return xlat.SigillCodes
	case 8:
		return xlat.SigfpeCodes
	case 5:
		return xlat.SigtrapCodes
	case 29:
		return xlat.SigpollCodes
	case 31:
		return xlat.SigsysCodes
	}
	return xlat.SiCodes
}

// SignalNum appends a signal number by name ("SIGCHLD"), or the number.
func (c *Call) SignalNum(v uint64) { c.ConstDec(v, xlat.Signals) }

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

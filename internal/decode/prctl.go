package decode

import (
	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

func init() {
	register(Decoder{Entry: prctlEntry, Exit: prctlExit}, "prctl")
}

// prctl's options decide how many arguments are printed and how: strace
// 6.1 prints the getters that return their result without arguments, the
// setters' value in the option's own terms, and an unknown option's four
// arguments in hex.
func prctlEntry(c *Call) bool {
	op := uint32(c.Args[0])
	a1, a2 := c.Args[1], c.Args[2]
	c.Const(uint64(op), xlat.PrctlOptions)
	switch op {
	case unix.PR_GET_DUMPABLE, unix.PR_GET_KEEPCAPS, unix.PR_GET_TIMING, unix.PR_GET_SECCOMP,
		unix.PR_GET_SECUREBITS, unix.PR_GET_TIMERSLACK, unix.PR_TASK_PERF_EVENTS_DISABLE,
		unix.PR_TASK_PERF_EVENTS_ENABLE, unix.PR_GET_FP_MODE, unix.PR_SVE_GET_VL, unix.PR_SME_GET_VL:
		// Nothing but the result, explained at exit.
		c.LateSep = true
		return true
	case unix.PR_GET_PDEATHSIG, unix.PR_GET_UNALIGN, unix.PR_GET_FPEMU, unix.PR_GET_FPEXC,
		unix.PR_GET_ENDIAN, unix.PR_GET_NAME, unix.PR_GET_TSC, unix.PR_GET_CHILD_SUBREAPER,
		unix.PR_GET_TID_ADDRESS:
		return true
	case unix.PR_SET_PDEATHSIG:
		c.SignalNum(a1)
	case unix.PR_SET_DUMPABLE:
		c.Const(a1, xlat.PrSuidDump)
	case unix.PR_SET_UNALIGN:
		c.Flags(uint64(uint32(a1)), xlat.PrUnalign)
	case unix.PR_SET_KEEPCAPS, unix.PR_SET_FPEMU, unix.PR_SET_FPEXC, unix.PR_SET_TIMING,
		unix.PR_SET_ENDIAN, unix.PR_SET_TIMERSLACK, unix.PR_SET_CHILD_SUBREAPER:
		c.Uint(a1)
	case unix.PR_SET_NAME:
		c.commSetName(a1)
	case unix.PR_SET_SECCOMP:
		c.Const(a1, xlat.SeccompModes)
		if a1 == unix.SECCOMP_MODE_FILTER {
			c.sockFprog(a2)
			return false
		}
		c.prctlHex(2)
	case unix.PR_CAPBSET_READ, unix.PR_CAPBSET_DROP:
		c.Const(a1, xlat.Capabilities)
	case unix.PR_SET_TSC:
		c.Const(uint64(uint32(a1)), xlat.PrTsc)
	case unix.PR_SET_SECUREBITS:
		c.Flags(a1, xlat.SecureBits)
	case unix.PR_MCE_KILL:
		c.Const(a1, xlat.PrMceKill)
		if a1 == unix.PR_MCE_KILL_SET {
			c.Const(a2, xlat.PrMceKillPolicy)
			c.prctlHex(3)
		} else {
			c.prctlHex(2)
		}
	case unix.PR_SET_MM:
		c.Const(a1, xlat.PrSetMm)
		c.prctlHex(2)
	case unix.PR_SET_NO_NEW_PRIVS, unix.PR_SET_THP_DISABLE, unix.PR_SET_IO_FLUSHER:
		c.Uint(a1)
		c.prctlHex(2)
	case unix.PR_SET_FP_MODE:
		c.Flags(uint64(uint32(a1)), xlat.PrFpMode)
	case unix.PR_CAP_AMBIENT:
		c.Const(a1, xlat.PrCapAmbient)
		switch a1 {
		case unix.PR_CAP_AMBIENT_IS_SET, unix.PR_CAP_AMBIENT_RAISE, unix.PR_CAP_AMBIENT_LOWER:
			c.Const(a2, xlat.Capabilities)
			c.prctlHex(3)
		default:
			c.prctlHex(2)
		}
	case unix.PR_SVE_SET_VL:
		c.vectorLength(a1, xlat.PrSveVlFlags)
	case unix.PR_SME_SET_VL:
		c.vectorLength(a1, xlat.PrSmeVlFlags)
	case unix.PR_GET_SPECULATION_CTRL:
		c.Const(a1, xlat.PrSpecFeature)
		c.LateSep = true
		return true
	case unix.PR_SET_SPECULATION_CTRL:
		c.Const(a1, xlat.PrSpecFeature)
		if _, ok := xlat.PrSpecFeature.Lookup(a1); ok {
			c.Const(a2, xlat.PrSpecState)
		} else {
			c.Hex(a2)
		}
	case unix.PR_PAC_RESET_KEYS:
		c.Flags(a1, xlat.PrPacKeys)
		c.prctlHex(2)
	case unix.PR_PAC_SET_ENABLED_KEYS:
		c.Flags(a1, xlat.PrPacEnabledKeys)
		c.Flags(a2, xlat.PrPacEnabledKeys)
		c.prctlHex(3)
	case unix.PR_SET_TAGGED_ADDR_CTRL:
		c.taggedAddrCtrl(a1)
		c.prctlHex(2)
	case unix.PR_SET_SYSCALL_USER_DISPATCH:
		c.Const(a1, xlat.PrSysDispatch)
		if _, ok := xlat.PrSysDispatch.Lookup(a1); ok {
			c.Hex(a2)
			c.Hex(c.Args[3])
			c.Ptr(c.Args[4])
		} else {
			c.prctlHex(2)
		}
	case unix.PR_SCHED_CORE:
		c.Const(uint64(uint32(a1)), xlat.PrSchedCore)
		c.Int32(a2)
		c.hexNamed(uint64(uint32(c.Args[3])), xlat.PidTypes)
		if _, ok := xlat.PrSchedCore.Lookup(uint64(uint32(a1))); ok {
			c.Ptr(c.Args[4])
		} else {
			c.Hex(c.Args[4])
		}
	case unix.PR_SET_VMA:
		c.Const(a1, xlat.PrSetVma)
		if a1 == unix.PR_SET_VMA_ANON_NAME {
			c.Hex(a2)
			c.Uint(c.Args[3])
			c.CStr(c.Args[4])
		} else {
			c.prctlHex(2)
		}
	case unix.PR_SET_PTRACER:
		if a1 == unix.PR_SET_PTRACER_ANY {
			c.Text("PR_SET_PTRACER_ANY")
		} else {
			c.Uint(a1)
		}
	case unix.PR_MCE_KILL_GET:
		c.prctlHex(1)
		c.LateSep = true
		return true
	default:
		// The getters of flags, and the options strace does not know.
		c.prctlHex(1)
	}
	return false
}

func prctlExit(c *Call) {
	op := uint32(c.Args[0])
	a1 := c.Args[1]
	switch op {
	case unix.PR_GET_PDEATHSIG:
		c.prctlResult(a1, func() { c.signalAt(a1) })
	case unix.PR_GET_TSC:
		c.prctlResult(a1, func() {
			v, _ := c.ReadU32(a1)
			c.Array()
			c.Const(uint64(v), xlat.PrTsc)
			c.End()
		})
	case unix.PR_GET_UNALIGN:
		c.prctlResult(a1, func() {
			v, _ := c.ReadU32(a1)
			c.Array()
			c.Flags(uint64(v), xlat.PrUnalign)
			c.End()
		})
	case unix.PR_GET_FPEMU, unix.PR_GET_FPEXC, unix.PR_GET_ENDIAN:
		c.prctlResult(a1, func() { c.procInt(a1, false) })
	case unix.PR_GET_CHILD_SUBREAPER:
		c.prctlResult(a1, func() { c.procInt(a1, false) })
	case unix.PR_GET_TID_ADDRESS:
		c.prctlResult(a1, func() { c.procPtr(a1) })
	case unix.PR_GET_NAME:
		if c.Failed() {
			c.Ptr(a1)
		} else {
			c.commName(a1)
		}
	}
	if c.Failed() {
		return
	}
	switch op {
	case unix.PR_GET_DUMPABLE:
		c.BeginRet()
		c.Const(uint64(c.Rval), xlat.PrSuidDump)
	case unix.PR_GET_SECUREBITS:
		if c.Rval != 0 {
			c.RetKind = RetHex
			c.BeginRet()
			c.Flags(uint64(c.Rval), xlat.SecureBits)
		}
	case unix.PR_MCE_KILL_GET:
		c.BeginRet()
		c.Const(uint64(c.Rval), xlat.PrMceKillPolicy)
	case unix.PR_GET_SPECULATION_CTRL:
		c.RetKind = RetHex
		c.BeginRet()
		c.Flags(uint64(c.Rval), xlat.PrSpecGet)
	}
}

// prctlResult prints an out-parameter: the value when the call succeeded,
// else the address.
func (c *Call) prctlResult(addr uint64, value func()) {
	if c.Failed() {
		c.Ptr(addr)
		return
	}
	value()
}

// prctlHex appends the arguments from the i-th to the fourth in hex.
func (c *Call) prctlHex(from int) {
	for i := from; i <= 4; i++ {
		c.Hex(c.Args[i])
	}
}

// signalAt appends "[SIGTERM]" for the int at addr, or the address.
func (c *Call) signalAt(addr uint64) {
	v, ok := c.ReadU32(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	c.SignalNum(uint64(int64(int32(v))))
	c.End()
}

const commLen = 16 // TASK_COMM_LEN

// commName appends the name PR_GET_NAME wrote: a string of at most 16
// bytes, cut at -s.
func (c *Call) commName(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	c.cstr(addr, min(commLen, c.limit()), false)
}

// commSetName appends the name given to PR_SET_NAME: strace 6.1 shows at
// most 15 bytes (and -s), with "..." unless a NUL comes before that limit,
// so that a name of exactly 15 bytes gets "..." too.
func (c *Call) commSetName(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	n := min(commLen-1, c.limit())
	off := len(c.arena)
	s, term, ok := c.readCString(addr, n, c.arena)
	if !ok {
		c.arena = c.arena[:off]
		c.Ptr(addr)
		return
	}
	c.arena = s
	flags := NulTerm
	if !term || len(s)-off >= n {
		flags |= Trunc
	}
	c.toks = append(c.toks, Token{Kind: KStr, Flags: flags, Off: int32(off), Len: int32(len(s) - off)})
}

// hexNamed appends a number in hex with its name in a comment:
// "0 /* PIDTYPE_PID */", "0x33 /* PIDTYPE_??? */".
func (c *Call) hexNamed(v uint64, t *xlat.Table) {
	c.Hex(v)
	if name, ok := t.Lookup(v); ok {
		c.Comment(name)
	} else {
		c.Comment(t.Unknown)
	}
}

// vectorLength appends PR_SVE_SET_VL's argument: the flags above the low
// 16 bits, then the length in hex.
func (c *Call) vectorLength(v uint64, t *xlat.Table) {
	hi, lo := v&^0xffff, v&0xffff
	if hi == 0 {
		c.Hex(lo)
		return
	}
	c.Group()
	c.Flags(hi, t)
	if lo != 0 {
		var b [24]byte
		s := append(b[:0], "|0x"...)
		c.procRaw(appendHexDigits(s, lo))
	}
	c.End()
}

// taggedAddrCtrl appends PR_SET_TAGGED_ADDR_CTRL's argument:
// "PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_SYNC|0x2<<PR_MTE_TAG_SHIFT".
func (c *Call) taggedAddrCtrl(v uint64) {
	var b [128]byte
	s := b[:0]
	if v&unix.PR_TAGGED_ADDR_ENABLE == 0 {
		s = append(s, '!')
	}
	s = append(s, "PR_TAGGED_ADDR_ENABLE|"...)
	s = xlat.PrMteTcf.AppendConst(s, v&unix.PR_MTE_TCF_MASK, false)
	tag := v & unix.PR_MTE_TAG_MASK >> unix.PR_MTE_TAG_SHIFT
	if tag != 0 {
		s = append(s, "|0x"...)
		s = appendHexDigits(s, tag)
		s = append(s, "<<PR_MTE_TAG_SHIFT"...)
	}
	if rest := v &^ (unix.PR_TAGGED_ADDR_ENABLE | unix.PR_MTE_TCF_MASK | unix.PR_MTE_TAG_MASK); rest != 0 {
		s = append(s, "|0x"...)
		s = appendHexDigits(s, rest)
	}
	c.TextBytes(s)
}

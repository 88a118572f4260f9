package decode

import (
	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

func init() {
	register(Decoder{Entry: ptraceEntry, Exit: ptraceExit}, "ptrace")
}

// ptrace requests without a constant in x/sys on every architecture.
const (
	ptraceGetSysinfo  = unix.PTRACE_GET_SYSCALL_INFO
	ptraceGetRseqConf = 0x420f
)

// ptrace prints the pid and, by request, the address and data arguments
// in the request's terms; what the kernel writes (PEEK results, regs,
// siginfo, masks) at exit.
func ptraceEntry(c *Call) bool {
	req := uint32(c.Args[0])
	pid, addr, data := c.Args[1], c.Args[2], c.Args[3]
	c.Const(uint64(req), xlat.PtraceRequests)
	switch req {
	case unix.PTRACE_TRACEME:
		return false
	}
	c.Int32(pid)
	switch req {
	case unix.PTRACE_ATTACH, unix.PTRACE_INTERRUPT, unix.PTRACE_LISTEN, unix.PTRACE_KILL:
	case unix.PTRACE_PEEKTEXT, unix.PTRACE_PEEKDATA:
		c.Ptr(addr)
		return true
	case unix.PTRACE_PEEKUSR:
		c.userOffset(addr)
		return true
	case unix.PTRACE_POKETEXT, unix.PTRACE_POKEDATA:
		c.Ptr(addr)
		c.Hex(data)
	case unix.PTRACE_POKEUSR:
		c.userOffset(addr)
		c.Hex(data)
	case unix.PTRACE_CONT, unix.PTRACE_SYSCALL, unix.PTRACE_SINGLESTEP, unix.PTRACE_DETACH:
		c.Ptr(addr)
		c.SignalNum(data)
	case unix.PTRACE_SETOPTIONS, unix.PTRACE_SEIZE:
		c.Ptr(addr)
		c.Flags(data, xlat.PtraceOptions)
	case unix.PTRACE_GETEVENTMSG, unix.PTRACE_GETSIGINFO:
		c.Ptr(addr)
		return true
	case unix.PTRACE_SETSIGINFO:
		c.Ptr(addr)
		c.siginfoAt(data)
	case unix.PTRACE_GETREGSET:
		c.Const(addr, xlat.NoteTypes)
		if b := c.ReadStruct(data, 16); b != nil {
			c.Scratch[0] = ple.Uint64(b[8:])
		}
		return true
	case unix.PTRACE_SETREGSET:
		c.Const(addr, xlat.NoteTypes)
		c.regsetIovec(data, addr, 0, false, true)
	case unix.PTRACE_PEEKSIGINFO:
		c.peeksiginfoArgs(addr)
		return true
	case unix.PTRACE_GETSIGMASK:
		c.Uint(addr)
		return true
	case unix.PTRACE_SETSIGMASK:
		c.Uint(addr)
		c.sigsetArg(data, addr)
	case unix.PTRACE_SECCOMP_GET_FILTER:
		c.Uint(addr)
		c.Ptr(data)
	case unix.PTRACE_SECCOMP_GET_METADATA:
		c.Uint(addr)
		if b := c.ReadStruct(data, 8); b != nil {
			c.Struct()
			c.Field("filter_off")
			c.Uint(ple.Uint64(b))
			c.End()
		} else {
			c.Ptr(data)
		}
	case ptraceGetSysinfo:
		c.Uint(addr)
		return true
	case ptraceGetRseqConf:
		c.Hex(addr)
		c.Ptr(data)
	default:
		if ptraceArchEntry(c, req, addr, data) {
			return true
		}
	}
	return false
}

func ptraceExit(c *Call) {
	req := uint32(c.Args[0])
	addr, data := c.Args[2], c.Args[3]
	if c.Failed() {
		switch req {
		case unix.PTRACE_GETREGSET:
			c.regsetIovec(data, addr, 0, false, false)
		default:
			c.Ptr(data)
		}
		return
	}
	switch req {
	case unix.PTRACE_PEEKTEXT, unix.PTRACE_PEEKDATA, unix.PTRACE_PEEKUSR:
		c.procPtr(data)
	case unix.PTRACE_GETEVENTMSG:
		c.procULong(data)
	case unix.PTRACE_GETSIGINFO:
		c.siginfoAt(data)
	case unix.PTRACE_GETREGSET:
		c.regsetIovec(data, addr, c.Scratch[0], true, true)
	case unix.PTRACE_PEEKSIGINFO:
		c.siginfoArray(data, uint64(c.Rval))
	case unix.PTRACE_GETSIGMASK:
		c.sigsetArg(data, addr)
	case ptraceGetSysinfo:
		c.syscallInfo(data, min(addr, uint64(c.Rval)))
	default:
		ptraceArchExit(c, req, data)
	}
}

// regsetIovec appends PTRACE_GETREGSET's iovec: the registers in it (by
// note type, when regs says they hold some) and, at exit, the length
// before and after the call.
func (c *Call) regsetIovec(addr, nt, oldLen uint64, exit, regs bool) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, 16)
	if b == nil {
		c.Ptr(addr)
		return
	}
	base, n := ple.Uint64(b), ple.Uint64(b[8:])
	c.Struct()
	c.Field("iov_base")
	if !regs || !c.regset(nt, base, n) {
		c.Ptr(base)
	}
	c.Field("iov_len")
	if exit && oldLen != n {
		c.Uint(oldLen)
		c.Arrow()
	}
	c.Uint(n)
	c.End()
}

// peeksiginfoArgs appends struct ptrace_peeksiginfo_args {off, flags, nr}.
func (c *Call) peeksiginfoArgs(addr uint64) {
	b := c.ReadStruct(addr, 16)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	c.Field("off")
	c.Uint(ple.Uint64(b))
	c.Field("flags")
	if f := ple.Uint32(b[8:]); f == 1 {
		c.Text("PTRACE_PEEKSIGINFO_SHARED")
	} else {
		c.Hex(uint64(f))
	}
	c.Field("nr")
	c.Int32(uint64(ple.Uint32(b[12:])))
	c.End()
}

// siginfoArray appends n siginfo_t at addr, at most -s of them.
func (c *Call) siginfoArray(addr, n uint64) {
	c.Array()
	for i := uint64(0); i < n; i++ {
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		b := c.ReadStruct(addr+i*SiginfoSize, SiginfoSize)
		if b == nil {
			c.Ellipsis()
			break
		}
		Siginfo(c, b)
	}
	c.End()
}

// struct ptrace_syscall_info.
const (
	psiOp      = 0
	psiArch    = 4
	psiIP      = 8
	psiSP      = 16
	psiUnion   = 24
	psiEntry   = psiUnion + 8 + 6*8 // nr, args
	psiExit    = psiUnion + 8 + 1   // rval, is_error
	psiSeccomp = psiEntry + 4       // ret_data
)

var syscallInfoOps = &xlat.Table{Unknown: "PTRACE_SYSCALL_INFO_???", Pairs: []xlat.Pair{
	{Val: unix.PTRACE_SYSCALL_INFO_NONE, Name: "PTRACE_SYSCALL_INFO_NONE"},
	{Val: unix.PTRACE_SYSCALL_INFO_ENTRY, Name: "PTRACE_SYSCALL_INFO_ENTRY"},
	{Val: unix.PTRACE_SYSCALL_INFO_EXIT, Name: "PTRACE_SYSCALL_INFO_EXIT"},
	{Val: unix.PTRACE_SYSCALL_INFO_SECCOMP, Name: "PTRACE_SYSCALL_INFO_SECCOMP"}}}

// syscallInfo appends the n bytes of a struct ptrace_syscall_info that
// the kernel filled and the caller asked for.
func (c *Call) syscallInfo(addr, n uint64) {
	n = min(n, psiSeccomp)
	b := c.ReadStruct(addr, int(n))
	if b == nil || n < 1 {
		c.Ptr(addr)
		return
	}
	op := b[psiOp]
	c.Struct()
	c.Field("op")
	c.Const(uint64(op), syscallInfoOps)
	if n >= psiArch+4 {
		c.Field("arch")
		c.Const(uint64(ple.Uint32(b[psiArch:])), xlat.AuditArch)
	}
	if n >= psiIP+8 {
		c.Field("instruction_pointer")
		c.Ptr(ple.Uint64(b[psiIP:]))
	}
	if n >= psiSP+8 {
		c.Field("stack_pointer")
		c.Ptr(ple.Uint64(b[psiSP:]))
	}
	// Found by the short fuzz run of test.sh: with fewer than 8 bytes
	// asked for there is no arch to read (it panicked, slicing past n).
	var arch uint32
	if n >= psiArch+4 {
		arch = ple.Uint32(b[psiArch:])
	}
	switch {
	case op == unix.PTRACE_SYSCALL_INFO_ENTRY && n >= psiEntry:
		c.Field("entry")
		c.syscallInfoCall(b, arch, false)
	case op == unix.PTRACE_SYSCALL_INFO_SECCOMP && n >= psiSeccomp:
		c.Field("seccomp")
		c.syscallInfoCall(b, arch, true)
	case op == unix.PTRACE_SYSCALL_INFO_EXIT && n >= psiExit:
		c.Field("exit")
		c.Struct()
		rval := int64(ple.Uint64(b[psiUnion:]))
		isErr := b[psiUnion+8]
		c.Field("rval")
		if name, ok := xlat.ErrnoName(int(-rval)); ok && isErr != 0 && rval < 0 {
			var s [40]byte
			c.TextBytes(append(append(s[:0], '-'), name...))
		} else {
			c.Int(rval)
		}
		c.Field("is_error")
		c.Uint(uint64(isErr))
		c.End()
	}
	c.End()
}

func (c *Call) syscallInfoCall(b []byte, arch uint32, seccomp bool) {
	c.Struct()
	c.Field("nr")
	c.seccompSyscall(uint32(ple.Uint64(b[psiUnion:])), arch)
	c.Field("args")
	c.Array()
	for i := 0; i < 6; i++ {
		if i >= c.maxElems() {
			c.Ellipsis()
			break
		}
		c.Hex(ple.Uint64(b[psiUnion+8+8*i:]))
	}
	c.End()
	if seccomp {
		c.Field("ret_data")
		c.Uint(uint64(ple.Uint32(b[psiEntry:])))
	}
	c.End()
}

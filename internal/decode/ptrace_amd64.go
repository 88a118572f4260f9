package decode

import (
	"golang.org/x/sys/unix"
)

// userRegNames are the registers of struct user_regs_struct that strace
// names in a PTRACE_PEEKUSER offset ("8*RIP"); the ones after SS are
// shown as SS plus an offset.
var userRegNames = [...]string{"R15", "R14", "R13", "R12", "RBP", "RBX", "R11", "R10", "R9",
	"R8", "RAX", "RCX", "RDX", "RSI", "RDI", "ORIG_RAX", "RIP", "CS", "EFLAGS", "RSP", "SS"}

// userFields are the other members of struct user, by offset.
var userFields = [...]struct {
	off  uint64
	name string
}{
	{216, "offsetof(struct user, u_fpvalid)"}, {224, "offsetof(struct user, i387)"},
	{736, "offsetof(struct user, u_tsize)"}, {744, "offsetof(struct user, u_dsize)"},
	{752, "offsetof(struct user, u_ssize)"}, {760, "offsetof(struct user, start_code)"},
	{768, "offsetof(struct user, start_stack)"}, {776, "offsetof(struct user, signal)"},
	{784, "offsetof(struct user, reserved)"}, {792, "offsetof(struct user, u_ar0)"},
	{800, "offsetof(struct user, u_fpstate)"}, {808, "offsetof(struct user, magic)"},
	{816, "offsetof(struct user, u_comm)"}, {848, "offsetof(struct user, u_debugreg)"},
	{912, "sizeof(struct user)"},
}

// userOffset appends an offset into struct user: "8*RIP", "8*R15+3",
// "offsetof(struct user, u_debugreg)+8", or hex past the struct.
func (c *Call) userOffset(off uint64) {
	var b [64]byte
	var s []byte
	var base uint64
	switch {
	case off < 8*uint64(len(userRegNames)):
		base = off &^ 7
		s = append(append(b[:0], "8*"...), userRegNames[off/8]...)
	case off < userFields[0].off:
		base = 8 * uint64(len(userRegNames)-1)
		s = append(b[:0], "8*SS"...)
	case off <= userFields[len(userFields)-1].off:
		for i := len(userFields) - 1; i >= 0; i-- {
			if userFields[i].off <= off {
				base = userFields[i].off
				s = append(b[:0], userFields[i].name...)
				break
			}
		}
	default:
		c.Hex(off)
		return
	}
	if off > base {
		s = append(s, '+')
		s = procAppendUint(s, off-base)
	}
	c.TextBytes(s)
}

var userRegsFields = [...]string{"r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8",
	"rax", "rcx", "rdx", "rsi", "rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss", "fs_base",
	"gs_base", "ds", "es", "fs", "gs"}

const (
	userRegsSize   = uint64(8 * len(userRegsFields))
	userFpregsSize = 512
	ntPrstatus     = 1
	ntFpregset     = 2
)

// ptraceArchEntry decodes the requests of x86_64's own: it reports whether
// their data comes at exit.
func ptraceArchEntry(c *Call, req uint32, addr, data uint64) bool {
	switch req {
	case unix.PTRACE_GETREGS, unix.PTRACE_GETFPREGS:
		return true
	case unix.PTRACE_SETREGS:
		c.userRegs(data)
	case unix.PTRACE_SETFPREGS:
		c.userFpregs(data)
	case unix.PTRACE_GET_THREAD_AREA, unix.PTRACE_SET_THREAD_AREA:
		c.Hex(addr)
		c.Ptr(data)
	case unix.PTRACE_SYSEMU, unix.PTRACE_SYSEMU_SINGLESTEP, unix.PTRACE_SINGLEBLOCK:
		c.Ptr(addr)
		c.SignalNum(data)
	default:
		c.Ptr(addr)
		if req == unix.PTRACE_ARCH_PRCTL {
			c.Hex(data)
		} else {
			c.Ptr(data)
		}
	}
	return false
}

func ptraceArchExit(c *Call, req uint32, data uint64) {
	switch req {
	case unix.PTRACE_GETREGS:
		c.userRegs(data)
	case unix.PTRACE_GETFPREGS:
		c.userFpregs(data)
	}
}

// regset appends the registers of a PTRACE_GETREGSET buffer, when their
// note type and size are known.
func (c *Call) regset(nt, addr, n uint64) bool {
	switch {
	case nt == ntPrstatus && n >= userRegsSize:
		c.userRegs(addr)
	case nt == ntFpregset && n >= userFpregsSize:
		c.userFpregs(addr)
	default:
		return false
	}
	return true
}

// userRegs appends struct user_regs_struct, every register in hex.
func (c *Call) userRegs(addr uint64) {
	b := c.ReadStruct(addr, int(userRegsSize))
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	for i, name := range userRegsFields {
		c.Field(name)
		c.Hex(ple.Uint64(b[8*i:]))
	}
	c.End()
}

// userFpregs appends struct user_fpregs_struct (the FXSAVE area).
func (c *Call) userFpregs(addr uint64) {
	b := c.ReadStruct(addr, int(userFpregsSize))
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	for i, name := range [...]string{"cwd", "swd", "ftw", "fop"} {
		c.Field(name)
		c.Hex(uint64(ple.Uint16(b[2*i:])))
	}
	c.Field("rip")
	c.Hex(ple.Uint64(b[8:]))
	c.Field("rdp")
	c.Hex(ple.Uint64(b[16:]))
	c.Field("mxcsr")
	c.Hex(uint64(ple.Uint32(b[24:])))
	c.Field("mxcr_mask")
	c.Hex(uint64(ple.Uint32(b[28:])))
	c.Field("st_space")
	c.hexWords(b[32:160])
	c.Field("xmm_space")
	c.hexWords(b[160:416])
	c.Field("padding")
	c.hexWords(b[416:512])
	c.End()
}

// hexWords appends 32-bit words in hex, at most -s of them.
func (c *Call) hexWords(b []byte) {
	c.Array()
	for i := 0; i < len(b)/4; i++ {
		if i >= c.maxElems() {
			c.Ellipsis()
			break
		}
		c.Hex(uint64(ple.Uint32(b[4*i:])))
	}
	c.End()
}

// Package decode turns a syscall's registers and the tracee's memory into a
// Call: a small tree of typed values, kept as a flat stream of tokens so that
// decoding one call allocates nothing once a tracee's Call has warmed up.
// Every sink (strace text, JSON, the summary) reads the same stream.
//
// Entry and exit are decoded separately: strace prints what it knows at entry
// before the call returns, and the rest at exit.
package decode

import (
	"gostrace/internal/xlat"
)

// Kind says what a token holds and how it is printed.
type Kind uint8

const (
	KInt      Kind = iota // Num as a signed decimal
	KUint                 // Num as an unsigned decimal
	KHex                  // Num as 0x...
	KOct                  // Num in octal with a leading 0 ("0644"; zero is "0")
	KPtr                  // Num as NULL or 0x...
	KFd                   // Num as a signed decimal file descriptor; Bytes: its path (-y)
	KStr                  // Bytes as a quoted string; Flags: Trunc, HexAll, ...
	KFlags                // Num as a flag set of Table
	KConst                // Num as an enumeration of Table; unknown in hex + comment
	KConstDec             // Num as an enumeration of Table; unknown in decimal + comment
	KSigset               // Num as a signal set: [HUP INT] or ~[...]
	KText                 // Text verbatim (or Bytes when Text is empty)
	KField                // Text is a field name: prints "name=" before the next value
	KComment              // prints " /* Text */" after the previous value, no separator
	KArrow                // prints " => " between two values, no separators
	KStruct               // begins "{" ... KEnd "}"
	KArray                // begins "[" ... KEnd "]"
	KFunc                 // begins "Text(" ... KEnd ")": htons(80), makedev(...)
	KGroup                // begins an unbracketed sequence printed without separators
	KEnd                  // ends the innermost KStruct/KArray/KFunc/KGroup
	KEllipsis             // "..." as an element
	KRaw                  // Text verbatim with no separator before it
)

// Token flags.
const (
	Trunc     uint8 = 1 << iota // KStr: the string was cut by -s: print "..." after it
	HexAll                      // KStr: every byte as \xHH (getrandom, -xx)
	Unquoted                    // KStr: no surrounding quotes
	SigsetNeg                   // KSigset: print the complement as ~[...]
	NulTerm                     // KStr: a NUL-terminated string (for -x rules)
	AtFdcwd                     // KFd: AT_FDCWD, printed by name
	Sigset32                    // KSigset: a 32-bit set (rt_sigpending with a short size)
)

// Token is one value or structural mark of a decoded call.
type Token struct {
	Kind  Kind
	Flags uint8
	Num   uint64
	Text  string
	Off   int32 // Bytes: arena[Off:Off+Len]
	Len   int32
	Table *xlat.Table
}

// RetKind says how the return value is printed.
type RetKind uint8

const (
	RetDec     RetKind = iota // signed decimal
	RetHex                    // 0x...
	RetOct                    // octal with a leading 0
	RetFd                     // a file descriptor (decorated by -y)
	RetUnknown                // "?" (exit, exit_group, a call that never returns)
	RetUdec                   // unsigned decimal
	RetPid                    // a process id: decimal, decorated by -Y
)

// Call is one decoded system call: what the entry stop knew, what the exit
// stop added, and the return value.
type Call struct {
	Nr   int
	Name string
	Args [6]uint64

	// Exit side, valid after the exit stop.
	Rval   int64
	Errno  int // > 0 when the call failed
	Exited bool
	// Tamper says what -e inject= did to the call (the Tamper* bits),
	// which the text sink marks after the return value.
	Tamper uint8

	RetKind RetKind
	// retPath is the -y path of a returned descriptor (arena offsets).
	retPathOff, retPathLen int32
	// Ret tokens (Ret[0:]) are printed after the return value, e.g. the
	// "(Timeout)" of poll or the "(flags O_RDWR)" of fcntl F_GETFL.
	toks     []Token
	arena    []byte
	sarena   []byte // struct reads, see ReadStruct
	retStart int    // index in toks where the return's tokens begin, -1 if none

	// EntryEnd is how many tokens were decoded at entry; More says the exit
	// will add arguments (so a separator follows the entry's last one).
	EntryEnd int
	More     bool
	// LateSep, set at entry with More, moves the separator between the
	// entry's and the exit's arguments to the exit, where it is printed
	// only if needed: not when the exit adds nothing (fcntl's F_GETFL only
	// explains its result) or starts with an arrow (sendfile's
	// "[3] => [13]"). An unfinished line then ends without it, as
	// strace's does.
	LateSep bool

	// Raw asks the sinks to print the arguments undecoded (-e raw=).
	Raw bool
	// SP is the stack pointer at the syscall entry (rt_sigreturn reads the
	// signal frame there).
	SP uint64

	mem   Memory
	opt   *Options
	depth int
	// Scratch is free for decoders to carry state from entry to exit.
	Scratch [4]uint64
	// tmp receives small reads of tracee memory: a buffer on the stack
	// would escape to the heap through the Memory interface and cost an
	// allocation per read.
	tmp [256]byte
	// Pid is the thread the call belongs to.
	Pid int
	// EntryTime and ExitTime are the times of the entry and exit stops in
	// nanoseconds since the epoch, when the session reads a clock (timing
	// options, JSON).
	EntryTime, ExitTime int64
}

// Tokens returns the argument tokens decoded so far.
func (c *Call) Tokens() []Token {
	if c.retStart >= 0 {
		return c.toks[:c.retStart]
	}
	return c.toks
}

// RetTokens returns the tokens printed after the return value.
func (c *Call) RetTokens() []Token {
	if c.retStart >= 0 {
		return c.toks[c.retStart:]
	}
	return nil
}

// RetPath returns the -y path of the descriptor the call returned, or nil.
func (c *Call) RetPath() []byte {
	if c.retPathLen == 0 {
		return nil
	}
	return c.arena[c.retPathOff : c.retPathOff+c.retPathLen]
}

// Bytes returns the arena bytes of a token.
func (c *Call) Bytes(t *Token) []byte { return c.arena[t.Off : t.Off+t.Len] }

// Failed reports whether the call returned an error (valid at exit).
func (c *Call) Failed() bool { return c.Errno > 0 }

// Reset prepares c for a new call, keeping its buffers.
func (c *Call) Reset(nr int, name string, args [6]uint64, mem Memory, opt *Options, pid int) {
	c.Nr, c.Name, c.Args = nr, name, args
	c.Rval, c.Errno, c.Exited, c.Tamper = 0, 0, false, 0
	c.RetKind = RetDec
	c.toks = c.toks[:0]
	c.arena = c.arena[:0]
	c.sarena = c.sarena[:0]
	c.retStart = -1
	c.EntryEnd, c.More, c.Raw, c.LateSep, c.SP = 0, false, false, false, 0
	c.retPathLen = 0
	c.mem, c.opt, c.depth, c.Pid = mem, opt, 0, pid
	c.Scratch = [4]uint64{}
}

// SetMemory replaces the memory reader (at exit, the same tracee).
func (c *Call) SetMemory(mem Memory) { c.mem = mem }

// Opt returns the decoding options.
func (c *Call) Opt() *Options { return c.opt }

func (c *Call) push(t Token) { c.toks = append(c.toks, t) }

func (c *Call) pushBytes(k Kind, flags uint8, b []byte) {
	off := len(c.arena)
	c.arena = append(c.arena, b...)
	c.toks = append(c.toks, Token{Kind: k, Flags: flags, Off: int32(off), Len: int32(len(b))})
}

// BeginRet starts the tokens that follow the return value.
func (c *Call) BeginRet() { c.retStart = len(c.toks) }

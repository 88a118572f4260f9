package decode

import (
	"gostrace/internal/xlat"
)

// The builders below append one value each. Inside a struct, call Field
// first; the printer puts the separators.

// Int appends a signed decimal.
func (c *Call) Int(v int64) { c.push(Token{Kind: KInt, Num: uint64(v)}) }

// Int32 appends the low 32 bits of v as a signed int (an int argument).
func (c *Call) Int32(v uint64) { c.Int(int64(int32(v))) }

// Uint appends an unsigned decimal.
func (c *Call) Uint(v uint64) { c.push(Token{Kind: KUint, Num: v}) }

// Uint32 appends the low 32 bits of v as an unsigned int.
func (c *Call) Uint32(v uint64) { c.Uint(uint64(uint32(v))) }

// Hex appends 0x....
func (c *Call) Hex(v uint64) { c.push(Token{Kind: KHex, Num: v}) }

// Oct appends an octal number with a leading 0.
func (c *Call) Oct(v uint64) { c.push(Token{Kind: KOct, Num: v}) }

// Ptr appends an address: NULL or 0x....
func (c *Call) Ptr(v uint64) { c.push(Token{Kind: KPtr, Num: v}) }

// Fd appends a file descriptor (an int); with -y its path follows it.
func (c *Call) Fd(v uint64) {
	fd := int64(int32(v))
	t := Token{Kind: KFd, Num: uint64(fd)}
	if c.opt != nil && c.opt.FdPath != nil && fd >= 0 {
		off := len(c.arena)
		c.arena = c.opt.FdPath(c.Pid, fd, c.arena)
		t.Off, t.Len = int32(off), int32(len(c.arena)-off)
	}
	c.push(t)
}

// DirFd appends a directory descriptor: AT_FDCWD by name (with -y, the
// working directory after it: AT_FDCWD</tmp>), else an fd.
func (c *Call) DirFd(v uint64) {
	if int32(v) == atFdcwd {
		t := Token{Kind: KFd, Flags: AtFdcwd, Num: v}
		if c.opt != nil && c.opt.FdPath != nil {
			off := len(c.arena)
			c.arena = c.opt.FdPath(c.Pid, atFdcwd, c.arena)
			t.Off, t.Len = int32(off), int32(len(c.arena)-off)
		}
		c.push(t)
		return
	}
	c.Fd(v)
}

// atFdcwd is AT_FDCWD; FdPath given it returns the working directory.
const atFdcwd = -100

// Flags appends v as a flag set of t.
func (c *Call) Flags(v uint64, t *xlat.Table) { c.push(Token{Kind: KFlags, Num: v, Table: t}) }

// Const appends v as an enumeration of t (unknown values in hex).
func (c *Call) Const(v uint64, t *xlat.Table) { c.push(Token{Kind: KConst, Num: v, Table: t}) }

// ConstDec appends v as an enumeration of t (unknown values in decimal).
func (c *Call) ConstDec(v uint64, t *xlat.Table) {
	c.push(Token{Kind: KConstDec, Num: v, Table: t})
}

// Sigset appends a signal set.
func (c *Call) Sigset(mask uint64, negated bool) {
	t := Token{Kind: KSigset, Num: mask}
	if negated {
		t.Flags = SigsetNeg
	}
	c.push(t)
}

// Text appends fixed text as a value.
func (c *Call) Text(s string) { c.push(Token{Kind: KText, Text: s}) }

// TextBytes appends dynamic text as a value (copied).
func (c *Call) TextBytes(b []byte) { c.pushBytes(KText, 0, b) }

// Raw appends fixed text with no separator before it.
func (c *Call) RawText(s string) { c.push(Token{Kind: KRaw, Text: s}) }

// Field names the next value inside a struct.
func (c *Call) Field(name string) { c.push(Token{Kind: KField, Text: name}) }

// Comment appends " /* s */" to the previous value.
func (c *Call) Comment(s string) { c.push(Token{Kind: KComment, Text: s}) }

// CommentBytes appends a dynamic comment.
func (c *Call) CommentBytes(b []byte) { c.pushBytes(KComment, 0, b) }

// Arrow joins the previous and next values with " => ".
func (c *Call) Arrow() { c.push(Token{Kind: KArrow}) }

// Struct opens a "{...}"; close it with End.
func (c *Call) Struct() { c.push(Token{Kind: KStruct}); c.depth++ }

// Array opens a "[...]"; close it with End.
func (c *Call) Array() { c.push(Token{Kind: KArray}); c.depth++ }

// Func opens "name(...)"; close it with End.
func (c *Call) Func(name string) { c.push(Token{Kind: KFunc, Text: name}); c.depth++ }

// Group opens a sequence printed without separators; close it with End.
func (c *Call) Group() { c.push(Token{Kind: KGroup}); c.depth++ }

// End closes the innermost Struct, Array, Func or Group.
func (c *Call) End() { c.push(Token{Kind: KEnd}); c.depth-- }

// Ellipsis appends "..." as an element.
func (c *Call) Ellipsis() { c.push(Token{Kind: KEllipsis}) }

// StrBytes appends b as a quoted string; trunc adds the "..." that -s
// truncation prints.
func (c *Call) StrBytes(b []byte, flags uint8) { c.pushBytes(KStr, flags, b) }

// Buf appends the n bytes at addr as a quoted string cut at -s, or the
// address when the memory cannot be read.
func (c *Call) Buf(addr uint64, n uint64) { c.bufFlags(addr, n, 0) }

// BufHex is Buf with every byte in \x form (getrandom).
func (c *Call) BufHex(addr uint64, n uint64) { c.bufFlags(addr, n, HexAll) }

func (c *Call) bufFlags(addr uint64, n uint64, flags uint8) {
	limit := uint64(c.limit())
	show := n
	if show > limit {
		show = limit
		flags |= Trunc
	}
	if addr == 0 {
		c.Ptr(0) // strace: write(2, NULL, 0), even with nothing to read
		return
	}
	off := len(c.arena)
	b := c.scratch(int(show))
	if show > 0 && !c.readData(addr, b) {
		c.Ptr(addr)
		return
	}
	c.arena = c.arena[:off+int(show)]
	c.toks = append(c.toks, Token{Kind: KStr, Flags: flags, Off: int32(off), Len: int32(show)})
}

func (c *Call) limit() int {
	if c.opt == nil {
		return 32
	}
	return c.opt.StringLimit
}

// Path appends a NUL-terminated path, printed whole (up to PATH_MAX), or
// the address when it cannot be read.
func (c *Call) Path(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	c.cstr(addr, 4096, true)
}

// CStr appends a NUL-terminated string cut at -s.
func (c *Call) CStr(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	c.cstr(addr, c.limit(), false)
}

func (c *Call) cstr(addr uint64, max int, path bool) {
	off := len(c.arena)
	s, term, ok := c.readCString(addr, max, c.arena)
	if !ok {
		c.arena = c.arena[:off]
		c.Ptr(addr)
		return
	}
	c.arena = s
	flags := NulTerm
	if !term {
		flags |= Trunc
	}
	c.toks = append(c.toks, Token{Kind: KStr, Flags: flags, Off: int32(off), Len: int32(len(s) - off)})
}

// StrArray appends a NULL-terminated array of string pointers (argv), at
// most -s elements (all of them with -v, as strace), then "...".
func (c *Call) StrArray(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	var ptrs [32]uint64
	n := c.readPtrs(addr, ptrs[:])
	if n == 0 {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i, j := 0, 0; ; i, j = i+1, j+1 {
		if j == n {
			// The pointers are copied out of c.tmp, which CStr reuses.
			addr += uint64(8 * n)
			if n = c.readPtrs(addr, ptrs[:]); n == 0 {
				c.Ellipsis()
				break
			}
			j = 0
		}
		s := ptrs[j]
		if s == 0 {
			break
		}
		if i >= c.maxElems() {
			c.Ellipsis()
			break
		}
		c.CStr(s)
	}
	c.End()
}

// CountPtrs counts the pointers of a NULL-terminated array (envp), or -1.
func (c *Call) CountPtrs(addr uint64) int {
	var ptrs [32]uint64
	for count := 0; count < 1<<20; {
		n := c.readPtrs(addr, ptrs[:])
		if n == 0 {
			return -1
		}
		for _, p := range ptrs[:n] {
			if p == 0 {
				return count
			}
			count++
		}
		addr += uint64(8 * n)
	}
	return -1
}

package decode

// A named number is a value that strace prints symbolically, not through a
// flag or constant table: a file mode ("S_IFREG|0644"), a device
// (makedev(0x1, 0x3)), a limit ("8192*1024", RLIM64_INFINITY). -X raw
// prints the number instead, and -X verbose the number with the symbolic
// form in a comment: "0100644 /* S_IFREG|0644 */". The symbolic form is a
// group of tokens opened by Named and closed by End.

// Named on a KGroup token: the group is the symbolic form of Num, printed
// as NumberFormat says when constants print raw.
const Named uint8 = 1 << 7

// NumberFormat is how a named number prints as a number; it is kept in
// the group token's Len.
type NumberFormat int32

const (
	NumDec NumberFormat = iota // 8388608
	NumHex                     // 0x103
	NumOct                     // 0100644
)

// Named opens the symbolic form of v; close it with End.
func (c *Call) Named(v uint64, f NumberFormat) {
	c.push(Token{Kind: KGroup, Flags: Named, Num: v, Len: int32(f)})
	c.depth++
}

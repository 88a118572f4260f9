package xlat

import (
	"bytes"
	"strconv"
)

// Style is how named constants print (-X, --const-print-style).
type Style uint8

const (
	StyleAbbrev  Style = iota // names: O_RDONLY|O_CLOEXEC (the default)
	StyleRaw                  // numbers: 0x80000
	StyleVerbose              // both: 0x80000 /* O_RDONLY|O_CLOEXEC */
)

// AppendFlagsStyle is AppendFlags in a style: raw prints the value in
// hex; verbose prints it in hex followed by the names in a comment.
func (t *Table) AppendFlagsStyle(dst []byte, v uint64, s Style) []byte {
	if t.Split && s != StyleAbbrev {
		return t.appendSplit(dst, v, s)
	}
	switch s {
	case StyleRaw:
		return appendHex(dst, v)
	case StyleVerbose:
		start := len(dst)
		dst = appendHex(dst, v)
		return verbose(dst, start, t.AppendFlags(append(dst, " /* "...), v))
	}
	return t.AppendFlags(dst, v)
}

// splitComposite marks a composite table as Split.
func splitComposite(t *Table) *Table {
	t.Split = true
	return t
}

// appendSplit prints a Split composite in the raw or verbose style: the
// low part, then "|" and the flags if any. As strace does, raw prints a
// zero low part as nothing at all ("|0x900", or "" for 0).
func (t *Table) appendSplit(dst []byte, v uint64, s Style) []byte {
	low, rest := v&t.LowMask, v&^t.LowMask
	if s == StyleVerbose || low != 0 {
		dst = t.Low.AppendFlagsStyle(dst, low, s)
	}
	if rest != 0 {
		flags := Table{Unknown: t.Unknown, Pairs: t.Pairs}
		dst = append(dst, '|')
		dst = flags.AppendFlagsStyle(dst, rest, s)
	}
	return dst
}

// AppendConstStyle is AppendConst in a style: raw prints the value (in
// decimal with dec, else in hex); verbose prints it followed by the name
// in a comment.
func (t *Table) AppendConstStyle(dst []byte, v uint64, dec bool, s Style) []byte {
	switch s {
	case StyleRaw:
		return appendNum(dst, v, dec)
	case StyleVerbose:
		start := len(dst)
		dst = appendNum(dst, v, dec)
		return verbose(dst, start, t.AppendConst(append(dst, " /* "...), v, dec))
	}
	return t.AppendConst(dst, v, dec)
}

func appendNum(dst []byte, v uint64, dec bool) []byte {
	if dec {
		return strconv.AppendInt(dst, int64(v), 10)
	}
	return appendHex(dst, v)
}

// verbose finishes a verbose rendering: dst holds, from start, the number,
// " /* ", and the abbreviated rendering. When that rendering names nothing
// it is the number alone ("0"), or the number with strace's "unknown"
// comment ("0x100 /* PROT_??? */"): it is then printed as it is, once.
// Otherwise the comment is closed.
func verbose(dst []byte, start int, full []byte) []byte {
	rest := full[start:]
	numLen := bytes.Index(rest, []byte(" /* "))
	num, abbrev := rest[:numLen], rest[numLen+4:]
	if bytes.Equal(abbrev, num) {
		return full[:start+numLen]
	}
	if len(abbrev) > len(num)+4 && bytes.HasPrefix(abbrev, num) && string(abbrev[len(num):len(num)+4]) == " /* " {
		n := copy(full[start:], abbrev)
		return full[:start+n]
	}
	return append(full, " */"...)
}

// AppendSigsetStyle is AppendSigset in a style: signals by number (raw),
// or by number with the name in a comment (verbose): "[10 /* USR1 */]".
func AppendSigsetStyle(dst []byte, mask uint64, nsig int, s Style) []byte {
	return appendSigset(dst, mask, nsig, s)
}

package output

import (
	"strconv"

	"gostrace/internal/decode"
	"gostrace/internal/xlat"
)

// renderer turns a token stream into strace's text. It keeps the
// separator state of the containers it is inside.
type renderer struct {
	hex   int        // -x level
	style xlat.Style // -X
	// pidDecor appends what -Y and --pidns-translation print after a
	// process id of the tracee's (nil: nothing).
	pidDecor func(tid int, pid int64, dst []byte) []byte
	pal      *Palette // --color, nil for none
	// per nesting level: how many items were started, and whether the next
	// token continues the current item (after a field name or an arrow).
	count [32]int
	glue  [32]bool
	group [32]bool
	depth int
}

func (r *renderer) reset() {
	r.depth = 0
	r.count[0] = 0
	r.glue[0] = false
	r.group[0] = false
}

// sep writes the separator a new item needs at the current level.
func (r *renderer) sep(dst []byte) []byte {
	d := r.depth
	if r.glue[d] {
		r.glue[d] = false
		return dst
	}
	if r.count[d] > 0 && !r.group[d] {
		dst = r.pal.paint(dst, colPunct, ", ")
	}
	r.count[d]++
	return dst
}

func (r *renderer) open(kind decode.Kind) {
	if r.depth+1 < len(r.count) {
		r.depth++
	}
	r.count[r.depth] = 0
	r.glue[r.depth] = false
	r.group[r.depth] = kind == decode.KGroup
}

// tokens appends the rendering of toks.
func (r *renderer) tokens(dst []byte, c *decode.Call, toks []decode.Token) []byte {
	var closers [32]byte
	skip := 0
	for i := range toks {
		if skip > 0 {
			skip--
			continue
		}
		t := &toks[i]
		switch t.Kind {
		case decode.KComment:
			dst = r.pal.on(dst, colComment)
			dst = append(dst, " /* "...)
			dst = r.text(dst, c, t)
			dst = append(dst, " */"...)
			dst = r.pal.off(dst, colComment)
			continue
		case decode.KArrow:
			dst = r.pal.paint(dst, colPunct, " => ")
			r.glue[r.depth] = true
			continue
		case decode.KRaw:
			dst = r.pal.on(dst, colPunct)
			dst = r.text(dst, c, t)
			dst = r.pal.off(dst, colPunct)
			continue
		case decode.KEnd:
			if r.depth > 0 {
				if b := closers[r.depth]; b != 0 {
					dst = r.pal.on(dst, colPunct)
					dst = append(dst, b)
					dst = r.pal.off(dst, colPunct)
				}
				r.depth--
			}
			continue
		}
		dst = r.sep(dst)
		switch t.Kind {
		case decode.KField:
			dst = r.pal.paint(dst, colArgName, t.Text)
			dst = r.pal.paint(dst, colPunct, "=")
			r.glue[r.depth] = true
		case decode.KStruct:
			dst = r.pal.paint(dst, colPunct, "{")
			r.open(t.Kind)
			closers[r.depth] = '}'
		case decode.KArray:
			dst = r.pal.paint(dst, colPunct, "[")
			r.open(t.Kind)
			closers[r.depth] = ']'
		case decode.KFunc:
			dst = r.pal.paint(dst, colCall, t.Text)
			dst = r.pal.paint(dst, colPunct, "(")
			r.open(t.Kind)
			closers[r.depth] = ')'
		case decode.KGroup:
			if t.Flags&decode.Named != 0 && r.style != xlat.StyleAbbrev {
				end := groupEnd(toks, i)
				dst = r.pal.on(dst, colArgVal)
				dst = appendNumber(dst, t.Num, decode.NumberFormat(t.Len))
				dst = r.pal.off(dst, colArgVal)
				if r.style == xlat.StyleVerbose {
					dst = r.pal.on(dst, colComment)
					dst = append(dst, " /* "...)
					var sub renderer
					sub.hex, sub.style = r.hex, xlat.StyleAbbrev
					dst = sub.tokens(dst, c, toks[i+1:end])
					dst = append(dst, " */"...)
					dst = r.pal.off(dst, colComment)
				}
				skip = end - i
				continue
			}
			r.open(t.Kind)
			closers[r.depth] = 0
		default:
			dst = r.value(dst, c, t)
		}
	}
	return dst
}

func (r *renderer) text(dst []byte, c *decode.Call, t *decode.Token) []byte {
	if t.Text != "" {
		return append(dst, t.Text...)
	}
	return append(dst, c.Bytes(t)...)
}

// value appends one scalar token, colored with --color.
func (r *renderer) value(dst []byte, c *decode.Call, t *decode.Token) []byte {
	if r.pal == nil {
		return r.plainValue(dst, c, t)
	}
	k := colArgVal
	switch t.Kind {
	case decode.KFlags, decode.KConst, decode.KConstDec, decode.KSigset, decode.KText:
		k = colConst
	case decode.KFd:
		if t.Flags&decode.AtFdcwd != 0 {
			k = colConst
		}
	case decode.KEllipsis:
		k = colPunct
	}
	dst = r.pal.on(dst, k)
	dst = r.plainValue(dst, c, t)
	return r.pal.off(dst, k)
}

// plainValue appends one scalar token.
func (r *renderer) plainValue(dst []byte, c *decode.Call, t *decode.Token) []byte {
	switch t.Kind {
	case decode.KInt:
		dst = strconv.AppendInt(dst, int64(t.Num), 10)
		if t.Flags&decode.PidValue != 0 && r.pidDecor != nil {
			dst = r.pidDecor(c.Pid, int64(t.Num), dst)
		}
		return dst
	case decode.KUint:
		return strconv.AppendUint(dst, t.Num, 10)
	case decode.KHex:
		return appendHex(dst, t.Num)
	case decode.KOct:
		return appendOct(dst, t.Num)
	case decode.KPtr:
		if t.Num == 0 {
			return append(dst, "NULL"...)
		}
		return appendHex(dst, t.Num)
	case decode.KFd:
		if t.Flags&decode.AtFdcwd != 0 {
			switch r.style {
			case xlat.StyleRaw:
				dst = append(dst, "-100"...)
			case xlat.StyleVerbose:
				dst = append(dst, "-100 /* AT_FDCWD */"...)
			default:
				dst = append(dst, "AT_FDCWD"...)
			}
		} else {
			dst = strconv.AppendInt(dst, int64(t.Num), 10)
		}
		if t.Len > 0 {
			dst = append(dst, '<')
			dst = appendFdPath(dst, c.Bytes(t))
			dst = append(dst, '>')
		}
		return dst
	case decode.KStr:
		b := c.Bytes(t)
		allHex := t.Flags&decode.HexAll != 0 || r.hex == HexAll ||
			(r.hex == HexNonText && !printable(b))
		dst = appendQuoted(dst, b, allHex, r.hex == HexEscapes, t.Flags&decode.Unquoted == 0)
		if t.Flags&decode.Trunc != 0 {
			dst = append(dst, "..."...)
		}
		return dst
	case decode.KFlags:
		return t.Table.AppendFlagsStyle(dst, t.Num, r.style)
	case decode.KConst:
		return t.Table.AppendConstStyle(dst, t.Num, false, r.style)
	case decode.KConstDec:
		return t.Table.AppendConstStyle(dst, t.Num, true, r.style)
	case decode.KSigset:
		if t.Flags&decode.Sigset32 != 0 {
			return xlat.AppendSigsetStyle(dst, t.Num, 32, r.style)
		}
		return xlat.AppendSigsetStyle(dst, t.Num, 64, r.style)
	case decode.KText:
		return r.text(dst, c, t)
	case decode.KEllipsis:
		return append(dst, "..."...)
	}
	return dst
}

// groupEnd returns the index of the KEnd that closes the container
// opened at toks[open].
func groupEnd(toks []decode.Token, open int) int {
	depth := 0
	for i := open; i < len(toks); i++ {
		switch toks[i].Kind {
		case decode.KStruct, decode.KArray, decode.KFunc, decode.KGroup:
			depth++
		case decode.KEnd:
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return len(toks)
}

// appendNumber prints a named number (decode.Named) as a number: C's
// "%llu", "%#llx" or "%#llo".
func appendNumber(dst []byte, v uint64, f decode.NumberFormat) []byte {
	switch f {
	case decode.NumHex:
		return appendHex(dst, v)
	case decode.NumOct:
		if v == 0 {
			return append(dst, '0')
		}
		dst = append(dst, '0')
		return strconv.AppendUint(dst, v, 8)
	}
	return strconv.AppendUint(dst, v, 10)
}

// AppendFdPath appends a -y path as strace prints it inside <...>.
func AppendFdPath(dst []byte, p []byte) []byte { return appendFdPath(dst, p) }

// appendFdPath appends a -y path the way strace quotes it inside <...>:
// its string escapes without the quotes, and '<' and '>' in octal. A
// leading NUL marks text already formatted (-yy's socket, device and
// pidfd details), printed as it is.
func appendFdPath(dst []byte, p []byte) []byte {
	if len(p) > 0 && p[0] == 0 {
		return append(dst, p[1:]...)
	}
	start := 0
	for i, c := range p {
		if c != '<' && c != '>' {
			continue
		}
		dst = appendQuoted(dst, p[start:i], false, false, false)
		// The fewest octal digits that cannot be misread, as for the
		// other escapes: '>' is \76, or \076 before an octal digit.
		dst = append(dst, '\\')
		if i+1 < len(p) && p[i+1] >= '0' && p[i+1] <= '7' {
			dst = append(dst, '0')
		}
		dst = append(dst, '0'+(c>>3)&7, '0'+c&7)
		start = i + 1
	}
	return appendQuoted(dst, p[start:], false, false, false)
}

func appendHex(dst []byte, v uint64) []byte {
	if v == 0 {
		return append(dst, '0')
	}
	dst = append(dst, '0', 'x')
	return strconv.AppendUint(dst, v, 16)
}

// appendOct prints like C's "%#03o": 0 is "000", 0644 is "0644".
func appendOct(dst []byte, v uint64) []byte {
	var b [24]byte
	s := strconv.AppendUint(b[:0], v, 8)
	if v != 0 {
		dst = append(dst, '0')
	}
	for n := len(s) + boolInt(v != 0); n < 3; n++ {
		dst = append(dst, '0')
	}
	return append(dst, s...)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

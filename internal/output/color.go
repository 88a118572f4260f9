package output

import (
	"strings"
	"time"

	"gostrace/internal/decode"
	"gostrace/internal/xlat"
)

// colorKind names what a piece of a line is, for --color.
type colorKind uint8

const (
	colSyscall colorKind = iota // the call's name
	colArgName                  // a member's name ("st_mode" of "st_mode=")
	colArgVal                   // numbers, strings, pointers, descriptors
	colCall                     // the function of a call-style value ("makedev" of makedev(...))
	colConst                    // named constants and flags, signal sets
	colComment                  // /* comments */, <unfinished ...>, -T's time
	colPunct                    // , = { } [ ] ( ) =>
	colRetval                   // a successful call's return value
	colError                    // a failed call's -1 ERRNO (message), a death by a signal
	colSlow                     // the return value and time of a slow call
	numColors
)

// ColorKeys are the names of GOSTRACE_COLORS's entries: strace 7's keys
// for STRACE_COLORS, and "slow".
var ColorKeys = [numColors]string{"syscall", "argname", "argval", "call", "const", "comment", "punct", "retval", "error", "slow"}

// defaultColors are SGR parameters: bold names, magenta constants, green
// results, bold red errors, bold yellow for slow calls. Argument values
// and punctuation stay in the terminal's colour, so the eye goes to
// what differs from call to call.
var defaultColors = [numColors]string{
	colSyscall: "1", colCall: "36", colConst: "35", colComment: "2",
	colRetval: "32", colError: "1;31", colSlow: "1;33",
}

// DefaultSlow is how long a call must take to be shown as slow.
const DefaultSlow = 100 * time.Millisecond

const sgrReset = "\x1b[0m"

// Palette is what --color paints with: an SGR escape sequence per kind
// of piece ("" for none), and the duration from which a call is slow.
type Palette struct {
	seq  [numColors]string
	Slow int64 // nanoseconds
}

// NewPalette returns the default palette changed by spec, the value of
// GOSTRACE_COLORS: "key=SGR" entries separated by colons, as LS_COLORS
// and strace 7's STRACE_COLORS ("error=1;31:syscall=33"), where SGR is a
// list of SGR parameters (digits and semicolons). Keys are ColorKeys,
// in any case; entries that are not understood are ignored, as strace
// does.
func NewPalette(spec string) *Palette {
	p := &Palette{Slow: int64(DefaultSlow)}
	for k, v := range defaultColors {
		if v != "" {
			p.seq[k] = "\x1b[" + v + "m"
		}
	}
	for _, entry := range strings.Split(spec, ":") {
		key, val, ok := strings.Cut(entry, "=")
		if !ok {
			continue
		}
		key, val = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(val)
		if !isSGR(val) {
			continue
		}
		for k, name := range ColorKeys {
			if name == key {
				p.seq[k] = "\x1b[" + val + "m"
			}
		}
	}
	return p
}

// isSGR reports whether s is a list of SGR parameters: digits and
// semicolons, with at least one digit.
func isSGR(s string) bool {
	digit := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c != ';':
			return false
		}
	}
	return digit
}

// on appends the sequence that starts a piece of kind k; off the one
// that ends it. Both do nothing without a palette (the default: the
// text is then exactly strace's) or for a kind left uncoloured.
func (p *Palette) on(dst []byte, k colorKind) []byte {
	if p == nil || p.seq[k] == "" {
		return dst
	}
	return append(dst, p.seq[k]...)
}

func (p *Palette) off(dst []byte, k colorKind) []byte {
	if p == nil || p.seq[k] == "" {
		return dst
	}
	return append(dst, sgrReset...)
}

// paint appends s as a piece of kind k.
func (p *Palette) paint(dst []byte, k colorKind, s string) []byte {
	dst = p.on(dst, k)
	dst = append(dst, s...)
	return p.off(dst, k)
}

// SetColor makes t color its text with p (nil: no colors). It has no
// effect in JSON mode.
func (t *Text) SetColor(p *Palette) {
	if t.json == nil {
		t.pal = p
	}
}

// visibleWidth returns how many columns b takes on a terminal: its bytes
// less the escape sequences (ESC [ ... final byte).
func visibleWidth(b []byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		if b[i] == 0x1b && i+1 < len(b) && b[i+1] == '[' {
			i += 2
			for i < len(b) && (b[i] < 0x40 || b[i] > 0x7e) {
				i++
			}
			continue
		}
		n++
	}
	return n
}

// column returns the column the current line has reached: its bytes,
// less its escapes, those still in the buffer and those flushed.
func (t *Text) column() int {
	n := len(t.buf) - t.lineOff
	if t.pal == nil {
		return n
	}
	start := max(t.lineOff, 0)
	n -= len(t.buf) - start - visibleWidth(t.buf[start:])
	if t.hiddenFor == t.lineOff {
		n -= t.hidden
	}
	return n
}

// flushColor notes, before the buffer is written, how many bytes of
// escapes the open line has in it, for column. lineOff is negative once
// part of the line is gone; hiddenFor says which line hidden is of.
func (t *Text) flushColor() {
	if t.lineOff >= len(t.buf) {
		return
	}
	h := 0
	if t.hiddenFor == t.lineOff {
		h = t.hidden
	}
	start := max(t.lineOff, 0)
	h += len(t.buf) - start - visibleWidth(t.buf[start:])
	t.hidden, t.hiddenFor = h, t.lineOff-len(t.buf)
}

// slow reports whether a finished call took long enough to stand out.
func (t *Text) slow(c *decode.Call) bool {
	return t.pal != nil && c.ExitTime-c.EntryTime >= t.pal.Slow
}

// colorSignal colors a signal's line: its name as a constant, its
// siginfo as values.
func (t *Text) colorSignal(line []byte, sig int, c *decode.Call) []byte {
	if t.pal == nil {
		return line
	}
	t.line = append(t.line[:0], "--- "...)
	t.line = t.pal.on(t.line, colConst)
	t.line = xlat.AppendSignal(t.line, sig)
	t.line = t.pal.off(t.line, colConst)
	t.line = append(t.line, ' ')
	t.line = t.Render(t.line, c)
	t.line = append(t.line, " ---"...)
	return t.line
}

// colorExit colors a "+++" line: green for a zero exit status, as an
// error for any other end.
func (t *Text) colorExit(line []byte, e Ending) []byte {
	if t.pal == nil {
		return line
	}
	k := colError
	if e.Signal == 0 && e.Status == 0 {
		k = colRetval
	}
	t.line = t.pal.on(t.line[:0], k)
	t.line = append(t.line, line...)
	t.line = t.pal.off(t.line, k)
	return t.line
}

// colorReturn is appendReturn, with what follows it (the marks of -e
// inject=, -T's time), colored: the result as a result, an error as an
// error; a slow call's result and time as slow.
func (t *Text) colorReturn(dst []byte, c *decode.Call) []byte {
	slow := t.slow(c)
	k := colRetval
	switch {
	case c.Errno > 0:
		k = colError
	case slow:
		k = colSlow
	}
	dst = t.pal.on(dst, k)
	dst = t.appendRetValue(dst, c)
	dst = t.pal.off(dst, k)
	dst = t.appendRetTokens(dst, c)
	if c.Tamper != 0 {
		dst = t.pal.on(dst, colComment)
		dst = appendTamper(dst, c.Tamper)
		dst = t.pal.off(dst, colComment)
	}
	if t.Timing.Durations {
		k := colComment
		if slow {
			k = colSlow
		}
		dst = t.pal.on(dst, k)
		dst = t.Timing.appendDuration(dst, c.ExitTime-c.EntryTime)
		dst = t.pal.off(dst, k)
	}
	return dst
}

package filter

import (
	"fmt"
	"regexp"
	"strconv"
)

// strace compiles "-e trace=/REGEX" with regcomp(REG_EXTENDED | REG_NOSUB),
// glibc's POSIX extended regular expressions. Go's regexp speaks another
// dialect, so compileERE reads the POSIX syntax itself, reports glibc's
// error messages for malformed expressions, and translates the rest into
// Go syntax. Only "does it match a syscall name somewhere" matters, which
// keeps the translation simple. Known differences from glibc:
//
//   - Back references (\1) are replaced by a copy of the group's pattern,
//     so "(a|b)\1" also matches "ab".
//   - Repetition counts above 64 are lowered to 64: syscall names are
//     shorter than that, so whether a name matches does not change.
//   - \< and \> are both word boundaries (\b); bytes above 0x7f never
//     match, as no syscall name has one.
//   - An expression Go still refuses (absurdly nested repetitions) matches
//     nothing instead of being an error.

// glibc's regerror strings.
const (
	regBadPat   = "Invalid regular expression"
	regECollate = "Invalid collation character"
	regECtype   = "Invalid character class name"
	regEEscape  = "Trailing backslash"
	regESubreg  = "Invalid back reference"
	regEBrack   = "Unmatched [, [^, [:, [., or [="
	regEParen   = "Unmatched ( or \\("
	regEBrace   = "Unmatched \\{"
	regBadBR    = "Invalid content of \\{\\}"
	regERange   = "Invalid range end"
	regBadRpt   = "Invalid preceding regular expression"
	regESize    = "Regular expression too big"
)

// reDupMax is glibc's RE_DUP_MAX: larger counts are "too big".
const reDupMax = 0x7fff

// repeatClamp bounds repetition counts passed to Go (see above).
const repeatClamp = 64

const neverMatch = `[^\x00-\x{10FFFF}]`

var posixClasses = map[string]bool{
	"alpha": true, "upper": true, "lower": true, "digit": true, "xdigit": true, "space": true,
	"print": true, "punct": true, "graph": true, "cntrl": true, "blank": true, "alnum": true,
}

type ereParser struct {
	p   string
	i   int
	out []byte

	open      []int          // start offsets in out of the groups still open
	openNum   []int          // their numbers
	ngroups   int            // groups opened so far
	groupSrc  map[int]string // translated text of the closed groups
	canRepeat bool           // a repetition operator may follow
	lastStart int            // where the last atom (or repeated atom) begins in out
	lastRep   bool           // the last thing in out is a repetition
}

// compileERE compiles a POSIX extended regular expression. On error it
// returns glibc's message for it.
func compileERE(pat string) (*regexp.Regexp, string) {
	ep := &ereParser{p: pat, groupSrc: map[int]string{}}
	if msg := ep.parse(); msg != "" {
		return nil, msg
	}
	re, err := regexp.Compile(string(ep.out))
	if err != nil {
		re = regexp.MustCompile(neverMatch)
	}
	return re, ""
}

func (ep *ereParser) atom(text string) {
	ep.lastStart = len(ep.out)
	ep.out = append(ep.out, text...)
	ep.canRepeat = true
	ep.lastRep = false
}

func (ep *ereParser) anchor(text string) {
	ep.out = append(ep.out, text...)
	ep.canRepeat = false
}

func (ep *ereParser) repeat(op string) {
	if ep.lastRep {
		inner := string(ep.out[ep.lastStart:])
		ep.out = append(ep.out[:ep.lastStart], "(?:"+inner+")"...)
	}
	ep.out = append(ep.out, op...)
	ep.lastRep = true
	ep.canRepeat = true
}

func (ep *ereParser) parse() string {
	for ep.i < len(ep.p) {
		c := ep.p[ep.i]
		switch c {
		case '(':
			ep.ngroups++
			ep.open = append(ep.open, len(ep.out))
			ep.openNum = append(ep.openNum, ep.ngroups)
			ep.out = append(ep.out, '(')
			ep.canRepeat = false
			ep.i++
		case ')':
			ep.i++
			if len(ep.open) == 0 {
				// An unmatched ')' is an ordinary character in glibc's ERE.
				ep.atom(`\)`)
				continue
			}
			start := ep.open[len(ep.open)-1]
			num := ep.openNum[len(ep.openNum)-1]
			ep.open = ep.open[:len(ep.open)-1]
			ep.openNum = ep.openNum[:len(ep.openNum)-1]
			ep.out = append(ep.out, ')')
			ep.groupSrc[num] = string(ep.out[start+1 : len(ep.out)-1])
			ep.lastStart = start
			ep.lastRep = false
			ep.canRepeat = true
		case '|':
			ep.out = append(ep.out, '|')
			ep.canRepeat = false
			ep.i++
		case '^', '$':
			ep.anchor(string(c))
			ep.i++
		case '*', '+', '?':
			if !ep.canRepeat {
				return regBadRpt
			}
			ep.repeat(string(c))
			ep.i++
		case '{':
			if !ep.canRepeat {
				return regBadRpt
			}
			if msg := ep.interval(); msg != "" {
				return msg
			}
		case '[':
			text, msg := ep.bracket()
			if msg != "" {
				return msg
			}
			ep.atom(text)
		case '\\':
			if ep.i+1 >= len(ep.p) {
				return regEEscape
			}
			if msg := ep.escape(ep.p[ep.i+1]); msg != "" {
				return msg
			}
			ep.i += 2
		case '.':
			ep.atom(`(?s:.)`)
			ep.i++
		default:
			ep.atom(literal(c))
			ep.i++
		}
	}
	if len(ep.open) > 0 {
		return regEParen
	}
	return ""
}

func literal(c byte) string {
	if c >= 0x80 {
		return neverMatch
	}
	return regexp.QuoteMeta(string(c))
}

func (ep *ereParser) escape(d byte) string {
	switch {
	case d >= '1' && d <= '9':
		src, ok := ep.groupSrc[int(d-'0')]
		if !ok {
			return regESubreg
		}
		ep.atom("(?:" + src + ")")
	case d == 'w':
		ep.atom(`[0-9A-Za-z_]`)
	case d == 'W':
		ep.atom(`[^0-9A-Za-z_]`)
	case d == 's':
		ep.atom(`[[:space:]]`)
	case d == 'S':
		ep.atom(`[^[:space:]]`)
	case d == 'b', d == '<', d == '>':
		ep.anchor(`\b`)
	case d == 'B':
		ep.anchor(`\B`)
	case d == '`':
		ep.anchor(`\A`)
	case d == '\'':
		ep.anchor(`\z`)
	default:
		ep.atom(literal(d))
	}
	return ""
}

// interval reads "{n}", "{n,}" or "{n,m}" at ep.i.
func (ep *ereParser) interval() string {
	j := ep.i + 1
	k := j
	for k < len(ep.p) && ep.p[k] != '}' {
		k++
	}
	if k >= len(ep.p) {
		return regEBrace
	}
	content := ep.p[j:k]
	minS, maxS, comma := content, "", false
	for x := 0; x < len(content); x++ {
		if content[x] == ',' {
			minS, maxS, comma = content[:x], content[x+1:], true
			break
		}
	}
	num := func(s string, empty int) (int, string) {
		if s == "" {
			return empty, ""
		}
		n := 0
		for x := 0; x < len(s); x++ {
			if s[x] < '0' || s[x] > '9' {
				return 0, regBadBR
			}
			if n <= reDupMax {
				n = n*10 + int(s[x]-'0')
			}
		}
		if n > reDupMax {
			return 0, regESize
		}
		return n, ""
	}
	if content == "" || (!comma && minS == "") {
		return regBadBR
	}
	lo, msg := num(minS, 0)
	if msg != "" {
		return msg
	}
	hi := lo
	if comma {
		if hi, msg = num(maxS, -1); msg != "" {
			return msg
		}
		if hi >= 0 && hi < lo {
			return regBadBR
		}
	}
	clamp := func(n int) int {
		if n > repeatClamp {
			return repeatClamp
		}
		return n
	}
	op := "{" + strconv.Itoa(clamp(lo))
	switch {
	case !comma:
	case hi < 0:
		op += ","
	default:
		op += "," + strconv.Itoa(clamp(hi))
	}
	ep.repeat(op + "}")
	ep.i = k + 1
	return ""
}

type bracketElem struct {
	class string // a [:class:]; otherwise ch is the character
	ch    byte
}

// bracket reads a bracket expression at ep.i and returns it in Go syntax.
func (ep *ereParser) bracket() (string, string) {
	p := ep.p
	j := ep.i + 1
	neg := false
	if j < len(p) && p[j] == '^' {
		neg = true
		j++
	}
	if j >= len(p) {
		return "", regBadPat
	}
	var body []byte
	members := 0
	addRange := func(lo, hi byte) {
		if lo >= 0x80 {
			return
		}
		if hi >= 0x80 {
			hi = 0x7f
		}
		body = fmt.Appendf(body, `\x{%x}-\x{%x}`, lo, hi)
		members++
	}
	first := true
	for {
		if j >= len(p) {
			return "", regEBrack
		}
		if p[j] == ']' && !first {
			j++
			break
		}
		first = false
		start, nj, msg := bracketElement(p, j)
		if msg != "" {
			return "", msg
		}
		j = nj
		if j+1 < len(p) && p[j] == '-' && p[j+1] != ']' {
			end, nj, msg := bracketElement(p, j+1)
			if msg != "" {
				return "", msg
			}
			j = nj
			if start.class != "" || end.class != "" || end.ch < start.ch {
				return "", regERange
			}
			if j+1 < len(p) && p[j] == '-' && p[j+1] != ']' {
				return "", regERange
			}
			addRange(start.ch, end.ch)
			continue
		}
		if start.class != "" {
			body = append(body, "[:"+start.class+":]"...)
			members++
			continue
		}
		addRange(start.ch, start.ch)
	}
	ep.i = j
	switch {
	case members == 0 && neg:
		return `(?s:.)`, ""
	case members == 0:
		return neverMatch, ""
	case neg:
		return "[^" + string(body) + "]", ""
	}
	return "[" + string(body) + "]", ""
}

// bracketElement reads one member of a bracket expression: a character, a
// [:class:], a [.c.] collating symbol or a [=c=] equivalence class.
func bracketElement(p string, j int) (bracketElem, int, string) {
	if p[j] == '[' && j+1 < len(p) && (p[j+1] == ':' || p[j+1] == '.' || p[j+1] == '=') {
		delim := p[j+1]
		k := j + 2
		for {
			// glibc gives up on names of 32 bytes or more.
			if k >= len(p) || k-(j+2) >= 32 {
				return bracketElem{}, 0, regEBrack
			}
			if p[k] == delim && k+1 < len(p) && p[k+1] == ']' {
				break
			}
			k++
		}
		name := p[j+2 : k]
		next := k + 2
		switch delim {
		case ':':
			if !posixClasses[name] {
				return bracketElem{}, 0, regECtype
			}
			return bracketElem{class: name}, next, ""
		default:
			if len(name) != 1 {
				return bracketElem{}, 0, regECollate
			}
			return bracketElem{ch: name[0]}, next, ""
		}
	}
	return bracketElem{ch: p[j]}, j + 1, ""
}

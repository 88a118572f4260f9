package output

import (
	"strconv"
	"unicode/utf8"

	"gostrace/internal/decode"
)

// jsonEnc writes a call's tokens as JSON values: the same stream the text
// renderer reads, as data. docs/json.md describes the shapes and
// docs/trace.schema.json checks them. In short: a decimal number is a JSON
// number, a whole string of valid UTF-8 a JSON string, NULL null, an array
// a JSON array; every other value is an object whose first key names its
// kind ("fd", "flags", "struct"...) and whose other keys add to it
// ("path", "comment"...). The text a value prints as can be rebuilt from
// it exactly (package jsontrace does, and its tests prove it).
type jsonEnc struct {
	c        *decode.Call
	pidDecor func(tid int, pid int64, dst []byte) []byte
	scratch  []byte
}

// isValue reports whether a token begins a value (as opposed to a mark
// that names, explains, joins or ends values).
func isValue(k decode.Kind) bool {
	switch k {
	case decode.KField, decode.KComment, decode.KArrow, decode.KRaw, decode.KEnd:
		return false
	}
	return true
}

// valueEnd returns the index after the value that begins at toks[i].
func valueEnd(toks []decode.Token, i int) int {
	switch toks[i].Kind {
	case decode.KStruct, decode.KArray, decode.KFunc, decode.KGroup:
		return min(groupEnd(toks, i)+1, len(toks))
	}
	return i + 1
}

// exprEnd returns the index after the value at toks[i] and what clings to
// it: its comments, and " => " with the value after.
func exprEnd(toks []decode.Token, i int) int {
	j := valueEnd(toks, i)
	for j < len(toks) {
		switch {
		case toks[j].Kind == decode.KComment:
			j++
		case toks[j].Kind == decode.KArrow && j+1 < len(toks) && isValue(toks[j+1].Kind):
			j = valueEnd(toks, j+1)
		default:
			return j
		}
	}
	return j
}

// seq appends the items of one level (a call's arguments, an array's
// elements...) as JSON array elements, without the brackets.
func (e *jsonEnc) seq(dst []byte, toks []decode.Token) []byte {
	first := true
	for i := 0; i < len(toks); {
		if toks[i].Kind == decode.KEnd { // unbalanced: nothing to say
			i++
			continue
		}
		if !first {
			dst = append(dst, ',')
		}
		first = false
		dst, i = e.item(dst, toks, i)
	}
	return dst
}

// item appends one element of a level: a value with what clings to it, a
// named value ({"field":...,"value":...}), or a mark standing alone.
func (e *jsonEnc) item(dst []byte, toks []decode.Token, i int) ([]byte, int) {
	t := &toks[i]
	switch t.Kind {
	case decode.KRaw:
		dst = append(dst, `{"raw":`...)
		return append(e.text(dst, t), '}'), i + 1
	case decode.KComment:
		dst = append(dst, `{"comment":`...)
		return append(e.text(dst, t), '}'), i + 1
	case decode.KArrow:
		return append(dst, `{"arrow":true}`...), i + 1
	case decode.KField:
		dst = append(dst, `{"field":`...)
		dst = appendJSONText(dst, t.Text)
		if i+1 < len(toks) && isValue(toks[i+1].Kind) {
			dst = append(dst, `,"value":`...)
			dst, i = e.expr(dst, toks, i+1)
			return append(dst, '}'), i
		}
		return append(dst, '}'), i + 1
	}
	return e.expr(dst, toks, i)
}

// expr appends the value at toks[i] with its comments and arrows: a
// comment becomes the value's "comment" key (a bare value turns into its
// object form to carry it), "a => b" becomes {"in":a,"out":b}.
func (e *jsonEnc) expr(dst []byte, toks []decode.Token, i int) ([]byte, int) {
	start := len(dst)
	commented := false
	dst, j := e.value(dst, toks, i)
	for j < len(toks) {
		t := &toks[j]
		switch {
		case t.Kind == decode.KComment:
			dst = e.comment(dst, start, commented, t)
			commented = true
			j++
		case t.Kind == decode.KArrow && j+1 < len(toks) && isValue(toks[j+1].Kind):
			dst = insertBytes(dst, start, `{"in":`)
			dst = append(dst, `,"out":`...)
			dst, j = e.value(dst, toks, j+1)
			dst = append(dst, '}')
			commented = false
		default:
			return dst, j
		}
	}
	return dst, j
}

// comment adds a comment to the value written from start.
func (e *jsonEnc) comment(dst []byte, start int, commented bool, t *decode.Token) []byte {
	switch {
	case commented:
		// A second comment: the value with its first is wrapped.
		dst = insertBytes(dst, start, `{"commented":`)
	case dst[start] == '{':
		dst = dst[:len(dst)-1]
	case dst[start] == '[':
		dst = insertBytes(dst, start, `{"array":`)
	case dst[start] == '"':
		dst = insertBytes(dst, start, `{"str":`)
	case dst[start] == 'n': // null
		dst = append(dst[:start], `{"ptr":null`...)
	default: // a number
		dst = insertBytes(dst, start, `{"int":`)
	}
	dst = append(dst, `,"comment":`...)
	return append(e.text(dst, t), '}')
}

// insertBytes inserts s into dst at i.
func insertBytes(dst []byte, i int, s string) []byte {
	n := len(dst)
	dst = append(dst, s...)
	copy(dst[i+len(s):], dst[i:n])
	copy(dst[i:], s)
	return dst
}

// text appends a token's text as a JSON string.
func (e *jsonEnc) text(dst []byte, t *decode.Token) []byte {
	if t.Text != "" {
		return appendJSONText(dst, t.Text)
	}
	return appendJSONString(dst, e.c.Bytes(t))
}

// value appends the value that begins at toks[i] and returns the index
// after it.
func (e *jsonEnc) value(dst []byte, toks []decode.Token, i int) ([]byte, int) {
	t := &toks[i]
	switch t.Kind {
	case decode.KStruct:
		end := min(groupEnd(toks, i), len(toks))
		return e.structValue(dst, toks[i+1:end]), min(end+1, len(toks))
	case decode.KArray:
		end := min(groupEnd(toks, i), len(toks))
		inner := toks[i+1 : end]
		if n := len(inner); n > 0 && inner[n-1].Kind == decode.KEllipsis {
			// "[a, b, ...]": the list goes on.
			dst = append(dst, `{"array":[`...)
			dst = e.seq(dst, inner[:n-1])
			dst = append(dst, `],"more":true}`...)
		} else {
			dst = append(dst, '[')
			dst = append(e.seq(dst, inner), ']')
		}
		return dst, min(end+1, len(toks))
	case decode.KFunc:
		end := min(groupEnd(toks, i), len(toks))
		dst = append(dst, `{"func":`...)
		dst = appendJSONText(dst, t.Text)
		dst = append(dst, `,"args":[`...)
		dst = append(e.seq(dst, toks[i+1:end]), "]}"...)
		return dst, min(end+1, len(toks))
	case decode.KGroup:
		end := min(groupEnd(toks, i), len(toks))
		if t.Flags&decode.Named != 0 {
			dst = append(dst, `{"named":`...)
			dst = strconv.AppendUint(dst, t.Num, 10)
			dst = append(dst, `,"sym":[`...)
		} else {
			dst = append(dst, `{"group":[`...)
		}
		dst = append(e.seq(dst, toks[i+1:end]), "]}"...)
		return dst, min(end+1, len(toks))
	}
	return e.scalar(dst, t), i + 1
}

// structValue appends a structure: {"struct":{"name":value,...}} when it
// is a list of distinct named members, optionally ended by "..." (then
// "more":true); otherwise its items in order, {"struct":[...]}: wait4's
// status is a structure of one unnamed text, {WIFEXITED(s) && ...}.
func (e *jsonEnc) structValue(dst []byte, inner []decode.Token) []byte {
	more, ok := regularStruct(inner)
	if !ok {
		dst = append(dst, `{"struct":[`...)
		return append(e.seq(dst, inner), "]}"...)
	}
	dst = append(dst, `{"struct":{`...)
	n := len(inner)
	if more {
		n--
	}
	first := true
	for j := 0; j < n; {
		if !first {
			dst = append(dst, ',')
		}
		first = false
		dst = appendJSONText(dst, inner[j].Text)
		dst = append(dst, ':')
		dst, j = e.expr(dst, inner, j+1)
	}
	dst = append(dst, '}')
	if more {
		dst = append(dst, `,"more":true`...)
	}
	return append(dst, '}')
}

// regularStruct reports whether a structure's tokens are distinct named
// members, and whether a trailing "..." says that some were left out.
func regularStruct(inner []decode.Token) (more, ok bool) {
	var names [128]string
	nn := 0
	for j := 0; j < len(inner); {
		t := &inner[j]
		if t.Kind == decode.KEllipsis && j == len(inner)-1 {
			return true, true
		}
		if t.Kind != decode.KField || j+1 >= len(inner) || !isValue(inner[j+1].Kind) {
			return false, false
		}
		for _, n := range names[:nn] {
			if n == t.Text {
				return false, false
			}
		}
		if nn == len(names) {
			return false, false
		}
		names[nn] = t.Text
		nn++
		j = exprEnd(inner, j+1)
	}
	return false, true
}

// scalar appends a value of one token.
func (e *jsonEnc) scalar(dst []byte, t *decode.Token) []byte {
	c := e.c
	switch t.Kind {
	case decode.KInt:
		v := int64(t.Num)
		if t.Flags&decode.PidValue != 0 && e.pidDecor != nil {
			if e.scratch = e.pidDecor(c.Pid, v, e.scratch[:0]); len(e.scratch) > 0 {
				dst = strconv.AppendInt(append(dst, `{"int":`...), v, 10)
				dst = appendJSONString(append(dst, `,"decor":`...), e.scratch)
				return append(dst, '}')
			}
		}
		return strconv.AppendInt(dst, v, 10)
	case decode.KUint:
		return strconv.AppendUint(dst, t.Num, 10)
	case decode.KHex:
		return append(appendHex(append(dst, `{"hex":"`...), t.Num), `"}`...)
	case decode.KOct:
		return append(appendOct(append(dst, `{"oct":"`...), t.Num), `"}`...)
	case decode.KPtr:
		if t.Num == 0 {
			return append(dst, "null"...)
		}
		return append(appendHex(append(dst, `{"ptr":"`...), t.Num), `"}`...)
	case decode.KFd:
		if t.Flags&decode.AtFdcwd != 0 {
			dst = append(dst, `{"fd":-100,"name":"AT_FDCWD"`...)
		} else {
			dst = strconv.AppendInt(append(dst, `{"fd":`...), int64(t.Num), 10)
		}
		if t.Len > 0 {
			dst = appendFdPathJSON(dst, c.Bytes(t))
		}
		return append(dst, '}')
	case decode.KStr:
		return appendStrJSON(dst, c.Bytes(t), t.Flags)
	case decode.KFlags:
		return appendFlagsJSON(dst, t.Table, t.Num)
	case decode.KConst, decode.KConstDec:
		if name, ok := t.Table.Lookup(t.Num); ok {
			return append(appendJSONText(append(dst, `{"const":`...), name), '}')
		}
		// What strace prints: the number, and the table's "unknown"
		// comment.
		if t.Kind == decode.KConst {
			dst = appendHex(append(dst, `{"hex":"`...), t.Num)
			dst = append(dst, '"')
		} else {
			dst = strconv.AppendInt(append(dst, `{"int":`...), int64(t.Num), 10)
		}
		if t.Table.Unknown != "" {
			dst = appendKeyText(dst, "comment", t.Table.Unknown)
		}
		return append(dst, '}')
	case decode.KSigset:
		nsig := 64
		if t.Flags&decode.Sigset32 != 0 {
			nsig = 32
		}
		return appendSigsetJSON(dst, t.Num, nsig)
	case decode.KText:
		return append(e.text(append(dst, `{"text":`...), t), '}')
	case decode.KEllipsis:
		return append(dst, `{"ellipsis":true}`...)
	}
	// Marks have no value of their own: item handles them.
	return append(dst, "null"...)
}

// appendFdPathJSON appends what -y knows of a descriptor: its path, or
// the details -yy formats (sockets, devices, pidfds), marked by a NUL.
func appendFdPathJSON(dst []byte, p []byte) []byte {
	if len(p) > 0 && p[0] == 0 {
		return appendKeyBytes(dst, "details", p[1:])
	}
	return appendKeyBytes(dst, "path", p)
}

// appendStrJSON appends a string: a JSON string when it is whole and
// valid UTF-8; else {"str":text} with "trunc" when -s cut it, "bytes"
// (every byte in hex) when it is not UTF-8 or is binary data strace
// shows in hex ("binary").
func appendStrJSON(dst []byte, b []byte, flags uint8) []byte {
	valid := utf8.Valid(b)
	if flags&(decode.Trunc|decode.HexAll|decode.Unquoted) == 0 && valid {
		return appendJSONString(dst, b)
	}
	dst = appendJSONString(append(dst, `{"str":`...), b)
	if flags&decode.Trunc != 0 {
		dst = append(dst, `,"trunc":true`...)
	}
	if !valid || flags&decode.HexAll != 0 {
		dst = append(dst, `,"bytes":"`...)
		dst = append(appendHexBytes(dst, b), '"')
	}
	if flags&decode.HexAll != 0 {
		dst = append(dst, `,"binary":true`...)
	}
	if flags&decode.Unquoted != 0 {
		dst = append(dst, `,"unquoted":true`...)
	}
	return append(dst, '}')
}

package jsontrace

import (
	"encoding/hex"
	"strconv"
	"strings"

	"gostrace/internal/output"
)

// The text of values: what the text sink's renderer prints for the
// tokens the JSON values stand for.

// rest returns what a call's line printed after its entry's part e:
// the arguments the exit added.
func rest(args string, e entry) string {
	if !strings.HasPrefix(args, e.args) {
		return args
	}
	r := args[len(e.args):]
	if e.sep {
		r = strings.TrimPrefix(r, ", ")
	}
	return r
}

// level is the separator state of one level of a sequence, as the text
// renderer keeps it: ", " between items, none in a group, none after a
// member's name or an arrow.
type level struct {
	count int
	glue  bool
	group bool
}

func (l *level) sep(dst []byte) []byte {
	if l.glue {
		l.glue = false
		return dst
	}
	if l.count > 0 && !l.group {
		dst = append(dst, ", "...)
	}
	l.count++
	return dst
}

// seq appends the text of a level's items.
func (c *converter) seq(dst []byte, items []*Value, group bool) []byte {
	l := level{group: group}
	for _, it := range items {
		dst = c.item(dst, it, &l)
	}
	return dst
}

func (c *converter) item(dst []byte, it *Value, l *level) []byte {
	switch it.Tag() {
	case "raw":
		return append(dst, it.String("raw")...)
	case "comment":
		return appendComment(dst, it.String("comment"))
	case "arrow":
		l.glue = true
		return append(dst, " => "...)
	case "field":
		dst = l.sep(dst)
		dst = append(dst, it.String("field")...)
		dst = append(dst, '=')
		if v := it.Get("value"); v != nil {
			dst = c.value(dst, v)
		}
		return dst
	}
	return c.value(l.sep(dst), it)
}

func appendComment(dst []byte, s string) []byte {
	dst = append(dst, " /* "...)
	dst = append(dst, s...)
	return append(dst, " */"...)
}

// value appends the text of a value.
func (c *converter) value(dst []byte, v *Value) []byte {
	switch v.Kind {
	case 'n':
		return append(dst, "NULL"...)
	case '#':
		return append(dst, v.Num...)
	case 's':
		return output.QuoteString(dst, []byte(v.Str), c.opt.Hex, false, false)
	case '[':
		dst = append(dst, '[')
		dst = c.seq(dst, v.Arr, false)
		return append(dst, ']')
	case 'b':
		return strconv.AppendBool(dst, v.Bool)
	}
	tag := v.Tag()
	m := v.Get(tag)
	switch tag {
	case "int":
		dst = append(dst, m.Num...)
		dst = append(dst, v.String("decor")...)
	case "str":
		b := []byte(m.Str)
		if h := v.String("bytes"); h != "" || v.Has("bytes") {
			b, _ = hex.DecodeString(h)
		}
		dst = output.QuoteString(dst, b, c.opt.Hex, v.True("binary"), v.True("unquoted"))
		if v.True("trunc") {
			dst = append(dst, "..."...)
		}
	case "ptr":
		if m.Kind == 'n' {
			dst = append(dst, "NULL"...)
		} else {
			dst = append(dst, m.Str...)
		}
	case "hex", "oct":
		dst = append(dst, m.Str...)
	case "fd":
		if name := v.String("name"); name != "" {
			dst = append(dst, name...)
		} else {
			dst = append(dst, m.Num...)
		}
		switch {
		case v.Has("path"):
			p := []byte(v.String("path"))
			if h := v.String("path_hex"); h != "" {
				p, _ = hex.DecodeString(h)
			}
			dst = append(dst, '<')
			dst = output.AppendFdPath(dst, p)
			dst = append(dst, '>')
		case v.Has("details"):
			d := []byte(v.String("details"))
			if h := v.String("details_hex"); h != "" {
				d, _ = hex.DecodeString(h)
			}
			dst = append(dst, '<')
			dst = append(dst, d...)
			dst = append(dst, '>')
		}
	case "flags":
		if len(m.Arr) == 0 {
			dst = append(dst, '0')
		}
		for i, f := range m.Arr {
			if i > 0 {
				dst = append(dst, '|')
			}
			dst = append(dst, f.Str...)
		}
		if r := v.String("rest"); r != "" {
			dst = append(dst, '|')
			dst = append(dst, r...)
		}
	case "const":
		dst = append(dst, m.Str...)
	case "sigset":
		if v.True("complement") {
			dst = append(dst, '~')
		}
		dst = append(dst, '[')
		for i, s := range m.Arr {
			if i > 0 {
				dst = append(dst, ' ')
			}
			if s.Kind == '#' {
				dst = append(dst, s.Num...)
			} else {
				dst = append(dst, strings.TrimPrefix(s.Str, "SIG")...)
			}
		}
		dst = append(dst, ']')
	case "struct":
		dst = append(dst, '{')
		if m.Kind == '[' {
			dst = c.seq(dst, m.Arr, false)
		} else {
			l := level{}
			for i, k := range m.Keys {
				dst = l.sep(dst)
				dst = append(dst, k...)
				dst = append(dst, '=')
				dst = c.value(dst, m.Vals[i])
			}
			if v.True("more") {
				dst = append(l.sep(dst), "..."...)
			}
		}
		dst = append(dst, '}')
	case "array":
		dst = append(dst, '[')
		l := level{}
		for _, it := range m.Arr {
			dst = c.item(dst, it, &l)
		}
		if v.True("more") {
			dst = append(l.sep(dst), "..."...)
		}
		dst = append(dst, ']')
	case "func":
		dst = append(dst, m.Str...)
		dst = append(dst, '(')
		dst = c.seq(dst, v.Get("args").Arr, false)
		dst = append(dst, ')')
	case "group":
		dst = c.seq(dst, m.Arr, true)
	case "named":
		dst = c.seq(dst, v.Get("sym").Arr, true)
	case "text", "raw":
		dst = append(dst, m.Str...)
	case "ellipsis":
		dst = append(dst, "..."...)
	case "in":
		dst = c.value(dst, m)
		dst = append(dst, " => "...)
		dst = c.value(dst, v.Get("out"))
	case "commented":
		dst = c.value(dst, m)
	}
	if tag != "comment" && v.Has("comment") {
		dst = appendComment(dst, v.String("comment"))
	}
	return dst
}

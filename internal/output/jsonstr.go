package output

import (
	"strconv"
	"unicode/utf8"
)

// The JSON sink writes its lines by appending to a reused buffer, without
// encoding/json: these are the few primitives it needs.

// appendJSONString appends b as a JSON string. Bytes that are not valid
// UTF-8 become U+FFFD: callers that must be lossless check utf8.Valid
// first and add the bytes in hex. Control characters and DEL are
// escaped, so that a line shows what it holds.
func appendJSONString(dst []byte, b []byte) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < 0x7f {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(b[i:])
			if r != utf8.RuneError || size != 1 {
				// U+2028 and U+2029 are valid JSON but break
				// JavaScript parsers that read lines as code.
				if r == '\u2028' || r == '\u2029' {
					dst = append(dst, b[start:i]...)
					dst = append(dst, `\u202`...)
					dst = append(dst, hexDigits[r&0xf])
					i += size
					start = i
					continue
				}
				i += size
				continue
			}
			dst = append(dst, b[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		dst = append(dst, b[start:i]...)
		switch c {
		case '"', '\\':
			dst = append(dst, '\\', c)
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\t':
			dst = append(dst, '\\', 't')
		case '\r':
			dst = append(dst, '\\', 'r')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		}
		i++
		start = i
	}
	dst = append(dst, b[start:]...)
	return append(dst, '"')
}

// appendJSONText is appendJSONString for a Go string. Names and numbers
// are plain ASCII and go straight in; anything else takes the general
// path (and a copy).
func appendJSONText(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c >= 0x7f {
			return appendJSONString(dst, []byte(s))
		}
	}
	dst = append(dst, '"')
	dst = append(dst, s...)
	return append(dst, '"')
}

// appendHexBytes appends b as lower-case hex digits, two per byte.
func appendHexBytes(dst []byte, b []byte) []byte {
	for _, c := range b {
		dst = append(dst, hexDigits[c>>4], hexDigits[c&0xf])
	}
	return dst
}

// appendKey appends `,"key":` (or `"key":` right after an opening brace).
func appendKey(dst []byte, key string) []byte {
	if n := len(dst); n > 0 && dst[n-1] != '{' && dst[n-1] != '[' {
		dst = append(dst, ',')
	}
	dst = append(dst, '"')
	dst = append(dst, key...)
	return append(dst, '"', ':')
}

// appendKeyInt appends `,"key":v`.
func appendKeyInt(dst []byte, key string, v int64) []byte {
	return strconv.AppendInt(appendKey(dst, key), v, 10)
}

// appendKeyText appends `,"key":"s"`.
func appendKeyText(dst []byte, key, s string) []byte {
	return appendJSONText(appendKey(dst, key), s)
}

// appendKeyTrue appends `,"key":true`.
func appendKeyTrue(dst []byte, key string) []byte {
	return append(appendKey(dst, key), "true"...)
}

// appendKeyHex appends `,"key":"0x..."` as strace prints the number.
func appendKeyHex(dst []byte, key string, v uint64) []byte {
	dst = append(appendKey(dst, key), '"')
	return append(appendHex(dst, v), '"')
}

// appendKeyBytes appends `,"key":"text"` for bytes that may not be
// UTF-8, and then `,"key_hex":"..."` with every byte when they are not:
// the text is for reading, the hex for being exact.
func appendKeyBytes(dst []byte, key string, b []byte) []byte {
	dst = appendJSONString(appendKey(dst, key), b)
	if !utf8.Valid(b) {
		dst = append(dst, ',', '"')
		dst = append(dst, key...)
		dst = append(dst, `_hex":"`...)
		dst = append(appendHexBytes(dst, b), '"')
	}
	return dst
}

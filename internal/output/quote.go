package output

// Hex modes (-x, -xx).
const (
	HexNone    = 0 // octal escapes for non-printable bytes
	HexNonText = 1 // -x: a string with any non-printable byte is printed all in \xHH
	HexAll     = 2 // -xx: every string all in \xHH
	HexEscapes = 3 // --strings-in-hex=non-ascii-chars: escapes in \xHH, the rest as is
)

const hexDigits = "0123456789abcdef"

// AppendQuoted appends b as strace quotes a string: printable ASCII as is,
// \t \n \v \f \r \" \\ escaped, other bytes in octal with the fewest digits
// that cannot be misread (three when the next byte is an octal digit).
// allHex prints every byte as \xHH.
func AppendQuoted(dst []byte, b []byte, allHex bool, quotes bool) []byte {
	return appendQuoted(dst, b, allHex, false, quotes)
}

// appendQuoted is AppendQuoted with hexEsc: escapes in \xHH instead of octal
// (--strings-in-hex=non-ascii-chars).
func appendQuoted(dst []byte, b []byte, allHex, hexEsc, quotes bool) []byte {
	if quotes {
		dst = append(dst, '"')
	}
	if allHex {
		for _, c := range b {
			dst = append(dst, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		}
	} else {
		for i, c := range b {
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
				continue
			case '\t':
				dst = append(dst, '\\', 't')
				continue
			case '\n':
				dst = append(dst, '\\', 'n')
				continue
			case '\v':
				dst = append(dst, '\\', 'v')
				continue
			case '\f':
				dst = append(dst, '\\', 'f')
				continue
			case '\r':
				dst = append(dst, '\\', 'r')
				continue
			}
			if c >= ' ' && c < 0x7f {
				dst = append(dst, c)
				continue
			}
			dst = append(dst, '\\')
			if hexEsc {
				dst = append(dst, 'x', hexDigits[c>>4], hexDigits[c&15])
				continue
			}
			if i+1 < len(b) && b[i+1] >= '0' && b[i+1] <= '7' {
				dst = append(dst, '0'+c>>6, '0'+(c>>3)&7, '0'+c&7)
				continue
			}
			if c>>6 != 0 {
				dst = append(dst, '0'+c>>6)
			}
			if c>>3 != 0 {
				dst = append(dst, '0'+(c>>3)&7)
			}
			dst = append(dst, '0'+c&7)
		}
	}
	if quotes {
		dst = append(dst, '"')
	}
	return dst
}

// printable reports whether every byte prints as itself or as a C escape
// (-x keeps such strings in text form).
func printable(b []byte) bool {
	for _, c := range b {
		if (c < ' ' || c >= 0x7f) && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' {
			return false
		}
	}
	return true
}

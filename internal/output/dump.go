package output

import "strconv"

// AppendHexDump appends the lines strace prints after a call for -e read=
// and -e write=: 16 bytes a line, the offset in at least five hex digits,
// the bytes in hex in two groups of eight, and the bytes again as text
// with a '.' for those that do not print:
//
//	| 00000  68 65 6c 6c 6f 0a                                 hello.           |
func AppendHexDump(dst []byte, data []byte) []byte {
	for off := 0; off < len(data); off += 16 {
		line := data[off:min(off+16, len(data))]
		dst = append(dst, " | "...)
		var n [16]byte
		s := strconv.AppendUint(n[:0], uint64(off), 16)
		for i := len(s); i < 5; i++ {
			dst = append(dst, '0')
		}
		dst = append(dst, s...)
		dst = append(dst, ' ', ' ')
		for i := 0; i < 16; i++ {
			if i == 8 {
				dst = append(dst, ' ')
			}
			if i < len(line) {
				dst = append(dst, hexDigits[line[i]>>4], hexDigits[line[i]&15], ' ')
			} else {
				dst = append(dst, ' ', ' ', ' ')
			}
		}
		dst = append(dst, ' ')
		for i := 0; i < 16; i++ {
			switch {
			case i >= len(line):
				dst = append(dst, ' ')
			case line[i] >= ' ' && line[i] < 0x7f:
				dst = append(dst, line[i])
			default:
				dst = append(dst, '.')
			}
		}
		dst = append(dst, " |\n"...)
	}
	return dst
}

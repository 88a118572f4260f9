package output

// The pieces of strace's text that a program rebuilding it from another
// form (package jsontrace, from JSON lines) needs, exported.

// QuoteString appends b as the text sink prints a string at -x level hex
// (HexNone...HexEscapes): quoted unless unquoted, every byte in \xHH when
// binary (data strace always shows in hex).
func QuoteString(dst []byte, b []byte, hex int, binary, unquoted bool) []byte {
	allHex := binary || hex == HexAll || (hex == HexNonText && !printable(b))
	return appendQuoted(dst, b, allHex, hex == HexEscapes, !unquoted)
}

// AppendStamp appends the timestamp that begins a line printed at now
// (nanoseconds since the epoch), as the text sink does: successive calls
// must come in the order of the lines, for -r.
func (tm *Timing) AppendStamp(dst []byte, now int64) []byte {
	if tm.Format == StampNone && !tm.Relative {
		return dst
	}
	return tm.appendStamp(dst, now)
}

// AppendDuration appends -T's " <0.000150>" for a call that took d
// nanoseconds.
func (tm *Timing) AppendDuration(dst []byte, d int64) []byte { return tm.appendDuration(dst, d) }

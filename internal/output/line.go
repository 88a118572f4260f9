package output

import "gostrace/internal/decode"

// AppendCall appends a whole call as one strace line without the leader
// (pid prefix, timestamps), the padding before " = " or -T's duration:
// "openat(AT_FDCWD, \"x\", O_RDONLY) = -1 ENOENT (No such file or
// directory)". Sinks other than the text (the timeline) label calls with
// it. A call that never returned ends as the text sink ends it:
// " <unfinished ...>) = ?" or " <detached ...>".
func (t *Text) AppendCall(dst []byte, c *decode.Call, abandoned, detached bool) []byte {
	saved := t.buf
	t.buf = dst
	t.entryArgs(c)
	switch {
	case detached:
		t.buf = append(t.buf, " <detached ...>"...)
	case abandoned:
		if c.More {
			t.buf = append(t.buf, " <unfinished ...>"...)
		}
		t.buf = append(t.buf, ") = ?"...)
	default:
		t.r.reset()
		t.r.hex = t.Hex
		t.r.style = t.Style
		t.r.pidDecor = t.PidDecor
		toks := c.Tokens()
		if c.EntryEnd < len(toks) {
			if c.LateSep && c.EntryEnd > 0 {
				t.r.count[0] = 1 // as in Exit
			}
			t.buf = t.r.tokens(t.buf, c, toks[c.EntryEnd:])
		}
		t.buf = append(t.buf, ") = "...)
		t.buf = t.appendReturn(t.buf, c)
		if c.Tamper != 0 {
			t.buf = appendTamper(t.buf, c.Tamper)
		}
	}
	dst = t.buf
	t.buf = saved
	return dst
}

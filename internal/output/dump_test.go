package output

import "testing"

// The expected lines were printed by strace 6.1 (-e write=1 and -e read=3
// on cat of a file holding this text).
func TestAppendHexDump(t *testing.T) {
	data := []byte("hello world, this is a longer line of text!\x01\x02\xff\n")
	want := "" +
		" | 00000  68 65 6c 6c 6f 20 77 6f  72 6c 64 2c 20 74 68 69  hello world, thi |\n" +
		" | 00010  73 20 69 73 20 61 20 6c  6f 6e 67 65 72 20 6c 69  s is a longer li |\n" +
		" | 00020  6e 65 20 6f 66 20 74 65  78 74 21 01 02 ff 0a     ne of text!....  |\n"
	if got := string(AppendHexDump(nil, data)); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	short := " | 00000  61 62                                             ab               |\n"
	if got := string(AppendHexDump(nil, []byte("ab"))); got != short {
		t.Errorf("got\n%q\nwant\n%q", got, short)
	}
	// Past 0xfffff the offset takes more digits ("%05x").
	big := make([]byte, 0x100001)
	out := AppendHexDump(nil, big)
	last := " | 100000  00                                                .                |\n"
	if got := string(out[len(out)-len(last):]); got != last {
		t.Errorf("last line %q, want %q", got, last)
	}
	if len(AppendHexDump(nil, nil)) != 0 {
		t.Error("empty data dumps nothing")
	}
}

package decode_test

import (
	"strings"
	"testing"

	"gostrace/internal/decode"
	"gostrace/internal/decode/decodetest"
	"gostrace/internal/sysent"
)

// FuzzEveryCall feeds every system call's decoder, not only those with a
// target of their own, arbitrary arguments over arbitrary memory: each
// argument is either a raw value or (by ptrMask) an address inside the
// fuzzed bytes, so that every structure a decoder reads comes from the
// fuzzer. Whatever the tracee's registers and memory hold, decoding must
// not panic and must print a whole line, at entry and at exit, with any
// -s, -v and -x.
func FuzzEveryCall(f *testing.F) {
	// A seed per decoded call: zeroed memory behind every argument, and
	// small numbers with a failure.
	for i, nr := range everyNr {
		if !decode.Decoded(sysent.Name(nr)) {
			continue
		}
		f.Add(uint16(i), make([]byte, 256), uint64(0), uint64(0), uint64(0), uint64(0), uint64(0), uint64(0), uint8(0x3f), int64(0), uint8(0))
		f.Add(uint16(i), []byte("/tmp/x\x00"), uint64(3), uint64(1), uint64(2), uint64(8), uint64(0), uint64(0), uint8(0), int64(-22), uint8(0x25))
	}
	f.Fuzz(func(t *testing.T, sel uint16, data []byte, a0, a1, a2, a3, a4, a5 uint64, ptrMask uint8, rval int64, opts uint8) {
		nr := everyNr[int(sel)%len(everyNr)]
		name := sysent.Name(nr)
		var args [6]uint64
		for i, a := range [6]uint64{a0, a1, a2, a3, a4, a5} {
			if ptrMask&(1<<i) != 0 {
				// Inside the bytes, or just past their end.
				a = fuzzBase + a%uint64(len(data)+64)
			}
			args[i] = a
		}
		opt := &decode.Options{StringLimit: int(opts & 0x3f), Verbose: opts&0x40 != 0}
		m := decodetest.NewMemory()
		m.Map(fuzzBase, data)
		c := decodetest.Call{Name: name, Args: args, Rval: rval, Err: rval < 0 && rval > -4096,
			Opt: opt, Hex: int(opts>>6) % 3, SP: fuzzBase + 64}
		line := decodetest.Render(m, c)
		if !strings.HasPrefix(line, name+"(") || !strings.Contains(line, ") ") || !strings.Contains(line, "= ") {
			t.Fatalf("%s: malformed line %q", name, line)
		}
		c.Entry = true
		if line := decodetest.Render(m, c); !strings.HasPrefix(line, name+"(") {
			t.Fatalf("%s: malformed entry %q", name, line)
		}
	})
}

// everyNr lists the syscall numbers the tables name.
var everyNr = func() []int {
	var l []int
	for nr := 0; nr < sysent.Count(); nr++ {
		if e := sysent.Lookup(nr); e != nil && e.Name != "" && !strings.HasPrefix(e.Name, "syscall_") {
			l = append(l, nr)
		}
	}
	return l
}()

// Every call the tables name has seeds, so the seed run alone decodes each
// once over zeroed memory.
func TestEveryCallSeeded(t *testing.T) {
	n := 0
	for _, nr := range everyNr {
		if decode.Decoded(sysent.Name(nr)) {
			n++
		}
	}
	if n < 300 {
		t.Errorf("only %d of the %d calls named have a decoder", n, len(everyNr))
	}
}

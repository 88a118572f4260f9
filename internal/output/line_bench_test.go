package output_test

import (
	"bytes"
	"testing"

	"gostrace/internal/decode"
	"gostrace/internal/decode/decodetest"
	. "gostrace/internal/output"
	"gostrace/internal/sysent"
)

// BenchmarkLine is the whole of a traced call's work after its two stops:
// decode the entry, print it, decode the exit, finish the line, as the
// session does for `-f -o FILE` (pid prefix, " = " column), into a buffer
// standing for the file. Text and JSON lines, for the common calls.
func BenchmarkLine(b *testing.B) {
	m := decodetest.NewMemory()
	calls := decodetest.CommonCalls(m)
	for _, format := range []string{"text", "json"} {
		for _, k := range calls {
			b.Run(format+"/"+k.Name, func(b *testing.B) {
				nr, ok := sysent.Number(k.Name)
				if !ok {
					b.Skipf("no %s on this architecture", k.Name)
				}
				// Grown beforehand, so that the figures count the
				// sink's allocations, not the buffer's.
				var sink bytes.Buffer
				sink.Grow(2 << 20)
				o := NewText(&sink)
				if format == "json" {
					o = NewJSON(&sink)
				}
				o.Prefix = func(int) PidPrefix { return PrefixFile }
				opt := decode.DefaultOptions()
				var c decode.Call
				b.ReportAllocs()
				for b.Loop() {
					c.Reset(nr, k.Name, k.Args, m, opt, 1234)
					c.DecodeEntry()
					o.Entry(1234, &c)
					c.DecodeExit(k.Rval, k.Err)
					o.Exit(1234, &c)
					// The sink flushes by itself every 60 KiB; what
					// reached the buffer is dropped to keep it small.
					if sink.Len() > 1<<20 {
						sink.Reset()
					}
				}
				o.Flush()
			})
		}
	}
}

package decode_test

import (
	"testing"

	"gostrace/internal/decode"
	"gostrace/internal/decode/decodetest"
	"gostrace/internal/sysent"
)

// BenchmarkDecode decodes the entry and the exit of the calls that dominate
// real traces, with one Call reused as the tracer reuses a thread's: this
// is the decoding work of one traced call, without the ptrace stops (the
// fake memory copies bytes where the tracer makes a process_vm_readv).
// Allocations per op should be zero: a tracer that allocates per call
// pays it again in the garbage collector on long traces.
func BenchmarkDecode(b *testing.B) {
	m := decodetest.NewMemory()
	for _, k := range decodetest.CommonCalls(m) {
		for _, verbose := range []bool{false, true} {
			name := k.Name
			if verbose {
				// -v decodes every field of the structures (stat,
				// dirents): the most a call can cost.
				if k.Name != "newfstatat" && k.Name != "getdents64" {
					continue
				}
				name += "-v"
			}
			b.Run(name, func(b *testing.B) {
				nr, ok := sysent.Number(k.Name)
				if !ok {
					b.Skipf("no %s on this architecture", k.Name)
				}
				opt := decode.DefaultOptions()
				opt.Verbose = verbose
				var c decode.Call
				b.ReportAllocs()
				for b.Loop() {
					c.Reset(nr, k.Name, k.Args, m, opt, 1)
					c.DecodeEntry()
					c.DecodeExit(k.Rval, k.Err)
				}
			})
		}
	}
}

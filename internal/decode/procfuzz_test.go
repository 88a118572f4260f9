package decode_test

import (
	"testing"

	"gostrace/internal/decode"
)

// Fuzz targets for the process, memory and signal structures: whatever the
// tracee's memory holds, decoding must not panic.

func FuzzSigaction(f *testing.F) {
	f.Add(make([]byte, 32), int64(0))
	f.Fuzz(func(t *testing.T, data []byte, ret int64) {
		fuzzCall(t, "rt_sigaction", data, [6]uint64{10, fuzzBase, fuzzBase, 8}, ret)
		fuzzCall(t, "rt_sigprocmask", data, [6]uint64{2, fuzzBase, fuzzBase, 8}, ret)
		fuzzCall(t, "rt_sigpending", data, [6]uint64{fuzzBase, uint64(len(data) % 10)}, ret)
		fuzzCall(t, "sigaltstack", data, [6]uint64{fuzzBase, fuzzBase}, ret)
		fuzzCall(t, "setitimer", data, [6]uint64{0, fuzzBase, fuzzBase}, ret)
	})
}

func FuzzSiginfo(f *testing.F) {
	f.Add(make([]byte, 128), int64(0))
	f.Add([]byte{17, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0}, int64(0))
	f.Fuzz(func(t *testing.T, data []byte, ret int64) {
		fuzzCall(t, "rt_sigqueueinfo", data, [6]uint64{1, 10, fuzzBase}, ret)
		fuzzCall(t, "rt_sigtimedwait", data, [6]uint64{fuzzBase, fuzzBase, fuzzBase, 8}, ret)
		fuzzCall(t, "waitid", data, [6]uint64{1, 2, fuzzBase, 4, fuzzBase}, ret)
		// The tracer hands siginfo bytes of any length to Siginfo.
		var c decode.Call
		c.Reset(0, "", [6]uint64{}, nil, decode.DefaultOptions(), 1)
		decode.Siginfo(&c, data)
	})
}

func FuzzRlimit(f *testing.F) {
	f.Add(make([]byte, 16), int64(0))
	f.Fuzz(func(t *testing.T, data []byte, ret int64) {
		fuzzCall(t, "prlimit64", data, [6]uint64{0, 3, fuzzBase, fuzzBase}, ret)
		fuzzCall(t, "getrlimit", data, [6]uint64{3, fuzzBase}, ret)
	})
}

func FuzzRusage(f *testing.F) {
	f.Add(make([]byte, 144), int64(0))
	f.Fuzz(func(t *testing.T, data []byte, ret int64) {
		fuzzCall(t, "getrusage", data, [6]uint64{0, fuzzBase}, ret)
		fuzzCall(t, "wait4", data, [6]uint64{1, fuzzBase, 0, fuzzBase}, ret)
		fuzzCall(t, "times", data, [6]uint64{fuzzBase}, ret)
	})
}

func FuzzCloneArgs(f *testing.F) {
	f.Add(make([]byte, 88), uint64(88), int64(1234))
	f.Add(make([]byte, 200), uint64(104), int64(0))
	f.Fuzz(func(t *testing.T, data []byte, size uint64, ret int64) {
		fuzzCall(t, "clone3", data, [6]uint64{fuzzBase, size}, ret)
		fuzzCall(t, "clone", data, [6]uint64{size, fuzzBase, fuzzBase, fuzzBase, fuzzBase}, ret)
	})
}

func FuzzUtsname(f *testing.F) {
	f.Add(make([]byte, 390), int64(0))
	f.Fuzz(func(t *testing.T, data []byte, ret int64) {
		fuzzCall(t, "uname", data, [6]uint64{fuzzBase}, ret)
	})
}

func FuzzSysinfo(f *testing.F) {
	f.Add(make([]byte, 112), int64(0))
	f.Fuzz(func(t *testing.T, data []byte, ret int64) {
		fuzzCall(t, "sysinfo", data, [6]uint64{fuzzBase}, ret)
	})
}

func FuzzCapabilities(f *testing.F) {
	f.Add(append([]byte{0x22, 0x05, 0x08, 0x20, 0, 0, 0, 0}, make([]byte, 24)...), int64(0))
	f.Fuzz(func(t *testing.T, data []byte, ret int64) {
		fuzzCall(t, "capget", data, [6]uint64{fuzzBase, fuzzBase + 8}, ret)
		fuzzCall(t, "capset", data, [6]uint64{fuzzBase, fuzzBase + 8}, ret)
	})
}

// FuzzProcMisc covers the other structures and arrays: sched_attr, CPU
// sets, node masks, group lists, mincore vectors, ptrace data.
func FuzzProcMisc(f *testing.F) {
	f.Add(make([]byte, 64), uint64(64), int64(0))
	f.Fuzz(func(t *testing.T, data []byte, n uint64, ret int64) {
		n %= 1 << 16
		fuzzCall(t, "sched_setattr", data, [6]uint64{0, fuzzBase, 0}, ret)
		fuzzCall(t, "sched_getattr", data, [6]uint64{0, fuzzBase, n, 0}, ret)
		fuzzCall(t, "sched_setaffinity", data, [6]uint64{0, n, fuzzBase}, ret)
		fuzzCall(t, "set_mempolicy", data, [6]uint64{2, fuzzBase, n}, ret)
		fuzzCall(t, "setgroups", data, [6]uint64{n, fuzzBase}, ret)
		fuzzCall(t, "mincore", data, [6]uint64{fuzzBase, n, fuzzBase}, ret)
		fuzzCall(t, "prctl", data, [6]uint64{n % 80, fuzzBase, fuzzBase, fuzzBase, fuzzBase}, ret)
		for _, req := range []uint64{3, 0xc, 0xe, 0x4202, 0x4204, 0x4209, 0x420a, 0x420e} {
			fuzzCall(t, "ptrace", data, [6]uint64{req, 1, fuzzBase, fuzzBase}, ret)
		}
		fuzzCall(t, "ptrace", data, [6]uint64{0x420e, 1, n, fuzzBase}, ret)
	})
}

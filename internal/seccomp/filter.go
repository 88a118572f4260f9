// Package seccomp builds and installs the classic BPF program behind the
// seccomp fast path (--seccomp-bpf): the kernel stops the tracee only at
// the syscalls the user asked to see, and runs every other one at full
// speed, with no ptrace stop at all.
package seccomp

import (
	"sort"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// Return values of a seccomp filter (SECCOMP_RET_*).
const (
	retAllow = 0x7fff0000
	retTrace = 0x7ff00000
)

// Offsets in struct seccomp_data.
const (
	offNr   = 0
	offArch = 4
)

// x32Bit marks x32 syscall numbers on x86_64: they must be traced, never
// mistaken for native ones.
const x32Bit = 0x40000000

// Range is an inclusive range of syscall numbers.
type Range struct{ Lo, Hi uint32 }

// Ranges turns a set of numbers into sorted ranges of consecutive numbers.
func Ranges(nrs []int) []Range {
	s := append([]int(nil), nrs...)
	sort.Ints(s)
	var rs []Range
	for _, n := range s {
		if n < 0 {
			continue
		}
		if len(rs) > 0 && uint32(n) <= rs[len(rs)-1].Hi+1 {
			if uint32(n) > rs[len(rs)-1].Hi {
				rs[len(rs)-1].Hi = uint32(n)
			}
			continue
		}
		rs = append(rs, Range{uint32(n), uint32(n)})
	}
	return rs
}

// Program returns a filter that asks the tracer (SECCOMP_RET_TRACE) about
// the syscalls in traced, about every syscall of another architecture or
// ABI (i386 via int 0x80, x32: their numbers mean other calls), and
// allows everything else. Each range costs three instructions, each ending
// in its own return so that no jump has to reach past 255 instructions.
func Program(traced []Range) []unix.SockFilter {
	p := []unix.SockFilter{
		stmt(unix.BPF_LD|unix.BPF_W|unix.BPF_ABS, offArch),
		jump(unix.BPF_JMP|unix.BPF_JEQ|unix.BPF_K, auditArch, 1, 0),
		stmt(unix.BPF_RET|unix.BPF_K, retTrace),
		stmt(unix.BPF_LD|unix.BPF_W|unix.BPF_ABS, offNr),
	}
	if x32 {
		p = append(p,
			jump(unix.BPF_JMP|unix.BPF_JGE|unix.BPF_K, x32Bit, 0, 1),
			stmt(unix.BPF_RET|unix.BPF_K, retTrace))
	}
	for _, r := range traced {
		p = append(p,
			jump(unix.BPF_JMP|unix.BPF_JGE|unix.BPF_K, r.Lo, 0, 2),
			jump(unix.BPF_JMP|unix.BPF_JGT|unix.BPF_K, r.Hi, 1, 0),
			stmt(unix.BPF_RET|unix.BPF_K, retTrace))
	}
	return append(p, stmt(unix.BPF_RET|unix.BPF_K, retAllow))
}

func stmt(code uint16, k uint32) unix.SockFilter { return unix.SockFilter{Code: code, K: k} }

func jump(code uint16, k uint32, jt, jf uint8) unix.SockFilter {
	return unix.SockFilter{Code: code, Jt: jt, Jf: jf, K: k}
}

// Encode writes ranges as "0-3,5,10-12" (to pass them to the launch shim
// on its command line).
func Encode(rs []Range) string {
	var b strings.Builder
	for i, r := range rs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatUint(uint64(r.Lo), 10))
		if r.Hi != r.Lo {
			b.WriteByte('-')
			b.WriteString(strconv.FormatUint(uint64(r.Hi), 10))
		}
	}
	return b.String()
}

// Decode parses Encode's form.
func Decode(s string) ([]Range, bool) {
	if s == "" {
		return nil, true
	}
	var rs []Range
	for _, item := range strings.Split(s, ",") {
		lo, hi, isRange := strings.Cut(item, "-")
		l, err := strconv.ParseUint(lo, 10, 32)
		if err != nil {
			return nil, false
		}
		h := l
		if isRange {
			if h, err = strconv.ParseUint(hi, 10, 32); err != nil || h < l {
				return nil, false
			}
		}
		rs = append(rs, Range{uint32(l), uint32(h)})
	}
	return rs, true
}

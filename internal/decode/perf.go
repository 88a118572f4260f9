package decode

import (
	"strconv"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// perf_event_open and its struct perf_event_attr, whose fields depend on
// the size the caller declares (PERF_ATTR_SIZE_VER0..7) and on its type
// and flag bits.

const (
	perfAttrVer0 = 64
	perfAttrMax  = 128 // PERF_ATTR_SIZE_VER7, the last strace 6.1 knows
)

// perfBits are the one-bit (and precise_ip's two-bit) fields of the
// attribute word at offset 40, in bit order.
var perfBits = [...]struct {
	name  string
	shift uint
	width uint
}{
	{"disabled", 0, 1}, {"inherit", 1, 1}, {"pinned", 2, 1}, {"exclusive", 3, 1},
	{"exclude_user", 4, 1}, {"exclude_kernel", 5, 1}, {"exclude_hv", 6, 1}, {"exclude_idle", 7, 1},
	{"mmap", 8, 1}, {"comm", 9, 1}, {"freq", 10, 1}, {"inherit_stat", 11, 1},
	{"enable_on_exec", 12, 1}, {"task", 13, 1}, {"watermark", 14, 1}, {"precise_ip", 15, 2},
	{"mmap_data", 17, 1}, {"sample_id_all", 18, 1}, {"exclude_host", 19, 1}, {"exclude_guest", 20, 1},
	{"exclude_callchain_kernel", 21, 1}, {"exclude_callchain_user", 22, 1}, {"mmap2", 23, 1},
	{"comm_exec", 24, 1}, {"use_clockid", 25, 1}, {"context_switch", 26, 1}, {"write_backward", 27, 1},
	{"namespaces", 28, 1}, {"ksymbol", 29, 1}, {"bpf_event", 30, 1}, {"aux_output", 31, 1},
	{"cgroup", 32, 1}, {"text_poke", 33, 1}, {"build_id", 34, 1}, {"inherit_thread", 35, 1},
	{"remove_on_exec", 36, 1}, {"sigtrap", 37, 1},
}

var perfSkid = [4]string{"arbitrary skid", "constant skid", "requested to have 0 skid", "must have 0 skid"}

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.perfAttr(c.Args[0])
		c.Int32(c.Args[1])
		c.Int32(c.Args[2])
		c.Fd(c.Args[3])
		c.Flags(c.Args[4], xlat.PerfFlags)
		return false
	}, Ret: RetFd}, "perf_event_open")
}

func (c *Call) perfAttr(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	head := c.ReadStruct(addr, 8)
	if head == nil {
		c.Ptr(addr)
		return
	}
	size := uint64(ple.Uint32(head[4:]))
	eff := size
	if eff == 0 {
		eff = perfAttrVer0
	}
	if eff < perfAttrVer0 {
		c.Ptr(addr)
		return
	}
	// A field shows when it starts within the declared size, whole even
	// if it ends beyond it.
	b := c.ReadStruct(addr, int(min((eff+7)&^7, perfAttrMax)))
	if b == nil {
		c.Ptr(addr)
		return
	}
	// has reports whether the declared size reaches the field at off.
	has := func(off int) bool { return uint64(off) < eff }
	verbose := c.opt != nil && c.opt.Verbose
	typ := ple.Uint32(b)
	sampleType := ple.Uint64(b[24:])
	bits := ple.Uint64(b[40:])

	c.Struct()
	c.Field("type")
	c.Const(uint64(typ), xlat.PerfTypes)
	c.Field("size")
	c.Const(size, xlat.PerfAttrSizes)
	c.Field("config")
	c.perfConfig(typ, ple.Uint64(b[8:]))
	if bits&(1<<10) != 0 { // freq
		c.Field("sample_freq")
	} else {
		c.Field("sample_period")
	}
	c.Uint(ple.Uint64(b[16:]))
	c.Field("sample_type")
	c.Flags(sampleType, xlat.PerfSampleTypes)
	c.Field("read_format")
	c.Flags(ple.Uint64(b[32:]), xlat.PerfReadFormats)
	for _, f := range perfBits {
		v := bits >> f.shift & (1<<f.width - 1)
		if v == 0 && !verbose && f.name != "precise_ip" {
			continue
		}
		c.Field(f.name)
		c.Uint(v)
		if f.name == "precise_ip" {
			c.Comment(perfSkid[v])
		}
	}
	if r := bits >> 38; r != 0 {
		c.Field("__reserved_1")
		c.Hex(r)
		c.Comment("Bits 63..38")
	}
	if !verbose {
		c.Ellipsis()
		c.End()
		return
	}
	if bits&(1<<14) != 0 { // watermark
		c.Field("wakeup_watermark")
	} else {
		c.Field("wakeup_events")
	}
	c.Uint(uint64(ple.Uint32(b[48:])))
	if typ == unix.PERF_TYPE_BREAKPOINT {
		c.Field("bp_type")
		c.Const(uint64(ple.Uint32(b[52:])), xlat.PerfBpTypes)
		c.Field("bp_addr")
		c.Hex(ple.Uint64(b[56:]))
		if has(64) {
			c.Field("bp_len")
			c.Uint(ple.Uint64(b[64:]))
		}
	} else {
		c.Field("config1")
		c.Hex(ple.Uint64(b[56:]))
		if has(64) {
			c.Field("config2")
			c.Hex(ple.Uint64(b[64:]))
		}
	}
	if has(72) && sampleType&(1<<11) != 0 { // PERF_SAMPLE_BRANCH_STACK
		c.Field("branch_sample_type")
		c.Flags(ple.Uint64(b[72:]), xlat.PerfBranchSampleTypes)
	}
	if has(80) {
		c.Field("sample_regs_user")
		c.Hex(ple.Uint64(b[80:]))
	}
	if has(88) {
		if sampleType&(1<<13) != 0 { // PERF_SAMPLE_STACK_USER
			c.Field("sample_stack_user")
			c.Hex(uint64(ple.Uint32(b[88:])))
		}
	}
	if has(92) {
		if bits&(1<<25) != 0 { // use_clockid
			c.Field("clockid")
			c.Const(uint64(ple.Uint32(b[92:])), xlat.Clocks)
		}
	}
	if has(96) {
		c.Field("sample_regs_intr")
		c.Hex(ple.Uint64(b[96:]))
	}
	if has(104) {
		c.Field("aux_watermark")
		c.Uint(uint64(ple.Uint32(b[104:])))
	}
	if has(108) {
		c.Field("sample_max_stack")
		c.Uint(uint64(ple.Uint16(b[108:])))
	}
	if has(110) {
		c.perfReserved(uint64(ple.Uint16(b[110:])), 110, 111)
	}
	if has(112) {
		c.Field("aux_sample_size")
		c.Uint(uint64(ple.Uint32(b[112:])))
	}
	if has(116) {
		c.perfReserved(uint64(ple.Uint32(b[116:])), 116, 119)
	}
	if has(120) {
		c.Field("sig_data")
		c.Hex(ple.Uint64(b[120:]))
	}
	if eff > perfAttrMax {
		c.Ellipsis()
	}
	c.End()
}

// perfReserved comments on reserved bytes that are not zero:
// /* bytes 110..111: 0xffff */.
func (c *Call) perfReserved(v uint64, from, to int) {
	if v == 0 {
		return
	}
	var b [48]byte
	s := append(b[:0], "bytes "...)
	s = strconv.AppendInt(s, int64(from), 10)
	s = append(s, ".."...)
	s = strconv.AppendInt(s, int64(to), 10)
	s = append(s, ": 0x"...)
	s = strconv.AppendUint(s, v, 16)
	c.CommentBytes(s)
}

// perfConfig appends the event configuration as its type defines it:
// hardware and cache events by name (with the PMU type of an extended
// hardware event above bit 32, or the bits above a cache event's three
// bytes, shifted), tracepoint ids in decimal, anything else in hex.
func (c *Call) perfConfig(typ uint32, v uint64) {
	var buf [160]byte
	s := buf[:0]
	shifted := func(s []byte, v uint64, shift int) []byte {
		s = append(s, "0x"...)
		s = strconv.AppendUint(s, v, 16)
		s = append(s, "<<"...)
		return append(strconv.AppendInt(s, int64(shift), 10), '|')
	}
	switch typ {
	case unix.PERF_TYPE_HARDWARE:
		if hi := v >> 32; hi != 0 {
			s = shifted(s, hi, 32)
		}
		s = xlat.PerfHwIDs.AppendConst(s, v&0xffffffff, false)
	case unix.PERF_TYPE_SOFTWARE:
		s = xlat.PerfSwIDs.AppendConst(s, v, false)
	case unix.PERF_TYPE_TRACEPOINT:
		c.Uint(v)
		return
	case unix.PERF_TYPE_HW_CACHE:
		if hi := v >> 24; hi != 0 {
			s = shifted(s, hi, 24)
		}
		s = xlat.PerfHwCacheResults.AppendConst(s, v>>16&0xff, false)
		s = append(s, "<<16|"...)
		s = xlat.PerfHwCacheOps.AppendConst(s, v>>8&0xff, false)
		s = append(s, "<<8|"...)
		s = xlat.PerfHwCacheIDs.AppendConst(s, v&0xff, false)
	default:
		c.Hex(v)
		return
	}
	c.TextBytes(s)
}

package decode

import (
	"strconv"
	"sync"

	"gostrace/internal/xlat"
)

// bpf(2): each command reads its own part of union bpf_attr. The fields
// strace 6.1 shows come in groups, one per kernel version that extended
// the command: the first always shows, a later one only when the size the
// caller gives reaches past the group's first byte; bytes past the last
// field shown that are not zero print as "..." (with -v, as extra_data).

type bpfKind uint8

const (
	bpfU32      bpfKind = iota // unsigned decimal
	bpfU64                     // unsigned decimal, 64 bits
	bpfFd                      // a descriptor (signed)
	bpfPtr                     // an address
	bpfHex32                   // 32 bits in hex
	bpfHex64                   // 64 bits in hex
	bpfEnum32                  // Table, unknown in hex
	bpfEnum64                  //
	bpfFlags32                 // Table
	bpfFlags64                 //
	bpfCStr                    // a pointer to a NUL-terminated string
	bpfName                    // char[16] object name
	bpfKernVer                 // KERNEL_VERSION(a, b, c)
	bpfIfindex                 // if_nametoindex("lo") or a number
	bpfMapExtra                // decimal, UINT64_MAX by name
	bpfNuma                    // numa_node: only with BPF_F_NUMA_NODE
	bpfInsns                   // the program (an address; -v dumps are not decoded)
	bpfPath                    // a pointer to a path name
)

type bpfField struct {
	name  string
	off   int
	kind  bpfKind
	table *xlat.Table
	group int // offset of the group's first byte; 0 for the first group
}

type bpfCmd struct {
	nest   string // the union member's name when strace nests the fields
	fields []bpfField
}

func bf(name string, off int, kind bpfKind, group int) bpfField {
	return bpfField{name: name, off: off, kind: kind, group: group}
}

func bft(name string, off int, kind bpfKind, t *xlat.Table, group int) bpfField {
	return bpfField{name: name, off: off, kind: kind, table: t, group: group}
}

// bpfCmds describes the commands strace 6.1 decodes; the others print the
// attribute's address. Built at the first bpf call: its field lists are
// 300-odd allocations that a run without bpf would pay at start-up.
var bpfCmds = sync.OnceValue(func() map[uint32]*bpfCmd {
	bpfElem := []bpfField{bf("map_fd", 0, bpfFd, 0), bf("key", 8, bpfPtr, 0), bf("value", 16, bpfPtr, 0),
		bft("flags", 24, bpfFlags64, xlat.BpfLookupFlags, 24)}
	bpfObj := []bpfField{bf("pathname", 0, bpfPath, 0), bf("bpf_fd", 8, bpfFd, 0),
		bft("file_flags", 12, bpfFlags32, xlat.BpfFileFlags, 12)}
	bpfNextID := func(id string) []bpfField {
		return []bpfField{bf(id, 0, bpfU32, 0), bf("next_id", 4, bpfU32, 0),
			bft("open_flags", 8, bpfFlags32, xlat.BpfFileFlags, 8)}
	}
	bpfBatch := []bpfField{bf("in_batch", 0, bpfPtr, 0), bf("out_batch", 8, bpfPtr, 0),
		bf("keys", 16, bpfPtr, 0), bf("values", 24, bpfPtr, 0), bf("count", 32, bpfU32, 0),
		bf("map_fd", 36, bpfFd, 0), bft("elem_flags", 40, bpfFlags64, xlat.BpfLookupFlags, 0),
		bf("flags", 48, bpfHex64, 0)}
	return map[uint32]*bpfCmd{
		0: {fields: []bpfField{
			bft("map_type", 0, bpfEnum32, xlat.BpfMapTypes, 0), bf("key_size", 4, bpfU32, 0),
			bf("value_size", 8, bpfU32, 0), bf("max_entries", 12, bpfU32, 0),
			bft("map_flags", 16, bpfFlags32, xlat.BpfMapFlags, 16),
			bf("inner_map_fd", 20, bpfFd, 20), bf("numa_node", 24, bpfNuma, 24),
			bf("map_name", 28, bpfName, 28), bf("map_ifindex", 44, bpfIfindex, 44),
			bf("btf_fd", 48, bpfFd, 48), bf("btf_key_type_id", 52, bpfU32, 48),
			bf("btf_value_type_id", 56, bpfU32, 48), bf("btf_vmlinux_value_type_id", 60, bpfU32, 60),
			bf("map_extra", 64, bpfMapExtra, 64)}},
		1: {fields: bpfElem},
		2: {fields: []bpfField{bf("map_fd", 0, bpfFd, 0), bf("key", 8, bpfPtr, 0), bf("value", 16, bpfPtr, 0),
			bft("flags", 24, bpfEnum64, xlat.BpfUpdateFlags, 0)}},
		3: {fields: []bpfField{bf("map_fd", 0, bpfFd, 0), bf("key", 8, bpfPtr, 0)}},
		4: {fields: []bpfField{bf("map_fd", 0, bpfFd, 0), bf("key", 8, bpfPtr, 0), bf("next_key", 16, bpfPtr, 0)}},
		5: {fields: []bpfField{
			bft("prog_type", 0, bpfEnum32, xlat.BpfProgTypes, 0), bf("insn_cnt", 4, bpfU32, 0),
			bf("insns", 8, bpfInsns, 0), bf("license", 16, bpfCStr, 0),
			bf("log_level", 24, bpfU32, 24), bf("log_size", 28, bpfU32, 24), bf("log_buf", 32, bpfPtr, 24),
			bf("kern_version", 40, bpfKernVer, 40), bft("prog_flags", 44, bpfFlags32, xlat.BpfProgFlags, 44),
			bf("prog_name", 48, bpfName, 48), bf("prog_ifindex", 64, bpfIfindex, 64),
			bft("expected_attach_type", 68, bpfEnum32, xlat.BpfAttachTypes, 68),
			bf("prog_btf_fd", 72, bpfFd, 72), bf("func_info_rec_size", 76, bpfU32, 72),
			bf("func_info", 80, bpfPtr, 72), bf("func_info_cnt", 88, bpfU32, 72),
			bf("line_info_rec_size", 92, bpfU32, 72), bf("line_info", 96, bpfPtr, 72),
			bf("line_info_cnt", 104, bpfU32, 72), bf("attach_btf_id", 108, bpfU32, 108),
			bf("attach_prog_fd", 112, bpfFd, 112), bf("fd_array", 120, bpfPtr, 120)}},
		6: {fields: bpfObj},
		7: {fields: bpfObj},
		8: {fields: []bpfField{bf("target_fd", 0, bpfFd, 0), bf("attach_bpf_fd", 4, bpfFd, 0),
			bft("attach_type", 8, bpfEnum32, xlat.BpfAttachTypes, 0),
			bft("attach_flags", 12, bpfFlags32, xlat.BpfAttachFlags, 0), bf("replace_bpf_fd", 16, bpfFd, 16)}},
		9: {fields: []bpfField{bf("target_fd", 0, bpfFd, 0), bft("attach_type", 8, bpfEnum32, xlat.BpfAttachTypes, 0)}},
		10: {nest: "test", fields: []bpfField{
			bf("prog_fd", 0, bpfFd, 0), bf("retval", 4, bpfU32, 0), bf("data_size_in", 8, bpfU32, 0),
			bf("data_size_out", 12, bpfU32, 0), bf("data_in", 16, bpfPtr, 0), bf("data_out", 24, bpfPtr, 0),
			bf("repeat", 32, bpfU32, 0), bf("duration", 36, bpfU32, 0),
			bf("ctx_size_in", 40, bpfU32, 40), bf("ctx_size_out", 44, bpfU32, 40),
			bf("ctx_in", 48, bpfPtr, 40), bf("ctx_out", 56, bpfPtr, 40),
			bft("flags", 64, bpfFlags32, xlat.BpfTestFlags, 64), bf("cpu", 68, bpfU32, 64),
			bf("batch_size", 72, bpfU32, 72)}},
		11: {fields: bpfNextID("start_id")},
		12: {fields: bpfNextID("start_id")},
		13: {fields: bpfNextID("prog_id")},
		14: {fields: bpfNextID("map_id")},
		15: {nest: "info", fields: []bpfField{bf("bpf_fd", 0, bpfFd, 0), bf("info_len", 4, bpfU32, 0),
			bf("info", 8, bpfPtr, 0)}},
		16: {nest: "query", fields: []bpfField{bf("target_fd", 0, bpfFd, 0),
			bft("attach_type", 4, bpfEnum32, xlat.BpfAttachTypes, 0),
			bft("query_flags", 8, bpfFlags32, xlat.BpfQueryFlags, 0),
			bft("attach_flags", 12, bpfFlags32, xlat.BpfAttachFlags, 0),
			bf("prog_ids", 16, bpfPtr, 0), bf("prog_cnt", 24, bpfU32, 0)}},
		17: {nest: "raw_tracepoint", fields: []bpfField{bf("name", 0, bpfCStr, 0), bf("prog_fd", 8, bpfFd, 0)}},
		18: {fields: []bpfField{bf("btf", 0, bpfPtr, 0), bf("btf_log_buf", 8, bpfPtr, 0),
			bf("btf_size", 16, bpfU32, 0), bf("btf_log_size", 20, bpfU32, 0), bf("btf_log_level", 24, bpfU32, 0)}},
		19: {fields: []bpfField{bf("btf_id", 0, bpfU32, 0)}},
		20: {nest: "task_fd_query", fields: []bpfField{bf("pid", 0, bpfFd, 0), bf("fd", 4, bpfFd, 0),
			bf("flags", 8, bpfU32, 0), bf("buf_len", 12, bpfU32, 0), bf("buf", 16, bpfPtr, 0),
			bf("prog_id", 24, bpfU32, 0), bft("fd_type", 28, bpfEnum32, xlat.BpfFdTypes, 0),
			bf("probe_offset", 32, bpfHex64, 0), bf("probe_addr", 40, bpfHex64, 0)}},
		21: {fields: bpfElem},
		22: {fields: []bpfField{bf("map_fd", 0, bpfFd, 0)}},
		23: {fields: bpfNextID("start_id")},
		24: {nest: "batch", fields: bpfBatch},
		25: {nest: "batch", fields: bpfBatch},
		26: {nest: "batch", fields: bpfBatch[2:]},
		27: {nest: "batch", fields: append([]bpfField{bpfBatch[2]}, bpfBatch[4:]...)},
		28: {nest: "link_create", fields: []bpfField{bf("prog_fd", 0, bpfFd, 0), bf("target_fd", 4, bpfFd, 0),
			bft("attach_type", 8, bpfEnum32, xlat.BpfAttachTypes, 0), bf("flags", 12, bpfHex32, 0)}},
		29: {nest: "link_update", fields: []bpfField{bf("link_fd", 0, bpfFd, 0), bf("new_prog_fd", 4, bpfFd, 0),
			bft("flags", 8, bpfFlags32, xlat.BpfAttachFlags, 0)}},
		30: {fields: []bpfField{bf("link_id", 0, bpfU32, 0)}},
		31: {fields: bpfNextID("start_id")},
	}
})

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		cmd := uint32(c.Args[0])
		c.Const(uint64(cmd), xlat.BpfCmds)
		if bpfNextIDCmd(cmd) {
			// next_id is written back: the attribute prints at exit, with
			// "old => new" (Scratch keeps the old value).
			c.Scratch[0], c.Scratch[1] = 0, 0
			if v, ok := c.ReadU32(c.Args[1] + 4); ok && uint32(c.Args[2]) > 4 {
				c.Scratch[0], c.Scratch[1] = uint64(v), 1
			}
			return true
		}
		c.bpfAttr(bpfCmds()[cmd], c.Args[1], uint32(c.Args[2]))
		c.Uint32(c.Args[2])
		return false
	}, Exit: func(c *Call) {
		c.bpfAttr(bpfCmds()[uint32(c.Args[0])], c.Args[1], uint32(c.Args[2]))
		c.Uint32(c.Args[2])
	}}, "bpf")
}

// bpfNextIDCmd reports the *_GET_NEXT_ID commands, whose next_id the
// kernel writes.
func bpfNextIDCmd(cmd uint32) bool { return cmd == 11 || cmd == 12 || cmd == 23 || cmd == 31 }

const bpfAttrMax = 4096 // bytes of the attribute read to look for a non-zero tail

func (c *Call) bpfAttr(cmd *bpfCmd, addr uint64, size uint32) {
	if cmd == nil || addr == 0 || size == 0 {
		c.Ptr(addr)
		return
	}
	n := min(int(size), bpfAttrMax)
	b := c.ReadStruct(addr, n)
	if b == nil {
		c.Ptr(addr)
		return
	}
	// Fields past the size read as zero, as the kernel sees them.
	word := func(off, width int) uint64 {
		var w [8]byte
		if off < len(b) {
			copy(w[:width], b[off:])
		}
		return ple.Uint64(w[:])
	}
	c.Struct()
	if cmd.nest != "" {
		c.Field(cmd.nest)
		c.Struct()
	}
	end := 0
	for _, f := range cmd.fields {
		if f.group > 0 && int(size) <= f.group {
			break
		}
		switch f.kind {
		case bpfNuma:
			if word(16, 4)&4 == 0 { // BPF_F_NUMA_NODE
				continue
			}
		case bpfName:
			c.Field(f.name)
			c.bpfName(b, f.off)
			end = max(end, f.off+16)
			continue
		}
		c.Field(f.name)
		if c.Exited && f.name == "next_id" && c.Scratch[1] != 0 {
			// The value at entry, and the kernel's when it changed it.
			c.Uint(c.Scratch[0])
			if v := word(f.off, 4); !c.Failed() && v != c.Scratch[0] {
				c.Arrow()
				c.Uint(v)
			}
			end = max(end, f.off+4)
			continue
		}
		width := c.bpfValue(f, word)
		end = max(end, f.off+width)
	}
	if cmd.nest == "link_update" {
		// old_prog_fd counts as shown even when BPF_F_REPLACE is clear.
		if word(8, 4)&4 != 0 { // BPF_F_REPLACE
			c.Field("old_prog_fd")
			c.Fd(word(12, 4))
		}
		end = 16
	}
	if cmd.nest != "" {
		c.End()
	}
	for i := end; i < len(b); i++ {
		if b[i] == 0 {
			continue
		}
		if c.opt == nil || !c.opt.Verbose {
			c.Ellipsis()
			break
		}
		// With -v the bytes themselves, whatever -s says.
		c.Field("extra_data")
		c.StrBytes(b[end:], HexAll)
		var buf [48]byte
		t := strconv.AppendInt(append(buf[:0], "bytes "...), int64(end), 10)
		t = strconv.AppendInt(append(t, ".."...), int64(len(b)-1), 10)
		c.CommentBytes(t)
		break
	}
	c.End()
}

// bpfValue appends one field and returns its width in bytes.
func (c *Call) bpfValue(f bpfField, word func(off, width int) uint64) int {
	switch f.kind {
	case bpfU32:
		c.Uint(word(f.off, 4))
	case bpfU64:
		c.Uint(word(f.off, 8))
		return 8
	case bpfFd:
		c.Fd(word(f.off, 4))
	case bpfPtr, bpfInsns:
		c.Ptr(word(f.off, 8))
		return 8
	case bpfHex32:
		c.Hex(word(f.off, 4))
	case bpfHex64:
		c.Hex(word(f.off, 8))
		return 8
	case bpfEnum32:
		c.Const(word(f.off, 4), f.table)
	case bpfEnum64:
		c.Const(word(f.off, 8), f.table)
		return 8
	case bpfFlags32:
		c.Flags(word(f.off, 4), f.table)
	case bpfFlags64:
		c.Flags(word(f.off, 8), f.table)
		return 8
	case bpfCStr:
		c.CStr(word(f.off, 8))
		return 8
	case bpfPath:
		c.Path(word(f.off, 8))
		return 8
	case bpfKernVer:
		v := word(f.off, 4)
		c.Func("KERNEL_VERSION")
		c.Uint(v >> 16)
		c.Uint(v >> 8 & 0xff)
		c.Uint(v & 0xff)
		c.End()
	case bpfIfindex:
		v := uint32(word(f.off, 4))
		var name [16]byte
		if n := ifIndexToName(v, name[:]); n > 0 {
			c.Func("if_nametoindex")
			c.StrBytes(name[:n], 0)
			c.End()
		} else {
			c.Uint(uint64(v))
		}
	case bpfMapExtra:
		if v := word(f.off, 8); v == ^uint64(0) {
			c.Text("UINT64_MAX")
		} else {
			c.Uint(v)
		}
		return 8
	case bpfNuma:
		v := word(f.off, 4)
		c.Uint(v)
		if uint32(v) == 0xffffffff {
			c.Comment("NUMA_NO_NODE")
		}
	}
	return 4
}

// bpfName appends a char[16] object name from the bytes the size covers:
// up to its NUL, or all but the last and "..." when it has none.
func (c *Call) bpfName(b []byte, off int) {
	var name []byte
	if off < len(b) {
		name = b[off:min(off+16, len(b))]
	}
	for i, x := range name {
		if x == 0 {
			c.StrBytes(name[:i], 0)
			return
		}
	}
	if len(name) == 0 {
		c.StrBytes(nil, 0)
		return
	}
	c.StrBytes(name[:len(name)-1], Trunc)
}

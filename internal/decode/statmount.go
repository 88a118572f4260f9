package decode

import "gostrace/internal/xlat"

// The struct statmount that statmount(2) writes, as strace 7.2 prints it:
// the fields of the groups its mask says were filled, its strings (offsets
// into the str[] area after the fixed part) whole.

const statmountHeader = 512 // the fixed part: str[] starts here

// Mask bits (STATMOUNT_*).
const (
	smSbBasic = 1 << iota
	smMntBasic
	smPropagateFrom
	smMntRoot
	smMntPoint
	smFsType
	smMntNsID
	smMntOpts
	smFsSubtype
	smSbSource
	smOptArray
	smOptSecArray
	smSupportedMask
	smMntUidmap
	smMntGidmap
)

var statmountPropagation = &xlat.Table{Unknown: "MS_???", Pairs: []xlat.Pair{{Val: 1 << 17, Name: "MS_UNBINDABLE"}, {Val: 1 << 18, Name: "MS_PRIVATE"},
	{Val: 1 << 19, Name: "MS_SLAVE"}, {Val: 1 << 20, Name: "MS_SHARED"}}}

func (c *Call) statmountResult(addr, bufsize uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, statmountHeader)
	if b == nil {
		c.Ptr(addr)
		return
	}
	size := uint64(ple.Uint32(b))
	mask := ple.Uint64(b[8:])
	u32 := func(off int) uint64 { return uint64(ple.Uint32(b[off:])) }
	u64 := func(off int) uint64 { return ple.Uint64(b[off:]) }
	// str prints a string field: the string when its offset lies within
	// the size the kernel wrote, else the offset.
	str := func(name string, off int) {
		c.Field(name)
		o := u32(off)
		if statmountHeader+o < size && statmountHeader+o < bufsize {
			c.Path(addr + statmountHeader + o)
		} else {
			c.Uint(o)
		}
	}
	// strs prints an array of n NUL-separated strings.
	strs := func(name string, n uint64, off int) {
		c.Field(name)
		o := u32(off)
		if statmountHeader+o >= size || statmountHeader+o >= bufsize {
			c.Uint(o)
			return
		}
		p := addr + statmountHeader + o
		c.Array()
		for i := uint64(0); i < n; i++ {
			if i >= uint64(c.maxElems()) {
				c.Ellipsis()
				break
			}
			c.Path(p)
			// The next string starts after this one's NUL.
			t := &c.toks[len(c.toks)-1]
			if t.Kind != KStr {
				break
			}
			p += uint64(t.Len) + 1
		}
		c.End()
	}

	c.Struct()
	c.Field("size")
	c.Uint(size)
	if mask&smMntOpts != 0 {
		str("mnt_opts", 4)
	}
	c.Field("mask")
	c.Flags(mask, xlat.StatmountParams)
	if mask&smSbBasic != 0 {
		c.Field("sb_dev_major")
		c.Uint(u32(16))
		c.Field("sb_dev_minor")
		c.Uint(u32(20))
		c.Field("sb_magic")
		c.Const(u64(24), xlat.FsMagic)
		c.Field("sb_flags")
		c.Flags(u32(32), xlat.MountFlags)
	}
	if mask&smFsType != 0 {
		str("fs_type", 36)
	}
	if mask&smMntBasic != 0 {
		for _, f := range [...]struct {
			name string
			off  int
			wide bool
		}{{"mnt_id", 40, true}, {"mnt_parent_id", 48, true}, {"mnt_id_old", 56, false}, {"mnt_parent_id_old", 60, false}} {
			c.Field(f.name)
			if f.wide {
				c.Hex(u64(f.off))
			} else {
				c.Hex(u32(f.off))
			}
		}
		c.Field("mnt_attr")
		c.Flags(u64(64), xlat.MountAttrs7)
		c.Field("mnt_propagation")
		c.Flags(u64(72), statmountPropagation)
		c.Field("mnt_peer_group")
		c.Hex(u64(80))
		c.Field("mnt_master")
		c.Hex(u64(88))
	}
	if mask&smPropagateFrom != 0 {
		c.Field("propagate_from")
		c.Hex(u64(96))
	}
	if mask&smMntRoot != 0 {
		str("mnt_root", 104)
	}
	if mask&smMntPoint != 0 {
		str("mnt_point", 108)
	}
	if mask&smMntNsID != 0 {
		c.Field("mnt_ns_id")
		c.Hex(u64(112))
	}
	if mask&smFsSubtype != 0 {
		str("fs_subtype", 120)
	}
	if mask&smSbSource != 0 {
		str("sb_source", 124)
	}
	if mask&smOptArray != 0 {
		c.Field("opt_num")
		c.Uint(u32(128))
		strs("opt_array", u32(128), 132)
	}
	if mask&smOptSecArray != 0 {
		c.Field("opt_sec_num")
		c.Uint(u32(136))
		strs("opt_sec_array", u32(136), 140)
	}
	if mask&smSupportedMask != 0 {
		c.Field("supported_mask")
		c.Flags(u64(144), xlat.StatmountParams)
	}
	if mask&smMntUidmap != 0 {
		c.Field("mnt_uidmap_num")
		c.Uint(u32(152))
		strs("mnt_uidmap", u32(152), 156)
	}
	if mask&smMntGidmap != 0 {
		c.Field("mnt_gidmap_num")
		c.Uint(u32(160))
		strs("mnt_gidmap", u32(160), 164)
	}
	c.End()
}

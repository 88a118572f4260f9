package decode

import (
	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// The mount API of Linux 5.2+ (open_tree, move_mount, fsopen, fsconfig,
// fsmount, fspick, mount_setattr) and Landlock.

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.OpenTreeFlags)
		return false
	}, Ret: RetFd}, "open_tree")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.DirFd(c.Args[2])
		c.Path(c.Args[3])
		c.Flags(uint64(uint32(c.Args[4])), xlat.MoveMountFlags)
		return false
	}}, "move_mount")
	register(Decoder{Entry: func(c *Call) bool {
		c.CStr(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.FsopenFlags)
		return false
	}, Ret: RetFd}, "fsopen")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.fsconfigArgs(uint32(c.Args[1]), c.Args[2], c.Args[3], c.Args[4])
		return false
	}}, "fsconfig")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.FsmountFlags)
		c.Flags(uint64(uint32(c.Args[2])), xlat.FsmountAttrs)
		return false
	}, Ret: RetFd}, "fsmount")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.FspickFlags)
		return false
	}, Ret: RetFd}, "fspick")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.MountSetattrFlags)
		c.mountAttrTable(c.Args[3], c.Args[4], xlat.MountAttrs)
		c.Uint(c.Args[4])
		return false
	}}, "mount_setattr")

	register(Decoder{Entry: func(c *Call) bool {
		c.landlockRuleset(c.Args[0], c.Args[1])
		c.Uint(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.LandlockCreateFlags)
		return false
	}, Ret: RetFd}, "landlock_create_ruleset")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		typ := uint32(c.Args[1])
		c.Const(uint64(typ), xlat.LandlockRuleTypes)
		if typ == unix.LANDLOCK_RULE_PATH_BENEATH {
			// struct landlock_path_beneath_attr is packed: 12 bytes.
			c.fieldsAt(c.Args[2], 12, func(b []byte) {
				c.Field("allowed_access")
				c.Flags(ple.Uint64(b), xlat.LandlockAccessFs)
				c.Field("parent_fd")
				c.Fd(uint64(ple.Uint32(b[8:])))
			})
		} else {
			c.Ptr(c.Args[2])
		}
		c.Hex(uint64(uint32(c.Args[3])))
		return false
	}}, "landlock_add_rule")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Hex(uint64(uint32(c.Args[1])))
		return false
	}}, "landlock_restrict_self")
}

// fsconfigArgs appends fsconfig's command, key, value and aux, whose
// meanings depend on the command.
func (c *Call) fsconfigArgs(cmd uint32, key, value, aux uint64) {
	c.Const(uint64(cmd), xlat.FsconfigCmds)
	switch cmd {
	case unix.FSCONFIG_SET_FLAG:
		c.CStr(key)
		c.Ptr(value)
		c.Int32(aux)
	case unix.FSCONFIG_SET_STRING:
		c.CStr(key)
		c.CStr(value)
		c.Int32(aux)
	case unix.FSCONFIG_SET_BINARY:
		c.CStr(key)
		if value != 0 && int32(aux) >= 0 {
			c.BufHex(value, uint64(uint32(aux)))
		} else {
			c.Ptr(value)
		}
		c.Int32(aux)
	case unix.FSCONFIG_SET_PATH, unix.FSCONFIG_SET_PATH_EMPTY:
		c.CStr(key)
		c.Path(value)
		c.DirFd(aux)
	case unix.FSCONFIG_SET_FD:
		c.CStr(key)
		c.Ptr(value)
		c.Fd(aux)
	default:
		c.Ptr(key)
		c.Ptr(value)
		c.Int32(aux)
	}
}

// mountAttrTable appends struct mount_attr of the given size, its
// attributes named by attrs: the address when
// smaller than the first version (32 bytes), and any bytes beyond those
// strace knows when they are not all zero.
func (c *Call) mountAttrTable(addr, size uint64, attrs *xlat.Table) {
	const ver0 = 32
	if addr == 0 || size < ver0 {
		c.Ptr(addr)
		return
	}
	b := c.ReadStruct(addr, ver0)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	c.Field("attr_set")
	c.Flags(ple.Uint64(b), attrs)
	c.Field("attr_clr")
	c.Flags(ple.Uint64(b[8:]), attrs)
	c.Field("propagation")
	c.Const(ple.Uint64(b[16:]), xlat.MountPropagation)
	c.Field("userns_fd")
	c.Uint(ple.Uint64(b[24:]))
	if size > ver0 && size <= 4096 { // the kernel refuses more than a page
		c.extensibleTail(addr, ver0, size)
	}
	c.End()
}

// landlockRuleset appends struct landlock_ruleset_attr: strace 6.1 knows
// its first field and prints "..." for any size beyond it.
func (c *Call) landlockRuleset(addr, size uint64) {
	if addr == 0 || size < 8 {
		c.Ptr(addr)
		return
	}
	v, ok := c.ReadU64(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Struct()
	c.Field("handled_access_fs")
	c.Flags(v, xlat.LandlockAccessFs)
	if size > 8 {
		c.Ellipsis()
	}
	c.End()
}

package decode

import "gostrace/internal/xlat"

// Calls newer than strace 6.1. 6.1 prints each as syscall_0xNNN with six
// hex arguments; gostrace names them (sysent) and decodes them as strace
// 7.2 does, checked against its output (testdata/strace/newcalls.c).

func init() {
	// uprobe and uretprobe take no arguments: 7.2 prints "uretprobe()".
	register(Decoder{Entry: func(c *Call) bool { return false }}, "uprobe", "uretprobe")

	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.fieldsAt(c.Args[1], 16, func(b []byte) {
			c.Field("off")
			c.Hex(ple.Uint64(b))
			c.Field("len")
			c.Uint(ple.Uint64(b[8:]))
		})
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[2])
		} else {
			c.fieldsAt(c.Args[2], 40, func(b []byte) {
				for i, name := range [...]string{"nr_cache", "nr_dirty", "nr_writeback", "nr_evicted", "nr_recently_evicted"} {
					c.Field(name)
					c.Uint(ple.Uint64(b[8*i:]))
				}
			})
		}
		c.Hex(uint64(uint32(c.Args[3])))
	}}, "cachestat")

	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.ShadowStackFlags)
		return false
	}, Ret: RetUdec}, "map_shadow_stack")

	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Hex(c.Args[1])
		c.Int32(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.Futex2Flags)
		return false
	}}, "futex_wake")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		c.Hex(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.Futex2Flags)
		c.TimespecAt(c.Args[4])
		c.Const(uint64(uint32(c.Args[5])), xlat.Clocks)
		return false
	}}, "futex_wait")
	register(Decoder{Entry: func(c *Call) bool {
		c.futex2Waiters(c.Args[0])
		c.Hex(uint64(uint32(c.Args[1])))
		c.Int32(c.Args[2])
		c.Int32(c.Args[3])
		return false
	}}, "futex_requeue")

	register(Decoder{Entry: func(c *Call) bool {
		c.mntIDReq(c.Args[0], true)
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.statmountResult(c.Args[1], c.Args[2])
		}
		c.Uint(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.StatmountFlags)
	}}, "statmount")
	register(Decoder{Entry: func(c *Call) bool {
		c.mntIDReq(c.Args[0], false)
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.u64Array(c.Args[1], uint64(c.Rval), func(v uint64) { c.Hex(v) })
		}
		c.Uint(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.ListmountFlags)
	}}, "listmount")

	register(Decoder{Entry: func(c *Call) bool {
		c.Const(uint64(uint32(c.Args[0])), xlat.LsmAttrs)
		c.Scratch[0], c.Scratch[1] = 0, 0
		if v, ok := c.ReadU32(c.Args[2]); ok {
			c.Scratch[0], c.Scratch[1] = uint64(v), 1
		}
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			c.lsmCtxs(c.Args[1], c.Scratch[0])
		}
		c.lsmSize(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.LsmFlags)
	}}, "lsm_get_self_attr")
	register(Decoder{Entry: func(c *Call) bool {
		c.Const(uint64(uint32(c.Args[0])), xlat.LsmAttrs)
		c.fieldsAt(c.Args[1], lsmCtxSize, func(b []byte) { c.lsmCtx(c.Args[1], b) })
		c.Uint32(c.Args[2])
		c.Hex(uint64(uint32(c.Args[3])))
		return false
	}}, "lsm_set_self_attr")
	register(Decoder{Entry: func(c *Call) bool {
		c.Scratch[0], c.Scratch[1] = 0, 0
		if v, ok := c.ReadU32(c.Args[1]); ok {
			c.Scratch[0], c.Scratch[1] = uint64(v), 1
		}
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[0])
		} else {
			c.u64Array(c.Args[0], uint64(c.Rval), func(v uint64) { c.Const(v, xlat.LsmIDs) })
		}
		c.lsmSize(c.Args[1])
		c.Hex(uint64(uint32(c.Args[2])))
	}}, "lsm_list_modules")

	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		c.Uint(c.Args[1])
		c.Hex(c.Args[2])
		return false
	}}, "mseal")

	at := func(c *Call) {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.AtFlags)
	}
	register(Decoder{Entry: func(c *Call) bool {
		at(c)
		c.CStr(c.Args[3])
		c.xattrArgs(c.Args[4], true)
		c.Uint(c.Args[5])
		return false
	}}, "setxattrat")
	register(Decoder{Entry: func(c *Call) bool {
		at(c)
		c.CStr(c.Args[3])
		return true
	}, Exit: func(c *Call) {
		c.xattrArgs(c.Args[4], !c.Failed())
		c.Uint(c.Args[5])
	}}, "getxattrat")
	register(Decoder{Entry: func(c *Call) bool {
		at(c)
		return true
	}, Exit: func(c *Call) {
		if c.Failed() || c.Args[3] == 0 {
			c.Ptr(c.Args[3])
		} else {
			c.Buf(c.Args[3], uint64(c.Rval))
		}
		c.Uint(c.Args[4])
	}}, "listxattrat")
	register(Decoder{Entry: func(c *Call) bool {
		at(c)
		c.CStr(c.Args[3])
		return false
	}}, "removexattrat")

	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.OpenTreeFlags)
		c.mountAttrTable(c.Args[3], c.Args[4], xlat.MountAttrs7)
		c.Uint(c.Args[4])
		return false
	}, Ret: RetFd}, "open_tree_attr")

	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[2])
		} else {
			c.fileAttr(c.Args[2], true)
		}
		c.Uint(c.Args[3])
		c.Flags(uint64(uint32(c.Args[4])), xlat.AtFlags)
	}}, "file_getattr")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.fileAttr(c.Args[2], false)
		c.Uint(c.Args[3])
		c.Flags(uint64(uint32(c.Args[4])), xlat.AtFlags)
		return false
	}}, "file_setattr")
}

// futex2Waiters appends futex_requeue's two struct futex_waitv.
func (c *Call) futex2Waiters(addr uint64) {
	const size = 24
	if addr == 0 || c.ReadStruct(addr, 2*size) == nil {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := uint64(0); i < 2; i++ {
		b := c.ReadStruct(addr+i*size, size)
		c.Struct()
		c.Field("val")
		c.Hex(ple.Uint64(b))
		c.Field("uaddr")
		c.Ptr(ple.Uint64(b[8:]))
		c.Field("flags")
		c.Flags(uint64(ple.Uint32(b[16:])), xlat.Futex2Flags)
		if r := ple.Uint32(b[20:]); r != 0 {
			c.Field("__reserved")
			c.Hex(uint64(r))
		}
		c.End()
	}
	c.End()
}

// mntIDReq appends struct mnt_id_req: its param is a mask for statmount
// and the last mount id for listmount; mnt_ns_id follows when the size
// declared covers it.
func (c *Call) mntIDReq(addr uint64, statmount bool) {
	c.fieldsAt(addr, 24, func(b []byte) {
		size := ple.Uint32(b)
		c.Field("size")
		c.Uint(uint64(size))
		c.Field("mnt_ns_fd")
		c.Uint(uint64(ple.Uint32(b[4:])))
		c.Field("mnt_id")
		if id := ple.Uint64(b[8:]); id == ^uint64(0) && !statmount {
			c.Text("LSMT_ROOT")
		} else {
			c.Hex(id)
		}
		c.Field("param")
		if statmount {
			c.Flags(ple.Uint64(b[16:]), xlat.StatmountParams)
		} else {
			c.Hex(ple.Uint64(b[16:]))
		}
		if size >= 32 {
			if v, ok := c.ReadU64(addr + 24); ok {
				c.Field("mnt_ns_id")
				c.Hex(v)
			}
		}
	})
}

// u64Array appends n 64-bit values at addr, each by f.
func (c *Call) u64Array(addr, n uint64, f func(uint64)) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	if _, ok := c.ReadU64(addr); !ok && n > 0 {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := uint64(0); i < n; i++ {
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		v, ok := c.ReadU64(addr + 8*i)
		if !ok {
			c.Ellipsis()
			break
		}
		f(v)
	}
	c.End()
}

const lsmCtxSize = 32 // struct lsm_ctx without its ctx bytes

// lsmCtx appends the fields of the struct lsm_ctx at addr, whose header is b.
func (c *Call) lsmCtx(addr uint64, b []byte) {
	// Here (unlike in lsm_list_modules) strace 7.2 prints an unknown id
	// without a comment, and no ctx when it is empty.
	c.Field("id")
	if name, ok := xlat.LsmIDs.Lookup(ple.Uint64(b)); ok {
		c.Text(name)
	} else {
		c.Hex(ple.Uint64(b))
	}
	c.Field("flags")
	c.Uint(ple.Uint64(b[8:]))
	c.Field("len")
	c.Uint(ple.Uint64(b[16:]))
	c.Field("ctx_len")
	n := ple.Uint64(b[24:])
	c.Uint(n)
	if n > 0 {
		c.Field("ctx")
		c.BufHex(addr+lsmCtxSize, n)
	}
}

// lsmCtxs appends the struct lsm_ctx entries lsm_get_self_attr wrote in
// size bytes, each len bytes long; where the bytes left cannot hold
// another header, "... /* 0xADDR */" (as strace 7.2 prints it).
func (c *Call) lsmCtxs(addr, size uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	c.Array()
	for pos, i := uint64(0), 0; pos < size; i++ {
		if size-pos < lsmCtxSize || i >= c.maxElems() {
			c.Ellipsis()
			c.iovAddrComment(addr + pos)
			break
		}
		b := c.ReadStruct(addr+pos, lsmCtxSize)
		if b == nil {
			c.Ellipsis()
			c.iovAddrComment(addr + pos)
			break
		}
		c.Struct()
		c.lsmCtx(addr+pos, b)
		c.End()
		n := ple.Uint64(b[16:])
		if n == 0 {
			break
		}
		pos += n
	}
	c.End()
}

// lsmSize appends the u32 size the LSM calls read and write back: [in],
// or [in => out] when the call changed it (Scratch holds the value read at
// entry).
func (c *Call) lsmSize(addr uint64) {
	v, ok := c.ReadU32(addr)
	if addr == 0 || !ok || c.Scratch[1] == 0 {
		c.Ptr(addr)
		return
	}
	c.Array()
	c.Uint(c.Scratch[0])
	if uint64(v) != c.Scratch[0] {
		c.Arrow()
		c.Uint(uint64(v))
	}
	c.End()
}

// xattrArgs appends struct xattr_args; with value, the value's bytes as a
// string (size of them), else its address.
func (c *Call) xattrArgs(addr uint64, value bool) {
	c.fieldsAt(addr, 16, func(b []byte) {
		v, size := ple.Uint64(b), ple.Uint32(b[8:])
		c.Field("value")
		if value {
			n := uint64(size)
			if c.Exited && !c.Failed() && c.Nr != nrSetxattrat {
				n = min(n, uint64(c.Rval))
			}
			c.keyBuf(v, n)
		} else {
			c.Ptr(v)
		}
		c.Field("size")
		c.Uint(uint64(size))
		c.Field("flags")
		c.Flags(uint64(ple.Uint32(b[12:])), xlat.XattrFlags)
	})
}

var nrSetxattrat = nr("setxattrat")

// fileAttr appends struct file_attr (fa_nextents only as a result).
func (c *Call) fileAttr(addr uint64, result bool) {
	c.fieldsAt(addr, 24, func(b []byte) {
		c.Field("fa_xflags")
		c.Flags(ple.Uint64(b), xlat.FsXflags)
		c.Field("fa_extsize")
		c.Uint(uint64(ple.Uint32(b[8:])))
		if result {
			c.Field("fa_nextents")
			c.Uint(uint64(ple.Uint32(b[12:])))
		}
		c.Field("fa_projid")
		c.Uint(uint64(ple.Uint32(b[16:])))
		c.Field("fa_cowextsize")
		c.Uint(uint64(ple.Uint32(b[20:])))
	})
}

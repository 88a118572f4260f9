package decode

import (
	"encoding/binary"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// statOffsets locate the fields of the kernel's struct stat, whose layout
// differs between architectures (stat_amd64.go, stat_arm64.go).
type statOffsets struct {
	size                       int
	dev, ino, nlink, nlinkSize int
	mode, uid, gid, rdev       int
	sizeOff, blksize           int
	blksizeSize, blocks, atime int
}

func init() {
	statExit := func(i int) func(c *Call) {
		return func(c *Call) { c.statBuf(c.Args[i]) }
	}
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		return true
	}, Exit: statExit(1)}, "stat", "lstat")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		return true
	}, Exit: statExit(1)}, "fstat")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		return true
	}, Exit: func(c *Call) {
		c.statBuf(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.AtFlags)
	}}, "newfstatat")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.StatxFlags)
		c.Flags(uint64(uint32(c.Args[3])), xlat.StatxMask)
		return true
	}, Exit: func(c *Call) { c.statxBuf(c.Args[4]) }}, "statx")
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		return true
	}, Exit: func(c *Call) { c.statfsBuf(c.Args[1]) }}, "statfs")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		return true
	}, Exit: func(c *Call) { c.statfsBuf(c.Args[1]) }}, "fstatfs")
}

// structAtExit reads the struct a successful call filled in, or prints the
// address (the call failed or the memory cannot be read) and returns nil.
func (c *Call) structAtExit(addr uint64, size int) []byte {
	if c.Failed() {
		c.Ptr(addr)
		return nil
	}
	b := c.ReadStruct(addr, size)
	if b == nil {
		c.Ptr(addr)
	}
	return b
}

// statBuf appends a struct stat: abbreviated to the mode and the size (or
// the device of a device file) unless -v.
func (c *Call) statBuf(addr uint64) {
	l := &statLayout
	b := c.structAtExit(addr, l.size)
	if b == nil {
		return
	}
	le := binary.LittleEndian
	mode := uint64(le.Uint32(b[l.mode:]))
	isDev := mode&unix.S_IFMT == unix.S_IFCHR || mode&unix.S_IFMT == unix.S_IFBLK
	sizeOrRdev := func() {
		if isDev {
			c.Field("st_rdev")
			c.makedev(le.Uint64(b[l.rdev:]))
		} else {
			c.Field("st_size")
			c.Uint(le.Uint64(b[l.sizeOff:]))
		}
	}
	c.Struct()
	if !c.fileVerbose() {
		c.Field("st_mode")
		c.fileMode(mode)
		sizeOrRdev()
		c.Ellipsis()
		c.End()
		return
	}
	c.Field("st_dev")
	c.makedev(le.Uint64(b[l.dev:]))
	c.Field("st_ino")
	c.Uint(le.Uint64(b[l.ino:]))
	c.Field("st_mode")
	c.fileMode(mode)
	c.Field("st_nlink")
	c.Uint(statUint(b[l.nlink:], l.nlinkSize))
	c.Field("st_uid")
	c.Uint(uint64(le.Uint32(b[l.uid:])))
	c.Field("st_gid")
	c.Uint(uint64(le.Uint32(b[l.gid:])))
	c.Field("st_blksize")
	c.Uint(statUint(b[l.blksize:], l.blksizeSize))
	c.Field("st_blocks")
	c.Uint(le.Uint64(b[l.blocks:]))
	sizeOrRdev()
	for i, name := range [...]string{"st_atime", "st_mtime", "st_ctime"} {
		t := b[l.atime+16*i:]
		sec := int64(le.Uint64(t))
		nsec := le.Uint64(t[8:])
		c.Field(name)
		c.Int(sec)
		c.fileTimeComment(sec, nsec, fracNsec)
		c.Field(statNsecNames[i])
		c.Uint(nsec)
	}
	c.End()
}

var statNsecNames = [...]string{"st_atime_nsec", "st_mtime_nsec", "st_ctime_nsec"}

// fileVerbose reports -v: print structures whole.
func (c *Call) fileVerbose() bool { return c.opt != nil && c.opt.Verbose }

// statUint reads a little-endian unsigned integer of 4 or 8 bytes.
func statUint(b []byte, size int) uint64 {
	if size == 4 {
		return uint64(binary.LittleEndian.Uint32(b))
	}
	return binary.LittleEndian.Uint64(b)
}

// statx's mask bits that say which fields are valid.
const (
	statxType   = unix.STATX_TYPE
	statxMode   = unix.STATX_MODE
	statxNlink  = unix.STATX_NLINK
	statxUID    = unix.STATX_UID
	statxGID    = unix.STATX_GID
	statxAtime  = unix.STATX_ATIME
	statxMtime  = unix.STATX_MTIME
	statxCtime  = unix.STATX_CTIME
	statxIno    = unix.STATX_INO
	statxSize   = unix.STATX_SIZE
	statxBlocks = unix.STATX_BLOCKS
	statxBtime  = unix.STATX_BTIME
	statxMntID  = unix.STATX_MNT_ID
	statxDIO    = unix.STATX_DIOALIGN
)

// statxBuf appends a struct statx. strace prints the fields stx_mask says
// are valid; without -v only the mask, the attributes, the mode and the
// size.
func (c *Call) statxBuf(addr uint64) {
	b := c.structAtExit(addr, 256)
	if b == nil {
		return
	}
	le := binary.LittleEndian
	mask := uint64(le.Uint32(b[0:]))
	c.Struct()
	c.Field("stx_mask")
	c.Flags(mask, xlat.StatxMask)
	if c.fileVerbose() {
		c.Field("stx_blksize")
		c.Uint(uint64(le.Uint32(b[4:])))
	}
	c.Field("stx_attributes")
	c.Flags(le.Uint64(b[8:]), xlat.StatxAttrs)
	if !c.fileVerbose() {
		if mask&(statxType|statxMode) != 0 {
			c.Field("stx_mode")
			c.fileMode(uint64(le.Uint16(b[28:])))
		}
		if mask&statxSize != 0 {
			c.Field("stx_size")
			c.Uint(le.Uint64(b[40:]))
		}
		c.Ellipsis()
		c.End()
		return
	}
	if mask&statxNlink != 0 {
		c.Field("stx_nlink")
		c.Uint(uint64(le.Uint32(b[16:])))
	}
	if mask&statxUID != 0 {
		c.Field("stx_uid")
		c.ownerID(uint64(le.Uint32(b[20:])))
	}
	if mask&statxGID != 0 {
		c.Field("stx_gid")
		c.ownerID(uint64(le.Uint32(b[24:])))
	}
	if mask&(statxType|statxMode) != 0 {
		c.Field("stx_mode")
		c.fileMode(uint64(le.Uint16(b[28:])))
	}
	if mask&statxIno != 0 {
		c.Field("stx_ino")
		c.Uint(le.Uint64(b[32:]))
	}
	if mask&statxSize != 0 {
		c.Field("stx_size")
		c.Uint(le.Uint64(b[40:]))
	}
	if mask&statxBlocks != 0 {
		c.Field("stx_blocks")
		c.Uint(le.Uint64(b[48:]))
	}
	c.Field("stx_attributes_mask")
	c.Flags(le.Uint64(b[56:]), xlat.StatxAttrs)
	for _, t := range [...]struct {
		bit  uint64
		off  int
		name string
	}{{statxAtime, 64, "stx_atime"}, {statxBtime, 80, "stx_btime"},
		{statxCtime, 96, "stx_ctime"}, {statxMtime, 112, "stx_mtime"}} {
		if mask&t.bit == 0 {
			continue
		}
		sec := int64(le.Uint64(b[t.off:]))
		nsec := uint64(le.Uint32(b[t.off+8:]))
		c.Field(t.name)
		c.Struct()
		c.Field("tv_sec")
		c.Int(sec)
		c.Field("tv_nsec")
		c.Uint(nsec)
		c.End()
		c.fileTimeComment(sec, nsec, fracNsec)
	}
	for i, name := range [...]string{"stx_rdev_major", "stx_rdev_minor", "stx_dev_major", "stx_dev_minor"} {
		c.Field(name)
		c.Uint(uint64(le.Uint32(b[128+4*i:])))
	}
	if mask&statxMntID != 0 {
		c.Field("stx_mnt_id")
		c.Hex(le.Uint64(b[144:]))
	}
	if mask&statxDIO != 0 {
		c.Field("stx_dio_mem_align")
		c.Uint(uint64(le.Uint32(b[152:])))
		c.Field("stx_dio_offset_align")
		c.Uint(uint64(le.Uint32(b[156:])))
	}
	c.End()
}

// stValid is the ST_VALID bit of f_flags (linux/statfs.h; not in x/sys):
// without it the kernel did not fill f_flags in, and strace leaves the
// field out.
const stValid = 0x20

// statfsBuf appends a struct statfs (the same layout on every 64-bit
// architecture). strace prints it whole even without -v.
func (c *Call) statfsBuf(addr uint64) {
	b := c.structAtExit(addr, 120)
	if b == nil {
		return
	}
	le := binary.LittleEndian
	c.Struct()
	c.Field("f_type")
	c.Const(le.Uint64(b[0:]), xlat.FsMagic)
	for i, name := range [...]string{"f_bsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree"} {
		c.Field(name)
		c.Uint(le.Uint64(b[8+8*i:]))
	}
	c.Field("f_fsid")
	c.Struct()
	c.Field("val")
	c.Array()
	c.Hex(uint64(le.Uint32(b[56:])))
	c.Hex(uint64(le.Uint32(b[60:])))
	c.End()
	c.End()
	c.Field("f_namelen")
	c.Uint(le.Uint64(b[64:]))
	c.Field("f_frsize")
	c.Uint(le.Uint64(b[72:]))
	if flags := le.Uint64(b[80:]); flags&stValid != 0 {
		c.Field("f_flags")
		c.Flags(flags, xlat.StatfsFlags)
	}
	c.End()
}

package decode

import (
	"encoding/binary"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// Calls on paths and files that take no structure: directories, links,
// renames, permissions, ownership, sizes, the working directory, hints
// about I/O, and the mount table.

func init() {
	path := func(c *Call) bool { c.Path(c.Args[0]); return false }
	register(Decoder{Entry: path}, "rmdir", "unlink", "chdir", "chroot", "acct", "swapoff")
	path2 := func(c *Call) bool { c.Path(c.Args[0]); c.Path(c.Args[1]); return false }
	register(Decoder{Entry: path2}, "link", "symlink", "rename", "pivot_root")
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.DirFd(c.Args[1])
		c.Path(c.Args[2])
		return false
	}}, "symlinkat")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.DirFd(c.Args[2])
		c.Path(c.Args[3])
		return false
	}}, "renameat")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.DirFd(c.Args[2])
		c.Path(c.Args[3])
		c.Flags(uint64(uint32(c.Args[4])), xlat.RenameFlags)
		return false
	}}, "renameat2")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.DirFd(c.Args[2])
		c.Path(c.Args[3])
		c.Flags(uint64(uint32(c.Args[4])), xlat.AtFlags)
		return false
	}}, "linkat")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.AtFlags)
		return false
	}}, "unlinkat")

	// Modes: mkdir and chmod print plain octal, mknod names the file type.
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.umode(c.Args[1])
		return false
	}}, "mkdir", "chmod")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.umode(c.Args[2])
		return false
	}}, "mkdirat", "fchmodat")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.umode(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.AtFlags)
		return false
	}}, "fchmodat2")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.umode(c.Args[1])
		return false
	}}, "fchmod")
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.mknodArgs(c.Args[1], c.Args[2])
		return false
	}}, "mknod")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.mknodArgs(c.Args[2], c.Args[3])
		return false
	}}, "mknodat")

	// Owners: -1 (no change) prints as -1, other ids unsigned.
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.ownerID(c.Args[1])
		c.ownerID(c.Args[2])
		return false
	}}, "chown", "lchown")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.ownerID(c.Args[1])
		c.ownerID(c.Args[2])
		return false
	}}, "fchown")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.ownerID(c.Args[2])
		c.ownerID(c.Args[3])
		c.Flags(uint64(uint32(c.Args[4])), xlat.AtFlags)
		return false
	}}, "fchownat")

	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.Uint(c.Args[1])
		return false
	}}, "truncate")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Uint(c.Args[1])
		return false
	}}, "ftruncate")
	register(Decoder{Entry: func(c *Call) bool {
		c.umode(c.Args[0])
		return false
	}, Ret: RetOct}, "umask")
	register(Decoder{Entry: func(c *Call) bool { return true }, Exit: func(c *Call) {
		// The buffer holds the path and its NUL; the return counts both.
		if c.Failed() || c.Rval <= 0 {
			c.Ptr(c.Args[0])
		} else {
			c.Path(c.Args[0])
		}
		c.Uint(c.Args[1])
	}}, "getcwd")
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		return true
	}, Exit: func(c *Call) { c.readlinkBuf(c.Args[1], c.Args[2]) }}, "readlink")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		return true
	}, Exit: func(c *Call) { c.readlinkBuf(c.Args[2], c.Args[3]) }}, "readlinkat")

	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Int(int64(c.Args[1]))
		c.Int(int64(c.Args[2]))
		c.Const(uint64(uint32(c.Args[3])), xlat.FadviseAdvice)
		return false
	}}, "fadvise64")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Int(int64(c.Args[1]))
		c.Uint(c.Args[2])
		return false
	}}, "readahead")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.FallocFlags)
		c.Int(int64(c.Args[2]))
		c.Int(int64(c.Args[3]))
		return false
	}}, "fallocate")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Int(int64(c.Args[1]))
		c.Int(int64(c.Args[2]))
		c.Flags(uint64(uint32(c.Args[3])), xlat.SyncFileRangeFlags)
		return false
	}}, "sync_file_range")

	// utime family.
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.timePair(c.Args[2], true)
		c.Flags(uint64(uint32(c.Args[3])), xlat.AtFlags)
		return false
	}}, "utimensat")
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.timePair(c.Args[1], false)
		return false
	}}, "utimes")
	register(Decoder{Entry: func(c *Call) bool {
		c.DirFd(c.Args[0])
		c.Path(c.Args[1])
		c.timePair(c.Args[2], false)
		return false
	}}, "futimesat")
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.utimbuf(c.Args[1])
		return false
	}}, "utime")

	// Mounts.
	register(Decoder{Entry: func(c *Call) bool {
		c.mountArgs()
		return false
	}}, "mount")
	register(Decoder{Entry: func(c *Call) bool {
		c.Path(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.UmountFlags)
		return false
	}}, "umount2")
}

// mknodArgs appends mknod's mode and, for a device file only, its device.
func (c *Call) mknodArgs(mode, dev uint64) {
	mode = uint64(uint16(mode))
	c.fileMode(mode)
	if t := mode & unix.S_IFMT; t == unix.S_IFCHR || t == unix.S_IFBLK {
		c.makedev(dev)
	}
}

// readlinkBuf appends the link's target: as many bytes as returned, cut
// at -s (it is not NUL-terminated), then the buffer size.
func (c *Call) readlinkBuf(addr, size uint64) {
	if c.Failed() {
		c.Ptr(addr)
	} else {
		c.Buf(addr, uint64(c.Rval))
	}
	c.Uint(size)
}

// utimbuf appends utime's struct utimbuf: two whole-second times.
func (c *Call) utimbuf(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, 16)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	for i, name := range [...]string{"actime", "modtime"} {
		t := int64(binary.LittleEndian.Uint64(b[8*i:]))
		c.Field(name)
		c.Int(t)
		c.fileTimeComment(t, 0, fracNone)
	}
	c.End()
}

// Mount flags that change how mount's other arguments are read.
const (
	msRemount  = unix.MS_REMOUNT
	msBind     = unix.MS_BIND
	msMove     = unix.MS_MOVE
	msPropMask = unix.MS_UNBINDABLE | unix.MS_PRIVATE | unix.MS_SLAVE | unix.MS_SHARED
	msMgcMask  = unix.MS_MGC_MSK
	msMgcVal   = unix.MS_MGC_VAL
)

// mountArgs appends mount's arguments. The filesystem type is a string
// only for a new mount; the data is a string unless the call binds, moves
// or changes propagation (then the kernel ignores it), except on remount.
// Flags carrying the old magic number in their high half print it as
// MS_MGC_VAL first.
func (c *Call) mountArgs() {
	flags := c.Args[3]
	mgc := flags&msMgcMask == msMgcVal
	if mgc {
		flags &^= msMgcMask
	}
	c.Path(c.Args[0])
	c.Path(c.Args[1])
	if flags&(msRemount|msBind|msMove|msPropMask) != 0 {
		c.Ptr(c.Args[2])
	} else {
		c.CStr(c.Args[2])
	}
	switch {
	case !mgc:
		c.Flags(flags, xlat.MountFlags)
	case flags == 0:
		c.Text("MS_MGC_VAL")
	default:
		c.Group()
		c.Text("MS_MGC_VAL|")
		c.Flags(flags, xlat.MountFlags)
		c.End()
	}
	if flags&msRemount != 0 || flags&(msBind|msMove|msPropMask) == 0 {
		c.CStr(c.Args[4])
	} else {
		c.Ptr(c.Args[4])
	}
}

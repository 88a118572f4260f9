package decode

import (
	"strconv"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// inotify, fanotify and memfd_create: descriptors created with flags.

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.Flags(uint64(uint32(c.Args[0])), xlat.InotifyInitFlags)
		return false
	}, Ret: RetFd}, "inotify_init1")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Path(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.InotifyMask)
		return false
	}}, "inotify_add_watch")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Int32(c.Args[1])
		return false
	}}, "inotify_rm_watch")
	register(Decoder{Entry: func(c *Call) bool {
		c.Flags(uint64(uint32(c.Args[0])), xlat.FanInit)
		c.Flags(uint64(uint32(c.Args[1])), xlat.OpenMode)
		return false
	}, Ret: RetFd}, "fanotify_init")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.FanMarkFlags)
		c.Flags(c.Args[2], xlat.FanEvents)
		c.DirFd(c.Args[3])
		c.Path(c.Args[4])
		return false
	}}, "fanotify_mark")
	register(Decoder{Entry: func(c *Call) bool {
		c.CStr(c.Args[0])
		c.memfdFlags(uint64(uint32(c.Args[1])))
		return false
	}, Ret: RetFd}, "memfd_create")
}

// mfdHugeShift places the huge page size (log2) in memfd_create's flags.
const (
	mfdHugeShift = unix.MFD_HUGE_SHIFT
	mfdHugeMask  = unix.MFD_HUGE_MASK << mfdHugeShift
)

// memfdFlags appends memfd_create's flags: the named flags, then the huge
// page size as "21<<MFD_HUGE_SHIFT".
func (c *Call) memfdFlags(v uint64) {
	huge := (v & mfdHugeMask) >> mfdHugeShift
	low := v &^ mfdHugeMask
	if huge == 0 {
		c.Flags(low, xlat.MemfdFlags)
		return
	}
	c.Group()
	if low != 0 {
		c.Flags(low, xlat.MemfdFlags)
		c.RawText("|")
	}
	off := len(c.arena)
	b := strconv.AppendUint(c.arena, huge, 10)
	b = append(b, "<<MFD_HUGE_SHIFT"...)
	c.arena = b[:off]
	c.TextBytes(b[off:])
	c.End()
}

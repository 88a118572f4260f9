package decode

import (
	"strconv"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// fileMode appends a mode with its file type, as stat's st_mode and
// mknod's mode print: "S_IFREG|S_ISUID|0644". A mode whose type has no
// name prints whole in octal ("0170777", "0600").
func (c *Call) fileMode(mode uint64) {
	off := len(c.arena)
	b := c.arena
	named := false
	if name, ok := xlat.ModeTypes.Lookup(mode & unix.S_IFMT); ok {
		// Symbolic: -X raw prints the number instead.
		c.Named(mode, NumOct)
		named = true
		b = append(b, name...)
		b = append(b, '|')
		for _, s := range [...]struct {
			bit  uint64
			name string
		}{{unix.S_ISUID, "S_ISUID"}, {unix.S_ISGID, "S_ISGID"}, {unix.S_ISVTX, "S_ISVTX"}} {
			if mode&s.bit != 0 {
				b = append(b, s.name...)
				b = append(b, '|')
			}
		}
		mode &= 0o777
	}
	b = appendOct3(b, mode)
	c.arena = b[:off]
	c.TextBytes(b[off:])
	if named {
		c.End()
	}
}

// umode appends a mode_t argument (chmod, mkdir, open): its 16 bits in
// octal, as the kernel's umode_t holds them.
func (c *Call) umode(v uint64) { c.Oct(uint64(uint16(v))) }

// appendOct3 is C's "%#03o".
func appendOct3(dst []byte, v uint64) []byte {
	var tmp [24]byte
	s := strconv.AppendUint(tmp[:0], v, 8)
	n := len(s)
	if v != 0 {
		dst = append(dst, '0')
		n++
	}
	for ; n < 3; n++ {
		dst = append(dst, '0')
	}
	return append(dst, s...)
}

// makedev appends a device number as strace does: makedev(0x1, 0x3),
// split the way glibc's major() and minor() split a 64-bit dev_t.
func (c *Call) makedev(dev uint64) {
	major := (dev>>8)&0xfff | (dev>>32)&0xfffff000
	minor := dev&0xff | (dev>>12)&0xffffff00
	c.Named(dev, NumHex)
	c.Func("makedev")
	c.Hex(major)
	c.Hex(minor)
	c.End()
	c.End()
}

// ownerID appends a uid_t or gid_t as strace's printuid does: -1 (the "no
// change" of chown) as -1, any other value unsigned.
func (c *Call) ownerID(v uint64) {
	if uint32(v) == 0xffffffff {
		c.Int(-1)
		return
	}
	c.Uint(uint64(uint32(v)))
}

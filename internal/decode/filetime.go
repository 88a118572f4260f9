package decode

import (
	"encoding/binary"
	"strconv"
	"time"

	"golang.org/x/sys/unix"
)

// Timestamps of files (stat, statx, utimensat, utimes, utime) are printed
// with a comment giving the date in the local time zone, as strace does:
// "st_atime=1700000000 /* 2023-11-14T22:13:20.123456789+0000 */". strace
// leaves the comment out for the zero time and for an out-of-range
// fraction.

// fracDigits says how a fraction of a second is printed in the comment.
const (
	fracNone = 0 // whole seconds (utime)
	fracUsec = 6 // timeval
	fracNsec = 9 // timespec
)

// fileTimeComment appends the date comment for sec and frac (in units of
// the precision digits), or nothing when strace prints none. A zero
// fraction is left out.
func (c *Call) fileTimeComment(sec int64, frac uint64, digits int) {
	limit := uint64(1)
	for i := 0; i < digits; i++ {
		limit *= 10
	}
	if frac >= limit || (sec == 0 && frac == 0) {
		return
	}
	// C's localtime fails when the year does not fit an int; such times
	// get no comment.
	if sec > 67767976233316800 || sec < -67768040609740800 {
		return
	}
	t := time.Unix(sec, 0).In(time.Local)
	off := len(c.arena)
	b := t.AppendFormat(c.arena, "2006-01-02T15:04:05")
	if digits > 0 && frac != 0 {
		b = append(b, '.')
		var tmp [20]byte
		s := strconv.AppendUint(tmp[:0], frac, 10)
		for i := len(s); i < digits; i++ {
			b = append(b, '0')
		}
		b = append(b, s...)
	}
	b = t.AppendFormat(b, "-0700")
	c.arena = b[:off]
	c.CommentBytes(b[off:])
}

// timespecFile appends {tv_sec=..., tv_nsec=...} and its date comment, or
// UTIME_NOW/UTIME_OMIT when utime is set (utimensat).
func (c *Call) timespecFile(b []byte, utime bool) {
	le := binary.LittleEndian
	sec := int64(le.Uint64(b))
	nsec := le.Uint64(b[8:])
	if utime {
		switch nsec {
		case utimeNow:
			c.Text("UTIME_NOW")
			return
		case utimeOmit:
			c.Text("UTIME_OMIT")
			return
		}
	}
	c.Struct()
	c.Field("tv_sec")
	c.Int(sec)
	c.Field("tv_nsec")
	c.Uint(nsec)
	c.End()
	c.fileTimeComment(sec, nsec, fracNsec)
}

const (
	utimeNow  = unix.UTIME_NOW
	utimeOmit = unix.UTIME_OMIT
)

// timePair appends the two timestamps of utimensat (timespec, utime set)
// or utimes/futimesat (timeval): NULL, the address when unreadable, or
// [atime, mtime].
func (c *Call) timePair(addr uint64, timespec bool) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, 32)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := 0; i < 2; i++ {
		e := b[16*i : 16*i+16]
		if timespec {
			c.timespecFile(e, true)
			continue
		}
		sec := int64(binary.LittleEndian.Uint64(e))
		usec := binary.LittleEndian.Uint64(e[8:])
		c.Struct()
		c.Field("tv_sec")
		c.Int(sec)
		c.Field("tv_usec")
		c.Uint(usec)
		c.End()
		c.fileTimeComment(sec, usec, fracUsec)
	}
	c.End()
}

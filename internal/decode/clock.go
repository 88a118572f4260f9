package decode

import (
	"encoding/binary"

	"gostrace/internal/xlat"
)

// The clock and sleep calls: what the kernel writes (the time read, the
// time left) is printed at exit, and only when the call wrote it.

func init() {
	// clock_gettime, clock_getres: the clock at entry, the time at exit.
	register(Decoder{Entry: func(c *Call) bool {
		c.clockID(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
			return
		}
		c.TimespecAt(c.Args[1])
	}}, "clock_gettime", "clock_getres")
	register(Decoder{Entry: func(c *Call) bool {
		c.clockID(c.Args[0])
		c.TimespecAt(c.Args[1])
		return false
	}}, "clock_settime")
	register(Decoder{Entry: func(c *Call) bool {
		c.clockID(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.TimerFlags)
		c.TimespecAt(c.Args[2])
		return true
	}, Exit: func(c *Call) { c.remaining(c.Args[3]) }}, "clock_nanosleep")
	register(Decoder{Entry: func(c *Call) bool {
		c.TimespecAt(c.Args[0])
		return true
	}, Exit: func(c *Call) { c.remaining(c.Args[1]) }}, "nanosleep")

	register(Decoder{Entry: func(c *Call) bool { return true }, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[0])
			c.Ptr(c.Args[1])
			return
		}
		c.TimevalAt(c.Args[0])
		c.timezoneAt(c.Args[1])
	}}, "gettimeofday")
	register(Decoder{Entry: func(c *Call) bool {
		c.TimevalAt(c.Args[0])
		c.timezoneAt(c.Args[1])
		return false
	}}, "settimeofday")
	register(Decoder{Entry: func(c *Call) bool { return true }, Exit: decodeTime}, "time")

	register(Decoder{Entry: func(c *Call) bool { return true }, Exit: func(c *Call) {
		c.timexResult(c.Args[0])
	}}, "adjtimex")
	register(Decoder{Entry: func(c *Call) bool {
		c.clockID(c.Args[0])
		return true
	}, Exit: func(c *Call) { c.timexResult(c.Args[1]) }}, "clock_adjtime")

	register(Decoder{Entry: func(c *Call) bool {
		c.Uint32(c.Args[0])
		return false
	}, Ret: RetUdec}, "alarm")
	register(Decoder{Entry: func(c *Call) bool {
		c.Const(uint64(uint32(c.Args[0])), xlat.ItimerWhich)
		c.ItimervalAt(c.Args[1])
		return true
	}, Exit: func(c *Call) { c.writtenItimerval(c.Args[2]) }}, "setitimer")
	register(Decoder{Entry: func(c *Call) bool {
		c.Const(uint64(uint32(c.Args[0])), xlat.ItimerWhich)
		return true
	}, Exit: func(c *Call) { c.writtenItimerval(c.Args[1]) }}, "getitimer")
}

// clockID appends a clockid_t. strace names the static clocks and prints
// the dynamic ones (negative: a process's CPU clock, an fd's clock) as
// unknown values in hex, as a 32-bit number.
func (c *Call) clockID(v uint64) { c.Const(uint64(uint32(v)), xlat.Clocks) }

// remaining prints a sleep's "time left" argument: decoded only when the
// sleep was interrupted, since only then did the kernel write it.
func (c *Call) remaining(addr uint64) {
	if c.interrupted() {
		c.TimespecAt(addr)
		return
	}
	c.Ptr(addr)
}

func (c *Call) writtenItimerval(addr uint64) {
	if c.Failed() {
		c.Ptr(addr)
		return
	}
	c.ItimervalAt(addr)
}

// timezoneAt prints a struct timezone.
func (c *Call) timezoneAt(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, 8)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	c.Field("tz_minuteswest")
	c.Int(int64(int32(binary.LittleEndian.Uint32(b))))
	c.Field("tz_dsttime")
	c.Int(int64(int32(binary.LittleEndian.Uint32(b[4:]))))
	c.End()
}

// decodeTime prints time(2): the stored value with its date in a comment,
// and the date again after the return value.
func decodeTime(c *Call) {
	addr := c.Args[0]
	if addr == 0 || c.Failed() {
		c.Ptr(addr)
	} else if v, ok := c.ReadU64(addr); ok {
		c.Array()
		c.Int(int64(v))
		c.commentDate(int64(v))
		c.End()
	} else {
		c.Ptr(addr)
	}
	if !c.Failed() {
		c.BeginRet()
		var b [40]byte
		c.TextBytes(appendDate(b[:0], c.Rval))
	}
}

func (c *Call) commentDate(sec int64) {
	var b [40]byte
	c.CommentBytes(appendDate(b[:0], sec))
}

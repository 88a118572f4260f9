package decode

import (
	"encoding/binary"

	"gostrace/internal/xlat"
)

// POSIX timers and timerfds.

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.clockID(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.TimerfdFlags)
		return false
	}, Ret: RetFd}, "timerfd_create")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.TimerfdFlags)
		c.ItimerspecAt(c.Args[2])
		return true
	}, Exit: func(c *Call) { c.writtenItimerspec(c.Args[3]) }}, "timerfd_settime")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		return true
	}, Exit: func(c *Call) { c.writtenItimerspec(c.Args[1]) }}, "timerfd_gettime")

	register(Decoder{Entry: func(c *Call) bool {
		c.clockID(c.Args[0])
		c.SigeventAt(c.Args[1])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[2])
			return
		}
		c.intArray1(c.Args[2])
	}}, "timer_create")
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		c.Flags(uint64(uint32(c.Args[1])), xlat.TimerFlags)
		c.ItimerspecAt(c.Args[2])
		return true
	}, Exit: func(c *Call) { c.writtenItimerspec(c.Args[3]) }}, "timer_settime")
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		return true
	}, Exit: func(c *Call) { c.writtenItimerspec(c.Args[1]) }}, "timer_gettime")
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		return false
	}}, "timer_getoverrun", "timer_delete")
}

func (c *Call) writtenItimerspec(addr uint64) {
	if c.Failed() {
		c.Ptr(addr)
		return
	}
	c.ItimerspecAt(addr)
}

// intArray1 prints an int the kernel stored through a pointer: [5].
func (c *Call) intArray1(addr uint64) {
	v, ok := c.ReadU32(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	c.Int(int64(int32(v)))
	c.End()
}

// sizeofSigevent is the size of struct sigevent on 64-bit Linux.
const sizeofSigevent = 64

// SigeventAt appends a struct sigevent (timer_create, mq_notify).
func (c *Call) SigeventAt(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, sizeofSigevent)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.sigeventBytes(b)
}

func (c *Call) sigeventBytes(b []byte) {
	le := binary.LittleEndian
	val := le.Uint64(b)
	signo := uint64(le.Uint32(b[8:]))
	notify := uint64(le.Uint32(b[12:]))
	c.Struct()
	// strace leaves the value out when it is zero.
	if val != 0 {
		c.Field("sigev_value")
		c.Struct()
		c.Field("sival_int")
		c.Int32(val)
		c.Field("sival_ptr")
		c.Ptr(val)
		c.End()
	}
	c.Field("sigev_signo")
	switch notify {
	case 0, 2, 4: // SIGEV_SIGNAL, SIGEV_THREAD, SIGEV_THREAD_ID: a signal is sent
		c.SignalNum(signo)
	default:
		c.Int32(signo)
	}
	c.Field("sigev_notify")
	c.Const(notify, xlat.SigevNotify)
	switch notify {
	case 4:
		c.Field("sigev_notify_thread_id")
		c.Int32(uint64(le.Uint32(b[16:])))
	case 2:
		c.Field("sigev_notify_function")
		c.Ptr(le.Uint64(b[16:]))
		c.Field("sigev_notify_attributes")
		c.Ptr(le.Uint64(b[24:]))
	}
	c.End()
}

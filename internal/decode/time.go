package decode

import (
	"encoding/binary"
	"time"
)

// Sizes of the 64-bit time structures.
const (
	sizeofTimespec   = 16
	sizeofTimeval    = 16
	sizeofItimerspec = 2 * sizeofTimespec
)

// TimespecAt appends the struct timespec at addr: {tv_sec=1, tv_nsec=2},
// NULL, or the address when it cannot be read.
func (c *Call) TimespecAt(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, sizeofTimespec)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.timespecBytes(b)
}

// timespecBytes prints a timespec from its 16 bytes. strace prints both
// fields as signed numbers and does not check tv_nsec's range.
func (c *Call) timespecBytes(b []byte) {
	c.Struct()
	c.Field("tv_sec")
	c.Int(int64(binary.LittleEndian.Uint64(b)))
	c.Field("tv_nsec")
	c.Int(int64(binary.LittleEndian.Uint64(b[8:])))
	c.End()
}

// TimevalAt appends the struct timeval at addr: {tv_sec=1, tv_usec=2}.
func (c *Call) TimevalAt(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, sizeofTimeval)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.timevalBytes(b)
}

func (c *Call) timevalBytes(b []byte) {
	c.Struct()
	c.Field("tv_sec")
	c.Int(int64(binary.LittleEndian.Uint64(b)))
	c.Field("tv_usec")
	c.Int(int64(binary.LittleEndian.Uint64(b[8:])))
	c.End()
}

// ItimerspecAt appends a struct itimerspec: {it_interval={...}, it_value={...}}.
func (c *Call) ItimerspecAt(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, sizeofItimerspec)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.itimerspecBytes(b)
}

func (c *Call) itimerspecBytes(b []byte) {
	c.Struct()
	c.Field("it_interval")
	c.timespecBytes(b[:16])
	c.Field("it_value")
	c.timespecBytes(b[16:32])
	c.End()
}

// ItimervalAt appends a struct itimerval, the timeval twin of itimerspec.
func (c *Call) ItimervalAt(addr uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, 2*sizeofTimeval)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	c.Field("it_interval")
	c.timevalBytes(b[:16])
	c.Field("it_value")
	c.timevalBytes(b[16:32])
	c.End()
}

// interrupted reports whether a relative sleep was cut short by a signal,
// the only case in which the kernel writes the time left (nanosleep's rem)
// and so the only case in which strace decodes it. An absolute sleep
// returns ERESTARTNOHAND and leaves rem alone.
func (c *Call) interrupted() bool {
	return c.Errno == 4 || c.Errno == 516 // EINTR, ERESTART_RESTARTBLOCK
}

// appendDate appends a time as strace prints dates in comments,
// "2026-11-26T10:53:20+0000", in the tracer's local time zone.
func appendDate(dst []byte, sec int64) []byte {
	return time.Unix(sec, 0).AppendFormat(dst, "2006-01-02T15:04:05-0700")
}

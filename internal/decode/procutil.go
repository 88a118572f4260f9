package decode

import (
	"encoding/binary"
	"strconv"

	"gostrace/internal/xlat"
)

// Small builders shared by the process, memory and signal decoders.

// ple reads the little-endian words of tracee structures.
var ple = binary.LittleEndian

// procRaw appends dynamic text with no separator before it.
func (c *Call) procRaw(b []byte) { c.pushBytes(KRaw, 0, b) }

// procInt appends "[v]" for the int at addr (the out-parameters of getresuid,
// getcpu, prctl(PR_GET_...)), or the address when it cannot be read.
func (c *Call) procInt(addr uint64, signed bool) {
	v, ok := c.ReadU32(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	if signed {
		c.Int32(uint64(v))
	} else {
		c.Uint(uint64(v))
	}
	c.End()
}

// procPtr appends "[0x...]" for the pointer-sized word at addr.
func (c *Call) procPtr(addr uint64) {
	v, ok := c.ReadU64(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	c.Ptr(v)
	c.End()
}

// procTimeval appends the fields of a struct timeval (or timespec with
// nsec) from b: {tv_sec=1, tv_usec=500}.
func (c *Call) procTimeval(b []byte, nsec bool) {
	c.Struct()
	c.Field("tv_sec")
	c.Int(int64(ple.Uint64(b)))
	if nsec {
		c.Field("tv_nsec")
	} else {
		c.Field("tv_usec")
	}
	c.Int(int64(ple.Uint64(b[8:])))
	c.End()
}

// procTimevalAt appends the struct timeval (or timespec) at addr, NULL, or the
// address when it cannot be read.
func (c *Call) procTimevalAt(addr uint64, nsec bool) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	b := c.ReadStruct(addr, 16)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.procTimeval(b, nsec)
}

// procSint appends the low 32 bits of v as an int: the pid_t, uid_t and int
// arguments strace prints signed ("-1").
func (c *Call) procSint(v uint64) { c.Int32(v) }

// procConstInt appends an int argument as an enumeration: the table's values
// are compared with the argument sign-extended (RUSAGE_CHILDREN is -1).
func (c *Call) procConstInt(v uint64, t *xlat.Table) { c.Const(uint64(int64(int32(v))), t) }

// procAppendUint appends v in decimal.
func procAppendUint(b []byte, v uint64) []byte { return strconv.AppendUint(b, v, 10) }

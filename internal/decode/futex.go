package decode

import (
	"encoding/binary"
	"strconv"

	"gostrace/internal/xlat"
)

// futex and futex_waitv. Which of futex's arguments mean something, and
// so are printed, depends on the operation.

// The futex commands (the operation without its flag bits, as strace
// masks it: the low seven bits).
const (
	futexWait          = 0
	futexWake          = 1
	futexFD            = 2
	futexRequeue       = 3
	futexCmpRequeue    = 4
	futexWakeOp        = 5
	futexLockPI        = 6
	futexUnlockPI      = 7
	futexTrylockPI     = 8
	futexWaitBitset    = 9
	futexWakeBitset    = 10
	futexWaitRequeuePI = 11
	futexCmpRequeuePI  = 12
	futexLockPI2       = 13

	futexBitsetMatchAny = 0xffffffff
)

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.futexArgs()
		return false
	}}, "futex")
	register(Decoder{Entry: func(c *Call) bool {
		c.futexWaiters(c.Args[0], c.Args[1])
		c.Uint32(c.Args[1])
		c.Hex(uint64(uint32(c.Args[2])))
		c.TimespecAt(c.Args[3])
		c.clockID(c.Args[4])
		return false
	}}, "futex_waitv")
}

func (c *Call) futexArgs() {
	op := uint64(uint32(c.Args[1]))
	val := c.Args[2]
	timeout := c.Args[3]
	uaddr2 := c.Args[4]
	val3 := uint32(c.Args[5])
	c.Ptr(c.Args[0])
	c.Const(op, xlat.FutexOps)
	switch op & 0x7f {
	case futexWait:
		c.Uint32(val)
		c.TimespecAt(timeout)
	case futexWake, futexFD:
		c.Uint32(val)
	case futexRequeue:
		c.Uint32(val)
		c.Uint32(timeout) // val2
		c.Ptr(uaddr2)
	case futexCmpRequeue, futexCmpRequeuePI:
		c.Uint32(val)
		c.Uint32(timeout)
		c.Ptr(uaddr2)
		c.Uint(uint64(val3))
	case futexWakeOp:
		c.Uint32(val)
		c.Uint32(timeout)
		c.Ptr(uaddr2)
		var b [128]byte
		c.TextBytes(appendFutexWakeOp(b[:0], val3))
	case futexLockPI, futexLockPI2:
		c.TimespecAt(timeout)
	case futexUnlockPI, futexTrylockPI:
	case futexWaitBitset:
		c.Uint32(val)
		c.TimespecAt(timeout)
		c.futexBitset(val3)
	case futexWakeBitset:
		c.Uint32(val)
		c.futexBitset(val3)
	case futexWaitRequeuePI:
		c.Uint32(val)
		c.TimespecAt(timeout)
		c.Ptr(uaddr2)
	default:
		c.Uint32(val)
		c.Hex(timeout)
		c.Ptr(uaddr2)
		c.Hex(uint64(val3))
	}
}

func (c *Call) futexBitset(v uint32) {
	if v == futexBitsetMatchAny {
		c.Text("FUTEX_BITSET_MATCH_ANY")
		return
	}
	c.Hex(uint64(v))
}

// appendFutexWakeOp decodes FUTEX_WAKE_OP's encoded operation the way
// strace spells it:
// FUTEX_OP_SET<<28|0x1<<12|FUTEX_OP_CMP_GT<<24|0.
func appendFutexWakeOp(dst []byte, v uint32) []byte {
	op := uint64(v>>28) & 0xf
	cmp := uint64(v>>24) & 0xf
	oparg := uint64(v>>12) & 0xfff
	cmparg := uint64(v) & 0xfff
	if op&8 != 0 {
		dst = append(dst, "FUTEX_OP_OPARG_SHIFT<<28|"...)
		op &= 7
	}
	dst = appendShifted(dst, op, "<<28", xlat.FutexWakeOps)
	dst = append(dst, '|')
	dst = appendCHex(dst, oparg)
	dst = append(dst, "<<12|"...)
	dst = appendShifted(dst, cmp, "<<24", xlat.FutexWakeCmps)
	dst = append(dst, '|')
	return appendCHex(dst, cmparg)
}

// appendShifted prints a named field of an encoded word: NAME<<28, or
// 0x7<<28 /* FUTEX_OP_??? */ when it has no name.
func appendShifted(dst []byte, v uint64, shift string, t *xlat.Table) []byte {
	if name, ok := t.Lookup(v); ok {
		dst = append(dst, name...)
		return append(dst, shift...)
	}
	dst = appendCHex(dst, v)
	dst = append(dst, shift...)
	dst = append(dst, " /* "...)
	dst = append(dst, t.Unknown...)
	return append(dst, " */"...)
}

// appendCHex prints like C's "%#x".
func appendCHex(dst []byte, v uint64) []byte {
	if v == 0 {
		return append(dst, '0')
	}
	dst = append(dst, '0', 'x')
	return strconv.AppendUint(dst, v, 16)
}

const sizeofFutexWaitv = 24

// futexWaitvFlags are struct futex_waitv's flags.
var futexWaitvFlags = &xlat.Table{Unknown: "FUTEX_???", Pairs: []xlat.Pair{{Val: 2, Name: "FUTEX_32"}, {Val: 128, Name: "FUTEX_PRIVATE_FLAG"}}}

// futexWaiters prints futex_waitv's array of struct futex_waitv.
func (c *Call) futexWaiters(addr, n uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	if _, ok := c.ReadU64(addr); !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := uint64(0); i < n; i++ {
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		b := c.ReadStruct(addr+i*sizeofFutexWaitv, sizeofFutexWaitv)
		if b == nil {
			c.Ellipsis()
			break
		}
		c.futexWaitvBytes(b)
	}
	c.End()
}

func (c *Call) futexWaitvBytes(b []byte) {
	le := binary.LittleEndian
	c.Struct()
	c.Field("val")
	c.Hex(le.Uint64(b))
	c.Field("uaddr")
	c.Ptr(le.Uint64(b[8:]))
	c.Field("flags")
	c.Flags(uint64(le.Uint32(b[16:])), futexWaitvFlags)
	c.End()
}

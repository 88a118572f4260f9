package decode

import (
	"encoding/binary"
	"strconv"
)

// How IovArray prints the bytes the vectors point to.
const (
	IovAll   int64 = -1 // each vector's iov_len bytes (writev, at entry)
	IovAddrs int64 = -2 // only the addresses (a readv that failed)
	// A value >= 0 is the total the call transferred (readv at exit): the
	// vectors show the bytes in order until it is used up, then "".
)

// IovArray appends an array of count struct iovec at addr as strace
// prints it: at most -s elements (all with -v) then "...", each
// {iov_base="...", iov_len=N} with the data cut at -s. An array that
// cannot be read prints as its address; one that stops being readable
// ends with "... /* 0xADDR */" at the first element it cannot read.
func (c *Call) IovArray(addr, count uint64, data int64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	if count == 0 {
		c.Array()
		c.End()
		return
	}
	// The elements are read into c.tmp (a stack array would escape).
	e := c.tmp[:16]
	if !c.ReadFull(addr, e) {
		c.Ptr(addr)
		return
	}
	le := binary.LittleEndian
	left := data
	c.Array()
	for i := uint64(0); i < count; i++ {
		a := addr + 16*i
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		if i > 0 && !c.ReadFull(a, e) {
			c.Ellipsis()
			c.iovAddrComment(a)
			break
		}
		base, n := le.Uint64(e), le.Uint64(e[8:])
		c.Struct()
		c.Field("iov_base")
		switch {
		case base == 0:
			c.Ptr(0)
		case data == IovAddrs:
			c.Ptr(base)
		case data == IovAll:
			c.Buf(base, n)
		default:
			show := n
			if uint64(left) < show {
				show = uint64(left)
			}
			left -= int64(show)
			c.Buf(base, show)
		}
		c.Field("iov_len")
		c.Uint(n)
		c.End()
	}
	c.End()
}

// iovAddrComment appends " /* 0xADDR */" to the previous value.
func (c *Call) iovAddrComment(addr uint64) {
	off := len(c.arena)
	b := append(c.arena, '0', 'x')
	b = strconv.AppendUint(b, addr, 16)
	c.arena = b[:off]
	c.CommentBytes(b[off:])
}

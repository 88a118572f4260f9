package decode

import (
	"bytes"
	"encoding/binary"
	"errors"
)

// Memory reads a stopped tracee's memory. Read returns how many bytes it
// copied; a read that runs into an unmapped page returns the bytes before it.
type Memory interface {
	Read(addr uint64, buf []byte) (int, error)
}

var errShort = errors.New("short read")

// ReadFull reads exactly len(buf) bytes or fails. With Options.NoDeref it
// always fails, so that the decoders print addresses, as they do for
// memory they cannot read.
func (c *Call) ReadFull(addr uint64, buf []byte) bool {
	if c.opt != nil && c.opt.NoDeref {
		return false
	}
	return c.readData(addr, buf)
}

// readData reads exactly len(buf) bytes of data (a string, a buffer),
// which NoDeref does not hide.
func (c *Call) readData(addr uint64, buf []byte) bool {
	if addr == 0 || c.mem == nil {
		return false
	}
	n, _ := c.mem.Read(addr, buf)
	return n == len(buf)
}

// scratch gives a temporary buffer carved from the end of the arena; the
// bytes are valid until the next push. It avoids an allocation per read.
func (c *Call) scratch(n int) []byte {
	off := len(c.arena)
	if cap(c.arena)-off < n {
		grown := make([]byte, off, 2*cap(c.arena)+n)
		copy(grown, c.arena)
		c.arena = grown
	}
	return c.arena[off : off+n]
}

// ReadStruct reads size bytes at addr into a buffer that stays valid until
// the call is reset. It returns nil when the memory cannot be
// read (the caller prints the address, as strace does).
func (c *Call) ReadStruct(addr uint64, size int) []byte {
	// Structs live in their own arena: strings pushed while the caller
	// walks the struct must not overwrite it. Slices handed out stay valid
	// for the whole call even when the arena grows (the old array lives on).
	off := len(c.sarena)
	if cap(c.sarena)-off < size {
		grown := make([]byte, off, 2*cap(c.sarena)+size)
		copy(grown, c.sarena)
		c.sarena = grown
	}
	b := c.sarena[off : off+size]
	if !c.ReadFull(addr, b) {
		return nil
	}
	c.sarena = c.sarena[:off+size]
	return b
}

// ReadInto reads len(buf) bytes at addr into the caller's buffer.
func (c *Call) ReadInto(addr uint64, buf []byte) bool { return c.ReadFull(addr, buf) }

// ReadU32 reads a 32-bit little-endian value.
func (c *Call) ReadU32(addr uint64) (uint32, bool) {
	b := c.tmp[:4]
	if !c.ReadFull(addr, b) {
		return 0, false
	}
	return binary.LittleEndian.Uint32(b), true
}

// readPtrs reads up to len(dst) 64-bit pointers at addr, stopping at the
// end of addr's page (the next page may be unmapped, and the pointers
// before it still count), and returns how many it read. Arrays of
// pointers (argv, envp) are read this way, a chunk at a time: read one
// pointer a time, execve's 37 environment variables took 38 reads, most of
// what tracing a short command cost under -f.
func (c *Call) readPtrs(addr uint64, dst []uint64) int {
	want := len(dst) * 8
	if want > len(c.tmp) {
		want = len(c.tmp)
	}
	if pageLeft := int(4096 - addr%4096); pageLeft < want {
		want = pageLeft &^ 7
	}
	if want < 8 {
		// A pointer across the page boundary.
		v, ok := c.ReadU64(addr)
		if !ok {
			return 0
		}
		dst[0] = v
		return 1
	}
	if addr == 0 || c.mem == nil || c.opt != nil && c.opt.NoDeref {
		return 0
	}
	n, _ := c.mem.Read(addr, c.tmp[:want])
	n /= 8
	for i := 0; i < n; i++ {
		dst[i] = binary.LittleEndian.Uint64(c.tmp[8*i:])
	}
	return n
}

// ReadU64 reads a 64-bit little-endian value.
func (c *Call) ReadU64(addr uint64) (uint64, bool) {
	b := c.tmp[:8]
	if !c.ReadFull(addr, b) {
		return 0, false
	}
	return binary.LittleEndian.Uint64(b), true
}

// readCString appends to dst a NUL-terminated string of at most max bytes
// read at addr. It returns dst with the bytes (without the NUL) and whether
// a NUL was found; ok is false when not even the first byte could be read.
func (c *Call) readCString(addr uint64, max int, dst []byte) (s []byte, terminated, ok bool) {
	if addr == 0 || c.mem == nil {
		return dst, false, false
	}
	base := len(dst)
	const chunk = len(c.tmp)
	buf := c.tmp[:]
	for len(dst)-base < max+1 {
		// Read up to the end of the page so a string that ends just before
		// an unmapped page is still read whole.
		want := chunk
		if pageLeft := int(4096 - addr%4096); pageLeft < want {
			want = pageLeft
		}
		if left := max + 1 - (len(dst) - base); left < want {
			want = left
		}
		n, _ := c.mem.Read(addr, buf[:want])
		if n <= 0 {
			return dst, false, len(dst) > base
		}
		if i := bytes.IndexByte(buf[:n], 0); i >= 0 {
			return append(dst, buf[:i]...), true, true
		}
		dst = append(dst, buf[:n]...)
		addr += uint64(n)
		if n < want {
			return dst, false, true
		}
	}
	return dst[:base+max], false, true
}

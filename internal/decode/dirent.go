package decode

import (
	"bytes"
	"encoding/binary"
	"strconv"

	"gostrace/internal/xlat"
)

func init() {
	exit := func(c *Call) {
		c.dirents(c.Args[1], c.Nr == nrGetdents64)
		c.Uint(uint64(uint32(c.Args[2])))
	}
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		return true
	}, Exit: exit}, "getdents", "getdents64")
}

var nrGetdents64 = nr("getdents64")

// The fixed part of a directory entry: d_ino, d_off, d_reclen (and d_type
// for linux_dirent64), before d_name.
const (
	direntHdr   = 18
	dirent64Hdr = 19
)

// dirents appends the entries getdents filled in. Without -v strace
// prints the address and a count, "/* 17 entries */"; with -v every
// entry, names whole. A record whose d_reclen is too short or runs past
// the data is reported in a comment, and a count that stopped early
// reads "1+ entries".
func (c *Call) dirents(addr uint64, is64 bool) {
	if c.Failed() || c.Rval <= 0 && !c.fileVerbose() || c.opt != nil && c.opt.NoDeref {
		c.Ptr(addr)
		if !c.Failed() && (c.opt == nil || !c.opt.NoDeref) {
			c.Comment("0 entries")
		}
		return
	}
	// The kernel never returns more than the buffer's size; a larger
	// (injected) value is read only as far as the buffer goes.
	n := uint64(c.Rval)
	if size := uint64(uint32(c.Args[2])); n > size {
		n = size
	}
	buf := c.ReadStruct(addr, int(n))
	if buf == nil && n > 0 {
		c.Ptr(addr)
		return
	}
	verbose := c.fileVerbose()
	hdr := direntHdr
	if is64 {
		hdr = dirent64Hdr
	}
	le := binary.LittleEndian
	if verbose {
		c.Array()
	} else {
		c.Ptr(addr)
	}
	count, partial := 0, false
	for off := 0; off < len(buf); {
		rec := buf[off:]
		if len(rec) < hdr {
			// Bytes too few for an entry: strace shows them raw.
			if verbose {
				c.direntHexBytes(rec)
			}
			partial = true
			break
		}
		reclen := int(le.Uint16(rec[16:]))
		count++
		if verbose {
			c.Struct()
			c.Field("d_ino")
			c.Uint(le.Uint64(rec))
			c.Field("d_off")
			if is64 {
				c.Int(int64(le.Uint64(rec[8:])))
			} else {
				c.Uint(le.Uint64(rec[8:]))
			}
			c.Field("d_reclen")
			c.Uint(uint64(reclen))
		}
		if reclen < hdr {
			c.reclenComment(hdr-reclen, " bytes underflow")
			if verbose {
				if is64 {
					c.Field("d_type")
					c.Const(uint64(rec[18]), xlat.DirentTypes)
				}
				c.End()
			}
			partial = true
			break
		}
		end := reclen
		if reclen > len(rec) {
			c.reclenComment(reclen-len(rec), " bytes overflow")
			end = len(rec)
		}
		if verbose {
			if is64 {
				c.Field("d_type")
				c.Const(uint64(rec[18]), xlat.DirentTypes)
				c.direntName(rec[hdr:end])
			} else if end > hdr {
				c.direntName(rec[hdr : end-1])
				c.Field("d_type")
				c.Const(uint64(rec[end-1]), xlat.DirentTypes)
			}
			c.End()
		}
		off += reclen
	}
	if verbose {
		c.End()
		return
	}
	note := strconv.AppendInt(c.scratch(24)[:0], int64(count), 10)
	if partial {
		note = append(note, '+')
	}
	note = append(note, " entries"...)
	c.CommentBytes(note)
}

// direntName appends d_name from its space in the record: up to its NUL,
// or all but the last byte and "..." when there is none.
func (c *Call) direntName(b []byte) {
	if len(b) == 0 {
		return
	}
	c.Field("d_name")
	if i := bytes.IndexByte(b, 0); i >= 0 {
		c.StrBytes(b[:i], NulTerm)
		return
	}
	c.StrBytes(b[:len(b)-1], NulTerm|Trunc)
}

// reclenComment appends "/* d_reclen N bytes underflow */" after the
// address (without -v) or " /* N bytes underflow */" after d_reclen.
func (c *Call) reclenComment(n int, what string) {
	b := c.scratch(48)[:0]
	if !c.fileVerbose() {
		b = append(b, "d_reclen "...)
	}
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, what...)
	c.CommentBytes(b)
}

// direntHexBytes appends bytes as a hex string cut at -s.
func (c *Call) direntHexBytes(b []byte) {
	flags := HexAll
	if len(b) > c.limit() {
		b = b[:c.limit()]
		flags |= Trunc
	}
	c.StrBytes(b, flags)
}

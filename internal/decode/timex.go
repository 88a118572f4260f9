package decode

import (
	"encoding/binary"

	"gostrace/internal/xlat"
)

// sizeofTimex is the size of struct timex on 64-bit Linux.
const sizeofTimex = 208

// timexResult prints adjtimex's struct timex after the call (the kernel
// fills it in) and names the clock state that adjtimex returns.
func (c *Call) timexResult(addr uint64) {
	if c.Failed() {
		c.Ptr(addr)
		return
	}
	b := c.ReadStruct(addr, sizeofTimex)
	if b == nil {
		c.Ptr(addr)
	} else {
		c.timexBytes(b)
	}
	if name, ok := xlat.AdjtimexState.Lookup(uint64(c.Rval)); ok {
		c.BeginRet()
		c.Text(name)
	}
}

// timexLongs, timexLongs2 and timexLongs3 are struct timex's long fields after modes, in order, with
// their offsets; status is an int and time a timeval, handled apart.
var timexLongs = [...]struct {
	name string
	off  int
}{
	{"offset", 8}, {"freq", 16}, {"maxerror", 24}, {"esterror", 32},
}

var timexLongs2 = [...]struct {
	name string
	off  int
}{
	{"constant", 48}, {"precision", 56}, {"tolerance", 64},
}

var timexLongs3 = [...]struct {
	name string
	off  int
	i32  bool
}{
	{"tick", 88, false}, {"ppsfreq", 96, false}, {"jitter", 104, false}, {"shift", 112, true},
	{"stabil", 120, false}, {"jitcnt", 128, false}, {"calcnt", 136, false},
	{"errcnt", 144, false}, {"stbcnt", 152, false}, {"tai", 160, true},
}

func (c *Call) timexBytes(b []byte) {
	le := binary.LittleEndian
	c.Struct()
	c.Field("modes")
	c.Flags(uint64(le.Uint32(b)), xlat.AdjtimexModes)
	for _, f := range timexLongs {
		c.Field(f.name)
		c.Int(int64(le.Uint64(b[f.off:])))
	}
	c.Field("status")
	c.Flags(uint64(le.Uint32(b[40:])), xlat.AdjtimexStatus)
	for _, f := range timexLongs2 {
		c.Field(f.name)
		c.Int(int64(le.Uint64(b[f.off:])))
	}
	c.Field("time")
	c.timevalBytes(b[72:88])
	for _, f := range timexLongs3 {
		c.Field(f.name)
		if f.i32 {
			c.Int(int64(int32(le.Uint32(b[f.off:]))))
		} else {
			c.Int(int64(le.Uint64(b[f.off:])))
		}
	}
	c.End()
}

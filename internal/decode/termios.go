package decode

import (
	"encoding/binary"
	"strconv"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// The terminal structures: struct termios (TCGETS), struct termios2
// (TCGETS2: termios and the two speeds), struct termio (TCGETA: 16-bit
// flags and 8 control characters) and struct winsize.
type termKind uint8

const (
	kTermios termKind = iota
	kTermios2
	kTermio
	kWinsize
)

func registerTermiosIoctls() {
	in := func(k termKind) IoctlDecoder {
		return IoctlDecoder{Entry: func(c *Call, arg uint64) bool {
			c.termStruct(arg, k)
			return false
		}}
	}
	out := func(k termKind) IoctlDecoder {
		return IoctlDecoder{Entry: func(c *Call, arg uint64) bool { return true },
			Exit: func(c *Call, arg uint64) {
				if c.Failed() {
					c.Ptr(arg)
					return
				}
				c.termStruct(arg, k)
			}}
	}
	registerIoctl(out(kTermios), 0x5401, 0x5456)                // TCGETS TIOCGLCKTRMIOS
	registerIoctl(in(kTermios), 0x5402, 0x5403, 0x5404, 0x5457) // TCSETS TCSETSW TCSETSF TIOCSLCKTRMIOS
	registerIoctl(out(kTermios2), 0x802c542a)                   // TCGETS2
	registerIoctl(in(kTermios2), 0x402c542b, 0x402c542c, 0x402c542d)
	registerIoctl(out(kTermio), 0x5405)                // TCGETA
	registerIoctl(in(kTermio), 0x5406, 0x5407, 0x5408) // TCSETA TCSETAW TCSETAF
	registerIoctl(out(kWinsize), 0x5413)               // TIOCGWINSZ
	registerIoctl(in(kWinsize), 0x5414)                // TIOCSWINSZ
}

// termSizes are the sizes of the structures, by kind.
var termSizes = [...]int{kTermios: 36, kTermios2: 44, kTermio: 18, kWinsize: 8}

// termStruct appends a terminal structure, or its address when it cannot
// be read.
func (c *Call) termStruct(addr uint64, k termKind) {
	b := c.ReadStruct(addr, termSizes[k])
	if b == nil {
		c.Ptr(addr)
		return
	}
	le := binary.LittleEndian
	if k == kWinsize {
		c.Struct()
		for i, name := range [...]string{"ws_row", "ws_col", "ws_xpixel", "ws_ypixel"} {
			c.Field(name)
			c.Uint(uint64(le.Uint16(b[2*i:])))
		}
		c.End()
		return
	}
	var flags [4]uint64
	var line byte
	var cc []byte
	if k == kTermio {
		for i := range flags {
			flags[i] = uint64(le.Uint16(b[2*i:]))
		}
		line, cc = b[8], b[9:17]
	} else {
		for i := range flags {
			flags[i] = uint64(le.Uint32(b[4*i:]))
		}
		line, cc = b[16], b[17:36]
	}
	c.Struct()
	c.Field("c_iflag")
	c.Flags(flags[0], xlat.TermIflags)
	c.Field("c_oflag")
	c.termOflag(flags[1])
	c.Field("c_cflag")
	c.termCflag(flags[2])
	c.Field("c_lflag")
	c.Flags(flags[3], xlat.TermLflags)
	if !c.fileVerbose() {
		c.Ellipsis()
		c.End()
		return
	}
	c.Field("c_line")
	c.Const(uint64(line), xlat.LineDiscs)
	c.Field("c_cc")
	c.Array()
	for i, v := range cc {
		c.Field(ccFields[i])
		c.Hex(uint64(v))
	}
	c.End()
	if k == kTermios2 {
		c.Field("c_ispeed")
		c.Uint(uint64(le.Uint32(b[36:])))
		c.Field("c_ospeed")
		c.Uint(uint64(le.Uint32(b[40:])))
	}
	c.End()
}

// ccFields are the designators of termios's 19 c_cc elements: "[VINTR]",
// or the index for slots without a name ("[17]").
var ccFields = func() (f [19]string) {
	for i := range f {
		if i < len(xlat.CcNames) {
			f[i] = "[" + xlat.CcNames[i] + "]"
		} else {
			f[i] = "[" + strconv.Itoa(i) + "]"
		}
	}
	return f
}()

// termOflag appends c_oflag: each delay field by name, then the flags.
// strace separates them with "|" even when no flag is set
// ("NL0|CR0|TAB0|BS0|VT0|FF0|").
func (c *Call) termOflag(v uint64) {
	c.Group()
	rest := v
	for _, d := range xlat.TermOdelays {
		c.Const(v&d.Mask, d.Table)
		c.RawText("|")
		rest &^= d.Mask
	}
	c.Flags(rest, xlat.TermOflags)
	c.End()
}

// termCflag appends c_cflag: the output speed, the input speed when set
// ("B4800<<IBSHIFT"), the character size, then the flags.
func (c *Call) termCflag(v uint64) {
	c.Group()
	c.Const(v&unix.CBAUD, xlat.TermSpeeds)
	c.RawText("|")
	if in := v & unix.CIBAUD; in != 0 {
		c.Const(in>>unix.IBSHIFT, xlat.TermSpeeds)
		c.RawText("<<IBSHIFT|")
	}
	c.Const(v&unix.CSIZE, xlat.TermCsize)
	c.RawText("|")
	c.Flags(v&^(unix.CBAUD|unix.CIBAUD|unix.CSIZE), xlat.TermCflags)
	c.End()
}

package decode

import "gostrace/internal/sysent"

// DecodeEntryRaw is DecodeEntry for a call selected by -e raw=: strace
// prints its arguments undecoded, each register in hex, and its return
// value in hex ("read(0x3, 0x7ffc..., 0x340) = 0x340"); a call that never
// returns still ends with "= ?".
func (c *Call) DecodeEntryRaw() {
	c.Raw = true
	c.RetKind = RetHex
	if For(c.Nr).Ret == RetUnknown {
		c.RetKind = RetUnknown
	}
	n := 6
	if e := sysent.Lookup(c.Nr); e != nil {
		n = e.NArgs
	}
	for i := 0; i < n; i++ {
		c.Hex(c.Args[i])
	}
	c.More = false
	c.EntryEnd = len(c.toks)
}

// DecodeExitRaw records the return value of a raw call, decoding nothing.
func (c *Call) DecodeExitRaw(rval int64, isError bool) {
	c.Rval = rval
	c.Exited = true
	if isError {
		c.Errno = int(-rval)
	}
}

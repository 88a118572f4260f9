package decode

import "gostrace/internal/sysent"

// Decoder decodes one syscall. Entry appends the arguments strace prints
// at entry and reports whether more follow at exit; Exit (called only then)
// appends the rest and chooses how the return value prints.
type Decoder struct {
	Entry func(c *Call) (more bool)
	Exit  func(c *Call)
	// Result, when set, runs at exit after Exit (whether or not Exit runs)
	// and appends only what follows the return value, after BeginRet:
	// poll's "(Timeout)". Unlike Exit it adds no argument, so an entry
	// that returns false keeps its line closed ("poll(..., 0) = 0 (Timeout)").
	Result func(c *Call)
	Ret    RetKind // how the return value prints, unless Exit says otherwise
}

// The decoders by syscall number, filled by the init functions' register
// calls: a fixed array (zeroed memory) rather than a map by name, which
// grew and copied itself through 370 registrations at every start-up
// (50 KB and a tenth of a millisecond).
var (
	byNr       [sysent.Size]Decoder
	registered [sysent.Size]bool
	// elsewhere: decoders of names this architecture's table lacks, kept
	// for Decoded only.
	foreign map[string]bool
)

// register installs the decoder of one or more syscalls.
func register(d Decoder, names ...string) {
	for _, n := range names {
		if nr, ok := sysent.Number(n); ok {
			byNr[nr], registered[nr] = d, true
			continue
		}
		if foreign == nil {
			foreign = map[string]bool{}
		}
		foreign[n] = true
	}
}

// For returns the decoder of syscall nr: its own, or the generic one that
// prints each argument in hex, as strace prints a call it does not decode.
func For(nr int) *Decoder {
	if nr >= 0 && nr < len(byNr) && registered[nr] {
		return &byNr[nr]
	}
	return &generic
}

// Decoded reports whether a syscall has a decoder of its own.
func Decoded(name string) bool {
	if nr, ok := sysent.Number(name); ok {
		return registered[nr]
	}
	return foreign[name]
}

var generic = Decoder{Entry: func(c *Call) bool {
	n := 6
	if e := sysent.Lookup(c.Nr); e != nil {
		n = e.NArgs
	}
	for i := 0; i < n; i++ {
		c.Hex(c.Args[i])
	}
	return false
}}

// Decode runs the entry side of c's decoder.
func (c *Call) DecodeEntry() {
	d := For(c.Nr)
	c.RetKind = d.Ret
	c.More = d.Entry(c)
	c.EntryEnd = len(c.toks)
}

// DecodeExit records the return value and runs the exit side.
func (c *Call) DecodeExit(rval int64, isError bool) {
	c.Rval = rval
	c.Exited = true
	if isError {
		c.Errno = int(-rval)
	}
	d := For(c.Nr)
	if c.More && d.Exit != nil {
		d.Exit(c)
	}
	if d.Result != nil {
		d.Result(c)
	}
	if c.RetKind == RetFd && c.Errno == 0 && c.Rval >= 0 && c.opt != nil && c.opt.FdPath != nil {
		off := len(c.arena)
		c.arena = c.opt.FdPath(c.Pid, c.Rval, c.arena)
		c.retPathOff, c.retPathLen = int32(off), int32(len(c.arena)-off)
	}
}

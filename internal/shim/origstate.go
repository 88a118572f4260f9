package shim

import (
	"debug/elf"
	"encoding/binary"
	"os/signal"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

func errnoText(err error) string {
	if e, ok := err.(syscall.Errno); ok {
		return xlat.ErrnoMessage(int(e))
	}
	return err.Error()
}

// anchor is a variable of ours whose address, compared with its symbol
// table entry, gives the load bias of the binary (zero unless built PIE).
var anchor byte

// Capture returns the signal state gostrace inherited. It must be called
// first thing in main.
//
// The Go runtime has already replaced inherited SIG_IGN dispositions with
// its own handler (except for SIGHUP and SIGINT), and unblocked signals in
// the mask, by the time any Go code runs; it keeps the originals only in
// the unexported runtime.fwdSig and runtime.initSigmask, which a
// go:linkname may no longer reach. We read them through the symbol table of
// our own executable. Without a symbol table (a stripped build) we fall back
// to what is still visible: dispositions the runtime leaves alone.
func Capture() State {
	var st State
	for sig := 1; sig <= 64; sig++ {
		var old kernelSigaction
		if rtSigaction(sig, nil, &old) == nil && old.handler == sigIgn {
			st.Ignored |= 1 << (sig - 1)
		}
	}
	if signal.Ignored(syscall.SIGHUP) {
		st.Ignored |= 1 << (syscall.SIGHUP - 1)
	}
	if signal.Ignored(syscall.SIGINT) {
		st.Ignored |= 1 << (syscall.SIGINT - 1)
	}
	fwd, mask, ok := runtimeSignalState()
	if ok {
		for sig := 1; sig < len(fwd) && sig <= 64; sig++ {
			if fwd[sig] == sigIgn {
				st.Ignored |= 1 << (sig - 1)
			}
		}
		st.Mask, st.MaskKnown = mask, true
	} else {
		var m uint64
		unix.RawSyscall6(unix.SYS_RT_SIGPROCMASK, unix.SIG_SETMASK, 0,
			uintptr(unsafe.Pointer(&m)), 8, 0, 0)
		st.Mask, st.MaskKnown = m, true
	}
	return st
}

const nsig = 65 // the runtime's _NSIG on Linux

func runtimeSignalState() (fwd []uintptr, mask uint64, ok bool) {
	f, err := elf.Open("/proc/self/exe")
	if err != nil {
		return nil, 0, false
	}
	defer f.Close()
	syms, err := f.Symbols()
	if err != nil {
		return nil, 0, false
	}
	var fwdSym, maskSym, anchorSym *elf.Symbol
	for i := range syms {
		switch syms[i].Name {
		case "runtime.fwdSig":
			fwdSym = &syms[i]
		case "runtime.initSigmask":
			maskSym = &syms[i]
		case "gostrace/internal/shim.anchor":
			anchorSym = &syms[i]
		}
	}
	if fwdSym == nil || maskSym == nil || anchorSym == nil ||
		fwdSym.Size != nsig*8 || maskSym.Size != 8 {
		return nil, 0, false
	}
	base := unsafe.Pointer(&anchor)
	fwdPtr := unsafe.Add(base, int64(fwdSym.Value)-int64(anchorSym.Value))
	maskPtr := unsafe.Add(base, int64(maskSym.Value)-int64(anchorSym.Value))
	fwd = make([]uintptr, nsig)
	copy(fwd, unsafe.Slice((*uintptr)(fwdPtr), nsig))
	m := unsafe.Slice((*byte)(maskPtr), 8)
	return fwd, binary.LittleEndian.Uint64(m), true
}

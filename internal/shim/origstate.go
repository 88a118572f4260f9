package shim

import (
	"bytes"
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
	vals, ok := findSymbols(f, "runtime.fwdSig", "runtime.initSigmask", "gostrace/internal/shim.anchor")
	if !ok || vals[0].size != nsig*8 || vals[1].size != 8 {
		return nil, 0, false
	}
	fwdSym, maskSym, anchorSym := vals[0], vals[1], vals[2]
	base := unsafe.Pointer(&anchor)
	fwdPtr := unsafe.Add(base, int64(fwdSym.value)-int64(anchorSym.value))
	maskPtr := unsafe.Add(base, int64(maskSym.value)-int64(anchorSym.value))
	fwd = make([]uintptr, nsig)
	copy(fwd, unsafe.Slice((*uintptr)(fwdPtr), nsig))
	m := unsafe.Slice((*byte)(maskPtr), 8)
	return fwd, binary.LittleEndian.Uint64(m), true
}

type symbol struct{ value, size uint64 }

// findSymbols looks names up in f's symbol table. It finds the names in the
// string table first, then scans the raw 24-byte entries for those
// offsets: debug/elf's Symbols, which makes a string and a struct of every
// one of the binary's symbols, took a millisecond of each start-up (a
// quarter of gostrace's own, measured against strace on short commands).
func findSymbols(f *elf.File, names ...string) ([]symbol, bool) {
	symtab, strtab := f.Section(".symtab"), f.Section(".strtab")
	if symtab == nil || strtab == nil || f.Class != elf.ELFCLASS64 {
		return nil, false
	}
	strs, err := strtab.Data()
	if err != nil {
		return nil, false
	}
	offs := make([]uint32, len(names))
	for i, name := range names {
		// A name is preceded by the NUL that ends the one before it
		// (the table starts with a NUL too).
		j := bytes.Index(strs, []byte("\x00"+name+"\x00"))
		if j < 0 {
			return nil, false
		}
		offs[i] = uint32(j + 1)
	}
	syms, err := symtab.Data()
	if err != nil {
		return nil, false
	}
	out := make([]symbol, len(names))
	found := 0
	const entSize = 24 // Elf64_Sym: name u32, info, other u8, shndx u16, value, size u64
	for e := 0; e+entSize <= len(syms) && found < len(names); e += entSize {
		name := f.ByteOrder.Uint32(syms[e:])
		for i, off := range offs {
			if name == off && out[i] == (symbol{}) {
				out[i] = symbol{f.ByteOrder.Uint64(syms[e+8:]), f.ByteOrder.Uint64(syms[e+16:])}
				found++
			}
		}
	}
	return out, found == len(names)
}

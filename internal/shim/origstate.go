package shim

import (
	"encoding/binary"
	"errors"
	"os"
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
	img, err := mapFile("/proc/self/exe")
	if err != nil {
		return nil, 0, false
	}
	defer unix.Munmap(img)
	vals, ok := findSymbols(img, "runtime.fwdSig", "runtime.initSigmask", "gostrace/internal/shim.anchor")
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

// mapFile maps a whole file read-only: only the pages read are loaded.
func mapFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() == 0 || st.Size() != int64(int(st.Size())) {
		return nil, errors.New("empty or huge file")
	}
	return unix.Mmap(int(f.Fd()), 0, int(st.Size()), unix.PROT_READ, unix.MAP_PRIVATE)
}

type symbol struct{ value, size uint64 }

// ELF64 constants and offsets, for the little of the format read here.
const (
	shtSymtab      = 2
	shfExecinstr   = 4
	ehShoff        = 0x28 // e_shoff
	ehShentsize    = 0x3a
	ehShnum        = 0x3c
	shType         = 4
	shFlags        = 8
	shOffset       = 24
	shSize         = 32
	shLink         = 40
	elf64SymSize   = 24 // Elf64_Sym: name u32, info, other u8, shndx u16, value, size u64
	elf64ShdrSize  = 64
	elf64EhdrSize  = 64
	elfClass64     = 2
	elfDataLittle  = 1
	elfIdentClass  = 4
	elfIdentData   = 5
	elfMagicPrefix = "\x7fELF"
)

// findSymbols looks names up in the symbol table of the ELF file img, in
// one pass over its raw entries, comparing each entry's name in the string
// table with the few we want. debug/elf's Symbols, which makes a string and
// a struct of every one of the binary's symbols, took a millisecond of
// each start-up (a quarter of gostrace's own, measured against strace on
// short commands); searching the string table for each name took 0.2 ms,
// as most of the table's names start alike ("runtime."); reading the
// tables (about 350 KB) into fresh memory took another 0.4 ms, most of it
// page faults. The file is mapped instead, and the headers are read here:
// debug/elf also brought in the initialisation of its DWARF and
// decompression packages.
func findSymbols(img []byte, names ...string) ([]symbol, bool) {
	le := binary.LittleEndian
	if len(img) < elf64EhdrSize || string(img[:4]) != elfMagicPrefix ||
		img[elfIdentClass] != elfClass64 || img[elfIdentData] != elfDataLittle {
		return nil, false
	}
	shoff, shentsize, shnum := le.Uint64(img[ehShoff:]), uint64(le.Uint16(img[ehShentsize:])), uint64(le.Uint16(img[ehShnum:]))
	if shentsize != elf64ShdrSize || shoff > uint64(len(img)) || shnum > (uint64(len(img))-shoff)/shentsize {
		return nil, false
	}
	section := func(i uint64) []byte { return img[shoff+i*shentsize:][:shentsize] }
	// section's bytes, if inside the file.
	contents := func(sh []byte) ([]byte, bool) {
		off, size := le.Uint64(sh[shOffset:]), le.Uint64(sh[shSize:])
		if off > uint64(len(img)) || size > uint64(len(img))-off {
			return nil, false
		}
		return img[off:][:size], true
	}
	var syms, strs []byte
	code := make([]bool, shnum) // sections of code: their symbols are skipped
	for i := range shnum {
		sh := section(i)
		code[i] = le.Uint64(sh[shFlags:])&shfExecinstr != 0
		if le.Uint32(sh[shType:]) != shtSymtab || syms != nil {
			continue
		}
		link := uint64(le.Uint32(sh[shLink:]))
		var ok1, ok2 bool
		syms, ok1 = contents(sh)
		if link < shnum {
			strs, ok2 = contents(section(link))
		}
		if !ok1 || !ok2 {
			return nil, false
		}
	}
	if syms == nil {
		return nil, false // stripped
	}
	out := make([]symbol, len(names))
	found := 0
	// From the end: Go's linker writes the variables after the code.
	for e := len(syms)/elf64SymSize*elf64SymSize - elf64SymSize; e >= 0 && found < len(names); e -= elf64SymSize {
		if shndx := uint64(le.Uint16(syms[e+6:])); shndx < shnum && code[shndx] {
			continue
		}
		i := nameIndex(strs, le.Uint32(syms[e:]), names)
		if i >= 0 && out[i] == (symbol{}) {
			out[i] = symbol{le.Uint64(syms[e+8:]), le.Uint64(syms[e+16:])}
			found++
		}
	}
	return out, found == len(names)
}

// nameIndex returns the index in names of the NUL-terminated string at
// offset off of the string table strs, -1 if it is none of them.
func nameIndex(strs []byte, off uint32, names []string) int {
	if uint64(off) >= uint64(len(strs)) {
		return -1
	}
	s := strs[off:]
	for i, name := range names {
		if len(s) > len(name) && s[len(name)] == 0 && string(s[:len(name)]) == name {
			return i
		}
	}
	return -1
}

package shim

import (
	"encoding/binary"
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
	// Raw calls, not os.Open: an os.File would set up the runtime's
	// network poller, 40 us more of every start-up, to find that the file
	// cannot be polled.
	fd, err := unix.Open("/proc/self/exe", unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, 0, false
	}
	defer unix.Close(fd)
	vals, ok := findSymbols(fd, "runtime.fwdSig", "runtime.initSigmask", "gostrace/internal/shim.anchor")
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
	maxSections    = 1 << 12
)

// findSymbols looks names up in the symbol table of the ELF file open as
// fd, in one pass over its raw entries, comparing each entry's name in the
// string table with the few we want. Each step here replaced a slower one,
// measured on gostrace's start-up: debug/elf's Symbols, which makes a
// string and a struct of every one of the binary's symbols, took a
// millisecond; searching the string table for each name took 0.2 ms, most
// of its names starting alike ("runtime."); reading the tables (350 KB)
// into fresh memory, 0.4 ms, most of it page faults; faulting them in
// through a plain mapping, 0.1 ms. The headers are read here (debug/elf
// also brought the initialisation of its DWARF and decompression packages)
// and the two tables are mapped with MAP_POPULATE.
func findSymbols(fd int, names ...string) ([]symbol, bool) {
	le := binary.LittleEndian
	var st unix.Stat_t
	if unix.Fstat(fd, &st) != nil || st.Size < elf64EhdrSize {
		return nil, false
	}
	size := uint64(st.Size)
	read := func(off, n uint64) ([]byte, bool) {
		if off > size || n > size-off {
			return nil, false
		}
		b := make([]byte, n)
		k, err := unix.Pread(fd, b, int64(off))
		return b, err == nil && uint64(k) == n
	}
	ehdr, ok := read(0, elf64EhdrSize)
	if !ok || string(ehdr[:4]) != elfMagicPrefix || ehdr[elfIdentClass] != elfClass64 || ehdr[elfIdentData] != elfDataLittle {
		return nil, false
	}
	shoff, shentsize, shnum := le.Uint64(ehdr[ehShoff:]), uint64(le.Uint16(ehdr[ehShentsize:])), uint64(le.Uint16(ehdr[ehShnum:]))
	if shentsize != elf64ShdrSize || shnum > maxSections {
		return nil, false
	}
	shdrs, ok := read(shoff, shnum*shentsize)
	if !ok {
		return nil, false
	}
	section := func(i uint64) []byte { return shdrs[i*shentsize:][:shentsize] }
	code := make([]bool, shnum) // sections of code: their symbols are skipped
	symtab, strtab := -1, -1
	for i := range shnum {
		sh := section(i)
		code[i] = le.Uint64(sh[shFlags:])&shfExecinstr != 0
		if le.Uint32(sh[shType:]) == shtSymtab && symtab < 0 {
			symtab, strtab = int(i), int(le.Uint32(sh[shLink:]))
		}
	}
	if symtab < 0 || uint64(strtab) >= shnum {
		return nil, false // stripped
	}
	// One mapping over both tables (the linker writes them side by side).
	symOff, symSize := le.Uint64(section(uint64(symtab))[shOffset:]), le.Uint64(section(uint64(symtab))[shSize:])
	strOff, strSize := le.Uint64(section(uint64(strtab))[shOffset:]), le.Uint64(section(uint64(strtab))[shSize:])
	if symOff > size || symSize > size-symOff || strOff > size || strSize > size-strOff {
		return nil, false
	}
	lo := min(symOff, strOff) &^ uint64(os.Getpagesize()-1)
	hi := max(symOff+symSize, strOff+strSize)
	m, err := unix.Mmap(fd, int64(lo), int(hi-lo), unix.PROT_READ, unix.MAP_PRIVATE|unix.MAP_POPULATE)
	if err != nil {
		return nil, false
	}
	defer unix.Munmap(m)
	syms, strs := m[symOff-lo:][:symSize], m[strOff-lo:][:strSize]
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

package shim

//go:generate go run ../gen/shimcode

import (
	"encoding/binary"
	"errors"
	"os"
	"runtime"
	"strconv"

	"golang.org/x/sys/unix"

	"gostrace/internal/seccomp"
	"gostrace/internal/xlat"
)

// The machine-code shim. gostrace re-exec'd as the shim pays for a second
// Go runtime start and a second initialisation of every package, about
// 2.5 ms measured with perf on each traced command: more than strace's whole
// start-up. On amd64 and arm64 (the code is in zcode_*.go, generated from
// internal/gen/shimcode), gostrace instead writes a small ELF file into a
// memfd and execs that: the code is a loop over system calls, and the
// calls, with their arguments, are data built here, in the same order as
// Main and Exec make them.
//
// The shim is exec'd with the command's own argv and environment, which
// its last call, the execve, passes on from its stack.

// Layout of the data segment, as the assembly source describes it.
const (
	hdrSize  = 64 // the header's five fields, rounded up
	recSize  = 80
	fFatal   = 1
	fPrev    = 2
	fArgv    = 4
	skipUnit = 1 << 8
)

// machine is one architecture's shim: its code, where the code reads its
// data, and the numbers of the calls the shim makes.
type machine struct {
	elf  uint16 // e_machine
	code []byte
	data uint64
	nr   shimCalls
}

// shimCalls are the numbers of the calls the shim makes, on one machine.
type shimCalls struct {
	rtSigaction, rtSigprocmask, getpid, kill, seccomp, prctl,
	setgroups, setregid, setreuid, execve int
}

// machines are the architectures with a machine-code shim. The numbers are
// the kernel's (x/sys's SYS_* of each; TestMachineNumbers compares the
// running architecture's).
var machines = map[string]*machine{
	"amd64": {elf: 62, code: codeAMD64, data: dataAMD64, // EM_X86_64
		nr: shimCalls{rtSigaction: 13, rtSigprocmask: 14, getpid: 39, kill: 62, seccomp: 317,
			prctl: 157, setgroups: 116, setregid: 114, setreuid: 113, execve: 59}},
	"arm64": {elf: 183, code: codeARM64, data: dataARM64, // EM_AARCH64
		nr: shimCalls{rtSigaction: 134, rtSigprocmask: 135, getpid: 172, kill: 129, seccomp: 277,
			prctl: 167, setgroups: 159, setregid: 143, setreuid: 145, execve: 221}},
}

// The ELF file: headers and code in a read-only, executable segment at
// textAddr; the data, writable (the saved signal mask lands there), at the
// machine's data address.
const (
	textAddr  = 0x400000
	ehdrSize  = 64
	phdrSize  = 56
	numPhdrs  = 3
	codeOff   = 240 // after the headers, 16-aligned
	pageSize  = 0x1000
	elfExec   = 2
	ptLoad    = 1
	ptStack   = 0x6474e551 // PT_GNU_STACK
	pfX, pfW  = 1, 2
	pfR       = 4
	maxErrnos = 134 // Linux's errnos end at EHWPOISON (133)
)

// call is one system call of the shim.
type call struct {
	nr    int
	args  [6]uint64
	flags uint64
	msg   string // what precedes the errno's text when a fatal call fails
}

// dataSeg accumulates the data segment at addr: blobs first, records last.
type dataSeg struct {
	addr uint64
	buf  []byte
}

func (d *dataSeg) blob(b []byte) uint64 {
	for len(d.buf)%8 != 0 {
		d.buf = append(d.buf, 0)
	}
	a := d.addr + uint64(len(d.buf))
	d.buf = append(d.buf, b...)
	return a
}

func (d *dataSeg) u64s(v ...uint64) uint64 {
	b := make([]byte, 8*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint64(b[8*i:], x)
	}
	return d.blob(b)
}

func (d *dataSeg) cstring(s string) uint64 { return d.blob(append([]byte(s), 0)) }

func (d *dataSeg) put(off int, v uint64) { binary.LittleEndian.PutUint64(d.buf[off:], v) }

// nativeCalls lists the shim's system calls for st, with m's numbers.
func nativeCalls(m *machine, d *dataSeg, prog, path string, st State) ([]call, error) {
	var calls []call
	// The dispositions: what was ignored is ignored, the rest is SIG_DFL
	// (the exec already reset what gostrace handles; this resets what it
	// ignores itself, as restoreDispositions does).
	ign := d.u64s(sigIgn, 0, 0, 0) // struct sigaction: handler, flags, restorer, mask
	dfl := d.u64s(0, 0, 0, 0)
	for sig := 1; sig <= 64; sig++ {
		if sig == int(unix.SIGKILL) || sig == int(unix.SIGSTOP) {
			continue
		}
		act := dfl
		if st.Ignored&(1<<(sig-1)) != 0 {
			act = ign
		}
		calls = append(calls, call{nr: m.nr.rtSigaction, args: [6]uint64{uint64(sig), act, 0, 8}})
	}
	// SIGCONT unblocked for the handshake (see Main), the mask saved where
	// the last rt_sigprocmask takes it from when State does not know it.
	mask := d.u64s(st.Mask)
	old := mask
	if st.MaskKnown {
		old = d.u64s(0)
	}
	cont := d.u64s(1 << (unix.SIGCONT - 1))
	calls = append(calls,
		call{nr: m.nr.rtSigprocmask, args: [6]uint64{unix.SIG_UNBLOCK, cont, old, 8}},
		call{nr: m.nr.getpid},
		call{nr: m.nr.kill, args: [6]uint64{0, uint64(unix.SIGSTOP)}, flags: fPrev})
	if st.Seccomp != "" {
		if m != machines[runtime.GOARCH] {
			// seccomp.Program checks for this build's architecture.
			return nil, errors.New("a seccomp filter for another architecture")
		}
		ranges, ok := seccomp.Decode(st.Seccomp)
		if !ok {
			return nil, errors.New("bad seccomp filter")
		}
		prog := seccomp.Program(ranges)
		filter := make([]byte, 8*len(prog))
		for i, ins := range prog {
			binary.LittleEndian.PutUint16(filter[8*i:], ins.Code)
			filter[8*i+2], filter[8*i+3] = ins.Jt, ins.Jf
			binary.LittleEndian.PutUint32(filter[8*i+4:], ins.K)
		}
		fprog := d.u64s(uint64(len(prog)), d.blob(filter))
		load := [6]uint64{unix.SECCOMP_SET_MODE_FILTER, 0, fprog}
		msg := ": seccomp filter: "
		// As seccomp.Install: no_new_privs only when the kernel asks for it.
		calls = append(calls,
			call{nr: m.nr.seccomp, args: load, flags: 2 * skipUnit},
			call{nr: m.nr.prctl, args: [6]uint64{unix.PR_SET_NO_NEW_PRIVS, 1}, flags: fFatal, msg: msg},
			call{nr: m.nr.seccomp, args: load, flags: fFatal, msg: msg})
	}
	if c := st.Creds; c != nil {
		groups := make([]byte, 4*len(c.Groups)+4)
		for i, g := range c.Groups {
			binary.LittleEndian.PutUint32(groups[4*i:], uint32(g))
		}
		calls = append(calls,
			call{nr: m.nr.setgroups, args: [6]uint64{uint64(len(c.Groups)), d.blob(groups)}, flags: fFatal, msg: ": setgroups: "},
			call{nr: m.nr.setregid, args: [6]uint64{uint64(c.Gid), uint64(c.Egid)}, flags: fFatal, msg: ": setregid: "},
			call{nr: m.nr.setreuid, args: [6]uint64{uint64(c.Uid), uint64(c.Euid)}, flags: fFatal, msg: ": setreuid: "})
	}
	calls = append(calls,
		call{nr: m.nr.rtSigprocmask, args: [6]uint64{unix.SIG_SETMASK, mask, 0, 8}},
		call{nr: m.nr.execve, args: [6]uint64{d.cstring(path)}, flags: fArgv | fFatal, msg: ": exec: "})
	for i := range calls {
		if calls[i].msg != "" {
			calls[i].msg = prog + calls[i].msg
		}
	}
	return calls, nil
}

// nativeImage returns the ELF file of this architecture's machine-code
// shim that runs path with the state st; prog names gostrace in its
// messages.
func nativeImage(prog, path string, st State) ([]byte, error) {
	m := machines[runtime.GOARCH]
	if m == nil {
		return nil, errors.New("no machine-code shim for " + runtime.GOARCH)
	}
	return m.image(prog, path, st)
}

// image returns the ELF file of m's shim that runs path with st.
func (m *machine) image(prog, path string, st State) ([]byte, error) {
	d := &dataSeg{addr: m.data, buf: make([]byte, hdrSize, 16<<10)}
	calls, err := nativeCalls(m, d, prog, path, st)
	if err != nil {
		return nil, err
	}
	// The messages: errno texts ({address, length} pairs), then each
	// record's own.
	texts := make([]uint64, 2*maxErrnos)
	for e := 0; e < maxErrnos; e++ {
		msg := "Unknown error"
		if e > 0 {
			msg = xlat.ErrnoMessage(e)
		}
		texts[2*e], texts[2*e+1] = d.blob([]byte(msg)), uint64(len(msg))
	}
	errtab := d.u64s(texts...)
	newline := d.blob([]byte("\n"))
	recs := make([]uint64, 0, 10*len(calls))
	for _, c := range calls {
		var msg, msgLen uint64
		if c.msg != "" {
			msg, msgLen = d.blob([]byte(c.msg)), uint64(len(c.msg))
		}
		recs = append(recs, uint64(c.nr))
		recs = append(recs, c.args[:]...)
		recs = append(recs, c.flags, msg, msgLen)
	}
	first := d.u64s(recs...)
	d.put(0, uint64(len(calls)))
	d.put(8, errtab)
	d.put(16, maxErrnos)
	d.put(24, newline)
	d.put(32, first)
	return elfFile(m, d.buf), nil
}

// elfFile wraps m's code and data in a static ELF executable.
func elfFile(m *machine, data []byte) []byte {
	code := m.code
	dataOff := (codeOff + len(code) + pageSize - 1) &^ (pageSize - 1)
	f := make([]byte, dataOff+len(data))
	le := binary.LittleEndian
	copy(f, "\x7fELF\x02\x01\x01") // 64-bit, little-endian, version 1
	le.PutUint16(f[16:], elfExec)
	le.PutUint16(f[18:], m.elf)
	le.PutUint32(f[20:], 1)
	le.PutUint64(f[24:], textAddr+codeOff) // entry
	le.PutUint64(f[32:], ehdrSize)         // program headers
	le.PutUint16(f[52:], ehdrSize)
	le.PutUint16(f[54:], phdrSize)
	le.PutUint16(f[56:], numPhdrs)
	phdr := func(i int, typ, flags uint32, off, addr, size uint64) {
		p := f[ehdrSize+i*phdrSize:]
		le.PutUint32(p[0:], typ)
		le.PutUint32(p[4:], flags)
		le.PutUint64(p[8:], off)
		le.PutUint64(p[16:], addr)
		le.PutUint64(p[24:], addr)
		le.PutUint64(p[32:], size)
		le.PutUint64(p[40:], size)
		if typ == ptLoad {
			le.PutUint64(p[48:], pageSize)
		}
	}
	phdr(0, ptLoad, pfR|pfX, 0, textAddr, uint64(codeOff+len(code)))
	phdr(1, ptLoad, pfR|pfW, uint64(dataOff), m.data, uint64(len(data)))
	phdr(2, ptStack, pfR|pfW, 0, 0, 0)
	copy(f[codeOff:], code)
	copy(f[dataOff:], data)
	return f
}

// Self is the file that starts gostrace re-exec'd as the shim.
const Self = "/proc/self/exe"

// Launch is how to start the shim for one command: the file to exec and
// its argv (with the command's environment).
type Launch struct {
	Path string
	Argv []string
	file *os.File
}

// Native reports whether l starts the machine-code shim.
func (l *Launch) Native() bool { return l.file != nil }

// Close releases the machine-code shim's file; the shim keeps running.
func (l *Launch) Close() {
	if l.file != nil {
		l.file.Close()
		l.file = nil
	}
}

// Prepare returns how to start the shim that runs path with argv and st:
// the machine-code shim where there is one and a memfd can hold it,
// otherwise gostrace itself re-exec'd with Args. If exec'ing the
// machine-code shim fails (a kernel that refuses to exec memfds:
// vm.memfd_noexec=2), start GoShim's instead.
func Prepare(prog, path string, argv []string, st State) *Launch {
	if img, err := nativeImage(prog, path, st); err == nil {
		if f, err := memfd(img); err == nil {
			return &Launch{Path: "/proc/self/fd/" + strconv.Itoa(int(f.Fd())), Argv: argv, file: f}
		}
	}
	return GoShim(prog, path, argv, st)
}

// Start starts the shim that runs path with argv and st, with run (the
// tracer's Launch): through the machine-code shim where there is one, and
// through gostrace re-exec'd as the shim where that one could not be
// started (a kernel that refuses to exec a memfd: vm.memfd_noexec=2).
func Start(prog, path string, argv []string, st State, run func(*Launch) (int, error)) (int, error) {
	l := Prepare(prog, path, argv, st)
	native := l.Native()
	pid, err := run(l)
	l.Close()
	if err != nil && native {
		pid, err = run(GoShim(prog, path, argv, st))
	}
	return pid, err
}

// GoShim returns how to start gostrace re-exec'd as the shim.
func GoShim(prog, path string, argv []string, st State) *Launch {
	return &Launch{Path: Self, Argv: Args(prog, path, argv, st)}
}

// memfd returns a close-on-exec memfd holding img. Exec'ing it through
// /proc/self/fd works although the descriptor closes in the exec: the
// path is resolved first.
func memfd(img []byte) (*os.File, error) {
	fd, err := unix.MemfdCreate("gostrace-shim", unix.MFD_CLOEXEC|unix.MFD_EXEC)
	if err == unix.EINVAL { // before Linux 6.3, no MFD_EXEC: every memfd may be exec'd
		fd, err = unix.MemfdCreate("gostrace-shim", unix.MFD_CLOEXEC)
	}
	if err != nil {
		return nil, err
	}
	f := os.NewFile(uintptr(fd), "gostrace-shim")
	for b := img; len(b) > 0; {
		n, err := f.Write(b)
		if err != nil {
			f.Close()
			return nil, err
		}
		b = b[n:]
	}
	return f, nil
}

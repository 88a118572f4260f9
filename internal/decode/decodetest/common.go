package decodetest

import (
	"encoding/binary"
)

// CommonCalls returns the calls that dominate real traces, with their
// arguments placed in m: what a program's start-up, its file walks, its
// I/O and its event loop make over and over. Benchmarks decode and render
// them, so the figures speak for the lines a trace is made of rather than
// for the rare ones.
//
// The memory images are x86_64's (struct stat, the packed epoll_event);
// on another architecture the same bytes still decode, into other lines.
func CommonCalls(m *Memory) []Call {
	const atFdcwd = 0xffffff9c // AT_FDCWD as the 32-bit int the kernel reads
	lib := m.CString("/lib/x86_64-linux-gnu/libc.so.6")
	empty := m.CString("")

	// What a dynamic loader reads first from a library: an ELF header,
	// binary bytes that the string escaping has work to do with, cut at
	// strace's default -s 32.
	elf := make([]byte, 832)
	copy(elf, "\x7fELF\x02\x01\x01\x03")
	for i := 16; i < len(elf); i++ {
		elf[i] = byte(i * 7)
	}
	elfAddr := m.Alloc(elf)
	// What a program writes: text lines, with newlines to escape.
	line := []byte("2024-05-01T12:00:00Z GET /index.html 200 1432\n")
	text := make([]byte, 0, 832)
	for len(text) < 832 {
		text = append(text, line[:min(len(line), 832-len(text))]...)
	}
	textAddr := m.Alloc(text)

	// struct stat (x86_64, 144 bytes) of a regular file: st_mode at 24,
	// st_size at 48, the times at 72 and beyond.
	st := make([]byte, 144)
	binary.LittleEndian.PutUint64(st[0:], 2049)      // st_dev
	binary.LittleEndian.PutUint64(st[8:], 1311234)   // st_ino
	binary.LittleEndian.PutUint64(st[16:], 1)        // st_nlink
	binary.LittleEndian.PutUint32(st[24:], 0o100755) // st_mode
	binary.LittleEndian.PutUint64(st[48:], 2125328)  // st_size
	binary.LittleEndian.PutUint64(st[56:], 4096)     // st_blksize
	binary.LittleEndian.PutUint64(st[64:], 4152)     // st_blocks
	for i := 0; i < 3; i++ {
		binary.LittleEndian.PutUint64(st[72+16*i:], 1700000000)
	}
	stAddr := m.Alloc(st)

	// struct sigaction as the kernel takes it: handler, flags, restorer,
	// mask; Go's runtime installs one like it per signal at start.
	sa := make([]byte, 32)
	binary.LittleEndian.PutUint64(sa[0:], 0x46a2e0)
	binary.LittleEndian.PutUint64(sa[8:], 0x1c000004) // SA_ONSTACK|SA_RESTART|SA_SIGINFO|SA_RESTORER
	binary.LittleEndian.PutUint64(sa[16:], 0x46a420)
	binary.LittleEndian.PutUint64(sa[24:], ^uint64(0))
	saAddr := m.Alloc(sa)
	oldAddr := m.Alloc(make([]byte, 32))

	// Five struct linux_dirent64 records: ".", ".." and three files.
	var dents []byte
	for i, name := range []string{".", "..", "README.md", "main.go", "go.mod"} {
		reclen := (19 + len(name) + 1 + 7) &^ 7
		d := make([]byte, reclen)
		binary.LittleEndian.PutUint64(d[0:], uint64(1000+i))
		binary.LittleEndian.PutUint64(d[8:], uint64(i+1)<<40)
		binary.LittleEndian.PutUint16(d[16:], uint16(reclen))
		d[18] = 8 // DT_REG
		if i < 2 {
			d[18] = 4 // DT_DIR
		}
		copy(d[19:], name)
		dents = append(dents, d...)
	}
	dentsAddr := m.Alloc(dents)

	// struct clone_args as glibc's pthread_create passes it (88 bytes).
	// The kernel has written the new thread's id at parent_tid by the
	// exit, which strace shows.
	ca := make([]byte, 88)
	tid := m.Alloc(binary.LittleEndian.AppendUint32(nil, 4243))
	binary.LittleEndian.PutUint64(ca[0:], 0x3d0f00) // CLONE_VM|CLONE_FS|...|CLONE_CHILD_CLEARTID
	binary.LittleEndian.PutUint64(ca[16:], tid)     // child_tid
	binary.LittleEndian.PutUint64(ca[24:], tid)     // parent_tid
	binary.LittleEndian.PutUint64(ca[40:], 0x7f3a1c000000)
	binary.LittleEndian.PutUint64(ca[48:], 0x7fff00)
	binary.LittleEndian.PutUint64(ca[56:], 0x7f3a1c7ff6c0)
	caAddr := m.Alloc(ca)

	// One ready struct epoll_event (packed on x86_64: events, then data).
	ev := make([]byte, 12)
	binary.LittleEndian.PutUint32(ev[0:], 1) // EPOLLIN
	binary.LittleEndian.PutUint64(ev[4:], 5)
	evAddr := m.Alloc(ev)

	return []Call{
		{Name: "getppid", Rval: 1000},
		{Name: "openat", Args: [6]uint64{atFdcwd, lib, 0x80000}, Rval: 3},
		{Name: "read", Args: [6]uint64{3, elfAddr, 832}, Rval: 832},
		{Name: "write", Args: [6]uint64{1, textAddr, 832}, Rval: 832},
		{Name: "newfstatat", Args: [6]uint64{3, empty, stAddr, 0x1000}},
		{Name: "fstat", Args: [6]uint64{3, stAddr}},
		{Name: "mmap", Args: [6]uint64{0, 2125328, 1, 0x802, 3, 0}, Rval: 0x7f3a1c400000},
		{Name: "rt_sigaction", Args: [6]uint64{17, saAddr, oldAddr, 8}},
		{Name: "getdents64", Args: [6]uint64{3, dentsAddr, 32768}, Rval: int64(len(dents))},
		{Name: "clone", Args: [6]uint64{0x1200011, 0, 0, tid, 0}, Rval: 4242},
		{Name: "clone3", Args: [6]uint64{caAddr, 88}, Rval: 4243},
		{Name: "epoll_pwait", Args: [6]uint64{4, evAddr, 128, 0xffffffff, 0, 8}, Rval: 1},
	}
}

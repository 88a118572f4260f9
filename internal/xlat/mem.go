package xlat

import "golang.org/x/sys/unix"

// MmapProt are the PROT_* bits; PROT_NONE is zero.
var MmapProt = T("PROT_???",
	P(unix.PROT_NONE, "PROT_NONE"), P(unix.PROT_READ, "PROT_READ"), P(unix.PROT_WRITE, "PROT_WRITE"),
	P(unix.PROT_EXEC, "PROT_EXEC"), P(0x8, "PROT_SEM"), P(unix.PROT_GROWSDOWN, "PROT_GROWSDOWN"),
	P(unix.PROT_GROWSUP, "PROT_GROWSUP"))

// MmapType is the mapping type in the low bits of mmap's flags.
var MmapType = T("MAP_???",
	P(unix.MAP_SHARED, "MAP_SHARED"), P(unix.MAP_PRIVATE, "MAP_PRIVATE"),
	P(unix.MAP_SHARED_VALIDATE, "MAP_SHARED_VALIDATE"))

// MmapFlags are mmap's other flags, in strace's order.
var MmapFlags = T("MAP_???",
	P(unix.MAP_FIXED, "MAP_FIXED"), P(unix.MAP_ANONYMOUS, "MAP_ANONYMOUS"), P(unix.MAP_32BIT, "MAP_32BIT"),
	P(unix.MAP_GROWSDOWN, "MAP_GROWSDOWN"), P(unix.MAP_DENYWRITE, "MAP_DENYWRITE"),
	P(unix.MAP_EXECUTABLE, "MAP_EXECUTABLE"), P(unix.MAP_LOCKED, "MAP_LOCKED"),
	P(unix.MAP_NORESERVE, "MAP_NORESERVE"), P(unix.MAP_POPULATE, "MAP_POPULATE"),
	P(unix.MAP_NONBLOCK, "MAP_NONBLOCK"), P(unix.MAP_STACK, "MAP_STACK"), P(unix.MAP_HUGETLB, "MAP_HUGETLB"),
	P(unix.MAP_SYNC, "MAP_SYNC"), P(unix.MAP_FIXED_NOREPLACE, "MAP_FIXED_NOREPLACE"),
	P(0x4000000, "MAP_UNINITIALIZED"))

// MmapAll is mmap's whole flags argument: the type, then the flags.
var MmapAll = Composite(MmapType, 0xf, MmapFlags)

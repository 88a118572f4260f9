package xlat

import "golang.org/x/sys/unix"

// MmapProt are the PROT_* bits; PROT_NONE is zero.
var MmapProt = T("PROT_???",
	P(unix.PROT_NONE, "PROT_NONE"), P(unix.PROT_READ, "PROT_READ"), P(unix.PROT_WRITE, "PROT_WRITE"),
	P(unix.PROT_EXEC, "PROT_EXEC"), P(0x8, "PROT_SEM"), P(unix.PROT_GROWSDOWN, "PROT_GROWSDOWN"),
	P(unix.PROT_GROWSUP, "PROT_GROWSUP"))

// MmapType is the mapping type in the low bits of mmap's flags. strace
// names a zero type MAP_FILE.
var MmapType = T("MAP_???",
	P(0, "MAP_FILE"), P(unix.MAP_SHARED, "MAP_SHARED"), P(unix.MAP_PRIVATE, "MAP_PRIVATE"),
	P(unix.MAP_SHARED_VALIDATE, "MAP_SHARED_VALIDATE"))

// MmapFlags are mmap's other flags, in strace's order. MAP_UNINITIALIZED
// lies in the MAP_HUGE_* size field and is printed as part of it.
var MmapFlags = T("MAP_???", append(append([]Pair{
	P(unix.MAP_FIXED, "MAP_FIXED"), P(unix.MAP_ANONYMOUS, "MAP_ANONYMOUS")}, mapArchFlags...),
	P(unix.MAP_NORESERVE, "MAP_NORESERVE"), P(unix.MAP_POPULATE, "MAP_POPULATE"),
	P(unix.MAP_NONBLOCK, "MAP_NONBLOCK"), P(unix.MAP_GROWSDOWN, "MAP_GROWSDOWN"),
	P(unix.MAP_DENYWRITE, "MAP_DENYWRITE"), P(unix.MAP_EXECUTABLE, "MAP_EXECUTABLE"),
	P(unix.MAP_LOCKED, "MAP_LOCKED"), P(unix.MAP_STACK, "MAP_STACK"), P(unix.MAP_HUGETLB, "MAP_HUGETLB"),
	P(unix.MAP_SYNC, "MAP_SYNC"), P(0x4000000, "MAP_UNINITIALIZED"),
	P(unix.MAP_FIXED_NOREPLACE, "MAP_FIXED_NOREPLACE"))...)

// MmapAll is mmap's whole flags argument below the MAP_HUGE_* size field:
// the type, then the flags.
var MmapAll = Composite(MmapType, 0xf, MmapFlags)

// MapHugeShift and MapHugeMask locate the huge page size (log2) in mmap's
// flags; strace prints it as "|21<<MAP_HUGE_SHIFT".
const (
	MapHugeShift = unix.MAP_HUGE_SHIFT
	MapHugeMask  = unix.MAP_HUGE_MASK << unix.MAP_HUGE_SHIFT
)

// MremapFlags are mremap(2)'s flags.
var MremapFlags = T("MREMAP_???",
	P(unix.MREMAP_MAYMOVE, "MREMAP_MAYMOVE"), P(unix.MREMAP_FIXED, "MREMAP_FIXED"),
	P(unix.MREMAP_DONTUNMAP, "MREMAP_DONTUNMAP"))

// MadviseAdvice are madvise(2)'s advice values.
var MadviseAdvice = T("MADV_???",
	P(unix.MADV_NORMAL, "MADV_NORMAL"), P(unix.MADV_RANDOM, "MADV_RANDOM"),
	P(unix.MADV_SEQUENTIAL, "MADV_SEQUENTIAL"), P(unix.MADV_WILLNEED, "MADV_WILLNEED"),
	P(unix.MADV_DONTNEED, "MADV_DONTNEED"), P(unix.MADV_FREE, "MADV_FREE"),
	P(unix.MADV_REMOVE, "MADV_REMOVE"), P(unix.MADV_DONTFORK, "MADV_DONTFORK"),
	P(unix.MADV_DOFORK, "MADV_DOFORK"), P(unix.MADV_MERGEABLE, "MADV_MERGEABLE"),
	P(unix.MADV_UNMERGEABLE, "MADV_UNMERGEABLE"), P(unix.MADV_HUGEPAGE, "MADV_HUGEPAGE"),
	P(unix.MADV_NOHUGEPAGE, "MADV_NOHUGEPAGE"), P(unix.MADV_DONTDUMP, "MADV_DONTDUMP"),
	P(unix.MADV_DODUMP, "MADV_DODUMP"), P(unix.MADV_WIPEONFORK, "MADV_WIPEONFORK"),
	P(unix.MADV_KEEPONFORK, "MADV_KEEPONFORK"), P(unix.MADV_COLD, "MADV_COLD"),
	P(unix.MADV_PAGEOUT, "MADV_PAGEOUT"), P(unix.MADV_POPULATE_READ, "MADV_POPULATE_READ"),
	P(unix.MADV_POPULATE_WRITE, "MADV_POPULATE_WRITE"), P(unix.MADV_DONTNEED_LOCKED, "MADV_DONTNEED_LOCKED"),
	P(unix.MADV_COLLAPSE, "MADV_COLLAPSE"), P(unix.MADV_HWPOISON, "MADV_HWPOISON"),
	P(101, "MADV_SOFT_OFFLINE")).Index()

// MsyncFlags are msync(2)'s flags, in strace's order.
var MsyncFlags = T("MS_???",
	P(unix.MS_SYNC, "MS_SYNC"), P(unix.MS_ASYNC, "MS_ASYNC"), P(unix.MS_INVALIDATE, "MS_INVALIDATE"))

// MlockFlags are mlock2(2)'s flags.
var MlockFlags = T("MLOCK_???", P(unix.MLOCK_ONFAULT, "MLOCK_ONFAULT"))

// MlockallFlags are mlockall(2)'s flags.
var MlockallFlags = T("MCL_???",
	P(unix.MCL_CURRENT, "MCL_CURRENT"), P(unix.MCL_FUTURE, "MCL_FUTURE"), P(unix.MCL_ONFAULT, "MCL_ONFAULT"))

// PkeyAccess are pkey_alloc(2)'s access rights.
var PkeyAccess = T("PKEY_???",
	P(0x1, "PKEY_DISABLE_ACCESS"), P(0x2, "PKEY_DISABLE_WRITE"), P(0x4, "PKEY_DISABLE_EXECUTE")) // linux/mman.h

// MemfdSecretFlags are memfd_secret(2)'s flags; strace prints unknown bits
// without a comment.
var MemfdSecretFlags = T("", P(unix.O_CLOEXEC, "O_CLOEXEC"))

// MempolicyModes are the NUMA policy modes.
var MempolicyModes = T("MPOL_???",
	P(unix.MPOL_DEFAULT, "MPOL_DEFAULT"), P(unix.MPOL_PREFERRED, "MPOL_PREFERRED"),
	P(unix.MPOL_BIND, "MPOL_BIND"), P(unix.MPOL_INTERLEAVE, "MPOL_INTERLEAVE"),
	P(unix.MPOL_LOCAL, "MPOL_LOCAL"), P(unix.MPOL_PREFERRED_MANY, "MPOL_PREFERRED_MANY")).Index()

// mempolicyModeFlags are the flags or-ed into a policy mode.
var mempolicyModeFlags = T("MPOL_???",
	P(unix.MPOL_F_STATIC_NODES, "MPOL_F_STATIC_NODES"), P(unix.MPOL_F_RELATIVE_NODES, "MPOL_F_RELATIVE_NODES"),
	P(unix.MPOL_F_NUMA_BALANCING, "MPOL_F_NUMA_BALANCING"))

// MempolicyMode is set_mempolicy's and mbind's mode argument: a mode, then
// mode flags.
var MempolicyMode = Composite(MempolicyModes,
	^uint64(unix.MPOL_F_STATIC_NODES|unix.MPOL_F_RELATIVE_NODES|unix.MPOL_F_NUMA_BALANCING),
	mempolicyModeFlags)

// GetMempolicyFlags are get_mempolicy(2)'s flags.
var GetMempolicyFlags = T("MPOL_???",
	P(unix.MPOL_F_NODE, "MPOL_F_NODE"), P(unix.MPOL_F_ADDR, "MPOL_F_ADDR"),
	P(unix.MPOL_F_MEMS_ALLOWED, "MPOL_F_MEMS_ALLOWED"))

// MbindFlags are mbind(2)'s flags.
var MbindFlags = T("MPOL_???",
	P(unix.MPOL_MF_STRICT, "MPOL_MF_STRICT"), P(unix.MPOL_MF_MOVE, "MPOL_MF_MOVE"),
	P(unix.MPOL_MF_MOVE_ALL, "MPOL_MF_MOVE_ALL"))

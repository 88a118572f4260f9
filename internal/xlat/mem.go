package xlat

import "golang.org/x/sys/unix"

// MmapProt are the PROT_* bits; PROT_NONE is zero.
var MmapProt = &Table{Unknown: "PROT_???", Pairs: []Pair{
	{unix.PROT_NONE, "PROT_NONE"}, {unix.PROT_READ, "PROT_READ"}, {unix.PROT_WRITE, "PROT_WRITE"},
	{unix.PROT_EXEC, "PROT_EXEC"}, {0x8, "PROT_SEM"}, {unix.PROT_GROWSDOWN, "PROT_GROWSDOWN"},
	{unix.PROT_GROWSUP, "PROT_GROWSUP"}}}

// MmapType is the mapping type in the low bits of mmap's flags. strace
// names a zero type MAP_FILE.
var MmapType = &Table{Unknown: "MAP_???", Pairs: []Pair{
	{0, "MAP_FILE"}, {unix.MAP_SHARED, "MAP_SHARED"}, {unix.MAP_PRIVATE, "MAP_PRIVATE"},
	{unix.MAP_SHARED_VALIDATE, "MAP_SHARED_VALIDATE"}}}

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
var MremapFlags = &Table{Unknown: "MREMAP_???", Pairs: []Pair{
	{unix.MREMAP_MAYMOVE, "MREMAP_MAYMOVE"}, {unix.MREMAP_FIXED, "MREMAP_FIXED"},
	{unix.MREMAP_DONTUNMAP, "MREMAP_DONTUNMAP"}}}

// MadviseAdvice are madvise(2)'s advice values.
var MadviseAdvice = &Table{Unknown: "MADV_???", Pairs: []Pair{
	{unix.MADV_NORMAL, "MADV_NORMAL"}, {unix.MADV_RANDOM, "MADV_RANDOM"},
	{unix.MADV_SEQUENTIAL, "MADV_SEQUENTIAL"}, {unix.MADV_WILLNEED, "MADV_WILLNEED"},
	{unix.MADV_DONTNEED, "MADV_DONTNEED"}, {unix.MADV_FREE, "MADV_FREE"},
	{unix.MADV_REMOVE, "MADV_REMOVE"}, {unix.MADV_DONTFORK, "MADV_DONTFORK"},
	{unix.MADV_DOFORK, "MADV_DOFORK"}, {unix.MADV_MERGEABLE, "MADV_MERGEABLE"},
	{unix.MADV_UNMERGEABLE, "MADV_UNMERGEABLE"}, {unix.MADV_HUGEPAGE, "MADV_HUGEPAGE"},
	{unix.MADV_NOHUGEPAGE, "MADV_NOHUGEPAGE"}, {unix.MADV_DONTDUMP, "MADV_DONTDUMP"},
	{unix.MADV_DODUMP, "MADV_DODUMP"}, {unix.MADV_WIPEONFORK, "MADV_WIPEONFORK"},
	{unix.MADV_KEEPONFORK, "MADV_KEEPONFORK"}, {unix.MADV_COLD, "MADV_COLD"},
	{unix.MADV_PAGEOUT, "MADV_PAGEOUT"}, {unix.MADV_POPULATE_READ, "MADV_POPULATE_READ"},
	{unix.MADV_POPULATE_WRITE, "MADV_POPULATE_WRITE"}, {unix.MADV_DONTNEED_LOCKED, "MADV_DONTNEED_LOCKED"},
	{unix.MADV_COLLAPSE, "MADV_COLLAPSE"}, {unix.MADV_HWPOISON, "MADV_HWPOISON"},
	{101, "MADV_SOFT_OFFLINE"}}, wantDense: true}

// MsyncFlags are msync(2)'s flags, in strace's order.
var MsyncFlags = &Table{Unknown: "MS_???", Pairs: []Pair{
	{unix.MS_SYNC, "MS_SYNC"}, {unix.MS_ASYNC, "MS_ASYNC"}, {unix.MS_INVALIDATE, "MS_INVALIDATE"}}}

// MlockFlags are mlock2(2)'s flags.
var MlockFlags = &Table{Unknown: "MLOCK_???", Pairs: []Pair{{unix.MLOCK_ONFAULT, "MLOCK_ONFAULT"}}}

// MlockallFlags are mlockall(2)'s flags.
var MlockallFlags = &Table{Unknown: "MCL_???", Pairs: []Pair{
	{unix.MCL_CURRENT, "MCL_CURRENT"}, {unix.MCL_FUTURE, "MCL_FUTURE"}, {unix.MCL_ONFAULT, "MCL_ONFAULT"}}}

// PkeyAccess are pkey_alloc(2)'s access rights.
var PkeyAccess = &Table{Unknown: "PKEY_???", Pairs: []Pair{
	{0x1, "PKEY_DISABLE_ACCESS"}, {0x2, "PKEY_DISABLE_WRITE"}, {0x4, "PKEY_DISABLE_EXECUTE"}}} // linux/mman.h

// MemfdSecretFlags are memfd_secret(2)'s flags; strace prints unknown bits
// without a comment.
var MemfdSecretFlags = &Table{Unknown: "", Pairs: []Pair{{unix.O_CLOEXEC, "O_CLOEXEC"}}}

// MempolicyModes are the NUMA policy modes.
var MempolicyModes = &Table{Unknown: "MPOL_???", Pairs: []Pair{
	{unix.MPOL_DEFAULT, "MPOL_DEFAULT"}, {unix.MPOL_PREFERRED, "MPOL_PREFERRED"},
	{unix.MPOL_BIND, "MPOL_BIND"}, {unix.MPOL_INTERLEAVE, "MPOL_INTERLEAVE"},
	{unix.MPOL_LOCAL, "MPOL_LOCAL"}, {unix.MPOL_PREFERRED_MANY, "MPOL_PREFERRED_MANY"}}, wantDense: true}

// mempolicyModeFlags are the flags or-ed into a policy mode.
var mempolicyModeFlags = &Table{Unknown: "MPOL_???", Pairs: []Pair{
	{unix.MPOL_F_STATIC_NODES, "MPOL_F_STATIC_NODES"}, {unix.MPOL_F_RELATIVE_NODES, "MPOL_F_RELATIVE_NODES"},
	{unix.MPOL_F_NUMA_BALANCING, "MPOL_F_NUMA_BALANCING"}}}

// MempolicyMode is set_mempolicy's and mbind's mode argument: a mode, then
// mode flags.
var MempolicyMode = Composite(MempolicyModes,
	^uint64(unix.MPOL_F_STATIC_NODES|unix.MPOL_F_RELATIVE_NODES|unix.MPOL_F_NUMA_BALANCING),
	mempolicyModeFlags)

// GetMempolicyFlags are get_mempolicy(2)'s flags.
var GetMempolicyFlags = &Table{Unknown: "MPOL_???", Pairs: []Pair{
	{unix.MPOL_F_NODE, "MPOL_F_NODE"}, {unix.MPOL_F_ADDR, "MPOL_F_ADDR"},
	{unix.MPOL_F_MEMS_ALLOWED, "MPOL_F_MEMS_ALLOWED"}}}

// MbindFlags are mbind(2)'s flags.
var MbindFlags = &Table{Unknown: "MPOL_???", Pairs: []Pair{
	{unix.MPOL_MF_STRICT, "MPOL_MF_STRICT"}, {unix.MPOL_MF_MOVE, "MPOL_MF_MOVE"},
	{unix.MPOL_MF_MOVE_ALL, "MPOL_MF_MOVE_ALL"}}}

package xlat

import "golang.org/x/sys/unix"

// Tables of the calls newer than strace 6.1, as strace 7.2 prints them
// (probed with that version: gostrace decodes these calls as it does).

var (
	ShadowStackFlags = &Table{Unknown: "SHADOW_STACK_???", Pairs: []Pair{{1, "SHADOW_STACK_SET_TOKEN"}}}
	// Futex2Flags are the flags of futex_wake, futex_wait and the
	// futex_waitv entries of futex_requeue: a size in the low two bits,
	// then flags; unnamed bits print in hex without a comment.
	Futex2Flags = Composite(T("FUTEX2_SIZE_???",
		P(0, "FUTEX2_SIZE_U8"), P(1, "FUTEX2_SIZE_U16"), P(2, "FUTEX2_SIZE_U32"), P(3, "FUTEX2_SIZE_U64")),
		3, T("", P(4, "FUTEX2_NUMA"), P(8, "FUTEX2_MPOL"), P(128, "FUTEX2_PRIVATE")))
	StatmountParams = bitNames("STATMOUNT_???",
		"STATMOUNT_SB_BASIC", "STATMOUNT_MNT_BASIC", "STATMOUNT_PROPAGATE_FROM", "STATMOUNT_MNT_ROOT",
		"STATMOUNT_MNT_POINT", "STATMOUNT_FS_TYPE", "STATMOUNT_MNT_NS_ID", "STATMOUNT_MNT_OPTS",
		"STATMOUNT_FS_SUBTYPE", "STATMOUNT_SB_SOURCE", "STATMOUNT_OPT_ARRAY", "STATMOUNT_OPT_SEC_ARRAY",
		"STATMOUNT_SUPPORTED_MASK", "STATMOUNT_MNT_UIDMAP", "STATMOUNT_MNT_GIDMAP")
	StatmountFlags = &Table{Unknown: "STATMOUNT_???", Pairs: []Pair{{1, "STATMOUNT_BY_FD"}}}
	ListmountFlags = &Table{Unknown: "LISTMOUNT_???", Pairs: []Pair{{1, "LISTMOUNT_REVERSE"}}}
	LsmAttrs       = &Table{Unknown: "LSM_ATTR_???", Pairs: []Pair{
		{100, "LSM_ATTR_CURRENT"}, {101, "LSM_ATTR_EXEC"}, {102, "LSM_ATTR_FSCREATE"},
		{103, "LSM_ATTR_KEYCREATE"}, {104, "LSM_ATTR_PREV"}, {105, "LSM_ATTR_SOCKCREATE"}}}
	LsmIDs = &Table{Unknown: "LSM_ID_???", Pairs: []Pair{
		{0, "LSM_ID_UNDEF"}, {100, "LSM_ID_CAPABILITY"}, {101, "LSM_ID_SELINUX"}, {102, "LSM_ID_SMACK"},
		{103, "LSM_ID_TOMOYO"}, {104, "LSM_ID_APPARMOR"}, {105, "LSM_ID_YAMA"}, {106, "LSM_ID_LOADPIN"},
		{107, "LSM_ID_SAFESETID"}, {108, "LSM_ID_LOCKDOWN"}, {109, "LSM_ID_BPF"}, {110, "LSM_ID_LANDLOCK"},
		{111, "LSM_ID_IMA"}, {112, "LSM_ID_EVM"}, {113, "LSM_ID_IPE"}}}
	LsmFlags = &Table{Unknown: "LSM_FLAG_???", Pairs: []Pair{{1, "LSM_FLAG_SINGLE"}}}
	// MountAttrs7 is struct mount_attr's attributes as strace 7.2 names
	// them (open_tree_attr): MOUNT_ATTR__ATIME names the atime field whole.
	MountAttrs7 = &Table{Unknown: "MOUNT_ATTR_???", Pairs: []Pair{
		{unix.MOUNT_ATTR_RDONLY, "MOUNT_ATTR_RDONLY"}, {unix.MOUNT_ATTR_NOSUID, "MOUNT_ATTR_NOSUID"},
		{unix.MOUNT_ATTR_NODEV, "MOUNT_ATTR_NODEV"}, {unix.MOUNT_ATTR_NOEXEC, "MOUNT_ATTR_NOEXEC"},
		{unix.MOUNT_ATTR__ATIME, "MOUNT_ATTR__ATIME"},
		{unix.MOUNT_ATTR_NOATIME, "MOUNT_ATTR_NOATIME"}, {unix.MOUNT_ATTR_STRICTATIME, "MOUNT_ATTR_STRICTATIME"},
		{unix.MOUNT_ATTR_NODIRATIME, "MOUNT_ATTR_NODIRATIME"}, {unix.MOUNT_ATTR_IDMAP, "MOUNT_ATTR_IDMAP"},
		{unix.MOUNT_ATTR_NOSYMFOLLOW, "MOUNT_ATTR_NOSYMFOLLOW"}}}
	FsXflags = &Table{Unknown: "FS_XFLAG_???", Pairs: []Pair{
		{0x1, "FS_XFLAG_REALTIME"}, {0x2, "FS_XFLAG_PREALLOC"}, {0x8, "FS_XFLAG_IMMUTABLE"},
		{0x10, "FS_XFLAG_APPEND"}, {0x20, "FS_XFLAG_SYNC"}, {0x40, "FS_XFLAG_NOATIME"},
		{0x80, "FS_XFLAG_NODUMP"}, {0x100, "FS_XFLAG_RTINHERIT"}, {0x200, "FS_XFLAG_PROJINHERIT"},
		{0x400, "FS_XFLAG_NOSYMLINKS"}, {0x800, "FS_XFLAG_EXTSIZE"}, {0x1000, "FS_XFLAG_EXTSZINHERIT"},
		{0x2000, "FS_XFLAG_NODEFRAG"}, {0x4000, "FS_XFLAG_FILESTREAM"}, {0x8000, "FS_XFLAG_DAX"},
		{0x10000, "FS_XFLAG_COWEXTSIZE"}, {0x20000, "FS_XFLAG_VERITY"}, {0x80000000, "FS_XFLAG_HASATTR"},
		{0x40000, "FS_XFLAG_CASEFOLD"}, {0x80000, "FS_XFLAG_CASENONPRESERVING"}}}
)

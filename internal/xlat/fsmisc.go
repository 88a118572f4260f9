package xlat

import "golang.org/x/sys/unix"

// FadviseAdvice are fadvise64's POSIX_FADV_* advices.
var FadviseAdvice = &Table{Unknown: "POSIX_FADV_???", Pairs: []Pair{
	{unix.FADV_NORMAL, "POSIX_FADV_NORMAL"}, {unix.FADV_RANDOM, "POSIX_FADV_RANDOM"},
	{unix.FADV_SEQUENTIAL, "POSIX_FADV_SEQUENTIAL"}, {unix.FADV_WILLNEED, "POSIX_FADV_WILLNEED"},
	{unix.FADV_DONTNEED, "POSIX_FADV_DONTNEED"}, {unix.FADV_NOREUSE, "POSIX_FADV_NOREUSE"}}}

// FallocFlags are fallocate's modes, as strace 6.1 knows them.
var FallocFlags = &Table{Unknown: "FALLOC_FL_???", Pairs: []Pair{
	{unix.FALLOC_FL_KEEP_SIZE, "FALLOC_FL_KEEP_SIZE"}, {unix.FALLOC_FL_PUNCH_HOLE, "FALLOC_FL_PUNCH_HOLE"},
	{unix.FALLOC_FL_NO_HIDE_STALE, "FALLOC_FL_NO_HIDE_STALE"},
	{unix.FALLOC_FL_COLLAPSE_RANGE, "FALLOC_FL_COLLAPSE_RANGE"},
	{unix.FALLOC_FL_ZERO_RANGE, "FALLOC_FL_ZERO_RANGE"}, {unix.FALLOC_FL_INSERT_RANGE, "FALLOC_FL_INSERT_RANGE"},
	{unix.FALLOC_FL_UNSHARE_RANGE, "FALLOC_FL_UNSHARE_RANGE"}}}

// RenameFlags are renameat2's flags (strace's unknown marker has two '?').
var RenameFlags = &Table{Unknown: "RENAME_??", Pairs: []Pair{
	{unix.RENAME_NOREPLACE, "RENAME_NOREPLACE"}, {unix.RENAME_EXCHANGE, "RENAME_EXCHANGE"},
	{unix.RENAME_WHITEOUT, "RENAME_WHITEOUT"}}}

// XattrFlags are setxattr's flags.
var XattrFlags = &Table{Unknown: "XATTR_???", Pairs: []Pair{
	{unix.XATTR_CREATE, "XATTR_CREATE"}, {unix.XATTR_REPLACE, "XATTR_REPLACE"}}}

// MemfdFlags are memfd_create's flags below the huge page size field, as
// strace 6.1 knows them.
var MemfdFlags = &Table{Unknown: "MFD_???", Pairs: []Pair{
	{unix.MFD_CLOEXEC, "MFD_CLOEXEC"}, {unix.MFD_ALLOW_SEALING, "MFD_ALLOW_SEALING"},
	{unix.MFD_HUGETLB, "MFD_HUGETLB"}}}

// MountFlags are mount's MS_* flags.
var MountFlags = &Table{Unknown: "MS_???", Pairs: []Pair{
	{unix.MS_RDONLY, "MS_RDONLY"}, {unix.MS_NOSUID, "MS_NOSUID"}, {unix.MS_NODEV, "MS_NODEV"},
	{unix.MS_NOEXEC, "MS_NOEXEC"}, {unix.MS_SYNCHRONOUS, "MS_SYNCHRONOUS"}, {unix.MS_REMOUNT, "MS_REMOUNT"},
	{unix.MS_MANDLOCK, "MS_MANDLOCK"}, {unix.MS_DIRSYNC, "MS_DIRSYNC"}, {unix.MS_NOSYMFOLLOW, "MS_NOSYMFOLLOW"},
	{unix.MS_NOATIME, "MS_NOATIME"}, {unix.MS_NODIRATIME, "MS_NODIRATIME"}, {unix.MS_BIND, "MS_BIND"},
	{unix.MS_MOVE, "MS_MOVE"}, {unix.MS_REC, "MS_REC"}, {unix.MS_SILENT, "MS_SILENT"},
	{unix.MS_POSIXACL, "MS_POSIXACL"}, {unix.MS_UNBINDABLE, "MS_UNBINDABLE"}, {unix.MS_PRIVATE, "MS_PRIVATE"},
	{unix.MS_SLAVE, "MS_SLAVE"}, {unix.MS_SHARED, "MS_SHARED"}, {unix.MS_RELATIME, "MS_RELATIME"},
	{unix.MS_KERNMOUNT, "MS_KERNMOUNT"}, {unix.MS_I_VERSION, "MS_I_VERSION"},
	{unix.MS_STRICTATIME, "MS_STRICTATIME"}, {unix.MS_LAZYTIME, "MS_LAZYTIME"},
	{unix.MS_SUBMOUNT, "MS_SUBMOUNT"}, {unix.MS_NOREMOTELOCK, "MS_NOREMOTELOCK"},
	{unix.MS_NOSEC, "MS_NOSEC"}, {unix.MS_BORN, "MS_BORN"}, {unix.MS_ACTIVE, "MS_ACTIVE"},
	{unix.MS_NOUSER, "MS_NOUSER"}}}

// UmountFlags are umount2's flags.
var UmountFlags = &Table{Unknown: "MNT_???", Pairs: []Pair{
	{unix.MNT_FORCE, "MNT_FORCE"}, {unix.MNT_DETACH, "MNT_DETACH"}, {unix.MNT_EXPIRE, "MNT_EXPIRE"},
	{unix.UMOUNT_NOFOLLOW, "UMOUNT_NOFOLLOW"}}}

// InotifyMask are inotify_add_watch's events and flags.
var InotifyMask = &Table{Unknown: "IN_???", Pairs: []Pair{
	{unix.IN_ACCESS, "IN_ACCESS"}, {unix.IN_MODIFY, "IN_MODIFY"}, {unix.IN_ATTRIB, "IN_ATTRIB"},
	{unix.IN_CLOSE_WRITE, "IN_CLOSE_WRITE"}, {unix.IN_CLOSE_NOWRITE, "IN_CLOSE_NOWRITE"},
	{unix.IN_OPEN, "IN_OPEN"}, {unix.IN_MOVED_FROM, "IN_MOVED_FROM"}, {unix.IN_MOVED_TO, "IN_MOVED_TO"},
	{unix.IN_CREATE, "IN_CREATE"}, {unix.IN_DELETE, "IN_DELETE"}, {unix.IN_DELETE_SELF, "IN_DELETE_SELF"},
	{unix.IN_MOVE_SELF, "IN_MOVE_SELF"}, {unix.IN_UNMOUNT, "IN_UNMOUNT"}, {unix.IN_Q_OVERFLOW, "IN_Q_OVERFLOW"},
	{unix.IN_IGNORED, "IN_IGNORED"}, {unix.IN_ONLYDIR, "IN_ONLYDIR"}, {unix.IN_DONT_FOLLOW, "IN_DONT_FOLLOW"},
	{unix.IN_EXCL_UNLINK, "IN_EXCL_UNLINK"}, {unix.IN_MASK_CREATE, "IN_MASK_CREATE"},
	{unix.IN_MASK_ADD, "IN_MASK_ADD"}, {unix.IN_ISDIR, "IN_ISDIR"}, {unix.IN_ONESHOT, "IN_ONESHOT"}}}

// InotifyInitFlags are inotify_init1's flags.
var InotifyInitFlags = &Table{Unknown: "IN_???", Pairs: []Pair{{unix.IN_NONBLOCK, "IN_NONBLOCK"}, {unix.IN_CLOEXEC, "IN_CLOEXEC"}}}

// FanClasses are the notification classes in fanotify_init's flags.
var FanClasses = &Table{Unknown: "FAN_CLASS_???", Pairs: []Pair{
	{unix.FAN_CLASS_NOTIF, "FAN_CLASS_NOTIF"}, {unix.FAN_CLASS_CONTENT, "FAN_CLASS_CONTENT"},
	{unix.FAN_CLASS_PRE_CONTENT, "FAN_CLASS_PRE_CONTENT"}}}

// FanInit is fanotify_init's whole flags argument: the class, then flags
// (as strace 6.1 knows them).
var FanInit = Composite(FanClasses, 0xc, T("FAN_???",
	P(unix.FAN_CLOEXEC, "FAN_CLOEXEC"), P(unix.FAN_NONBLOCK, "FAN_NONBLOCK"),
	P(unix.FAN_UNLIMITED_QUEUE, "FAN_UNLIMITED_QUEUE"), P(unix.FAN_UNLIMITED_MARKS, "FAN_UNLIMITED_MARKS"),
	P(unix.FAN_ENABLE_AUDIT, "FAN_ENABLE_AUDIT"), P(unix.FAN_REPORT_PIDFD, "FAN_REPORT_PIDFD"),
	P(unix.FAN_REPORT_TID, "FAN_REPORT_TID"), P(unix.FAN_REPORT_FID, "FAN_REPORT_FID"),
	P(unix.FAN_REPORT_DIR_FID, "FAN_REPORT_DIR_FID"), P(unix.FAN_REPORT_NAME, "FAN_REPORT_NAME"),
	P(unix.FAN_REPORT_TARGET_FID, "FAN_REPORT_TARGET_FID")))

// FanMarkFlags are fanotify_mark's flags, in strace 6.1's order.
var FanMarkFlags = &Table{Unknown: "FAN_MARK_???", Pairs: []Pair{
	{unix.FAN_MARK_ADD, "FAN_MARK_ADD"}, {unix.FAN_MARK_REMOVE, "FAN_MARK_REMOVE"},
	{unix.FAN_MARK_DONT_FOLLOW, "FAN_MARK_DONT_FOLLOW"}, {unix.FAN_MARK_ONLYDIR, "FAN_MARK_ONLYDIR"},
	{unix.FAN_MARK_MOUNT, "FAN_MARK_MOUNT"}, {unix.FAN_MARK_IGNORED_MASK, "FAN_MARK_IGNORED_MASK"},
	{unix.FAN_MARK_IGNORED_SURV_MODIFY, "FAN_MARK_IGNORED_SURV_MODIFY"},
	{unix.FAN_MARK_FLUSH, "FAN_MARK_FLUSH"}, {unix.FAN_MARK_FILESYSTEM, "FAN_MARK_FILESYSTEM"},
	{unix.FAN_MARK_EVICTABLE, "FAN_MARK_EVICTABLE"}, {unix.FAN_MARK_IGNORE, "FAN_MARK_IGNORE"}}}

// FanEvents are fanotify_mark's event mask, in strace 6.1's order.
var FanEvents = &Table{Unknown: "FAN_???", Pairs: []Pair{
	{unix.FAN_ACCESS, "FAN_ACCESS"}, {unix.FAN_MODIFY, "FAN_MODIFY"}, {unix.FAN_ATTRIB, "FAN_ATTRIB"},
	{unix.FAN_CLOSE_WRITE, "FAN_CLOSE_WRITE"}, {unix.FAN_CLOSE_NOWRITE, "FAN_CLOSE_NOWRITE"},
	{unix.FAN_OPEN, "FAN_OPEN"}, {unix.FAN_MOVED_FROM, "FAN_MOVED_FROM"}, {unix.FAN_MOVED_TO, "FAN_MOVED_TO"},
	{unix.FAN_CREATE, "FAN_CREATE"}, {unix.FAN_DELETE, "FAN_DELETE"}, {unix.FAN_DELETE_SELF, "FAN_DELETE_SELF"},
	{unix.FAN_MOVE_SELF, "FAN_MOVE_SELF"}, {unix.FAN_OPEN_EXEC, "FAN_OPEN_EXEC"},
	{unix.FAN_Q_OVERFLOW, "FAN_Q_OVERFLOW"}, {unix.FAN_FS_ERROR, "FAN_FS_ERROR"},
	{unix.FAN_OPEN_PERM, "FAN_OPEN_PERM"}, {unix.FAN_ACCESS_PERM, "FAN_ACCESS_PERM"},
	{unix.FAN_OPEN_EXEC_PERM, "FAN_OPEN_EXEC_PERM"}, {0x80000, "FAN_DIR_MODIFY"}, // not in x/sys
	{unix.FAN_ONDIR, "FAN_ONDIR"}, {unix.FAN_EVENT_ON_CHILD, "FAN_EVENT_ON_CHILD"},
	{unix.FAN_RENAME, "FAN_RENAME"}}}

// SyncFileRangeFlags are sync_file_range's flags.
var SyncFileRangeFlags = &Table{Unknown: "SYNC_FILE_RANGE_???", Pairs: []Pair{
	{unix.SYNC_FILE_RANGE_WAIT_BEFORE, "SYNC_FILE_RANGE_WAIT_BEFORE"},
	{unix.SYNC_FILE_RANGE_WRITE, "SYNC_FILE_RANGE_WRITE"},
	{unix.SYNC_FILE_RANGE_WAIT_AFTER, "SYNC_FILE_RANGE_WAIT_AFTER"}}}

// CloseRangeFlags are close_range's flags.
var CloseRangeFlags = &Table{Unknown: "CLOSE_RANGE_???", Pairs: []Pair{
	{unix.CLOSE_RANGE_UNSHARE, "CLOSE_RANGE_UNSHARE"}, {unix.CLOSE_RANGE_CLOEXEC, "CLOSE_RANGE_CLOEXEC"}}}

// ResolveFlags are struct open_how's resolve flags.
var ResolveFlags = &Table{Unknown: "RESOLVE_???", Pairs: []Pair{
	{unix.RESOLVE_NO_XDEV, "RESOLVE_NO_XDEV"}, {unix.RESOLVE_NO_MAGICLINKS, "RESOLVE_NO_MAGICLINKS"},
	{unix.RESOLVE_NO_SYMLINKS, "RESOLVE_NO_SYMLINKS"}, {unix.RESOLVE_BENEATH, "RESOLVE_BENEATH"},
	{unix.RESOLVE_IN_ROOT, "RESOLVE_IN_ROOT"},
	{0x20, "RESOLVE_CACHED"}}} // not in x/sys

// SpliceFlags are the SPLICE_F_* flags of splice, tee and vmsplice.
var SpliceFlags = &Table{Unknown: "SPLICE_F_???", Pairs: []Pair{
	{unix.SPLICE_F_MOVE, "SPLICE_F_MOVE"}, {unix.SPLICE_F_NONBLOCK, "SPLICE_F_NONBLOCK"},
	{unix.SPLICE_F_MORE, "SPLICE_F_MORE"}, {unix.SPLICE_F_GIFT, "SPLICE_F_GIFT"}}}

// RWFFlags are preadv2/pwritev2's flags, as strace 6.1 knows them.
var RWFFlags = &Table{Unknown: "RWF_???", Pairs: []Pair{
	{unix.RWF_HIPRI, "RWF_HIPRI"}, {unix.RWF_DSYNC, "RWF_DSYNC"}, {unix.RWF_SYNC, "RWF_SYNC"},
	{unix.RWF_NOWAIT, "RWF_NOWAIT"}, {unix.RWF_APPEND, "RWF_APPEND"}}}

// DirentTypes are the DT_* values of a directory entry's d_type.
var DirentTypes = &Table{Unknown: "DT_???", Pairs: []Pair{
	{unix.DT_UNKNOWN, "DT_UNKNOWN"}, {unix.DT_FIFO, "DT_FIFO"}, {unix.DT_CHR, "DT_CHR"},
	{unix.DT_DIR, "DT_DIR"}, {unix.DT_BLK, "DT_BLK"}, {unix.DT_REG, "DT_REG"}, {unix.DT_LNK, "DT_LNK"},
	{unix.DT_SOCK, "DT_SOCK"}, {unix.DT_WHT, "DT_WHT"}}, wantDense: true}

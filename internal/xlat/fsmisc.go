package xlat

import "golang.org/x/sys/unix"

// FadviseAdvice are fadvise64's POSIX_FADV_* advices.
var FadviseAdvice = T("POSIX_FADV_???",
	P(unix.FADV_NORMAL, "POSIX_FADV_NORMAL"), P(unix.FADV_RANDOM, "POSIX_FADV_RANDOM"),
	P(unix.FADV_SEQUENTIAL, "POSIX_FADV_SEQUENTIAL"), P(unix.FADV_WILLNEED, "POSIX_FADV_WILLNEED"),
	P(unix.FADV_DONTNEED, "POSIX_FADV_DONTNEED"), P(unix.FADV_NOREUSE, "POSIX_FADV_NOREUSE"))

// FallocFlags are fallocate's modes, as strace 6.1 knows them.
var FallocFlags = T("FALLOC_FL_???",
	P(unix.FALLOC_FL_KEEP_SIZE, "FALLOC_FL_KEEP_SIZE"), P(unix.FALLOC_FL_PUNCH_HOLE, "FALLOC_FL_PUNCH_HOLE"),
	P(unix.FALLOC_FL_NO_HIDE_STALE, "FALLOC_FL_NO_HIDE_STALE"),
	P(unix.FALLOC_FL_COLLAPSE_RANGE, "FALLOC_FL_COLLAPSE_RANGE"),
	P(unix.FALLOC_FL_ZERO_RANGE, "FALLOC_FL_ZERO_RANGE"), P(unix.FALLOC_FL_INSERT_RANGE, "FALLOC_FL_INSERT_RANGE"),
	P(unix.FALLOC_FL_UNSHARE_RANGE, "FALLOC_FL_UNSHARE_RANGE"))

// RenameFlags are renameat2's flags (strace's unknown marker has two '?').
var RenameFlags = T("RENAME_??",
	P(unix.RENAME_NOREPLACE, "RENAME_NOREPLACE"), P(unix.RENAME_EXCHANGE, "RENAME_EXCHANGE"),
	P(unix.RENAME_WHITEOUT, "RENAME_WHITEOUT"))

// XattrFlags are setxattr's flags.
var XattrFlags = T("XATTR_???",
	P(unix.XATTR_CREATE, "XATTR_CREATE"), P(unix.XATTR_REPLACE, "XATTR_REPLACE"))

// MemfdFlags are memfd_create's flags below the huge page size field, as
// strace 6.1 knows them.
var MemfdFlags = T("MFD_???",
	P(unix.MFD_CLOEXEC, "MFD_CLOEXEC"), P(unix.MFD_ALLOW_SEALING, "MFD_ALLOW_SEALING"),
	P(unix.MFD_HUGETLB, "MFD_HUGETLB"))

// MountFlags are mount's MS_* flags.
var MountFlags = T("MS_???",
	P(unix.MS_RDONLY, "MS_RDONLY"), P(unix.MS_NOSUID, "MS_NOSUID"), P(unix.MS_NODEV, "MS_NODEV"),
	P(unix.MS_NOEXEC, "MS_NOEXEC"), P(unix.MS_SYNCHRONOUS, "MS_SYNCHRONOUS"), P(unix.MS_REMOUNT, "MS_REMOUNT"),
	P(unix.MS_MANDLOCK, "MS_MANDLOCK"), P(unix.MS_DIRSYNC, "MS_DIRSYNC"), P(unix.MS_NOSYMFOLLOW, "MS_NOSYMFOLLOW"),
	P(unix.MS_NOATIME, "MS_NOATIME"), P(unix.MS_NODIRATIME, "MS_NODIRATIME"), P(unix.MS_BIND, "MS_BIND"),
	P(unix.MS_MOVE, "MS_MOVE"), P(unix.MS_REC, "MS_REC"), P(unix.MS_SILENT, "MS_SILENT"),
	P(unix.MS_POSIXACL, "MS_POSIXACL"), P(unix.MS_UNBINDABLE, "MS_UNBINDABLE"), P(unix.MS_PRIVATE, "MS_PRIVATE"),
	P(unix.MS_SLAVE, "MS_SLAVE"), P(unix.MS_SHARED, "MS_SHARED"), P(unix.MS_RELATIME, "MS_RELATIME"),
	P(unix.MS_KERNMOUNT, "MS_KERNMOUNT"), P(unix.MS_I_VERSION, "MS_I_VERSION"),
	P(unix.MS_STRICTATIME, "MS_STRICTATIME"), P(unix.MS_LAZYTIME, "MS_LAZYTIME"),
	P(unix.MS_SUBMOUNT, "MS_SUBMOUNT"), P(unix.MS_NOREMOTELOCK, "MS_NOREMOTELOCK"),
	P(unix.MS_NOSEC, "MS_NOSEC"), P(unix.MS_BORN, "MS_BORN"), P(unix.MS_ACTIVE, "MS_ACTIVE"),
	P(unix.MS_NOUSER, "MS_NOUSER"))

// UmountFlags are umount2's flags.
var UmountFlags = T("MNT_???",
	P(unix.MNT_FORCE, "MNT_FORCE"), P(unix.MNT_DETACH, "MNT_DETACH"), P(unix.MNT_EXPIRE, "MNT_EXPIRE"),
	P(unix.UMOUNT_NOFOLLOW, "UMOUNT_NOFOLLOW"))

// InotifyMask are inotify_add_watch's events and flags.
var InotifyMask = T("IN_???",
	P(unix.IN_ACCESS, "IN_ACCESS"), P(unix.IN_MODIFY, "IN_MODIFY"), P(unix.IN_ATTRIB, "IN_ATTRIB"),
	P(unix.IN_CLOSE_WRITE, "IN_CLOSE_WRITE"), P(unix.IN_CLOSE_NOWRITE, "IN_CLOSE_NOWRITE"),
	P(unix.IN_OPEN, "IN_OPEN"), P(unix.IN_MOVED_FROM, "IN_MOVED_FROM"), P(unix.IN_MOVED_TO, "IN_MOVED_TO"),
	P(unix.IN_CREATE, "IN_CREATE"), P(unix.IN_DELETE, "IN_DELETE"), P(unix.IN_DELETE_SELF, "IN_DELETE_SELF"),
	P(unix.IN_MOVE_SELF, "IN_MOVE_SELF"), P(unix.IN_UNMOUNT, "IN_UNMOUNT"), P(unix.IN_Q_OVERFLOW, "IN_Q_OVERFLOW"),
	P(unix.IN_IGNORED, "IN_IGNORED"), P(unix.IN_ONLYDIR, "IN_ONLYDIR"), P(unix.IN_DONT_FOLLOW, "IN_DONT_FOLLOW"),
	P(unix.IN_EXCL_UNLINK, "IN_EXCL_UNLINK"), P(unix.IN_MASK_CREATE, "IN_MASK_CREATE"),
	P(unix.IN_MASK_ADD, "IN_MASK_ADD"), P(unix.IN_ISDIR, "IN_ISDIR"), P(unix.IN_ONESHOT, "IN_ONESHOT"))

// InotifyInitFlags are inotify_init1's flags.
var InotifyInitFlags = T("IN_???", P(unix.IN_NONBLOCK, "IN_NONBLOCK"), P(unix.IN_CLOEXEC, "IN_CLOEXEC"))

// FanClasses are the notification classes in fanotify_init's flags.
var FanClasses = T("FAN_CLASS_???",
	P(unix.FAN_CLASS_NOTIF, "FAN_CLASS_NOTIF"), P(unix.FAN_CLASS_CONTENT, "FAN_CLASS_CONTENT"),
	P(unix.FAN_CLASS_PRE_CONTENT, "FAN_CLASS_PRE_CONTENT"))

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
var FanMarkFlags = T("FAN_MARK_???",
	P(unix.FAN_MARK_ADD, "FAN_MARK_ADD"), P(unix.FAN_MARK_REMOVE, "FAN_MARK_REMOVE"),
	P(unix.FAN_MARK_DONT_FOLLOW, "FAN_MARK_DONT_FOLLOW"), P(unix.FAN_MARK_ONLYDIR, "FAN_MARK_ONLYDIR"),
	P(unix.FAN_MARK_MOUNT, "FAN_MARK_MOUNT"), P(unix.FAN_MARK_IGNORED_MASK, "FAN_MARK_IGNORED_MASK"),
	P(unix.FAN_MARK_IGNORED_SURV_MODIFY, "FAN_MARK_IGNORED_SURV_MODIFY"),
	P(unix.FAN_MARK_FLUSH, "FAN_MARK_FLUSH"), P(unix.FAN_MARK_FILESYSTEM, "FAN_MARK_FILESYSTEM"),
	P(unix.FAN_MARK_EVICTABLE, "FAN_MARK_EVICTABLE"), P(unix.FAN_MARK_IGNORE, "FAN_MARK_IGNORE"))

// FanEvents are fanotify_mark's event mask, in strace 6.1's order.
var FanEvents = T("FAN_???",
	P(unix.FAN_ACCESS, "FAN_ACCESS"), P(unix.FAN_MODIFY, "FAN_MODIFY"), P(unix.FAN_ATTRIB, "FAN_ATTRIB"),
	P(unix.FAN_CLOSE_WRITE, "FAN_CLOSE_WRITE"), P(unix.FAN_CLOSE_NOWRITE, "FAN_CLOSE_NOWRITE"),
	P(unix.FAN_OPEN, "FAN_OPEN"), P(unix.FAN_MOVED_FROM, "FAN_MOVED_FROM"), P(unix.FAN_MOVED_TO, "FAN_MOVED_TO"),
	P(unix.FAN_CREATE, "FAN_CREATE"), P(unix.FAN_DELETE, "FAN_DELETE"), P(unix.FAN_DELETE_SELF, "FAN_DELETE_SELF"),
	P(unix.FAN_MOVE_SELF, "FAN_MOVE_SELF"), P(unix.FAN_OPEN_EXEC, "FAN_OPEN_EXEC"),
	P(unix.FAN_Q_OVERFLOW, "FAN_Q_OVERFLOW"), P(unix.FAN_FS_ERROR, "FAN_FS_ERROR"),
	P(unix.FAN_OPEN_PERM, "FAN_OPEN_PERM"), P(unix.FAN_ACCESS_PERM, "FAN_ACCESS_PERM"),
	P(unix.FAN_OPEN_EXEC_PERM, "FAN_OPEN_EXEC_PERM"), P(0x80000, "FAN_DIR_MODIFY"), // not in x/sys
	P(unix.FAN_ONDIR, "FAN_ONDIR"), P(unix.FAN_EVENT_ON_CHILD, "FAN_EVENT_ON_CHILD"),
	P(unix.FAN_RENAME, "FAN_RENAME"))

// SyncFileRangeFlags are sync_file_range's flags.
var SyncFileRangeFlags = T("SYNC_FILE_RANGE_???",
	P(unix.SYNC_FILE_RANGE_WAIT_BEFORE, "SYNC_FILE_RANGE_WAIT_BEFORE"),
	P(unix.SYNC_FILE_RANGE_WRITE, "SYNC_FILE_RANGE_WRITE"),
	P(unix.SYNC_FILE_RANGE_WAIT_AFTER, "SYNC_FILE_RANGE_WAIT_AFTER"))

// CloseRangeFlags are close_range's flags.
var CloseRangeFlags = T("CLOSE_RANGE_???",
	P(unix.CLOSE_RANGE_UNSHARE, "CLOSE_RANGE_UNSHARE"), P(unix.CLOSE_RANGE_CLOEXEC, "CLOSE_RANGE_CLOEXEC"))

// ResolveFlags are struct open_how's resolve flags.
var ResolveFlags = T("RESOLVE_???",
	P(unix.RESOLVE_NO_XDEV, "RESOLVE_NO_XDEV"), P(unix.RESOLVE_NO_MAGICLINKS, "RESOLVE_NO_MAGICLINKS"),
	P(unix.RESOLVE_NO_SYMLINKS, "RESOLVE_NO_SYMLINKS"), P(unix.RESOLVE_BENEATH, "RESOLVE_BENEATH"),
	P(unix.RESOLVE_IN_ROOT, "RESOLVE_IN_ROOT"),
	P(0x20, "RESOLVE_CACHED")) // not in x/sys

// SpliceFlags are the SPLICE_F_* flags of splice, tee and vmsplice.
var SpliceFlags = T("SPLICE_F_???",
	P(unix.SPLICE_F_MOVE, "SPLICE_F_MOVE"), P(unix.SPLICE_F_NONBLOCK, "SPLICE_F_NONBLOCK"),
	P(unix.SPLICE_F_MORE, "SPLICE_F_MORE"), P(unix.SPLICE_F_GIFT, "SPLICE_F_GIFT"))

// RWFFlags are preadv2/pwritev2's flags, as strace 6.1 knows them.
var RWFFlags = T("RWF_???",
	P(unix.RWF_HIPRI, "RWF_HIPRI"), P(unix.RWF_DSYNC, "RWF_DSYNC"), P(unix.RWF_SYNC, "RWF_SYNC"),
	P(unix.RWF_NOWAIT, "RWF_NOWAIT"), P(unix.RWF_APPEND, "RWF_APPEND"))

// DirentTypes are the DT_* values of a directory entry's d_type.
var DirentTypes = T("DT_???",
	P(unix.DT_UNKNOWN, "DT_UNKNOWN"), P(unix.DT_FIFO, "DT_FIFO"), P(unix.DT_CHR, "DT_CHR"),
	P(unix.DT_DIR, "DT_DIR"), P(unix.DT_BLK, "DT_BLK"), P(unix.DT_REG, "DT_REG"), P(unix.DT_LNK, "DT_LNK"),
	P(unix.DT_SOCK, "DT_SOCK"), P(unix.DT_WHT, "DT_WHT")).Index()

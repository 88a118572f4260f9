package xlat

import "golang.org/x/sys/unix"

// FcntlCmds are fcntl(2)'s commands.
var FcntlCmds = T("F_???",
	P(unix.F_DUPFD, "F_DUPFD"), P(unix.F_GETFD, "F_GETFD"), P(unix.F_SETFD, "F_SETFD"),
	P(unix.F_GETFL, "F_GETFL"), P(unix.F_SETFL, "F_SETFL"), P(unix.F_GETLK, "F_GETLK"),
	P(unix.F_SETLK, "F_SETLK"), P(unix.F_SETLKW, "F_SETLKW"), P(unix.F_SETOWN, "F_SETOWN"),
	P(unix.F_GETOWN, "F_GETOWN"), P(unix.F_SETSIG, "F_SETSIG"), P(unix.F_GETSIG, "F_GETSIG"),
	P(unix.F_SETOWN_EX, "F_SETOWN_EX"), P(unix.F_GETOWN_EX, "F_GETOWN_EX"),
	P(17, "F_GETOWNER_UIDS"), // not in x/sys
	P(unix.F_OFD_GETLK, "F_OFD_GETLK"), P(unix.F_OFD_SETLK, "F_OFD_SETLK"),
	P(unix.F_OFD_SETLKW, "F_OFD_SETLKW"), P(unix.F_SETLEASE, "F_SETLEASE"),
	P(unix.F_GETLEASE, "F_GETLEASE"), P(unix.F_NOTIFY, "F_NOTIFY"),
	P(1029, "F_CANCELLK"), // F_LINUX_SPECIFIC_BASE+5, not in x/sys
	P(unix.F_DUPFD_CLOEXEC, "F_DUPFD_CLOEXEC"), P(unix.F_SETPIPE_SZ, "F_SETPIPE_SZ"),
	P(unix.F_GETPIPE_SZ, "F_GETPIPE_SZ"), P(unix.F_ADD_SEALS, "F_ADD_SEALS"),
	P(unix.F_GET_SEALS, "F_GET_SEALS")).Index()

// FdFlags are the descriptor flags of F_GETFD/F_SETFD.
var FdFlags = T("FD_???", P(unix.FD_CLOEXEC, "FD_CLOEXEC"))

// LockTypes are struct flock's l_type values and the leases of
// F_SETLEASE/F_GETLEASE. (F_EXLCK and F_SHLCK are not in x/sys.)
var LockTypes = T("F_???",
	P(unix.F_RDLCK, "F_RDLCK"), P(unix.F_WRLCK, "F_WRLCK"), P(unix.F_UNLCK, "F_UNLCK"),
	P(4, "F_EXLCK"), P(8, "F_SHLCK"))

// Whence are lseek's and struct flock's origins.
var Whence = T("SEEK_???",
	P(unix.SEEK_SET, "SEEK_SET"), P(unix.SEEK_CUR, "SEEK_CUR"), P(unix.SEEK_END, "SEEK_END"),
	P(unix.SEEK_DATA, "SEEK_DATA"), P(unix.SEEK_HOLE, "SEEK_HOLE"))

// FSeals are the seals of F_ADD_SEALS/F_GET_SEALS, as strace 6.1 knows them.
var FSeals = T("F_SEAL_???",
	P(unix.F_SEAL_SEAL, "F_SEAL_SEAL"), P(unix.F_SEAL_SHRINK, "F_SEAL_SHRINK"),
	P(unix.F_SEAL_GROW, "F_SEAL_GROW"), P(unix.F_SEAL_WRITE, "F_SEAL_WRITE"),
	P(unix.F_SEAL_FUTURE_WRITE, "F_SEAL_FUTURE_WRITE"))

// NotifyFlags are F_NOTIFY's DN_* events.
// (x/sys lacks them: values from linux/fcntl.h.)
var NotifyFlags = T("DN_???",
	P(0x1, "DN_ACCESS"), P(0x2, "DN_MODIFY"), P(0x4, "DN_CREATE"), P(0x8, "DN_DELETE"),
	P(0x10, "DN_RENAME"), P(0x20, "DN_ATTRIB"), P(0x80000000, "DN_MULTISHOT"))

// OwnerTypes are struct f_owner_ex's types.
// (x/sys lacks them: values from asm-generic/fcntl.h.)
var OwnerTypes = T("F_OWNER_???", P(0, "F_OWNER_TID"), P(1, "F_OWNER_PID"), P(2, "F_OWNER_PGRP"))

// FlockOps are flock(2)'s operations. LOCK_RW comes before its parts.
// (The LOCK_MAND family is not in x/sys: values from asm-generic/fcntl.h.)
var FlockOps = T("LOCK_???",
	P(unix.LOCK_SH, "LOCK_SH"), P(unix.LOCK_EX, "LOCK_EX"), P(unix.LOCK_NB, "LOCK_NB"),
	P(unix.LOCK_UN, "LOCK_UN"), P(32, "LOCK_MAND"), P(192, "LOCK_RW"), P(64, "LOCK_READ"),
	P(128, "LOCK_WRITE"))

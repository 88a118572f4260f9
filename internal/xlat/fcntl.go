package xlat

import "golang.org/x/sys/unix"

// FcntlCmds are fcntl(2)'s commands.
var FcntlCmds = &Table{Unknown: "F_???", Pairs: []Pair{
	{unix.F_DUPFD, "F_DUPFD"}, {unix.F_GETFD, "F_GETFD"}, {unix.F_SETFD, "F_SETFD"},
	{unix.F_GETFL, "F_GETFL"}, {unix.F_SETFL, "F_SETFL"}, {unix.F_GETLK, "F_GETLK"},
	{unix.F_SETLK, "F_SETLK"}, {unix.F_SETLKW, "F_SETLKW"}, {unix.F_SETOWN, "F_SETOWN"},
	{unix.F_GETOWN, "F_GETOWN"}, {unix.F_SETSIG, "F_SETSIG"}, {unix.F_GETSIG, "F_GETSIG"},
	{unix.F_SETOWN_EX, "F_SETOWN_EX"}, {unix.F_GETOWN_EX, "F_GETOWN_EX"},
	{17, "F_GETOWNER_UIDS"}, // not in x/sys
	{unix.F_OFD_GETLK, "F_OFD_GETLK"}, {unix.F_OFD_SETLK, "F_OFD_SETLK"},
	{unix.F_OFD_SETLKW, "F_OFD_SETLKW"}, {unix.F_SETLEASE, "F_SETLEASE"},
	{unix.F_GETLEASE, "F_GETLEASE"}, {unix.F_NOTIFY, "F_NOTIFY"},
	{1029, "F_CANCELLK"}, // F_LINUX_SPECIFIC_BASE+5, not in x/sys
	{unix.F_DUPFD_CLOEXEC, "F_DUPFD_CLOEXEC"}, {unix.F_SETPIPE_SZ, "F_SETPIPE_SZ"},
	{unix.F_GETPIPE_SZ, "F_GETPIPE_SZ"}, {unix.F_ADD_SEALS, "F_ADD_SEALS"},
	{unix.F_GET_SEALS, "F_GET_SEALS"}}, wantDense: true}

// FdFlags are the descriptor flags of F_GETFD/F_SETFD.
var FdFlags = &Table{Unknown: "FD_???", Pairs: []Pair{{unix.FD_CLOEXEC, "FD_CLOEXEC"}}}

// LockTypes are struct flock's l_type values and the leases of
// F_SETLEASE/F_GETLEASE. (F_EXLCK and F_SHLCK are not in x/sys.)
var LockTypes = &Table{Unknown: "F_???", Pairs: []Pair{
	{unix.F_RDLCK, "F_RDLCK"}, {unix.F_WRLCK, "F_WRLCK"}, {unix.F_UNLCK, "F_UNLCK"},
	{4, "F_EXLCK"}, {8, "F_SHLCK"}}}

// Whence are lseek's and struct flock's origins.
var Whence = &Table{Unknown: "SEEK_???", Pairs: []Pair{
	{unix.SEEK_SET, "SEEK_SET"}, {unix.SEEK_CUR, "SEEK_CUR"}, {unix.SEEK_END, "SEEK_END"},
	{unix.SEEK_DATA, "SEEK_DATA"}, {unix.SEEK_HOLE, "SEEK_HOLE"}}}

// FSeals are the seals of F_ADD_SEALS/F_GET_SEALS, as strace 6.1 knows them.
var FSeals = &Table{Unknown: "F_SEAL_???", Pairs: []Pair{
	{unix.F_SEAL_SEAL, "F_SEAL_SEAL"}, {unix.F_SEAL_SHRINK, "F_SEAL_SHRINK"},
	{unix.F_SEAL_GROW, "F_SEAL_GROW"}, {unix.F_SEAL_WRITE, "F_SEAL_WRITE"},
	{unix.F_SEAL_FUTURE_WRITE, "F_SEAL_FUTURE_WRITE"}}}

// NotifyFlags are F_NOTIFY's DN_* events.
// (x/sys lacks them: values from linux/fcntl.h.)
var NotifyFlags = &Table{Unknown: "DN_???", Pairs: []Pair{
	{0x1, "DN_ACCESS"}, {0x2, "DN_MODIFY"}, {0x4, "DN_CREATE"}, {0x8, "DN_DELETE"},
	{0x10, "DN_RENAME"}, {0x20, "DN_ATTRIB"}, {0x80000000, "DN_MULTISHOT"}}}

// OwnerTypes are struct f_owner_ex's types.
// (x/sys lacks them: values from asm-generic/fcntl.h.)
var OwnerTypes = &Table{Unknown: "F_OWNER_???", Pairs: []Pair{{0, "F_OWNER_TID"}, {1, "F_OWNER_PID"}, {2, "F_OWNER_PGRP"}}}

// FlockOps are flock(2)'s operations. LOCK_RW comes before its parts.
// (The LOCK_MAND family is not in x/sys: values from asm-generic/fcntl.h.)
var FlockOps = &Table{Unknown: "LOCK_???", Pairs: []Pair{
	{unix.LOCK_SH, "LOCK_SH"}, {unix.LOCK_EX, "LOCK_EX"}, {unix.LOCK_NB, "LOCK_NB"},
	{unix.LOCK_UN, "LOCK_UN"}, {32, "LOCK_MAND"}, {192, "LOCK_RW"}, {64, "LOCK_READ"},
	{128, "LOCK_WRITE"}}}

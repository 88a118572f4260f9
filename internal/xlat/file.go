package xlat

import "golang.org/x/sys/unix"

// OpenAccMode are the access modes of open(2)'s flags.
var OpenAccMode = T("O_???",
	P(unix.O_RDONLY, "O_RDONLY"), P(unix.O_WRONLY, "O_WRONLY"), P(unix.O_RDWR, "O_RDWR"),
	P(3, "O_ACCMODE"))

// OpenFlags are open(2)'s flags other than the access mode, in strace's order.
var OpenFlags = T("O_???",
	P(unix.O_CREAT, "O_CREAT"), P(unix.O_EXCL, "O_EXCL"), P(unix.O_NOCTTY, "O_NOCTTY"),
	P(unix.O_TRUNC, "O_TRUNC"), P(unix.O_APPEND, "O_APPEND"), P(unix.O_NONBLOCK, "O_NONBLOCK"),
	P(unix.O_SYNC, "O_SYNC"), P(unix.O_DSYNC, "O_DSYNC"), P(unix.O_DIRECT, "O_DIRECT"),
	P(unix.O_LARGEFILE, "O_LARGEFILE"), P(unix.O_NOFOLLOW, "O_NOFOLLOW"), P(unix.O_NOATIME, "O_NOATIME"),
	P(unix.O_CLOEXEC, "O_CLOEXEC"), P(unix.O_PATH, "O_PATH"), P(unix.O_TMPFILE, "O_TMPFILE"),
	P(unix.O_DIRECTORY, "O_DIRECTORY"), P(unix.O_ASYNC, "FASYNC"))

// OpenMode is open(2)'s whole flags argument: access mode, then flags.
var OpenMode = Composite(OpenAccMode, 3, OpenFlags)

// AccessModes are access(2)'s modes; F_OK is zero.
var AccessModes = T("?_OK",
	P(unix.R_OK, "R_OK"), P(unix.W_OK, "W_OK"), P(unix.X_OK, "X_OK"), P(unix.F_OK, "F_OK"))

// AtFlags are the AT_* flags of the *at calls, in strace's order.
var AtFlags = T("AT_???",
	P(unix.AT_SYMLINK_NOFOLLOW, "AT_SYMLINK_NOFOLLOW"), P(unix.AT_REMOVEDIR, "AT_REMOVEDIR"),
	P(unix.AT_SYMLINK_FOLLOW, "AT_SYMLINK_FOLLOW"), P(unix.AT_NO_AUTOMOUNT, "AT_NO_AUTOMOUNT"),
	P(unix.AT_EMPTY_PATH, "AT_EMPTY_PATH"), P(unix.AT_RECURSIVE, "AT_RECURSIVE"),
	P(unix.AT_STATX_FORCE_SYNC, "AT_STATX_FORCE_SYNC"), P(unix.AT_STATX_DONT_SYNC, "AT_STATX_DONT_SYNC"))

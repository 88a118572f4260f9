package xlat

import "golang.org/x/sys/unix"

// OpenAccMode are the access modes of open(2)'s flags.
var OpenAccMode = &Table{Unknown: "O_???", Pairs: []Pair{
	{unix.O_RDONLY, "O_RDONLY"}, {unix.O_WRONLY, "O_WRONLY"}, {unix.O_RDWR, "O_RDWR"},
	{3, "O_ACCMODE"}}}

// OpenFlags are open(2)'s flags other than the access mode, in strace's
// order: O_SYNC before its parts __O_SYNC and O_DSYNC, O_TMPFILE before its
// parts __O_TMPFILE and O_DIRECTORY, so a composite value takes its bits
// first.
var OpenFlags = &Table{Unknown: "O_???", Pairs: []Pair{
	{unix.O_CREAT, "O_CREAT"}, {unix.O_EXCL, "O_EXCL"}, {unix.O_NOCTTY, "O_NOCTTY"},
	{unix.O_TRUNC, "O_TRUNC"}, {unix.O_APPEND, "O_APPEND"}, {unix.O_NONBLOCK, "O_NONBLOCK"},
	{unix.O_SYNC, "O_SYNC"}, {unix.O_SYNC &^ unix.O_DSYNC, "__O_SYNC"}, {unix.O_DSYNC, "O_DSYNC"},
	{unix.O_DIRECT, "O_DIRECT"}, {oLargefile, "O_LARGEFILE"}, {unix.O_NOFOLLOW, "O_NOFOLLOW"},
	{unix.O_NOATIME, "O_NOATIME"}, {unix.O_CLOEXEC, "O_CLOEXEC"}, {unix.O_PATH, "O_PATH"},
	{unix.O_TMPFILE, "O_TMPFILE"}, {unix.O_TMPFILE &^ unix.O_DIRECTORY, "__O_TMPFILE"},
	{unix.O_DIRECTORY, "O_DIRECTORY"}, {unix.O_ASYNC, "FASYNC"}}}

// OpenMode is open(2)'s whole flags argument: access mode, then flags.
// Bits no flag names follow in plain hex ("O_RDONLY|0x10"), with no
// O_??? comment since the access mode always names something.
var OpenMode = compositePlain(OpenAccMode, 3, OpenFlags)

// compositePlain is Composite without the unknown-bits comment.
func compositePlain(low *Table, mask uint64, flags *Table) *Table {
	return &Table{Pairs: flags.Pairs, Low: low, LowMask: mask}
}

// AccessModes are access(2)'s modes; F_OK is zero.
var AccessModes = &Table{Unknown: "?_OK", Pairs: []Pair{
	{unix.R_OK, "R_OK"}, {unix.W_OK, "W_OK"}, {unix.X_OK, "X_OK"}, {unix.F_OK, "F_OK"}}}

// AtFlags are the AT_* flags of the *at calls, in strace's order.
var AtFlags = &Table{Unknown: "AT_???", Pairs: []Pair{
	{unix.AT_SYMLINK_NOFOLLOW, "AT_SYMLINK_NOFOLLOW"}, {unix.AT_REMOVEDIR, "AT_REMOVEDIR"},
	{unix.AT_SYMLINK_FOLLOW, "AT_SYMLINK_FOLLOW"}, {unix.AT_NO_AUTOMOUNT, "AT_NO_AUTOMOUNT"},
	{unix.AT_EMPTY_PATH, "AT_EMPTY_PATH"}, {unix.AT_RECURSIVE, "AT_RECURSIVE"}}}

// FaccessatFlags are faccessat2's flags: AT_EACCESS shares its value with
// AT_REMOVEDIR, so the call has a table of its own.
var FaccessatFlags = &Table{Unknown: "AT_???", Pairs: []Pair{
	{unix.AT_SYMLINK_NOFOLLOW, "AT_SYMLINK_NOFOLLOW"}, {unix.AT_EACCESS, "AT_EACCESS"},
	{unix.AT_EMPTY_PATH, "AT_EMPTY_PATH"}}}

// StatxSync is the synchronisation type in statx's flags (the bits of
// AT_STATX_SYNC_TYPE); StatxFlags is the whole argument.
var (
	StatxSync = &Table{Unknown: "AT_STATX_???", Pairs: []Pair{
		{unix.AT_STATX_SYNC_AS_STAT, "AT_STATX_SYNC_AS_STAT"},
		{unix.AT_STATX_FORCE_SYNC, "AT_STATX_FORCE_SYNC"},
		{unix.AT_STATX_DONT_SYNC, "AT_STATX_DONT_SYNC"},
		// Both bits: no single name; strace prints the two.
		{unix.AT_STATX_FORCE_SYNC | unix.AT_STATX_DONT_SYNC, "AT_STATX_FORCE_SYNC|AT_STATX_DONT_SYNC"}}}
	StatxFlags = splitComposite(compositePlain(StatxSync, unix.AT_STATX_FORCE_SYNC|unix.AT_STATX_DONT_SYNC, AtFlags))
)

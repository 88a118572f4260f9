package xlat

import (
	"sort"
	"strings"
	"sync"

	"golang.org/x/sys/unix"
)

// ioctlNames are the request codes whose names gostrace knows: the
// terminal and generic file requests of asm-generic/ioctls.h, the
// sockios.h process-group requests, and the file and block device
// requests of linux/fs.h (codes as on the 64-bit architectures). Several
// names share a code; strace prints them all, sorted, joined by " or ".
var ioctlNames = []Pair{
	{0x5401, "TCGETS"}, {0x5402, "TCSETS"}, {0x5403, "TCSETSW"}, {0x5404, "TCSETSF"},
	{0x5405, "TCGETA"}, {0x5406, "TCSETA"}, {0x5407, "TCSETAW"}, {0x5408, "TCSETAF"},
	{0x5409, "TCSBRK"}, {0x540a, "TCXONC"}, {0x540b, "TCFLSH"}, {0x540c, "TIOCEXCL"},
	{0x540d, "TIOCNXCL"}, {0x540e, "TIOCSCTTY"}, {0x540f, "TIOCGPGRP"}, {0x5410, "TIOCSPGRP"},
	{0x5411, "TIOCOUTQ"}, {0x5412, "TIOCSTI"}, {0x5413, "TIOCGWINSZ"}, {0x5414, "TIOCSWINSZ"},
	{0x5415, "TIOCMGET"}, {0x5416, "TIOCMBIS"}, {0x5417, "TIOCMBIC"}, {0x5418, "TIOCMSET"},
	{0x5419, "TIOCGSOFTCAR"}, {0x541a, "TIOCSSOFTCAR"}, {0x541b, "FIONREAD"}, {0x541c, "TIOCLINUX"},
	{0x541d, "TIOCCONS"}, {0x541e, "TIOCGSERIAL"}, {0x541f, "TIOCSSERIAL"}, {0x5420, "TIOCPKT"},
	{0x5421, "FIONBIO"}, {0x5422, "TIOCNOTTY"}, {0x5423, "TIOCSETD"}, {0x5424, "TIOCGETD"},
	{0x5425, "TCSBRKP"}, {0x5427, "TIOCSBRK"}, {0x5428, "TIOCCBRK"}, {0x5429, "TIOCGSID"},
	{0x802c542a, "TCGETS2"}, {0x402c542b, "TCSETS2"}, {0x402c542c, "TCSETSW2"}, {0x402c542d, "TCSETSF2"},
	{0x542e, "TIOCGRS485"}, {0x542f, "TIOCSRS485"}, {0x80045430, "TIOCGPTN"}, {0x40045431, "TIOCSPTLCK"},
	{0x80045432, "TIOCGDEV"}, {0x5432, "TCGETX"}, {0x5433, "TCSETX"}, {0x5434, "TCSETXF"},
	{0x5435, "TCSETXW"}, {0x40045436, "TIOCSIG"}, {0x5437, "TIOCVHANGUP"}, {0x80045438, "TIOCGPKT"},
	{0x80045439, "TIOCGPTLCK"}, {0x80045440, "TIOCGEXCL"}, {0x5441, "TIOCGPTPEER"},
	{0x80285442, "TIOCGISO7816"}, {0xc0285443, "TIOCSISO7816"},
	{0x5450, "FIONCLEX"}, {0x5451, "FIOCLEX"}, {0x5452, "FIOASYNC"}, {0x5453, "TIOCSERCONFIG"},
	{0x5454, "TIOCSERGWILD"}, {0x5455, "TIOCSERSWILD"}, {0x5456, "TIOCGLCKTRMIOS"},
	{0x5457, "TIOCSLCKTRMIOS"}, {0x5458, "TIOCSERGSTRUCT"}, {0x5459, "TIOCSERGETLSR"},
	{0x545a, "TIOCSERGETMULTI"}, {0x545b, "TIOCSERSETMULTI"}, {0x545c, "TIOCMIWAIT"},
	{0x545d, "TIOCGICOUNT"}, {0x5460, "FIOQSIZE"},
	// OSS timer requests that share codes with the terminal's.
	{0x5402, "SNDCTL_TMR_START"}, {0x5403, "SNDCTL_TMR_STOP"}, {0x5404, "SNDCTL_TMR_CONTINUE"},

	{0x8901, "FIOSETOWN"}, {0x8902, "SIOCSPGRP"}, {0x8903, "FIOGETOWN"}, {0x8904, "SIOCGPGRP"},
	{0x8905, "SIOCATMARK"},

	{0x1, "FIBMAP"}, {0x2, "FIGETBSZ"}, {0xc0045877, "FIFREEZE"}, {0xc0045878, "FITHAW"},
	{0xc0185879, "FITRIM"}, {0x40049409, "FICLONE"}, {0x4020940d, "FICLONERANGE"},
	{0xc0189436, "FIDEDUPERANGE"}, {0x80086601, "FS_IOC_GETFLAGS"}, {0x40086602, "FS_IOC_SETFLAGS"},
	{0x80087601, "FS_IOC_GETVERSION"}, {0x40087602, "FS_IOC_SETVERSION"}, {0xc020660b, "FS_IOC_FIEMAP"},
	{0x80046601, "FS_IOC32_GETFLAGS"}, {0x40046602, "FS_IOC32_SETFLAGS"},
	{0x80047601, "FS_IOC32_GETVERSION"}, {0x40047602, "FS_IOC32_SETVERSION"},
	{0x801c581f, "FS_IOC_FSGETXATTR"}, {0x401c5820, "FS_IOC_FSSETXATTR"},
	{0x81009431, "FS_IOC_GETFSLABEL"}, {0x41009432, "FS_IOC_SETFSLABEL"},
	// btrfs requests that share codes with the generic ones.
	{0x40049409, "BTRFS_IOC_CLONE"}, {0x4020940d, "BTRFS_IOC_CLONE_RANGE"},
	{0xc0189436, "BTRFS_IOC_FILE_EXTENT_SAME"}, {0x81009431, "BTRFS_IOC_GET_FSLABEL"},
	{0x41009432, "BTRFS_IOC_SET_FSLABEL"},

	{0x125d, "BLKROSET"}, {0x125e, "BLKROGET"}, {0x125f, "BLKRRPART"}, {0x1260, "BLKGETSIZE"},
	{0x1261, "BLKFLSBUF"}, {0x1262, "BLKRASET"}, {0x1263, "BLKRAGET"}, {0x1264, "BLKFRASET"},
	{0x1265, "BLKFRAGET"}, {0x1266, "BLKSECTSET"}, {0x1267, "BLKSECTGET"}, {0x1268, "BLKSSZGET"},
	{0x80081270, "BLKBSZGET"}, {0x40081271, "BLKBSZSET"}, {0x80081272, "BLKGETSIZE64"},
	{0x1277, "BLKDISCARD"}, {0x1278, "BLKIOMIN"}, {0x1279, "BLKIOOPT"}, {0x127a, "BLKALIGNOFF"},
	{0x127b, "BLKPBSZGET"}, {0x127c, "BLKDISCARDZEROES"}, {0x127d, "BLKSECDISCARD"},
	{0x127e, "BLKROTATIONAL"}, {0x127f, "BLKZEROOUT"},
}

// ioctlByCode is built at the first lookup: most runs see no ioctl.
var ioctlByCode = sync.OnceValue(func() map[uint32]string {
	byCode := map[uint32][]string{}
	for _, p := range ioctlNames {
		byCode[uint32(p.Val)] = append(byCode[uint32(p.Val)], p.Name)
	}
	m := make(map[uint32]string, len(byCode))
	for code, names := range byCode {
		sort.Strings(names)
		m[code] = strings.Join(names, " or ")
	}
	return m
})

// IoctlName returns the name strace prints for an ioctl request ("TCGETS",
// "BTRFS_IOC_CLONE or FICLONE"), or "" when it knows none.
func IoctlName(code uint32) string { return ioctlByCode()[code] }

// IoctlDirs are the direction bits of an ioctl code, for the _IOC(...)
// form of requests without a name.
var IoctlDirs = &Table{Unknown: "", Pairs: []Pair{{0, "_IOC_NONE"}, {2, "_IOC_READ"}, {1, "_IOC_WRITE"}}}

// ModemBits are the TIOCM_* lines of TIOCMGET and friends (TIOCM_OUT1,
// TIOCM_OUT2 and TIOCM_LOOP are not in x/sys).
var ModemBits = &Table{Unknown: "TIOCM_???", Pairs: []Pair{
	{unix.TIOCM_LE, "TIOCM_LE"}, {unix.TIOCM_DTR, "TIOCM_DTR"}, {unix.TIOCM_RTS, "TIOCM_RTS"},
	{unix.TIOCM_ST, "TIOCM_ST"}, {unix.TIOCM_SR, "TIOCM_SR"}, {unix.TIOCM_CTS, "TIOCM_CTS"},
	{unix.TIOCM_CAR, "TIOCM_CAR"}, {unix.TIOCM_RNG, "TIOCM_RNG"}, {unix.TIOCM_DSR, "TIOCM_DSR"},
	{0x2000, "TIOCM_OUT1"}, {0x4000, "TIOCM_OUT2"}, {0x8000, "TIOCM_LOOP"}}}

// FsFlags are the inode flags of FS_IOC_GETFLAGS/FS_IOC_SETFLAGS (values
// from linux/fs.h).
var FsFlags = &Table{Unknown: "FS_???", Pairs: []Pair{
	{0x1, "FS_SECRM_FL"}, {0x2, "FS_UNRM_FL"}, {0x4, "FS_COMPR_FL"}, {0x8, "FS_SYNC_FL"},
	{0x10, "FS_IMMUTABLE_FL"}, {0x20, "FS_APPEND_FL"}, {0x40, "FS_NODUMP_FL"}, {0x80, "FS_NOATIME_FL"},
	{0x100, "FS_DIRTY_FL"}, {0x200, "FS_COMPRBLK_FL"}, {0x400, "FS_NOCOMP_FL"}, {0x800, "FS_ENCRYPT_FL"},
	{0x1000, "FS_INDEX_FL"}, {0x2000, "FS_IMAGIC_FL"}, {0x4000, "FS_JOURNAL_DATA_FL"},
	{0x8000, "FS_NOTAIL_FL"}, {0x10000, "FS_DIRSYNC_FL"}, {0x20000, "FS_TOPDIR_FL"},
	{0x40000, "FS_HUGE_FILE_FL"}, {0x80000, "FS_EXTENT_FL"}, {0x100000, "FS_VERITY_FL"},
	{0x200000, "FS_EA_INODE_FL"}, {0x400000, "FS_EOFBLOCKS_FL"}, {0x800000, "FS_NOCOW_FL"},
	{0x2000000, "FS_DAX_FL"}, {0x10000000, "FS_INLINE_DATA_FL"}, {0x20000000, "FS_PROJINHERIT_FL"},
	{0x40000000, "FS_CASEFOLD_FL"}, {0x80000000, "FS_RESERVED_FL"}}}

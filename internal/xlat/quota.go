package xlat

// Tables of quotactl(2) (<linux/quota.h>, <linux/dqblk_xfs.h>; x/sys
// lacks them), as strace 6.1 prints them.

// QuotaCmds are the commands in QCMD's upper bits, the obsolete v1/v2
// ones included (strace names them; the kernel refuses them).
var QuotaCmds = &Table{Unknown: "Q_???", Pairs: []Pair{
	{0x100, "Q_V1_QUOTAON"}, {0x200, "Q_V1_QUOTAOFF"}, {0x300, "Q_V1_GETQUOTA"},
	{0x400, "Q_V1_SETQUOTA"}, {0x500, "Q_V1_SETUSE"}, {0x600, "Q_V1_SYNC"},
	{0x700, "Q_SETQLIM"}, {0x800, "Q_V1_GETSTATS"}, {0x900, "Q_V2_GETINFO"},
	{0xa00, "Q_V2_SETINFO"}, {0xb00, "Q_V2_SETGRACE"}, {0xc00, "Q_V2_SETFLAGS"},
	{0xd00, "Q_V2_GETQUOTA"}, {0xe00, "Q_V2_SETQUOTA"}, {0xf00, "Q_V2_SETUSE"},
	{0x1000, "Q_V1_RSQUASH"}, {0x1100, "Q_V2_GETSTATS"},
	{0x5801, "Q_XQUOTAON"}, {0x5802, "Q_XQUOTAOFF"}, {0x5803, "Q_XGETQUOTA"},
	{0x5804, "Q_XSETQLIM"}, {0x5805, "Q_XGETQSTAT"}, {0x5806, "Q_XQUOTARM"},
	{0x5807, "Q_XQUOTASYNC"}, {0x5808, "Q_XGETQSTATV"}, {0x5809, "Q_XGETNEXTQUOTA"},
	{0x800001, "Q_SYNC"}, {0x800002, "Q_QUOTAON"}, {0x800003, "Q_QUOTAOFF"},
	{0x800004, "Q_GETFMT"}, {0x800005, "Q_GETINFO"}, {0x800006, "Q_SETINFO"},
	{0x800007, "Q_GETQUOTA"}, {0x800008, "Q_SETQUOTA"}, {0x800009, "Q_GETNEXTQUOTA"}}}

// QuotaTypes are QCMD's quota types.
var QuotaTypes = &Table{Unknown: "???QUOTA", Pairs: []Pair{{0, "USRQUOTA"}, {1, "GRPQUOTA"}, {2, "PRJQUOTA"}}}

// QuotaFormats are the quota file formats of Q_QUOTAON and Q_GETFMT.
var QuotaFormats = &Table{Unknown: "QFMT_VFS_???", Pairs: []Pair{
	{1, "QFMT_VFS_OLD"}, {2, "QFMT_VFS_V0"}, {3, "QFMT_OCFS2"}, {4, "QFMT_VFS_V1"}}}

// QuotaDqbValid, QuotaDqiFlags and QuotaDqiValid are the flags of struct
// if_dqblk and struct if_dqinfo.
var (
	QuotaDqbValid = &Table{Unknown: "QIF_???", Pairs: []Pair{
		{1, "QIF_BLIMITS"}, {2, "QIF_SPACE"}, {4, "QIF_ILIMITS"},
		{8, "QIF_INODES"}, {16, "QIF_BTIME"}, {32, "QIF_ITIME"}}}
	QuotaDqiFlags = &Table{Unknown: "DQF_???", Pairs: []Pair{{1, "DQF_ROOT_SQUASH"}, {0x10000, "DQF_SYS_FILE"}}}
	QuotaDqiValid = &Table{Unknown: "IIF_???", Pairs: []Pair{{1, "IIF_BGRACE"}, {2, "IIF_IGRACE"}, {4, "IIF_FLAGS"}}}
)

// XfsQuotaTypes and XfsQuotaFlags are the XFS quota types (d_flags,
// Q_XQUOTARM) and state flags (qs_flags, Q_XQUOTAON/OFF).
var (
	XfsQuotaTypes = &Table{Unknown: "FS_???_QUOTA", Pairs: []Pair{
		{1, "FS_USER_QUOTA"}, {2, "FS_PROJ_QUOTA"}, {4, "FS_GROUP_QUOTA"}}}
	XfsQuotaFlags = &Table{Unknown: "FS_QUOTA_???", Pairs: []Pair{
		{1, "FS_QUOTA_UDQ_ACCT"}, {2, "FS_QUOTA_UDQ_ENFD"}, {4, "FS_QUOTA_GDQ_ACCT"},
		{8, "FS_QUOTA_GDQ_ENFD"}, {16, "FS_QUOTA_PDQ_ACCT"}, {32, "FS_QUOTA_PDQ_ENFD"}}}
)

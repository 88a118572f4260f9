package xlat

// Tables of quotactl(2) (<linux/quota.h>, <linux/dqblk_xfs.h>; x/sys
// lacks them), as strace 6.1 prints them.

// QuotaCmds are the commands in QCMD's upper bits, the obsolete v1/v2
// ones included (strace names them; the kernel refuses them).
var QuotaCmds = T("Q_???",
	P(0x100, "Q_V1_QUOTAON"), P(0x200, "Q_V1_QUOTAOFF"), P(0x300, "Q_V1_GETQUOTA"),
	P(0x400, "Q_V1_SETQUOTA"), P(0x500, "Q_V1_SETUSE"), P(0x600, "Q_V1_SYNC"),
	P(0x700, "Q_SETQLIM"), P(0x800, "Q_V1_GETSTATS"), P(0x900, "Q_V2_GETINFO"),
	P(0xa00, "Q_V2_SETINFO"), P(0xb00, "Q_V2_SETGRACE"), P(0xc00, "Q_V2_SETFLAGS"),
	P(0xd00, "Q_V2_GETQUOTA"), P(0xe00, "Q_V2_SETQUOTA"), P(0xf00, "Q_V2_SETUSE"),
	P(0x1000, "Q_V1_RSQUASH"), P(0x1100, "Q_V2_GETSTATS"),
	P(0x5801, "Q_XQUOTAON"), P(0x5802, "Q_XQUOTAOFF"), P(0x5803, "Q_XGETQUOTA"),
	P(0x5804, "Q_XSETQLIM"), P(0x5805, "Q_XGETQSTAT"), P(0x5806, "Q_XQUOTARM"),
	P(0x5807, "Q_XQUOTASYNC"), P(0x5808, "Q_XGETQSTATV"), P(0x5809, "Q_XGETNEXTQUOTA"),
	P(0x800001, "Q_SYNC"), P(0x800002, "Q_QUOTAON"), P(0x800003, "Q_QUOTAOFF"),
	P(0x800004, "Q_GETFMT"), P(0x800005, "Q_GETINFO"), P(0x800006, "Q_SETINFO"),
	P(0x800007, "Q_GETQUOTA"), P(0x800008, "Q_SETQUOTA"), P(0x800009, "Q_GETNEXTQUOTA"))

// QuotaTypes are QCMD's quota types.
var QuotaTypes = T("???QUOTA", P(0, "USRQUOTA"), P(1, "GRPQUOTA"), P(2, "PRJQUOTA"))

// QuotaFormats are the quota file formats of Q_QUOTAON and Q_GETFMT.
var QuotaFormats = T("QFMT_VFS_???",
	P(1, "QFMT_VFS_OLD"), P(2, "QFMT_VFS_V0"), P(3, "QFMT_OCFS2"), P(4, "QFMT_VFS_V1"))

// QuotaDqbValid, QuotaDqiFlags and QuotaDqiValid are the flags of struct
// if_dqblk and struct if_dqinfo.
var (
	QuotaDqbValid = T("QIF_???",
		P(1, "QIF_BLIMITS"), P(2, "QIF_SPACE"), P(4, "QIF_ILIMITS"),
		P(8, "QIF_INODES"), P(16, "QIF_BTIME"), P(32, "QIF_ITIME"))
	QuotaDqiFlags = T("DQF_???", P(1, "DQF_ROOT_SQUASH"), P(0x10000, "DQF_SYS_FILE"))
	QuotaDqiValid = T("IIF_???", P(1, "IIF_BGRACE"), P(2, "IIF_IGRACE"), P(4, "IIF_FLAGS"))
)

// XfsQuotaTypes and XfsQuotaFlags are the XFS quota types (d_flags,
// Q_XQUOTARM) and state flags (qs_flags, Q_XQUOTAON/OFF).
var (
	XfsQuotaTypes = T("FS_???_QUOTA",
		P(1, "FS_USER_QUOTA"), P(2, "FS_PROJ_QUOTA"), P(4, "FS_GROUP_QUOTA"))
	XfsQuotaFlags = T("FS_QUOTA_???",
		P(1, "FS_QUOTA_UDQ_ACCT"), P(2, "FS_QUOTA_UDQ_ENFD"), P(4, "FS_QUOTA_GDQ_ACCT"),
		P(8, "FS_QUOTA_GDQ_ENFD"), P(16, "FS_QUOTA_PDQ_ACCT"), P(32, "FS_QUOTA_PDQ_ENFD"))
)

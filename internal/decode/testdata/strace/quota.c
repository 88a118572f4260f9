// Disk quotas: quotactl and quotactl_fd with every command, the structures
// they read and write (refused by a seccomp filter; the injected variant
// shows what a successful call wrote).
// flags: -v
// strace: -e trace=all
// strace: -e inject=quotactl:retval=0 -e inject=quotactl_fd:retval=0
#define _GNU_SOURCE
#include "harness.h"
#include "guard.h"
#include <stdint.h>
#include <sys/quota.h>
#include <linux/dqblk_xfs.h>

#ifndef Q_GETNEXTQUOTA
#define Q_GETNEXTQUOTA 0x800009
#endif
#ifndef Q_XGETQSTATV
#define Q_XGETQSTATV XQM_CMD(8)
#endif
#ifndef Q_XGETNEXTQUOTA
#define Q_XGETNEXTQUOTA XQM_CMD(9)
#endif
struct nextdqblk { uint64_t a, b, c, d, e, f, g, h; uint32_t valid, id; };

int main(void) {
	GUARD(SYS_quotactl, SYS_quotactl_fd);
	mark();
	char *dev = str("/dev/sda1");
	struct if_dqblk *dq = bufr(sizeof *dq);
	*dq = (struct if_dqblk){1, 2, 3, 4, 5, 6, 7, 8, QIF_BLIMITS | QIF_ITIME};
	mem(dq, sizeof *dq);
	CALL(quotactl, QCMD(Q_GETQUOTA, USRQUOTA), (long)dev, 1000, (long)dq);
	mem(dq, sizeof *dq);
	CALL(quotactl, QCMD(Q_SETQUOTA, GRPQUOTA), (long)dev, 1000, (long)dq);
	struct nextdqblk *nd = bufr(sizeof *nd);
	*nd = (struct nextdqblk){1, 2, 3, 4, 5, 6, 7, 8, QIF_ALL, 1001};
	mem(nd, sizeof *nd);
	CALL(quotactl, QCMD(Q_GETNEXTQUOTA, PRJQUOTA), (long)dev, 1000, (long)nd);
	struct if_dqinfo *di = bufr(sizeof *di);
	*di = (struct if_dqinfo){604800, 86400, DQF_ROOT_SQUASH | 0x10000, IIF_BGRACE | IIF_FLAGS};
	mem(di, sizeof *di);
	CALL(quotactl, QCMD(Q_GETINFO, USRQUOTA), (long)dev, 0, (long)di);
	mem(di, sizeof *di);
	CALL(quotactl, QCMD(Q_SETINFO, USRQUOTA), (long)dev, 0, (long)di);
	uint32_t *fmt = bufr(4);
	*fmt = QFMT_VFS_V1;
	mem(fmt, 4);
	CALL(quotactl, QCMD(Q_GETFMT, USRQUOTA), (long)dev, 0, (long)fmt);
	CALL(quotactl, QCMD(Q_QUOTAON, GRPQUOTA), (long)dev, QFMT_VFS_V1, (long)str("/aquota.group"));
	CALL(quotactl, QCMD(Q_QUOTAON, USRQUOTA), (long)dev, 77, 0);
	CALL(quotactl, QCMD(Q_QUOTAOFF, USRQUOTA), (long)dev, 0, 0);
	CALL(quotactl, QCMD(Q_SYNC, USRQUOTA), 0, 0, 0);
	CALL(quotactl, QCMD(Q_SYNC, 5), (long)dev, 0, 0);
	CALL(quotactl, QCMD(0x800099, USRQUOTA), (long)dev, 1, 2);
	uint32_t *xflags = bufr(4);
	*xflags = FS_QUOTA_UDQ_ACCT | FS_QUOTA_UDQ_ENFD;
	mem(xflags, 4);
	CALL(quotactl, QCMD(Q_XQUOTAON, USRQUOTA), (long)dev, 0, (long)xflags);
	mem(xflags, 4);
	CALL(quotactl, QCMD(Q_XQUOTAOFF, GRPQUOTA), (long)dev, 0, (long)xflags);
	mem(xflags, 4);
	CALL(quotactl, QCMD(Q_XQUOTARM, USRQUOTA), (long)dev, 0, (long)xflags);
	struct fs_disk_quota *fq = bufr(sizeof *fq);
	*fq = (struct fs_disk_quota){.d_version = FS_DQUOT_VERSION, .d_flags = FS_USER_QUOTA, .d_fieldmask = FS_DQ_BSOFT | FS_DQ_BHARD, .d_id = 1000, .d_blk_hardlimit = 10, .d_blk_softlimit = 9, .d_ino_hardlimit = 8, .d_ino_softlimit = 7, .d_bcount = 6, .d_icount = 5, .d_itimer = 4, .d_btimer = 3, .d_iwarns = 2, .d_bwarns = 1, .d_rtb_hardlimit = 11, .d_rtb_softlimit = 12, .d_rtbcount = 13, .d_rtbtimer = 14, .d_rtbwarns = 15};
	mem(fq, sizeof *fq);
	CALL(quotactl, QCMD(Q_XGETQUOTA, USRQUOTA), (long)dev, 1000, (long)fq);
	mem(fq, sizeof *fq);
	CALL(quotactl, QCMD(Q_XSETQLIM, USRQUOTA), (long)dev, 1000, (long)fq);
	mem(fq, sizeof *fq);
	CALL(quotactl, QCMD(Q_XGETNEXTQUOTA, USRQUOTA), (long)dev, 1000, (long)fq);
	struct fs_quota_stat *qs = bufr(sizeof *qs);
	*qs = (struct fs_quota_stat){.qs_version = FS_QSTAT_VERSION, .qs_flags = FS_QUOTA_UDQ_ACCT, .qs_uquota = {1, 2, 3}, .qs_gquota = {4, 5, 6}, .qs_incoredqs = 7, .qs_btimelimit = 8, .qs_itimelimit = 9, .qs_rtbtimelimit = 10, .qs_bwarnlimit = 11, .qs_iwarnlimit = 12};
	mem(qs, sizeof *qs);
	CALL(quotactl, QCMD(Q_XGETQSTAT, USRQUOTA), (long)dev, 0, (long)qs);
	struct fs_quota_statv *qv = bufr(sizeof *qv);
	*qv = (struct fs_quota_statv){.qs_version = FS_QSTATV_VERSION1, .qs_flags = FS_QUOTA_PDQ_ENFD, .qs_uquota = {1, 2, 3}, .qs_gquota = {4, 5, 6}, .qs_pquota = {7, 8, 9}, .qs_incoredqs = 7, .qs_btimelimit = 8, .qs_itimelimit = 9, .qs_rtbtimelimit = 10, .qs_bwarnlimit = 11, .qs_iwarnlimit = 12};
	mem(qv, sizeof *qv);
	CALL(quotactl, QCMD(Q_XGETQSTATV, USRQUOTA), (long)dev, 0, (long)qv);
	CALL(quotactl, QCMD(Q_XQUOTASYNC, USRQUOTA), (long)dev, 0, 0);
	CALL(quotactl, QCMD(Q_GETQUOTA, USRQUOTA), (long)dev, 1000, 0);
	mem(dq, sizeof *dq);
	CALL(quotactl_fd, 3, QCMD(Q_GETQUOTA, PRJQUOTA), 1000, (long)dq);
	CALL(quotactl_fd, 3, QCMD(Q_SYNC, USRQUOTA), 0, 0);
	mark();
	return 0;
}

// struct stat, struct statx and struct statfs with chosen contents: the
// calls are not made, strace injects a success and prints the buffers as
// the program filled them.
// flags: -v
// strace: -e inject=fstat:retval=0 -e inject=statx:retval=0 -e inject=fstatfs:retval=0
#include "harness.h"
#include <fcntl.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/vfs.h>
#include <linux/stat.h>

static void fstat_(struct stat *s) {
	struct stat *b = bufr(sizeof *s);
	*b = *s;
	mem(b, sizeof *b);
	CALL(fstat, 0, (long)b);
}

static void statx_(struct statx *s) {
	struct statx *b = bufr(sizeof *s);
	*b = *s;
	char *p = str("");
	mem(b, sizeof *b);
	CALL(statx, 0, (long)p, AT_EMPTY_PATH, 0, (long)b);
}

static void fstatfs_(struct statfs *s) {
	struct statfs *b = bufr(sizeof *s);
	*b = *s;
	mem(b, sizeof *b);
	CALL(fstatfs, 0, (long)b);
}

int main(void) {
	struct stat st;
	struct statx sx;
	struct statfs sf;
	mark();
	memset(&st, 0, sizeof st);
	fstat_(&st);
	st.st_mode = 0170777;
	st.st_atim.tv_sec = 0; st.st_atim.tv_nsec = 5;
	st.st_mtim.tv_sec = -1; st.st_mtim.tv_nsec = 999999999;
	st.st_ctim.tv_sec = 1; st.st_ctim.tv_nsec = 1000000000;
	st.st_dev = makedev(0x123, 0x45678); st.st_size = -1; st.st_blocks = -1;
	fstat_(&st);
	st.st_mode = S_IFBLK | S_ISUID | S_ISGID | 0644; st.st_rdev = makedev(8, 1);
	st.st_ctim.tv_sec = INT64_MAX; st.st_ctim.tv_nsec = -1;
	fstat_(&st);
	st.st_mode = 0; st.st_nlink = -1; st.st_uid = -1; st.st_gid = -2; st.st_blksize = -1;
	st.st_atim.tv_sec = 1700000000; st.st_atim.tv_nsec = -5;
	fstat_(&st);
	st.st_mode = S_IFCHR; st.st_rdev = 0;
	st.st_mtim.tv_sec = 1700000000; st.st_mtim.tv_nsec = 0;
	fstat_(&st);
	st.st_mode = S_IFDIR | S_ISVTX | 01777; st.st_ino = 12345;
	fstat_(&st);

	memset(&sx, 0, sizeof sx);
	statx_(&sx);
	sx.stx_mask = 0xffffffff; sx.stx_attributes = -1; sx.stx_attributes_mask = 0x10;
	sx.stx_atime.tv_sec = 1; sx.stx_atime.tv_nsec = 2; sx.stx_btime.tv_nsec = 1000000000;
	sx.stx_mode = 0xffff; sx.stx_uid = -1; sx.stx_gid = -2; sx.stx_nlink = -1;
	sx.stx_dio_mem_align = 7; sx.stx_dio_offset_align = 9;
	sx.stx_rdev_major = 8; sx.stx_dev_minor = 3; sx.stx_mnt_id = 0x1b;
	statx_(&sx);
	sx.stx_mask = STATX_TYPE | STATX_DIOALIGN | STATX_CTIME;
	sx.stx_ctime.tv_sec = 1700000000; sx.stx_ctime.tv_nsec = 0;
	statx_(&sx);
	sx.stx_mask = STATX_BASIC_STATS;
	statx_(&sx);

	memset(&sf, 0, sizeof sf);
	unsigned long types[] = {0, 0x12345, 0x50494446, 0xca451a4e, 0x5345434d, 0x6e736673,
		0x794c7630, 0xffffffffca451a4eUL};
	for (int i = 0; i < sizeof types / sizeof types[0]; i++) {
		sf.f_type = types[i];
		fstatfs_(&sf);
	}
	sf.f_flags = 0xffffffff; sf.f_bsize = -1; sf.f_blocks = -1; sf.f_fsid.__val[0] = -1;
	sf.f_namelen = -1; sf.f_frsize = -1; sf.f_spare[0] = 5;
	fstatfs_(&sf);
	sf.f_flags = 0x10000;
	fstatfs_(&sf);
	sf.f_flags = 0x1;
	fstatfs_(&sf);
	sf.f_flags = 0x20;
	fstatfs_(&sf);
	mark();
	return 0;
}

// stat, lstat, fstat, newfstatat, statx, statfs and fstatfs on real files,
// and their failures.
// flags: -v
// flags: -s 4
#include "harness.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <linux/stat.h>

int main(void) {
	mark();
	char *p = str("/dev/null");
	void *b = bufr(144); mem(b, 144);
	CALL(stat, (long)p, (long)b);
	p = str("/"); b = bufr(144); mem(b, 144);
	CALL(lstat, (long)p, (long)b);
	p = str("/nonexistent"); b = bufr(144); mem(b, 144);
	CALL(stat, (long)p, (long)b);
	p = str("/"); mem(p, 2);
	CALL(stat, (long)p, 16);
	b = bufr(144); mem(b, 144);
	CALL(fstat, 0, (long)b);
	CALL(fstat, -1, 0);
	p = str("/proc"); b = bufr(144); mem(b, 144);
	CALL(newfstatat, AT_FDCWD, (long)p, (long)b, AT_SYMLINK_NOFOLLOW);
	p = str(""); b = bufr(144); mem(b, 144);
	CALL(newfstatat, 0, (long)p, (long)b, AT_EMPTY_PATH | 0x10000);
	p = str("/dev/zero"); b = bufr(256); mem(b, 256);
	CALL(statx, AT_FDCWD, (long)p, AT_STATX_DONT_SYNC | AT_SYMLINK_NOFOLLOW, STATX_ALL | STATX_MNT_ID, (long)b);
	p = str("/"); b = bufr(256); mem(b, 256);
	CALL(statx, AT_FDCWD, (long)p, 0, STATX_TYPE, (long)b);
	p = str("/nonexistent"); b = bufr(256); mem(b, 256);
	CALL(statx, AT_FDCWD, (long)p, AT_STATX_FORCE_SYNC, 0x80000000, (long)b);
	p = str("x"); mem(p, 2);
	CALL(statx, AT_FDCWD, (long)p, 0x6000 | 0x10000, 0, 0);
	p = str("/proc"); b = bufr(120); mem(b, 120);
	CALL(statfs, (long)p, (long)b);
	p = str("/nonexistent"); b = bufr(120); mem(b, 120);
	CALL(statfs, (long)p, (long)b);
	b = bufr(120); mem(b, 120);
	CALL(fstatfs, -1, (long)b);
	mark();
	return 0;
}

// Calls on paths: directories, device nodes, links, renames, modes,
// owners, sizes, the working directory, time stamps, I/O hints, mounts.
// flags: -s 4
#define _GNU_SOURCE
#include "harness.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/mount.h>
#include <linux/falloc.h>

int main(void) {
	mark();
	char *t = str("t"), *sub = str("t/sub"), *dot = str(".");
	CALL(mkdir, (long)t, 0755);
	CALL(mkdirat, AT_FDCWD, (long)sub, 0700);
	CALL(mkdir, (long)t, 01777);
	CALL(mkdir, (long)str("t/x"), 0x12345678);
	long d = CALL(openat, AT_FDCWD, (long)t, O_RDONLY | O_DIRECTORY);
	CALL(mknod, (long)str("t/fifo"), S_IFIFO | 0644, 0);
	char *reg = str("reg");
	CALL(mknodat, d, (long)reg, S_IFREG | 0600, 0);
	CALL(mknodat, d, (long)str("chr"), S_IFCHR | 0600, makedev(1, 3));
	CALL(mknodat, d, (long)str("blk"), S_IFBLK | S_ISUID | 0600, makedev(8, 0x12345));
	CALL(mknod, (long)str("t/sock"), S_IFSOCK | 0600, 0);
	CALL(mknod, (long)str("t/x"), 0600, 0);
	CALL(mknod, (long)str("t/y"), 0x12345678, 0);
	char *link = str("t/link"), *target = str("/etc/hostname"), *link2 = str("link2");
	CALL(symlink, (long)target, (long)link);
	CALL(symlinkat, (long)str("target"), d, (long)link2);
	char *b = bufr(256); mem(b, 256);
	CALL(readlink, (long)link, (long)b, 256);
	mem(b, 256);
	CALL(readlink, (long)link, (long)b, 4);
	mem(b, 256);
	CALL(readlinkat, d, (long)link2, (long)b, 256);
	mem(b, 256);
	CALL(readlink, (long)str("t/reg"), (long)b, 256);
	char *reg2 = str("t/reg2"), *reg3 = str("t/reg3");
	CALL(link, (long)str("t/reg"), (long)reg2);
	CALL(linkat, d, (long)reg, AT_FDCWD, (long)reg3, AT_SYMLINK_FOLLOW);
	CALL(linkat, d, (long)reg, d, (long)str("reg4"), 0);
	CALL(rename, (long)reg2, (long)str("t/reg5"));
	CALL(renameat, d, (long)str("reg5"), d, (long)str("reg6"));
	CALL(renameat2, d, (long)str("reg6"), AT_FDCWD, (long)str("t/reg7"), RENAME_NOREPLACE);
	CALL(renameat2, d, (long)str("reg7"), d, (long)str("reg3"), RENAME_EXCHANGE);
	CALL(renameat2, d, (long)str("reg7"), d, (long)str("reg3"), RENAME_WHITEOUT | 8);
	CALL(renameat2, d, (long)str("reg7"), d, (long)str("reg3"), 8);
	CALL(chmod, (long)str("t/reg"), 0644);
	CALL(fchmod, d, 0755);
	CALL(fchmodat, d, (long)reg, 04755);
	CALL(fchmodat, AT_FDCWD, (long)str("t/reg"), 06777 | S_IFREG);
	CALL(fchmod, 100, 0xffffffff);
	CALL(chown, (long)str("t/reg"), 0, 0);
	CALL(chown, (long)str("t/reg"), -1, -1);
	CALL(fchown, d, 1000, -1);
	CALL(fchown, 100, -2, 4294967294U);
	CALL(lchown, (long)link, -1, 5);
	CALL(fchownat, d, (long)reg, 1, 2, AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH);
	CALL(fchownat, d, (long)reg, 1, 2, 0x10000);
	CALL(truncate, (long)str("t/reg"), 100);
	CALL(ftruncate, d, 5);
	CALL(truncate, (long)str("t/reg"), -1);
	CALL(umask, 022);
	CALL(umask, 0777);
	CALL(umask, 0x12345678);
	CALL(umask, 022);
	CALL(chdir, (long)t);
	CALL(fchdir, d);
	mem(b, 256);
	CALL(getcwd, (long)b, 256);
	mem(b, 256);
	CALL(getcwd, (long)b, 2);
	CALL(chdir, (long)str(".."));
	CALL(chroot, (long)str("/nonexistent"));
	long fd = CALL(openat, AT_FDCWD, (long)str("t/reg"), O_RDWR);
	CALL(fadvise64, fd, 0, 100, POSIX_FADV_DONTNEED);
	CALL(fadvise64, fd, 10, 0, POSIX_FADV_SEQUENTIAL);
	CALL(fadvise64, fd, 10, 0, 99);
	CALL(fadvise64, fd, 0, 0, 0);
	CALL(fallocate, fd, 0, 0, 4096);
	CALL(fallocate, fd, FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE, 0, 4096);
	CALL(fallocate, fd, 0x100, 0, 4096);
	CALL(fallocate, fd, 0x7f, 0, 0);
	CALL(sync_file_range, fd, 0, 100, SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
	CALL(sync_file_range, fd, 0, 0, 0x10);
	CALL(fsync, fd);
	CALL(fdatasync, fd);
	CALL(syncfs, fd);
	CALL(unlink, (long)reg3);
	CALL(unlinkat, d, (long)str("reg4"), 0);
	CALL(unlinkat, d, (long)str("sub"), AT_REMOVEDIR);
	CALL(unlinkat, d, (long)str("sub"), 0x10000);
	CALL(rmdir, (long)str("t/nonexistent"));

	struct timespec *ts = bufr(2 * sizeof *ts);
	ts[0].tv_sec = 1700000000; ts[0].tv_nsec = 123456789; ts[1].tv_nsec = UTIME_NOW;
	mem(ts, 2 * sizeof *ts);
	CALL(utimensat, AT_FDCWD, (long)str("t/reg"), (long)ts, 0);
	ts[0].tv_nsec = UTIME_OMIT; ts[1].tv_sec = 5; ts[1].tv_nsec = UTIME_NOW; mem(ts, 2 * sizeof *ts);
	CALL(utimensat, AT_FDCWD, (long)str("t/reg"), (long)ts, AT_SYMLINK_NOFOLLOW);
	ts[0].tv_sec = 0; ts[0].tv_nsec = 0; ts[1].tv_sec = -1; ts[1].tv_nsec = 5; mem(ts, 2 * sizeof *ts);
	CALL(utimensat, AT_FDCWD, (long)str("t/reg"), (long)ts, 0);
	ts[0].tv_sec = 5; ts[0].tv_nsec = 1000000000; ts[1].tv_sec = 0; ts[1].tv_nsec = -1; mem(ts, 2 * sizeof *ts);
	CALL(utimensat, AT_FDCWD, (long)str("t/reg"), (long)ts, 0);
	ts[0].tv_nsec = UTIME_OMIT; ts[1].tv_nsec = UTIME_OMIT; mem(ts, 2 * sizeof *ts);
	CALL(utimensat, AT_FDCWD, (long)str("t/reg"), (long)ts, 0x100 | 0x1000 | 0x8);
	CALL(utimensat, fd, 0, 0, 0);
	CALL(utimensat, AT_FDCWD, (long)str("t/reg"), 8, 0);
	struct timeval *tv = bufr(2 * sizeof *tv);
	tv[0].tv_sec = 1700000000; tv[0].tv_usec = 123456; tv[1].tv_sec = 1; tv[1].tv_usec = 2;
	mem(tv, 2 * sizeof *tv);
	CALL(utimes, (long)str("t/reg"), (long)tv);
	CALL(utimes, (long)str("t/reg"), 0);
	tv[0].tv_sec = 0; tv[0].tv_usec = -1; mem(tv, 2 * sizeof *tv);
	CALL(futimesat, AT_FDCWD, (long)str("t/reg"), (long)tv);
	CALL(futimesat, 3, 0, 0);
	long *ub = bufr(16); ub[0] = 1700000000; ub[1] = 0; mem(ub, 16);
	CALL(utime, (long)str("t/reg"), (long)ub);
	CALL(utime, (long)str("t/reg"), 0);
	CALL(utime, (long)str("t/reg"), 8);

	char *none = str("none"), *mnt = str("/nonexistent/target"), *tmpfs = str("tmpfs"), *data = str("size=10m");
	CALL(mount, (long)none, (long)mnt, (long)tmpfs, MS_NOSUID | MS_NODEV | MS_RDONLY, (long)data);
	CALL(mount, 0, (long)mnt, 0, MS_REMOUNT | MS_BIND | MS_REC, 0);
	CALL(mount, (long)none, (long)mnt, 0, 0xc0ed0000 | MS_PRIVATE, 0);
	CALL(mount, (long)none, (long)mnt, (long)tmpfs, 0xc0ed0000 | MS_RDONLY, 0);
	CALL(mount, (long)none, (long)mnt, (long)tmpfs, 0xc0ed0000, (long)data);
	CALL(mount, (long)none, (long)mnt, (long)tmpfs, 0x0ed0000, 0);
	CALL(mount, (long)none, (long)mnt, (long)tmpfs, MS_BIND, (long)data);
	CALL(mount, (long)none, (long)mnt, (long)tmpfs, MS_MOVE, (long)data);
	CALL(mount, (long)none, (long)mnt, (long)tmpfs, MS_REMOUNT, (long)data);
	CALL(mount, (long)none, (long)mnt, (long)tmpfs, MS_SHARED, (long)data);
	CALL(mount, (long)none, (long)mnt, 0, MS_PRIVATE | MS_REC, (long)data);
	CALL(mount, (long)none, (long)mnt, (long)tmpfs, MS_REMOUNT | MS_BIND, (long)data);
	CALL(mount, 0, (long)mnt, (long)tmpfs, 0, 8);
	CALL(mount, (long)none, (long)mnt, (long)tmpfs, 0x8000000000000000UL, 0);
	CALL(mount, (long)none, (long)mnt, (long)tmpfs, 0xffffffffUL, 0);
	CALL(mount, (long)str("/dev/sourcedevicelongname"), (long)mnt, (long)str("averylongfilesystemtypename"), 0, (long)str("opts=1234567890123456789012345678901234567890"));
	CALL(umount2, (long)mnt, MNT_DETACH | MNT_FORCE);
	CALL(umount2, (long)mnt, 0);
	CALL(umount2, (long)mnt, UMOUNT_NOFOLLOW | MNT_EXPIRE | 0x100);
	CALL(umount2, (long)mnt, 0x100);
	CALL(pivot_root, (long)str("/new"), (long)str("/new/old"));
	mark();
	return 0;
}

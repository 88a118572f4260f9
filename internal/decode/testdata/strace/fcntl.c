// fcntl's commands on real descriptors, and memfd_create.
// flags: -s 4
#define _GNU_SOURCE
#include "harness.h"
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>

int main(void) {
	mark();
	char *p = str("data");
	long fd = CALL(openat, AT_FDCWD, (long)p, O_RDWR | O_CREAT | O_TRUNC | O_APPEND, 0600);
	CALL(fcntl, fd, F_GETFD);
	CALL(fcntl, fd, F_SETFD, FD_CLOEXEC);
	CALL(fcntl, fd, F_GETFD);
	CALL(fcntl, fd, F_SETFD, 0);
	CALL(fcntl, fd, F_SETFD, 3);
	CALL(fcntl, fd, F_GETFL);
	CALL(fcntl, fd, F_SETFL, O_NONBLOCK | O_APPEND);
	CALL(fcntl, fd, F_GETFL);
	CALL(fcntl, fd, F_SETFL, 0x10);
	CALL(fcntl, fd, F_DUPFD, 20);
	CALL(fcntl, fd, F_DUPFD_CLOEXEC, 30);
	struct flock *fl = bufr(sizeof *fl);
	fl->l_type = F_WRLCK; fl->l_whence = SEEK_SET; fl->l_start = 0; fl->l_len = 100;
	mem(fl, sizeof *fl);
	CALL(fcntl, fd, F_SETLK, (long)fl);
	mem(fl, sizeof *fl);
	CALL(fcntl, fd, F_SETLKW, (long)fl);
	fl->l_type = F_RDLCK; mem(fl, sizeof *fl);
	CALL(fcntl, fd, F_GETLK, (long)fl);
	fl->l_type = F_UNLCK; fl->l_whence = SEEK_CUR; fl->l_start = -5; mem(fl, sizeof *fl);
	CALL(fcntl, fd, F_SETLK, (long)fl);
	mem(fl, sizeof *fl);
	CALL(fcntl, fd, F_OFD_SETLK, (long)fl);
	mem(fl, sizeof *fl);
	CALL(fcntl, fd, F_OFD_GETLK, (long)fl);
	fl->l_type = 9; fl->l_whence = 7; mem(fl, sizeof *fl);
	CALL(fcntl, fd, F_SETLK, (long)fl);
	CALL(fcntl, fd, F_SETLK, 8);
	CALL(fcntl, fd, F_GETOWN);
	CALL(fcntl, fd, F_SETOWN, 4242);
	CALL(fcntl, fd, F_GETOWN);
	struct f_owner_ex *ox = bufr(sizeof *ox); mem(ox, sizeof *ox);
	CALL(fcntl, fd, F_GETOWN_EX, (long)ox);
	ox->type = F_OWNER_PGRP; ox->pid = 5; mem(ox, sizeof *ox);
	CALL(fcntl, fd, F_SETOWN_EX, (long)ox);
	CALL(fcntl, fd, F_GETOWN_EX, 8);
	CALL(fcntl, fd, F_GETSIG);
	CALL(fcntl, fd, F_SETSIG, SIGUSR1);
	CALL(fcntl, fd, F_GETSIG);
	CALL(fcntl, fd, F_SETSIG, 0);
	CALL(fcntl, fd, F_GETLEASE);
	CALL(fcntl, fd, F_SETLEASE, F_UNLCK);
	CALL(fcntl, fd, F_NOTIFY, DN_MODIFY | DN_CREATE | DN_MULTISHOT);
	int *pp = bufr(8); mem(pp, 8);
	CALL(pipe2, (long)pp, 0);
	CALL(fcntl, pp[0], F_GETPIPE_SZ);
	CALL(fcntl, pp[0], F_SETPIPE_SZ, 8192);
	p = str("sealed");
	long m = CALL(memfd_create, (long)p, MFD_ALLOW_SEALING | MFD_CLOEXEC);
	CALL(fcntl, m, F_GET_SEALS);
	CALL(fcntl, m, F_ADD_SEALS, F_SEAL_SEAL | F_SEAL_WRITE);
	CALL(fcntl, m, F_GET_SEALS);
	CALL(fcntl, m, F_ADD_SEALS, 0x80);
	p = str("averyveryveryverylongnamewhichislongerthan32");
	CALL(memfd_create, (long)p, 0);
	p = str("y");
	CALL(memfd_create, (long)p, MFD_HUGETLB | (21 << 26));
	CALL(memfd_create, (long)p, 0x80000000);
	CALL(memfd_create, (long)p, 0x18);
	CALL(memfd_create, (long)p, 0x1234);
	CALL(memfd_create, (long)p, 0xffffffff);
	CALL(memfd_create, 8, 0);
	CALL(fcntl, fd, 1234, 5);
	CALL(fcntl, fd, 1029, 0);
	CALL(fcntl, fd, 17, 0);
	CALL(fcntl, fd, F_GETFL | 0x100000000L);
	CALL(fcntl, -1, F_GETFL);
	mark();
	return 0;
}

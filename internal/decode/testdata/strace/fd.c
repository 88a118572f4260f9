// Descriptor calls: dup, pipes, offsets, vectored I/O, copies between
// descriptors, locks, closing.
// flags: -s 4
// flags: -x
#define _GNU_SOURCE
#include "harness.h"
#include <fcntl.h>
#include <sys/uio.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <linux/close_range.h>

static struct iovec *iov(int n) {
	struct iovec *v = bufr(n * sizeof *v);
	return v;
}

int main(void) {
	/* A page followed by unmapped memory, made before the cases. */
	char *page = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(page + 4096, 4096);
	mark();
	char *p = str("data");
	long fd = CALL(openat, AT_FDCWD, (long)p, O_RDWR | O_CREAT | O_TRUNC, 0640);
	CALL(dup, fd);
	CALL(dup2, fd, 10);
	CALL(dup3, fd, 11, O_CLOEXEC);
	CALL(dup3, fd, 12, 0x12);
	CALL(dup2, fd, fd);
	int *pp = bufr(8); mem(pp, 8);
	CALL(pipe, (long)pp);
	pp = bufr(8); mem(pp, 8);
	CALL(pipe2, (long)pp, O_CLOEXEC | O_NONBLOCK);
	int rfd = pp[0], wfd = pp[1];
	CALL(pipe2, 8, 0);
	CALL(pipe2, 0, 0xfffff);

	/* writev: the data at entry, each vector cut at -s. */
	struct iovec *v = iov(3);
	char *a = bufr(12); strcpy(a, "hello world");
	char *b = bufr(17); memcpy(b, "second buffer\n\1\2", 16);
	v[0].iov_base = a; v[0].iov_len = 11;
	v[1].iov_base = b; v[1].iov_len = 16;
	v[2].iov_base = NULL; v[2].iov_len = 0;
	mem(v, 3 * sizeof *v); mem(a, 12); mem(b, 17);
	CALL(writev, fd, (long)v, 3);
	CALL(lseek, fd, 0, SEEK_SET);
	CALL(lseek, fd, -3, SEEK_END);
	CALL(lseek, fd, 5, SEEK_CUR);
	CALL(lseek, fd, 0, SEEK_DATA);
	CALL(lseek, fd, 0, SEEK_HOLE);
	CALL(lseek, fd, 0, 7);
	CALL(lseek, fd, 0, SEEK_SET);

	/* readv: the data at exit, as much as was read, then "". */
	char *r1 = bufr(5), *r2 = bufr(100), *r3 = bufr(3);
	v = iov(3);
	v[0].iov_base = r1; v[0].iov_len = 5;
	v[1].iov_base = r2; v[1].iov_len = 100;
	v[2].iov_base = r3; v[2].iov_len = 3;
	mem(v, 3 * sizeof *v); mem(r1, 5); mem(r2, 100); mem(r3, 3);
	CALL(readv, fd, (long)v, 3);
	mem(v, 3 * sizeof *v); mem(r1, 5); mem(r2, 100); mem(r3, 3);
	CALL(preadv, fd, (long)v, 2, 3);
	mem(v, 3 * sizeof *v); mem(r1, 5); mem(r2, 100); mem(r3, 3);
	CALL(readv, 100, (long)v, 3);
	v[0].iov_base = a; v[0].iov_len = 11; v[1].iov_base = b; v[1].iov_len = 16;
	mem(v, 2 * sizeof *v); mem(a, 12); mem(b, 17);
	CALL(pwritev, fd, (long)v, 2, 100);
	v[0].iov_base = r1; v[0].iov_len = 5; v[1].iov_base = r2; v[1].iov_len = 100;
	mem(v, 2 * sizeof *v); mem(r1, 5); mem(r2, 100);
	CALL(preadv2, fd, (long)v, 2, 0, 0, RWF_NOWAIT | RWF_HIPRI);
	v[0].iov_base = a; v[0].iov_len = 11;
	mem(v, sizeof *v); mem(a, 12);
	CALL(pwritev2, fd, (long)v, 1, -1, 0, RWF_DSYNC | RWF_APPEND | 0x100);
	CALL(readv, fd, 8, 2);
	mem(v, sizeof *v);
	CALL(readv, fd, (long)v, 0);
	CALL(preadv2, 0, 0, 0, 0, 0, 0x40);
	v[0].iov_base = (void *)8; v[0].iov_len = 5; v[1].iov_base = a; v[1].iov_len = 3;
	mem(v, 2 * sizeof *v); mem(a, 12);
	CALL(writev, wfd, (long)v, 2);
	/* An array that ends in unmapped memory. */
	struct iovec *e = (struct iovec *)(page + 4096 - sizeof *e);
	e->iov_base = a; e->iov_len = 2;
	mem(e, sizeof *e); mem(a, 12);
	CALL(writev, wfd, (long)e, 3);
	CALL(writev, wfd, (long)(page + 4096), 3);
	/* More vectors than -s shows. */
	char *x = bufr(4); strcpy(x, "xyz");
	struct iovec *many = iov(40);
	for (int i = 0; i < 40; i++) { many[i].iov_base = x; many[i].iov_len = 2; }
	mem(many, 40 * sizeof *many); mem(x, 4);
	CALL(writev, wfd, (long)many, 40);
	mem(v, sizeof *v);
	CALL(vmsplice, wfd, (long)v, 1, 0);

	long long *off = bufr(8); *off = 3; mem(off, 8);
	CALL(sendfile, wfd, fd, (long)off, 10);
	CALL(sendfile, wfd, fd, 0, 10);
	*off = 1; mem(off, 8);
	CALL(sendfile, wfd, 100, (long)off, 5);
	CALL(sendfile, wfd, fd, 8, 5);
	*off = 0; mem(off, 8);
	CALL(splice, fd, (long)off, wfd, 0, 5, SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
	CALL(splice, 0, 0, 0, 0, 1, 0xff);
	int *p2 = bufr(8); mem(p2, 8);
	CALL(pipe2, (long)p2, 0);
	CALL(tee, rfd, p2[1], 10, SPLICE_F_NONBLOCK);
	long long *i1 = bufr(8), *o1 = bufr(8); *o1 = 200; mem(i1, 8); mem(o1, 8);
	CALL(copy_file_range, fd, (long)i1, fd, (long)o1, 10, 0);
	CALL(copy_file_range, fd, 0, fd, 0, 10, 0);
	CALL(flock, fd, LOCK_EX);
	CALL(flock, fd, LOCK_UN);
	CALL(flock, fd, LOCK_SH | LOCK_NB);
	CALL(flock, fd, 0);
	CALL(flock, fd, 0x104);
	CALL(flock, fd, 0xffff);
	CALL(close_range, 100, 200, CLOSE_RANGE_CLOEXEC);
	CALL(close_range, 100, ~0U, 0);
	CALL(close_range, 100, 200, CLOSE_RANGE_UNSHARE | 8);
	CALL(close, fd);
	CALL(close, -1);
	mark();
	return 0;
}

// Extended attributes: values with and without a trailing NUL, lists,
// removal, flags.
// flags: -s 4
#define _GNU_SOURCE
#include "harness.h"
#include <fcntl.h>
#include <sys/xattr.h>

static char *v(const char *s, size_t n) {
	char *p = bufr(n + 1);
	memcpy(p, s, n);
	mem(p, n);
	return p;
}

int main(void) {
	close(open("f", O_CREAT | O_WRONLY, 0644));
	mark();
	char *f = str("f"), *foo = str("user.foo"), *lng = str("user.long"), *nope = str("user.nope");
	long fd = CALL(openat, AT_FDCWD, (long)f, O_RDWR);
	CALL(setxattr, (long)f, (long)foo, (long)v("bar\0baz", 7), 7, XATTR_CREATE);
	CALL(setxattr, (long)f, (long)lng, (long)v("0123456789012345678901234567890123456789", 40), 40, 0);
	CALL(lsetxattr, (long)f, (long)nope, (long)v("v", 1), 1, XATTR_REPLACE);
	CALL(fsetxattr, fd, (long)nope, (long)v("w", 1), 1, 4);
	CALL(setxattr, (long)f, (long)nope, (long)v("v", 1), 1, 3);
	char *b = bufr(256); mem(b, 256);
	CALL(getxattr, (long)f, (long)foo, (long)b, 256);
	CALL(getxattr, (long)f, (long)foo, 0, 0);
	mem(b, 256);
	CALL(getxattr, (long)f, (long)lng, (long)b, 256);
	mem(b, 256);
	CALL(getxattr, (long)f, (long)nope, (long)b, 256);
	mem(b, 256);
	CALL(lgetxattr, (long)f, (long)foo, (long)b, 2);
	mem(b, 256);
	CALL(fgetxattr, fd, (long)foo, (long)b, 256);
	mem(b, 256);
	CALL(listxattr, (long)f, (long)b, 256);
	CALL(listxattr, (long)f, 0, 0);
	mem(b, 256);
	CALL(listxattr, (long)f, (long)b, 0);
	mem(b, 256);
	CALL(llistxattr, (long)f, (long)b, 2);
	mem(b, 256);
	CALL(flistxattr, fd, (long)b, 256);
	/* A trailing NUL in the part shown is dropped, and "..." with it. */
	const char *vals[] = {"ab\0cdef", "abcd\0ef", "abc\0", "abcde", "abc\0ef", "abcd\0", "abc\0\0", "\0", "a\0\0"};
	size_t lens[] = {7, 7, 4, 5, 6, 5, 5, 1, 3};
	for (int i = 0; i < 9; i++) {
		CALL(setxattr, (long)f, (long)foo, (long)v(vals[i], lens[i]), lens[i], 0);
		mem(b, 256);
		CALL(getxattr, (long)f, (long)foo, (long)b, 256);
	}
	CALL(setxattr, (long)f, (long)foo, (long)v("abcd", 4), 0, 0);
	CALL(setxattr, (long)f, (long)foo, 8, 3, 0);
	CALL(removexattr, (long)f, (long)foo);
	CALL(lremovexattr, (long)f, (long)nope);
	CALL(fremovexattr, fd, (long)lng);
	mark();
	return 0;
}

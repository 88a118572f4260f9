// Opening files: open, openat, openat2 (struct open_how), creat, access
// checks, file handles, inotify and fanotify.
// flags: -s 4
#define _GNU_SOURCE
#include "harness.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/inotify.h>
#include <sys/fanotify.h>
#include <linux/openat2.h>

static struct open_how *how(unsigned long long flags, unsigned long long mode, unsigned long long resolve) {
	struct open_how *h = bufr(sizeof *h);
	h->flags = flags; h->mode = mode; h->resolve = resolve;
	mem(h, sizeof *h);
	return h;
}

int main(void) {
	mkdir("t", 0755);
	close(open("t/reg", O_CREAT | O_WRONLY, 0644));
	mark();
	char *t = str("t"), *reg = str("t/reg"), *nx = str("/nonexistent"), *host = str("/etc/hostname");
	long d = CALL(open, (long)t, O_RDONLY | O_DIRECTORY);
	CALL(open, (long)reg, O_RDONLY);
	CALL(creat, (long)str("t/new"), 0644);
	CALL(open, (long)str("t/tmp"), O_TMPFILE | O_RDWR, 0600);
	CALL(open, (long)t, O_TMPFILE | O_RDWR, 0600);
	CALL(openat, AT_FDCWD, (long)reg, O_RDONLY | O_PATH | O_NOFOLLOW | O_DIRECT | O_NOATIME | O_DSYNC | 0x80000000);
	CALL(openat, AT_FDCWD, (long)reg, 3 | O_SYNC | O_EXCL | O_NOCTTY | FASYNC);
	CALL(openat, -5, (long)reg, O_RDONLY);
	CALL(openat, AT_FDCWD, (long)nx, 0x100000);
	CALL(openat, AT_FDCWD, (long)nx, 0x400000, 0x123456789abcdefUL);
	CALL(openat, AT_FDCWD, (long)nx, 0x10);
	CALL(openat, AT_FDCWD, (long)nx, 0x11);
	CALL(openat, AT_FDCWD, (long)nx, 0xffffffff, 1);
	CALL(openat, AT_FDCWD, (long)str("t/created"), O_CREAT | O_WRONLY | O_TRUNC, 0x12345678);
	CALL(openat, AT_FDCWD, 8, O_RDONLY);
	CALL(openat2, AT_FDCWD, (long)host, (long)how(O_RDONLY | O_CLOEXEC, 0, RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS), 24);
	CALL(openat2, d, (long)str("new2"), (long)how(O_CREAT | O_WRONLY, 0644, 0), 24);
	CALL(openat2, d, (long)str("x"), (long)how(O_CREAT, 0, 0), 24);
	CALL(openat2, d, (long)str("x"), (long)how(O_RDONLY, 0644, 0), 24);
	CALL(openat2, d, (long)str("x"), (long)how(O_TMPFILE | O_RDWR, 0, 0x40 | RESOLVE_IN_ROOT), 24);
	CALL(openat2, d, (long)str("x"), (long)how(0, 0, 0), 16);
	CALL(openat2, d, (long)str("x"), 8, 24);
	char *big = bufr(100);
	struct open_how h = {O_RDWR, 0, 0};
	memcpy(big, &h, sizeof h); memset(big + 24, 0xab, 76); mem(big, 100);
	CALL(openat2, d, (long)str("x"), (long)big, 100);
	mem(big, 100);
	CALL(openat2, d, (long)str("x"), (long)big, 25);
	memset(big + 24, 0, 76); big[30] = 1; mem(big, 100);
	CALL(openat2, d, (long)str("x"), (long)big, 40);
	big[30] = 0; mem(big, 100);
	CALL(openat2, d, (long)str("x"), (long)big, 40);

	CALL(access, (long)t, R_OK | W_OK | X_OK);
	CALL(access, (long)t, 8);
	CALL(access, (long)nx, F_OK);
	CALL(access, (long)nx, 0x11);
	CALL(faccessat, d, (long)str("reg"), F_OK);
	CALL(faccessat2, d, (long)str("reg"), R_OK, AT_EACCESS | AT_SYMLINK_NOFOLLOW);
	CALL(faccessat2, AT_FDCWD, (long)nx, 0, 0x1000 | 0x400);

	struct file_handle *fh = bufr(sizeof *fh + 128);
	int *mid = bufr(4);
	fh->handle_bytes = 128; mem(fh, sizeof *fh + 128); mem(mid, 4);
	CALL(name_to_handle_at, AT_FDCWD, (long)nx, (long)fh, (long)mid, 0);
	mem(mid, 4);
	CALL(name_to_handle_at, AT_FDCWD, (long)host, 8, (long)mid, 0);
	mem(fh, sizeof *fh + 128);
	CALL(name_to_handle_at, AT_FDCWD, (long)host, (long)fh, 8, 0);
	mem(fh, sizeof *fh + 128); mem(mid, 4);
	CALL(name_to_handle_at, AT_FDCWD, (long)host, (long)fh, (long)mid, 0);
	mem(fh, sizeof *fh + 128);
	CALL(open_by_handle_at, AT_FDCWD, (long)fh, O_RDONLY);
	fh->handle_bytes = 0; mem(fh, sizeof *fh + 128); mem(mid, 4);
	CALL(name_to_handle_at, AT_FDCWD, (long)host, (long)fh, (long)mid, AT_SYMLINK_FOLLOW | AT_EMPTY_PATH);
	fh->handle_bytes = 40; fh->handle_type = 1; memset(fh->f_handle, 0x41, 40); mem(fh, sizeof *fh + 128);
	CALL(open_by_handle_at, 5, (long)fh, O_RDONLY);
	fh->handle_bytes = 200; mem(fh, sizeof *fh + 128);
	CALL(open_by_handle_at, 5, (long)fh, O_RDONLY);
	CALL(open_by_handle_at, 5, 8, O_RDONLY);

	long in = CALL(inotify_init1, IN_NONBLOCK | IN_CLOEXEC);
	CALL(inotify_init1, 0x12);
	CALL(inotify_init1, 0);
	long w = CALL(inotify_add_watch, in, (long)t, IN_MODIFY | IN_CREATE | IN_DELETE | IN_ONLYDIR);
	CALL(inotify_add_watch, in, (long)t, IN_ALL_EVENTS);
	CALL(inotify_add_watch, in, (long)t, 0);
	CALL(inotify_add_watch, in, (long)t, 0xffffffff);
	CALL(inotify_rm_watch, in, w);
	long fa = CALL(fanotify_init, FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK, O_RDONLY);
	CALL(fanotify_init, FAN_CLASS_CONTENT | FAN_REPORT_FID, O_RDWR);
	CALL(fanotify_init, 0x1000000, 0x12);
	CALL(fanotify_init, 0xc, 0);
	CALL(fanotify_init, 0xffffffff, 0);
	CALL(fanotify_mark, fa, FAN_MARK_ADD | FAN_MARK_ONLYDIR, FAN_OPEN | FAN_CLOSE_WRITE | FAN_EVENT_ON_CHILD, AT_FDCWD, (long)t);
	CALL(fanotify_mark, fa, FAN_MARK_REMOVE, FAN_ACCESS, d, 0);
	CALL(fanotify_mark, 0, 0x8000, 0x900000000UL, 5, (long)t);
	CALL(fanotify_mark, 0, 0x110, 0x4, 5, (long)t);
	CALL(fanotify_mark, 0, 0x7ff, 0xffffffffffffffffUL, 5, (long)t);
	mark();
	return 0;
}

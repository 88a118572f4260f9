// getdents64 and getdents on a real directory, and their failures.
// flags: -v
// flags: -v -s 3
#define _GNU_SOURCE
#include "harness.h"
#include <fcntl.h>
#include <sys/stat.h>

int main(void) {
	/* A directory with one entry of each common type. */
	mkdir("d", 0755);
	close(open("d/file", O_CREAT | O_WRONLY, 0644));
	mkdir("d/sub", 0755);
	symlink("file", "d/link");
	mkfifo("d/fifo", 0644);
	close(open("d/a-rather-long-file-name-longer-than-32-bytes", O_CREAT | O_WRONLY, 0644));
	mark();
	char *p = str("d");
	long fd = CALL(openat, AT_FDCWD, (long)p, O_RDONLY | O_DIRECTORY);
	char *b = bufr(1024); mem(b, 1024);
	CALL(getdents64, fd, (long)b, 1024);
	mem(b, 1024);
	CALL(getdents64, fd, (long)b, 1024);
	CALL(lseek, fd, 0, SEEK_SET);
	mem(b, 1024);
	CALL(getdents, fd, (long)b, 1024);
	CALL(lseek, fd, 0, SEEK_SET);
	mem(b, 24);
	CALL(getdents64, fd, (long)b, 24);
	mem(b, 10);
	CALL(getdents64, fd, (long)b, 10);
	CALL(getdents64, fd, 8, 1000);
	CALL(getdents64, 100, (long)b, 1024);
	mark();
	return 0;
}

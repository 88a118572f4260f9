/*
 * Lines strace prints when a file call blocks while another thread runs
 * (latesep_test.go): run `strace -f -e trace=sendfile,read,fcntl,newfstatat ./unfinished`.
 * A thread blocks in sendfile (the pipe is full) and then in read (another
 * pipe is empty) while the main thread sleeps, reads, stats and writes.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int p[2], q[2], fd;
static char buf[65536];

static void pause_(void) {
	struct timespec ts = {0, 200000000};
	nanosleep(&ts, 0);
}

static void *thread(void *a) {
	off_t o = 3;
	sendfile(p[1], fd, &o, 10);
	fcntl(fd, F_GETFL);
	read(q[0], buf, 1);
	return 0;
}

int main(void) {
	pipe(p);
	pipe(q);
	fd = open("/etc/services", O_RDONLY);
	memset(buf, 'x', sizeof buf);
	write(p[1], buf, sizeof buf);
	pthread_t t;
	pthread_create(&t, 0, thread, 0);
	pause_();
	read(p[0], buf, sizeof buf); /* unblocks the sendfile */
	pause_();
	read(p[0], buf, 10); /* drains what sendfile wrote */
	pause_();
	struct stat st;
	fstatat(fd, "", &st, AT_EMPTY_PATH);
	write(q[1], "y", 1); /* unblocks the read */
	pthread_join(t, 0);
	return 0;
}

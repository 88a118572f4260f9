/* Calls for the output and filtering options' differential tests
 * (outopts_test.go): each mode makes a fixed set of calls, run under
 * strace and under gostrace with the option being tested. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

/* io: data in and out, whole and partial, in buffers, vectors and
 * messages, on success and on failure (-e read=, -e write=). */
static void io(void)
{
	int p[2], sv[2];
	char a[2], b[5], c[5], big[100];
	pipe(p);
	write(p[1], "hello world, this is a longer line of text!\1\2\377\n", 47);
	read(p[0], big, sizeof big);
	write(p[1], "abc", 3);
	struct iovec rv[3] = {{a, 2}, {b, 5}, {c, 5}};
	readv(p[0], rv, 3);
	struct iovec wv[3] = {{"q", 1}, {NULL, 0}, {"rs", 2}};
	writev(p[1], wv, 3);
	read(p[0], big, sizeof big);
	write(99, "zz", 2);
	read(99, big, 4);
	struct iovec bad = {"abc", 3};
	writev(99, &bad, 1);
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	struct iovec two[2] = {{"hello", 5}, {"world", 5}};
	struct msghdr h;
	memset(&h, 0, sizeof h);
	h.msg_iov = two;
	h.msg_iovlen = 2;
	sendmsg(sv[0], &h, 0);
	struct iovec in = {big, sizeof big};
	h.msg_iov = &in;
	h.msg_iovlen = 1;
	recvmsg(sv[1], &h, 0);
	struct mmsghdr m[2];
	struct iovec x = {"abc", 3}, y = {"defg", 4};
	memset(m, 0, sizeof m);
	m[0].msg_hdr.msg_iov = &x;
	m[0].msg_hdr.msg_iovlen = 1;
	m[1].msg_hdr.msg_iov = &y;
	m[1].msg_hdr.msg_iovlen = 1;
	sendmmsg(sv[0], m, 2, 0);
	struct iovec r1 = {a, 2}, r2 = {c, 5};
	m[0].msg_hdr.msg_iov = &r1;
	m[1].msg_hdr.msg_iov = &r2;
	recvmmsg(sv[1], m, 2, 0, NULL);
	sendto(sv[0], "xyz", 3, 0, NULL, 0);
	recvfrom(sv[1], big, sizeof big, 0, NULL, NULL);
	pwrite(p[1], "x", 1, 0);
}

static void *sleeper(void *arg)
{
	char ch;
	(void)arg;
	read(*(int *)arg, &ch, 1); /* never returns: the process exits first */
	return NULL;
}

static void handler(int sig) { (void)sig; }

/* threads: calls that fail, succeed, never return, and are interrupted
 * by a signal (-z, -Z, -e status=). */
static void threads(void)
{
	static int p[2];
	pthread_t t;
	pipe(p);
	signal(SIGALRM, handler);
	pthread_create(&t, NULL, sleeper, &p[0]);
	open("/nonexistent", O_RDONLY);
	struct timespec ts = {0, 50000000};
	nanosleep(&ts, NULL);
	alarm(1);
	ts.tv_sec = 5;
	nanosleep(&ts, NULL);
	if (fork() == 0) {
		access("/nonexistent", F_OK);
		_exit(3);
	}
	wait(NULL);
	kill(getpid(), SIGUSR2); /* killed, with a thread in read */
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";
	if (!strcmp(mode, "io"))
		io();
	else if (!strcmp(mode, "threads"))
		threads();
	return 0;
}

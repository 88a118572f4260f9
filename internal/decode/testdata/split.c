#define _GNU_SOURCE
#include <poll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <pthread.h>
#include <unistd.h>
#include <time.h>
#include <sys/syscall.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <mqueue.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <string.h>
#include <sys/epoll.h>

int sv[2], p[2], l, fw;
static void tick(void) { struct timespec t = {0, 30000000}; nanosleep(&t, NULL); getpid(); }
void *th(void *x) {
	for (int i = 0; i < 30; i++) { tick(); }
	return 0;
}
int main(void) {
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv); pipe(p);
	struct timeval rto = {0, 50000}; setsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &rto, sizeof rto);
	pthread_t t; pthread_create(&t, 0, th, 0);
	char buf[16]; struct iovec iov = {buf, 16};
	struct sockaddr_storage from; socklen_t fl = sizeof from;
	struct msghdr mh = {.msg_name = &from, .msg_namelen = sizeof from, .msg_iov = &iov, .msg_iovlen = 1};
	struct timespec ts = {0, 50000000}, rem;
	recvfrom(sv[0], buf, 16, 0, (void*)&from, &fl);
	recvmsg(sv[0], &mh, 0);
	struct mmsghdr mm = {.msg_hdr = mh};
	recvmmsg(sv[0], &mm, 1, 0, &ts);
	syscall(SYS_nanosleep, &ts, &rem);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, &rem);
	struct pollfd pf = {p[0], POLLIN, 0};
	poll(&pf, 1, 50);
	ppoll(&pf, 1, &ts, NULL);
	fd_set r; FD_ZERO(&r); FD_SET(p[0], &r);
	struct timeval tv = {0, 50000};
	select(p[0]+1, &r, NULL, NULL, &tv);
	syscall(SYS_futex, &fw, FUTEX_WAIT_PRIVATE, 0, &ts, NULL, 0);
	int q = msgget(IPC_PRIVATE, 0600);
	struct { long t; char x[8]; } m;
	struct sembuf sb = {0, -1, 0}; int s = semget(IPC_PRIVATE, 1, 0600); semtimedop(s, &sb, 1, &ts); int sk = socket(AF_INET, SOCK_STREAM, 0); setsockopt(sk, SOL_SOCKET, SO_RCVTIMEO, &rto, sizeof rto); listen(sk, 1); fl = sizeof from; accept(sk, (void*)&from, &fl); struct epoll_event ev; int ep = epoll_create1(0); epoll_wait(ep, &ev, 1, 50);
	return 0;
}

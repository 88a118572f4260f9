#define _GNU_SOURCE
#include <poll.h>
#include <sys/select.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <signal.h>
#include <unistd.h>
#include <time.h>
#include <sys/time.h>
#include <sys/syscall.h>
#include <linux/futex.h>
#include <stdio.h>
#include <string.h>

static void h(int s) {}
static void arm(void) { struct itimerval it = {{0,0},{0,20000}}; setitimer(ITIMER_REAL, &it, NULL); }
int main(void) {
	struct sigaction sa = {0}; sa.sa_handler = h; sigaction(SIGALRM, &sa, NULL);
	int p[2]; pipe(p);
	sigset_t ss; sigemptyset(&ss); sigaddset(&ss, SIGUSR1);
	struct timespec ts = {5, 0}, rem;
	int ep = epoll_create1(0);
	epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &(struct epoll_event){.events=EPOLLIN});
	struct epoll_event out[4];
	arm(); epoll_pwait(ep, out, 4, 5000, &ss);
	arm(); epoll_wait(ep, out, 4, 5000);
	arm(); syscall(SYS_epoll_pwait2, ep, out, 4, &ts, &ss, 8);
	struct pollfd fds[1] = {{p[0], POLLIN, 0}};
	arm(); poll(fds, 1, 5000);
	arm(); ppoll(fds, 1, &ts, &ss);
	arm(); ppoll(fds, 1, &ts, NULL);
	fd_set r; FD_ZERO(&r); FD_SET(p[0], &r);
	struct timeval tv = {5, 0};
	arm(); select(p[0]+1, &r, NULL, NULL, &tv);
	FD_ZERO(&r); FD_SET(p[0], &r);
	arm(); pselect(p[0]+1, &r, NULL, NULL, &ts, &ss);
	arm(); syscall(SYS_nanosleep, &ts, &rem);
	arm(); syscall(SYS_nanosleep, &ts, NULL);
	arm(); syscall(SYS_clock_nanosleep, CLOCK_REALTIME, 0, &ts, &rem);
	int fw = 0;
	arm(); syscall(SYS_futex, &fw, FUTEX_WAIT_PRIVATE, 0, &ts, NULL, 0);
	arm(); syscall(SYS_futex, &fw, FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME, 0, NULL, NULL, 0xff);
	int sv[2]; socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	char buf[10]; struct iovec iov = {buf, 10};
	struct sockaddr_storage from;
	struct msghdr mh = {.msg_name = &from, .msg_namelen = sizeof from, .msg_iov = &iov, .msg_iovlen = 1};
	arm(); recvmsg(sv[0], &mh, 0);
	socklen_t fl = sizeof from;
	arm(); recvfrom(sv[0], buf, 10, 0, (void*)&from, &fl);
	arm(); read(p[0], buf, 1);
	struct mmsghdr mm = {.msg_hdr = mh};
	arm(); recvmmsg(sv[0], &mm, 1, 0, &ts);
	arm(); recvmmsg(sv[0], &mm, 1, 0, NULL);
	int l = socket(AF_INET, SOCK_STREAM, 0); listen(l, 1);
	fl = sizeof from;
	arm(); accept(l, (void*)&from, &fl);
	return 0;
}

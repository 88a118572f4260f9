#define _GNU_SOURCE
#include <poll.h>
#include <sys/select.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <signal.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <stdio.h>
#include <string.h>

int main(void) {
	int p[2]; pipe(p);
	write(p[1], "x", 1);
	struct pollfd fds[3] = {{p[0], POLLIN|POLLPRI, 0}, {p[1], POLLOUT, 0}, {-1, POLLIN, 0}};
	poll(fds, 3, 0);
	poll(fds, 1, 100);
	struct pollfd f2[2] = {{p[1], POLLIN, 0}, {99, POLLIN|POLLRDNORM|0x8000, 0}};
	poll(f2, 1, 0);
	poll(f2, 2, 0);
	poll(NULL, 0, 1);
	poll((void*)8, 1, 0);
	struct timespec ts = {0, 1000};
	sigset_t ss; sigemptyset(&ss); sigaddset(&ss, SIGUSR1);
	ppoll(fds, 2, &ts, &ss);
	ppoll(f2, 1, &ts, NULL);
	ppoll(fds, 1, NULL, NULL);
	fd_set r, w, e; FD_ZERO(&r); FD_ZERO(&w); FD_ZERO(&e);
	FD_SET(p[0], &r); FD_SET(p[1], &w); FD_SET(p[1], &r);
	struct timeval tv = {1, 5};
	select(p[1]+1, &r, &w, NULL, &tv);
	FD_ZERO(&r); FD_SET(p[1], &r); tv.tv_sec = 0; tv.tv_usec = 1000;
	select(p[1]+1, &r, NULL, NULL, &tv);
	select(0, NULL, NULL, NULL, &tv);
	FD_ZERO(&r); FD_SET(p[0], &r);
	select(p[1]+1, &r, NULL, &e, NULL);
	FD_ZERO(&r); FD_SET(p[0], &r);
	pselect(p[1]+1, &r, NULL, NULL, &ts, &ss);
	FD_ZERO(&r); FD_SET(p[1], &r);
	pselect(p[1]+1, &r, NULL, NULL, &ts, NULL);
	FD_ZERO(&r); FD_SET(p[0], &r);
	select(1025, &r, NULL, NULL, &tv);
	select(-1, &r, NULL, NULL, &tv);
	int ep = epoll_create(5);
	epoll_create1(EPOLL_CLOEXEC);
	epoll_create1(0);
	struct epoll_event ev = {.events = EPOLLIN|EPOLLET, .data.u64 = 0x100000005ULL};
	epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
	ev.events = EPOLLOUT|EPOLLONESHOT|EPOLLEXCLUSIVE; ev.data.fd = p[1];
	epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev);
	ev.events = EPOLLIN|EPOLLRDHUP|EPOLLWAKEUP; 
	epoll_ctl(ep, EPOLL_CTL_MOD, p[1], &ev);
	epoll_ctl(ep, EPOLL_CTL_DEL, p[1], NULL);
	epoll_ctl(ep, 9, p[1], &ev);
	ev.events = 0;
	epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev);
	struct epoll_event out[4];
	epoll_wait(ep, out, 4, 0);
	epoll_wait(ep, out, 4, 10);
	epoll_pwait(ep, out, 4, 0, &ss);
	epoll_pwait(ep, out, 4, 0, NULL);
	syscall(SYS_epoll_pwait2, ep, out, 4, &ts, NULL, 8);
	ts.tv_nsec=0; syscall(SYS_epoll_pwait2, ep, out, 4, &ts, &ss, 8); syscall(SYS_epoll_pwait2, ep, out, 4, &ts, &ss, 4); epoll_pwait(ep, out, 4, 0, (void*)8); syscall(SYS_epoll_pwait, ep, out, 4, 0, &ss, 4);syscall(SYS_epoll_pwait2, ep, out, 4, (void*)8, &ss, 8);
	epoll_wait(ep, NULL, 4, 0);
	eventfd(3, 0);
	eventfd(0, EFD_SEMAPHORE|EFD_CLOEXEC|EFD_NONBLOCK);
	syscall(SYS_eventfd, 7);
	return 0;
}

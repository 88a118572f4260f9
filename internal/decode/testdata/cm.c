#define _GNU_SOURCE
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/select.h>
#include <poll.h>
#include <time.h>
int main(void) {
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in a = {.sin_family = AF_INET}; a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(s, (void*)&a, sizeof a); socklen_t al = sizeof a; getsockname(s, (void*)&a, &al);
	int one = 1;
	setsockopt(s, IPPROTO_IP, IP_RECVTTL, &one, 4);
	setsockopt(s, IPPROTO_IP, IP_PKTINFO, &one, 4);
	setsockopt(s, IPPROTO_IP, IP_RECVTOS, &one, 4); { int tos = 0x28; setsockopt(s, IPPROTO_IP, IP_TOS, &tos, 4); }
	setsockopt(s, SOL_SOCKET, SO_TIMESTAMP, &one, 4);
	sendto(s, "x", 1, 0, (void*)&a, sizeof a);
	char buf[8], cbuf[512]; struct iovec iov = {buf, 8};
	struct sockaddr_in from;
	struct msghdr mh = {.msg_name = &from, .msg_namelen = sizeof from, .msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf, .msg_controllen = sizeof cbuf};
	recvmsg(s, &mh, 0);
	one = 0; setsockopt(s, SOL_SOCKET, SO_TIMESTAMP, &one, 4); one = 1;
	setsockopt(s, SOL_SOCKET, SO_TIMESTAMPNS, &one, 4);
	sendto(s, "y", 1, 0, (void*)&a, sizeof a);
	mh.msg_controllen = sizeof cbuf; mh.msg_namelen = sizeof from;
	recvmsg(s, &mh, 0);
	int s6 = socket(AF_INET6, SOCK_DGRAM, 0);
	struct sockaddr_in6 b = {.sin6_family = AF_INET6, .sin6_addr = IN6ADDR_LOOPBACK_INIT};
	bind(s6, (void*)&b, sizeof b); al = sizeof b; getsockname(s6, (void*)&b, &al);
	setsockopt(s6, IPPROTO_IPV6, IPV6_RECVHOPLIMIT, &one, 4);
	setsockopt(s6, IPPROTO_IPV6, IPV6_RECVPKTINFO, &one, 4);
	setsockopt(s6, IPPROTO_IPV6, IPV6_RECVTCLASS, &one, 4);
	sendto(s6, "z", 1, 0, (void*)&b, sizeof b);
	struct sockaddr_in6 from6;
	mh.msg_name = &from6; mh.msg_namelen = sizeof from6; mh.msg_controllen = sizeof cbuf;
	recvmsg(s6, &mh, 0);
	/* select syscall */
	int p[2]; pipe(p); write(p[1], "x", 1);
	fd_set r; FD_ZERO(&r); FD_SET(p[0], &r); FD_SET(p[1], &r);
	struct timeval tv = {1, 5};
	syscall(SYS_select, p[1]+1, &r, NULL, NULL, &tv);
	FD_ZERO(&r); FD_SET(p[1], &r); tv.tv_sec = 0; tv.tv_usec = 10;
	syscall(SYS_select, p[1]+1, &r, NULL, NULL, &tv);
	FD_ZERO(&r); FD_SET(p[0], &r); syscall(SYS_select, p[1]+1, &r, NULL, NULL, NULL);
	struct pollfd many[40]; for (int i = 0; i < 40; i++) { many[i].fd = p[0]; many[i].events = POLLIN; }
	poll(many, 40, 0);
	socklen_t l4 = 4; int v;
	getsockopt(s, SOL_SOCKET, SO_ERROR, NULL, &l4);
	accept(s, NULL, &l4);
	struct timespec ts = {0, 1000};
	clock_gettime(CLOCK_MONOTONIC, &ts); ts.tv_sec += 1;
	return 0;
}

#define _GNU_SOURCE
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <string.h>
#include <unistd.h>
#include <stdio.h>
#include <stddef.h>
#include <sys/uio.h>
#include <fcntl.h>

int main(void) {
	int sv[2];
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	int on = 1;
	setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof on);
	char big[100]; memset(big, 'x', sizeof big);
	send(sv[0], "hello", 5, 0);
	recv(sv[1], big, sizeof big, MSG_DONTWAIT);
	recv(sv[1], big, sizeof big, MSG_DONTWAIT|MSG_PEEK);
	sendto(sv[0], big, sizeof big, MSG_NOSIGNAL|MSG_MORE, NULL, 0);
	struct sockaddr_un from; socklen_t fl = sizeof from;
	recvfrom(sv[1], big, sizeof big, 0, (void*)&from, &fl);
	struct sockaddr_in sin = {.sin_family = AF_INET, .sin_port = htons(53)};
	inet_pton(AF_INET, "127.0.0.1", &sin.sin_addr);
	int u = socket(AF_INET, SOCK_DGRAM, 0);
	sendto(u, "q", 1, 0, (void*)&sin, sizeof sin);
	sendto(u, "q", 1, 0x80000000|0x1000000, (void*)&sin, sizeof sin);
	/* sendmsg with iov and SCM_RIGHTS */
	char data1[] = "abc", data2[] = "defgh";
	struct iovec iov[2] = {{data1, 3}, {data2, 5}};
	union { char buf[CMSG_SPACE(sizeof(int)*2)]; struct cmsghdr al; } u1;
	struct msghdr mh = {0};
	mh.msg_iov = iov; mh.msg_iovlen = 2;
	mh.msg_control = u1.buf; mh.msg_controllen = sizeof u1.buf;
	struct cmsghdr *cm = CMSG_FIRSTHDR(&mh);
	cm->cmsg_level = SOL_SOCKET; cm->cmsg_type = SCM_RIGHTS; cm->cmsg_len = CMSG_LEN(sizeof(int)*2);
	int fds[2] = {0, 1}; memcpy(CMSG_DATA(cm), fds, sizeof fds);
	sendmsg(sv[0], &mh, 0);
	struct iovec riov[2] = {{big, 2}, {big+10, 50}};
	char cbuf[256];
	struct msghdr rh = {0};
	rh.msg_name = &from; rh.msg_namelen = sizeof from;
	rh.msg_iov = riov; rh.msg_iovlen = 2;
	rh.msg_control = cbuf; rh.msg_controllen = sizeof cbuf;
	recvmsg(sv[1], &rh, MSG_CMSG_CLOEXEC);
	/* SCM_CREDENTIALS */
	struct ucred cr = {getpid(), getuid(), getgid()};
	union { char buf[CMSG_SPACE(sizeof cr)]; struct cmsghdr al; } u2;
	mh.msg_iovlen = 1;
	mh.msg_control = u2.buf; mh.msg_controllen = sizeof u2.buf;
	cm = CMSG_FIRSTHDR(&mh);
	cm->cmsg_level = SOL_SOCKET; cm->cmsg_type = SCM_CREDENTIALS; cm->cmsg_len = CMSG_LEN(sizeof cr);
	memcpy(CMSG_DATA(cm), &cr, sizeof cr);
	sendmsg(sv[0], &mh, MSG_DONTWAIT);
	rh.msg_controllen = sizeof cbuf; rh.msg_namelen = sizeof from;
	recvmsg(sv[1], &rh, 0);
	/* no control */
	mh.msg_control = NULL; mh.msg_controllen = 0;
	sendmsg(sv[0], &mh, 0);
	rh.msg_control = NULL; rh.msg_controllen = 0; rh.msg_name = NULL; rh.msg_namelen = 0;
	recvmsg(sv[1], &rh, 0);
	recvmsg(sv[1], &rh, MSG_DONTWAIT);
	sendmsg(sv[0], NULL, 0);
	sendmsg(sv[0], (void*)8, 0);
	/* truncated */
	sendto(sv[0], big, 5, 0, NULL, 0);
	riov[0].iov_len = 2; rh.msg_iovlen = 1;
	recvmsg(sv[1], &rh, 0);
	/* mmsg */
	struct mmsghdr mm[2] = {0};
	struct iovec i1 = {"one", 3}, i2 = {"two2", 4};
	mm[0].msg_hdr.msg_iov = &i1; mm[0].msg_hdr.msg_iovlen = 1;
	mm[1].msg_hdr.msg_iov = &i2; mm[1].msg_hdr.msg_iovlen = 1;
	sendmmsg(sv[0], mm, 2, 0);
	char r1[8], r2[8];
	struct iovec ri1 = {r1, 8}, ri2 = {r2, 8};
	struct mmsghdr rm[2] = {0};
	rm[0].msg_hdr.msg_iov = &ri1; rm[0].msg_hdr.msg_iovlen = 1;
	rm[1].msg_hdr.msg_iov = &ri2; rm[1].msg_hdr.msg_iovlen = 1;
	recvmmsg(sv[1], rm, 2, MSG_DONTWAIT, NULL);
	struct timespec ts = {1, 0};
	recvmmsg(sv[1], rm, 2, MSG_DONTWAIT, &ts);
	/* accept */
	int l = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = {.sin_family = AF_INET};
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(l, (void*)&a, sizeof a);
	listen(l, 1);
	socklen_t al = sizeof a; getsockname(l, (void*)&a, &al);
	int c = socket(AF_INET, SOCK_STREAM, 0);
	connect(c, (void*)&a, sizeof a);
	struct sockaddr_storage peer; socklen_t pl = sizeof peer;
	accept(l, (void*)&peer, &pl);
	connect(c, (void*)&a, sizeof a);
	int c2 = socket(AF_INET, SOCK_STREAM, 0);
	connect(c2, (void*)&a, sizeof a);
	accept4(l, NULL, NULL, SOCK_NONBLOCK|SOCK_CLOEXEC);
	fcntl(l, F_SETFL, O_NONBLOCK);
	pl = sizeof peer;
	accept4(l, (void*)&peer, &pl, 0);
	accept(l, (void*)&peer, &pl);
	return 0;
}

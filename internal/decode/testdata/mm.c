#define _GNU_SOURCE
#include <sys/socket.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/uio.h>
int main(void) {
	int sv[2]; socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	struct mmsghdr mm[3] = {0};
	struct iovec i1 = {"one", 3}, i2 = {"two2", 4}, i3 = {(void*)8, 4};
	mm[0].msg_hdr.msg_iov = &i1; mm[0].msg_hdr.msg_iovlen = 1;
	mm[1].msg_hdr.msg_iov = &i2; mm[1].msg_hdr.msg_iovlen = 1;
	mm[2].msg_hdr.msg_iov = &i3; mm[2].msg_hdr.msg_iovlen = 1;
	sendmmsg(sv[0], mm, 3, 0);
	char r1[8], r2[8], r3[8];
	struct iovec ri1 = {r1, 8}, ri2 = {r2, 8}, ri3 = {r3, 8};
	struct mmsghdr rm[3] = {0};
	rm[0].msg_hdr.msg_iov = &ri1; rm[0].msg_hdr.msg_iovlen = 1;
	rm[1].msg_hdr.msg_iov = &ri2; rm[1].msg_hdr.msg_iovlen = 1;
	rm[2].msg_hdr.msg_iov = &ri3; rm[2].msg_hdr.msg_iovlen = 1;
	struct timespec ts = {1, 0};
	recvmmsg(sv[1], rm, 3, MSG_WAITFORONE, &ts);
	send(sv[0], "x", 1, 0);
	recvmmsg(sv[1], rm, 3, MSG_WAITFORONE, &ts);
	sendmmsg(sv[0], (void*)8, 3, 0);
	sendmmsg(-1, mm, 2, 0);
	/* iov limits */
	struct iovec many[40]; for (int i = 0; i < 40; i++) { many[i].iov_base = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ"; many[i].iov_len = 1 + i; }
	struct msghdr mh = {0}; mh.msg_iov = many; mh.msg_iovlen = 40;
	sendmsg(-1, &mh, 0);
	mh.msg_iovlen = 3;
	sendmsg(-1, &mh, 0);
	return 0;
}

#define _GNU_SOURCE
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <linux/netlink.h>
#include <linux/if_packet.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

int main(void) {
	char b[200]; memset(b, 'A', sizeof b);
	unsigned short *f = (void*)b;
	*f = AF_UNIX;
	syscall(SYS_connect, -1, b, 1);
	syscall(SYS_connect, -1, b, 3);
	syscall(SYS_connect, -1, b, 110);
	syscall(SYS_connect, -1, b, 111);
	syscall(SYS_connect, -1, b, 200);
	b[2] = 0; b[3] = 'x'; b[4] = 0; b[5] = 'y';
	syscall(SYS_connect, -1, b, 6);
	syscall(SYS_connect, -1, b, 3);
	syscall(SYS_connect, -1, b, 2);
	strcpy(b+2, "/a\"b\n\377");
	syscall(SYS_connect, -1, b, 12);
	*f = 99;
	memset(b+2, 'B', 150);
	syscall(SYS_connect, -1, b, 128);
	syscall(SYS_connect, -1, b, 129);
	syscall(SYS_connect, -1, b, 2);
	syscall(SYS_connect, -1, b, 3);
	*f = AF_INET;
	syscall(SYS_connect, -1, b, 2);
	syscall(SYS_connect, -1, b, 15);
	syscall(SYS_connect, -1, b, 16);
	*f = AF_INET6;
	syscall(SYS_connect, -1, b, 23);
	syscall(SYS_connect, -1, b, 24);
	syscall(SYS_connect, -1, b, 27);
	syscall(SYS_connect, -1, b, 28);
	syscall(SYS_connect, -1, b, 40);
	struct sockaddr_in6 s6 = {.sin6_family = AF_INET6};
	const char *addrs[] = {"::", "::1", "1::", "1:0:0:1::1", "1:0:0:1:0:0:0:1", "::ffff:1.2.3.4", "::1.2.3.4", "::0.0.1.0", "2001:db8::ff00:42:8329", "ff02::1", "fe80::1", "1:2:3:4:5:6:7:8", "0:0:1::", "::ffff:0:1.2.3.4", "64:ff9b::1.2.3.4"};
	for (int i = 0; i < sizeof addrs / sizeof *addrs; i++) { inet_pton(AF_INET6, addrs[i], &s6.sin6_addr); s6.sin6_scope_id = i % 3 == 0 ? 1 : 77; syscall(SYS_connect, -1, &s6, sizeof s6); }
	*f = AF_NETLINK;
	syscall(SYS_connect, -1, b, 11);
	syscall(SYS_connect, -1, b, 12);
	syscall(SYS_connect, -1, b, 16);
	struct sockaddr_nl nl = {AF_NETLINK, 0, 1234, 0xffffffff};
	syscall(SYS_connect, -1, &nl, 12);
	*f = AF_PACKET;
	syscall(SYS_connect, -1, b, 19);
	syscall(SYS_connect, -1, b, 20);
	struct sockaddr_ll ll = {AF_PACKET, htons(0x86dd), 77, 0xffff, 9, 12, {1,2,3,4,5,6,7,8}};
	syscall(SYS_connect, -1, &ll, 20);
	ll.sll_halen = 3; ll.sll_ifindex = 0; ll.sll_protocol = 0;
	syscall(SYS_connect, -1, &ll, 20);
	ll.sll_halen = 0;
	syscall(SYS_connect, -1, &ll, 20);
	*f = AF_BLUETOOTH;
	syscall(SYS_connect, -1, b, 16);
	*f = AF_UNSPEC;
	syscall(SYS_connect, -1, b, 16);
	syscall(SYS_connect, -1, b, 2);
	return 0;
}

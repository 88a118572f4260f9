#define _GNU_SOURCE
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <linux/netlink.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <string.h>
#include <unistd.h>
#include <stdio.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <stddef.h>

int main(void) {
	int sv[2];
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	socketpair(AF_UNIX, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, 0, sv);
	socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
	socket(AF_INET6, SOCK_STREAM|SOCK_NONBLOCK, IPPROTO_TCP);
	socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
	socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE);
	socket(AF_NETLINK, SOCK_DGRAM, NETLINK_KOBJECT_UEVENT);
	socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
	socket(AF_UNIX, 77, 0);
	socket(99, SOCK_STREAM, 0);
	socket(AF_INET, SOCK_STREAM, 300);
	int u = socket(AF_UNIX, SOCK_STREAM, 0);
	struct sockaddr_un sun = {.sun_family = AF_UNIX};
	strcpy(sun.sun_path, "/tmp/dnet/sock");
	unlink(sun.sun_path);
	bind(u, (void*)&sun, sizeof sun);
	bind(u, (void*)&sun, offsetof(struct sockaddr_un, sun_path) + strlen(sun.sun_path) + 1);
	struct sockaddr_un abs = {.sun_family = AF_UNIX};
	memcpy(abs.sun_path, "\0abstract", 9);
	connect(u, (void*)&abs, offsetof(struct sockaddr_un, sun_path) + 9);
	connect(u, (void*)&abs, 2);
	connect(u, (void*)&abs, 0);
	connect(u, NULL, 0);
	connect(u, (void*)1, 16);
	listen(u, 5);
	struct sockaddr_in sin = {.sin_family = AF_INET, .sin_port = htons(80)};
	inet_pton(AF_INET, "127.0.0.1", &sin.sin_addr);
	int t = socket(AF_INET, SOCK_STREAM, 0);
	connect(t, (void*)&sin, sizeof sin);
	connect(t, (void*)&sin, 8);
	connect(t, (void*)&sin, 20);
	struct sockaddr_in6 s6 = {.sin6_family = AF_INET6, .sin6_port = htons(443), .sin6_flowinfo = htonl(5), .sin6_scope_id = 3};
	inet_pton(AF_INET6, "::1", &s6.sin6_addr);
	int t6 = socket(AF_INET6, SOCK_STREAM, 0);
	connect(t6, (void*)&s6, sizeof s6);
	inet_pton(AF_INET6, "fe80::1", &s6.sin6_addr);
	connect(t6, (void*)&s6, sizeof s6);
	inet_pton(AF_INET6, "::ffff:1.2.3.4", &s6.sin6_addr);
	s6.sin6_scope_id = 0;
	connect(t6, (void*)&s6, sizeof s6);
	connect(t6, (void*)&s6, 24);
	struct sockaddr_nl nl = {.nl_family = AF_NETLINK, .nl_pid = 0, .nl_groups = 0x10};
	int n = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	bind(n, (void*)&nl, sizeof nl);
	struct sockaddr_ll ll = {.sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_IP), .sll_ifindex = 1, .sll_hatype = 1, .sll_pkttype = PACKET_HOST, .sll_halen = 6, .sll_addr = {1,2,3,4,5,6}};
	bind(n, (void*)&ll, sizeof ll);
	struct sockaddr_storage ss; memset(&ss, 0, sizeof ss); ss.ss_family = 99; memcpy(((char*)&ss)+2, "abcdef", 6);
	bind(n, (void*)&ss, 16);
	ss.ss_family = AF_UNSPEC;
	bind(n, (void*)&ss, 16);
	socklen_t len = sizeof ss;
	getsockname(t, (void*)&ss, &len);
	len = 4;
	getsockname(t, (void*)&ss, &len);
	getpeername(sv[0], (void*)&ss, &len);
	len = sizeof ss;
	getsockname(u, (void*)&ss, &len);
	getsockname(u, NULL, NULL);
	getsockname(u, (void*)&ss, NULL);
	shutdown(sv[0], SHUT_RD); shutdown(sv[0], SHUT_WR); shutdown(sv[0], SHUT_RDWR); shutdown(sv[0], 7);
	int one = 1;
	setsockopt(t, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	setsockopt(t, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	setsockopt(t, IPPROTO_IP, IP_TOS, &one, sizeof one);
	setsockopt(t6, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
	struct linger lg = {1, 5};
	setsockopt(t, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
	struct timeval tv = {3, 500};
	setsockopt(t, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	setsockopt(t, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
	setsockopt(t, SOL_SOCKET, SO_BINDTODEVICE, "lo", 3);
	setsockopt(t, SOL_SOCKET, SO_REUSEADDR, &one, 2);
	setsockopt(t, SOL_SOCKET, SO_REUSEADDR, &one, 8);
	setsockopt(t, SOL_SOCKET, SO_REUSEADDR, NULL, 4);
	setsockopt(t, 999, 5, &one, 4);
	setsockopt(t, SOL_SOCKET, 999, &one, 4);
	setsockopt(t, IPPROTO_TCP, TCP_CONGESTION, "cubic", 5);
	int v; len = sizeof v;
	getsockopt(t, SOL_SOCKET, SO_ERROR, &v, &len);
	getsockopt(t, SOL_SOCKET, SO_TYPE, &v, &len);
	getsockopt(t, SOL_SOCKET, SO_DOMAIN, &v, &len);
	getsockopt(t, SOL_SOCKET, SO_PROTOCOL, &v, &len);
	getsockopt(t, SOL_SOCKET, SO_SNDBUF, &v, &len);
	len = sizeof lg; getsockopt(t, SOL_SOCKET, SO_LINGER, &lg, &len);
	len = sizeof tv; getsockopt(t, SOL_SOCKET, SO_RCVTIMEO, &tv, &len);
	struct ucred cr; len = sizeof cr; getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cr, &len);
	len = 2; getsockopt(t, SOL_SOCKET, SO_ERROR, &v, &len);
	len = 8; getsockopt(t, SOL_SOCKET, SO_ERROR, &v, &len);
	char buf[64]; len = sizeof buf; getsockopt(t, IPPROTO_TCP, TCP_CONGESTION, buf, &len);
	getsockopt(t, SOL_SOCKET, SO_ERROR, &v, NULL);
	return 0;
}

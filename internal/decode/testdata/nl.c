#define _GNU_SOURCE
#include <sys/socket.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/if_addr.h>
#include <string.h>
#include <unistd.h>
#include <stdio.h>
#include <arpa/inet.h>

static char buf[1024];
static struct sockaddr_nl nl = {AF_NETLINK};
static int fd;
static void put(int len) { sendto(fd, buf, len, 0, (void*)&nl, sizeof nl); }
static int hdr(int type, int flags, int paylen) {
	struct nlmsghdr *h = (void*)buf; h->nlmsg_len = NLMSG_LENGTH(paylen); h->nlmsg_type = type; h->nlmsg_flags = flags; h->nlmsg_seq = 7; h->nlmsg_pid = 0; return h->nlmsg_len;
}
int main(void) {
	fd = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	memset(buf, 0, sizeof buf);
	/* 1: GETADDR with a full ifaddrmsg, no attrs */
	int n = hdr(RTM_GETADDR, NLM_F_REQUEST|NLM_F_DUMP, sizeof(struct ifaddrmsg));
	struct ifaddrmsg *ifa = NLMSG_DATA(buf); ifa->ifa_family = AF_INET; ifa->ifa_index = 1; ifa->ifa_scope = 200; ifa->ifa_flags = 0x81;
	put(n);
	/* 2: NEWADDR with one attr */
	memset(buf, 0, sizeof buf);
	n = hdr(RTM_NEWADDR, NLM_F_REQUEST|NLM_F_ACK|NLM_F_CREATE|NLM_F_EXCL, sizeof(struct ifaddrmsg) + RTA_LENGTH(4));
	ifa = NLMSG_DATA(buf); ifa->ifa_family = AF_INET; ifa->ifa_prefixlen = 8; ifa->ifa_index = 77;
	struct rtattr *rta = (void*)((char*)ifa + NLMSG_ALIGN(sizeof *ifa)); rta->rta_len = RTA_LENGTH(4); rta->rta_type = IFA_LOCAL; inet_pton(AF_INET, "10.1.2.3", RTA_DATA(rta));
	put(n);
	/* 3: NEWADDR with attrs: v6 address, unknown attr, rt priority, netnsid, multicast, label without NUL, flags unknown bit, short address */
	memset(buf, 0, sizeof buf);
	char *p = NLMSG_DATA(buf);
	ifa = (void*)p; ifa->ifa_family = AF_INET6; ifa->ifa_prefixlen = 64; ifa->ifa_index = 0; ifa->ifa_scope = 253; ifa->ifa_flags = 0xff;
	p += NLMSG_ALIGN(sizeof *ifa);
	#define ATTR(t, data, len) do { rta = (void*)p; rta->rta_len = RTA_LENGTH(len); rta->rta_type = t; memcpy(RTA_DATA(rta), data, len); p += RTA_ALIGN(rta->rta_len); } while (0)
	struct in6_addr a6; inet_pton(AF_INET6, "fe80::1", &a6);
	ATTR(IFA_ADDRESS, &a6, 16);
	ATTR(99, "abc", 3);
	unsigned v = 5; ATTR(IFA_RT_PRIORITY, &v, 4);
	int ns = -1; ATTR(IFA_TARGET_NETNSID, &ns, 4);
	ATTR(IFA_LABEL, "eth0xx", 6);
	v = 0x80000081; ATTR(IFA_FLAGS, &v, 4);
	ATTR(IFA_BROADCAST, "\1\2", 2);
	ATTR(IFA_PROTO, "\3", 1);
	n = p - buf; hdr(RTM_NEWADDR, NLM_F_MULTI, n - NLMSG_HDRLEN);
	put(n);
	/* 4: two messages: DELADDR + DONE, then error */
	memset(buf, 0, sizeof buf);
	n = hdr(RTM_DELADDR, NLM_F_REQUEST, 4);
	struct nlmsghdr *h2 = (void*)(buf + n); h2->nlmsg_len = NLMSG_LENGTH(4); h2->nlmsg_type = NLMSG_DONE; h2->nlmsg_flags = NLM_F_MULTI;
	put(n + h2->nlmsg_len);
	memset(buf, 0, sizeof buf);
	n = hdr(NLMSG_ERROR, NLM_F_CAPPED, sizeof(struct nlmsgerr));
	struct nlmsgerr *e = NLMSG_DATA(buf); e->error = -22; e->msg.nlmsg_len = 20; e->msg.nlmsg_type = RTM_GETADDR; e->msg.nlmsg_flags = NLM_F_REQUEST; e->msg.nlmsg_seq = 9;
	put(n);
	memset(buf, 0, sizeof buf);
	n = hdr(NLMSG_ERROR, 0, sizeof(struct nlmsgerr));
	put(n);
	/* 5: short and odd buffers */
	memset(buf, 0, sizeof buf);
	n = hdr(RTM_GETLINK, NLM_F_REQUEST|NLM_F_DUMP, 16);
	put(n);
	put(10);
	n = hdr(RTM_GETADDR, NLM_F_REQUEST|NLM_F_DUMP, 0); put(n);
	n = hdr(RTM_GETADDR, NLM_F_REQUEST|NLM_F_DUMP, 4); put(n + 3);
	n = hdr(0x7777, 0x8000, 4); put(n);
	n = hdr(RTM_NEWROUTE, NLM_F_REQUEST, 12); put(n);
	struct nlmsghdr *h = (void*)buf; h->nlmsg_len = 100; put(24);
	h->nlmsg_len = 8; put(24);
	return 0;
}

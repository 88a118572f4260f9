#define _GNU_SOURCE
#include <unistd.h>
#include <sys/syscall.h>
#include <stdint.h>
#include <string.h>
#include <linux/io_uring.h>
#include <sys/epoll.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>

int main(int argc, char **argv) {
	const char *t = argv[1];
	long i;
	if (!strcmp(t, "af")) for (i = 0; i < 64; i++) syscall(SYS_socket, i, 1, 0);
	if (!strcmp(t, "socktype")) for (i = 0; i < 16; i++) syscall(SYS_socket, 1, i, 0);
	if (!strcmp(t, "sockflags")) syscall(SYS_socket, 1, 0xfffffff0, 0);
	if (!strcmp(t, "ipproto")) for (i = 0; i < 300; i++) syscall(SYS_socket, 2, 1, i);
	if (!strcmp(t, "ipproto6")) for (i = 0; i < 300; i++) syscall(SYS_socket, 10, 1, i);
	if (!strcmp(t, "netlink")) for (i = 0; i < 40; i++) syscall(SYS_socket, 16, 3, i);
	/* An invalid type: strace still names the protocol, and no socket is made. */
	if (!strcmp(t, "packet")) for (i = 0; i < 0x10000; i++) syscall(SYS_socket, 17, 99, i);
	if (!strcmp(t, "sol")) for (i = 0; i < 300; i++) syscall(SYS_setsockopt, -1, i, 1, 0, 0);
	if (!strcmp(t, "solopt")) { long lv = atol(argv[2]); for (i = 0; i < 100; i++) syscall(SYS_setsockopt, -1, lv, i, 0, 0); }
	if (!strcmp(t, "msgflags")) { syscall(SYS_sendto, -1, 0, 0, 0xffffffffL, 0, 0); for (i = 0; i < 32; i++) syscall(SYS_sendto, -1, 0, 0, 1L<<i, 0, 0); }
	if (!strcmp(t, "shut")) for (i = 0; i < 4; i++) syscall(SYS_shutdown, -1, i);
	if (!strcmp(t, "clock")) for (i = 0; i < 16; i++) syscall(SYS_clock_getres, i, 0);
	if (!strcmp(t, "pollev")) { struct pollfd p = {0, -1, 0}; syscall(SYS_poll, &p, 1, 0); for (i = 0; i < 16; i++) { p.events = 1<<i; syscall(SYS_poll, &p, 1, 0);} }
	if (!strcmp(t, "epollev")) { struct epoll_event e = {0xffffffff}; syscall(SYS_epoll_ctl, -1, 1, -1, &e); for (i = 0; i < 32; i++) { e.events = 1u<<i; syscall(SYS_epoll_ctl, -1, 1, -1, &e);} }
	if (!strcmp(t, "epollctl")) for (i = 0; i < 6; i++) syscall(SYS_epoll_ctl, -1, i, -1, 0);
	if (!strcmp(t, "futex")) for (i = 0; i < 0x200; i++) syscall(SYS_futex, 0, i, 0, 0, 0, 0);
	if (!strcmp(t, "iouflags")) { struct io_uring_params p; for (i = 0; i < 32; i++) { memset(&p, 0, sizeof p); p.flags = 1u<<i; syscall(SYS_io_uring_setup, 0, &p);} memset(&p, 0, sizeof p); p.flags = 0xffffffff; syscall(SYS_io_uring_setup, 0, &p); }
	if (!strcmp(t, "iouenter")) { syscall(SYS_io_uring_enter, -1, 0, 0, 0xffffffff, 0, 0); for (i = 0; i < 32; i++) syscall(SYS_io_uring_enter, -1, 0, 0, 1L<<i, 0, 0); }
	if (!strcmp(t, "iouregister")) for (i = 0; i < 40; i++) syscall(SYS_io_uring_register, -1, i, 0, 0);
	if (!strcmp(t, "eventfd")) { syscall(SYS_eventfd2, 0, 0xffffffff); }
	if (!strcmp(t, "timerfd")) { syscall(SYS_timerfd_create, 0, 0xffffffff); syscall(SYS_timerfd_settime, -1, 0xffffffff, 0, 0); }
	if (!strcmp(t, "timerflags")) { syscall(SYS_timer_settime, -1, 0xffffffff, 0, 0); syscall(SYS_clock_nanosleep, 99, 0xffffffff, 0, 0); }
	if (!strcmp(t, "epollflags")) syscall(SYS_epoll_create1, 0xffffffff);
	if (!strcmp(t, "ipcflags")) { syscall(SYS_shmget, 0, 0, 0xfffffe00); syscall(SYS_semget, 0, 0, 0xfffffe00); syscall(SYS_msgget, 0, 0, 0xfffffe00); syscall(SYS_shmat, -1, 0, 0xffffffff); }
	if (!strcmp(t, "ipccmd")) for (i = 0; i < 30; i++) { syscall(SYS_shmctl, -1, i, 0); syscall(SYS_semctl, -1, 0, i, 0); syscall(SYS_msgctl, -1, i, 0); }
	if (!strcmp(t, "semflg")) { struct { unsigned short n; short op; short flg; } sb = {0, 0, -1}; syscall(SYS_semop, -1, &sb, 1); }
	if (!strcmp(t, "msgflg")) { syscall(SYS_msgrcv, -1, 0, 0, 0, 0xffffffff); syscall(SYS_msgsnd, -1, 0, 0, 0xffffffff); }
		if (!strcmp(t, "getsolopt")) { long lv = atol(argv[2]); for (i = 0; i < 100; i++) syscall(SYS_getsockopt, -1, lv, i, 0, 0); }
	if (!strcmp(t, "hatype")) { struct { unsigned short f, proto; int ifi; unsigned short ha; unsigned char pk, hl; unsigned char a[8]; } ll = {17, 0, 0, 0, 0, 0}; for (i = 0; i < 0x10000; i++) { ll.ha = i; syscall(SYS_bind, -1, &ll, sizeof ll); } }
	if (!strcmp(t, "pkttype")) { struct { unsigned short f, proto; int ifi; unsigned short ha; unsigned char pk, hl; unsigned char a[8]; } ll = {17, 0, 0, 0, 0, 0}; for (i = 0; i < 256; i++) { ll.pk = i; syscall(SYS_bind, -1, &ll, sizeof ll); } }
	if (!strcmp(t, "scm")) { for (i = 0; i < 80; i++) { union { char buf[64]; struct cmsghdr al; } u; struct msghdr mh = {0}; mh.msg_control = u.buf; mh.msg_controllen = 24; struct cmsghdr *cm = (void*)u.buf; cm->cmsg_len = 20; cm->cmsg_level = 1; cm->cmsg_type = i; memset(u.buf+16, 0, 8); syscall(SYS_sendmsg, -1, &mh, 0);} }
	return 0;
}

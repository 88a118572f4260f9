/* Calls for the output and filtering options' differential tests
 * (outopts_test.go): each mode makes a fixed set of calls, run under
 * strace and under gostrace with the option being tested. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/xattr.h>
#include <linux/netlink.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

/* io: data in and out, whole and partial, in buffers, vectors and
 * messages, on success and on failure (-e read=, -e write=). */
static void io(void)
{
	int p[2], sv[2];
	char a[2], b[5], c[5], big[100];
	pipe(p);
	write(p[1], "hello world, this is a longer line of text!\1\2\377\n", 47);
	read(p[0], big, sizeof big);
	write(p[1], "abc", 3);
	struct iovec rv[3] = {{a, 2}, {b, 5}, {c, 5}};
	readv(p[0], rv, 3);
	struct iovec wv[3] = {{"q", 1}, {NULL, 0}, {"rs", 2}};
	writev(p[1], wv, 3);
	read(p[0], big, sizeof big);
	write(99, "zz", 2);
	read(99, big, 4);
	struct iovec bad = {"abc", 3};
	writev(99, &bad, 1);
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	struct iovec two[2] = {{"hello", 5}, {"world", 5}};
	struct msghdr h;
	memset(&h, 0, sizeof h);
	h.msg_iov = two;
	h.msg_iovlen = 2;
	sendmsg(sv[0], &h, 0);
	struct iovec in = {big, sizeof big};
	h.msg_iov = &in;
	h.msg_iovlen = 1;
	recvmsg(sv[1], &h, 0);
	struct mmsghdr m[2];
	struct iovec x = {"abc", 3}, y = {"defg", 4};
	memset(m, 0, sizeof m);
	m[0].msg_hdr.msg_iov = &x;
	m[0].msg_hdr.msg_iovlen = 1;
	m[1].msg_hdr.msg_iov = &y;
	m[1].msg_hdr.msg_iovlen = 1;
	sendmmsg(sv[0], m, 2, 0);
	struct iovec r1 = {a, 2}, r2 = {c, 5};
	m[0].msg_hdr.msg_iov = &r1;
	m[1].msg_hdr.msg_iov = &r2;
	recvmmsg(sv[1], m, 2, 0, NULL);
	sendto(sv[0], "xyz", 3, 0, NULL, 0);
	recvfrom(sv[1], big, sizeof big, 0, NULL, NULL);
	pwrite(p[1], "x", 1, 0);
}

static void *sleeper(void *arg)
{
	char ch;
	(void)arg;
	read(*(int *)arg, &ch, 1); /* never returns: the process exits first */
	return NULL;
}

static void handler(int sig) { (void)sig; }

/* threads: calls that fail, succeed, never return, and are interrupted
 * by a signal (-z, -Z, -e status=). */
static void threads(void)
{
	static int p[2];
	pthread_t t;
	pipe(p);
	signal(SIGALRM, handler);
	pthread_create(&t, NULL, sleeper, &p[0]);
	open("/nonexistent", O_RDONLY);
	struct timespec ts = {0, 50000000};
	nanosleep(&ts, NULL);
	struct itimerval it = {{0, 0}, {0, 100000}};
	setitimer(ITIMER_REAL, &it, NULL);
	ts.tv_sec = 5;
	nanosleep(&ts, NULL); /* interrupted by SIGALRM */
	if (fork() == 0) {
		access("/nonexistent", F_OK);
		_exit(3);
	}
	wait(NULL);
	kill(getpid(), SIGUSR2); /* killed, with a thread in read */
}


/* paths DIR: calls that name DIR/f by path, by descriptor, by directory
 * descriptor, in each of their arguments, and calls that do not (-P). */
static void paths(const char *dir)
{
	char F[4096], G[4096], D[4096];
	snprintf(F, sizeof F, "%s/f", dir);
	snprintf(G, sizeof G, "%s/g", dir);
	snprintf(D, sizeof D, "%s", dir);
	int fd = open(F, O_RDWR | O_CREAT | O_TRUNC, 0644);
	write(fd, "hello", 5);
	int o = open("/dev/null", O_RDWR);
	write(o, "x", 1);
	int d2 = dup(fd);
	dup2(o, 100);
	dup2(fd, 101);
	dup2(o, d2);
	char buf[64];
	pread(101, buf, 4, 0);
	lseek(fd, 0, SEEK_SET);
	struct stat st;
	fstat(fd, &st);
	stat(F, &st);
	lstat(F, &st);
	int dfd = open(D, O_RDONLY | O_DIRECTORY);
	fstatat(dfd, "f", &st, 0); /* relative to a directory: not resolved */
	void *m = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
	munmap(m, 4096);
	int p[2];
	pipe(p);
	splice(fd, NULL, p[1], NULL, 1, 0);
	access(F, R_OK);
	chmod(F, 0600);
	fchmod(fd, 0644);
	truncate(F, 5);
	link(F, G);
	unlink(G);
	link(G, F);
	symlink(F, G); /* the target is text */
	unlink(G);
	symlink(G, F);
	rename(F, G);
	rename(G, F); /* strace checks rename's first path only */
	renameat(AT_FDCWD, F, AT_FDCWD, G);
	renameat(AT_FDCWD, G, AT_FDCWD, F);
	symlinkat("zz", dfd, "g");
	unlinkat(dfd, "g", 0);
	getxattr(F, "user.x", NULL, 0);
	fgetxattr(fd, "user.x", NULL, 0);
	struct pollfd pf[2] = {{o, POLLIN, 0}, {fd, POLLIN, 0}};
	poll(pf, 2, 0);
	pf[1].fd = o;
	poll(pf, 2, 0);
	fd_set rs;
	FD_ZERO(&rs);
	FD_SET(fd, &rs);
	struct timeval tv = {0, 0};
	select(fd + 1, &rs, NULL, NULL, &tv);
	FD_ZERO(&rs);
	FD_SET(o, &rs);
	select(o + 1, &rs, NULL, NULL, &tv);
	fsync(fd);
	fcntl(fd, F_GETFL);
	fcntl(o, F_DUPFD, fd);
	chdir(D);
	open("f", O_RDONLY); /* relative: not resolved, AT_FDCWD not looked at */
	chdir("/");
	/* Calls that make descriptors are never traced, even when their first
	 * argument is a descriptor on the path. */
	dup2(fd, 0);
	syscall(SYS_epoll_create1, 0);
	syscall(SYS_eventfd2, 0, 0);
	syscall(SYS_inotify_init1, 0);
	syscall(SYS_timerfd_create, 0, 0);
	syscall(SYS_close_range, 200, 300, 0);
	syscall(SYS_signalfd4, 0, NULL, 8, 0);
	syscall(SYS_pipe2, 0, 0);
	syscall(SYS_getdents64, 0, 0, 0);
	syscall(SYS_fstatfs, 0, 0);
	syscall(SYS_fchdir, 0);
	close(101);
	close(fd);
	unlink(F);
}

static void bind_path(int s, const char *path, int abstract)
{
	struct sockaddr_un a;
	memset(&a, 0, sizeof a);
	a.sun_family = AF_UNIX;
	strcpy(a.sun_path + abstract, path);
	bind(s, (struct sockaddr *)&a, sizeof(sa_family_t) + abstract + strlen(path) + 1);
}

/* sockets: descriptors -yy describes: TCP and UDP over IPv4 and IPv6,
 * listening, connected, bound then connected (strace keeps what it found
 * first), unix sockets with and without names and peers, netlink,
 * devices, a pidfd (-yy, -e decode-fds=). */
static void sockets(void)
{
	char buf[16];
	struct sockaddr_in a4 = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	socklen_t len = sizeof a4;
	int l = socket(AF_INET, SOCK_STREAM, 0);
	bind(l, (struct sockaddr *)&a4, sizeof a4);
	listen(l, 8);
	getsockname(l, (struct sockaddr *)&a4, &len);
	int c = socket(AF_INET, SOCK_STREAM, 0);
	connect(c, (struct sockaddr *)&a4, sizeof a4);
	int a = accept(l, NULL, NULL);
	write(c, "x", 1);
	read(a, buf, 1);
	struct sockaddr_in6 a6 = {.sin6_family = AF_INET6, .sin6_addr = IN6ADDR_LOOPBACK_INIT};
	len = sizeof a6;
	int l6 = socket(AF_INET6, SOCK_STREAM, 0);
	if (bind(l6, (struct sockaddr *)&a6, sizeof a6) == 0) {
		listen(l6, 8);
		getsockname(l6, (struct sockaddr *)&a6, &len);
		int c6 = socket(AF_INET6, SOCK_STREAM, 0);
		connect(c6, (struct sockaddr *)&a6, sizeof a6);
		write(c6, "y", 1);
		close(c6);
	}
	close(l6);
	/* A bound UDP socket: what strace finds at connect stays. */
	int u = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in ua = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	bind(u, (struct sockaddr *)&ua, sizeof ua);
	connect(u, (struct sockaddr *)&a4, sizeof a4);
	write(u, "z", 1);
	close(u);
	/* Connected before strace looks: the peer shows. */
	u = socket(AF_INET, SOCK_DGRAM, 0);
	connect(u, (struct sockaddr *)&a4, sizeof a4);
	write(u, "z", 1);
	close(u);
	int sv[2];
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	write(sv[0], "p", 1);
	close(sv[0]);
	close(sv[1]);
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	write(sv[0], "q", 1);
	close(sv[0]);
	close(sv[1]);
	unlink("us");
	int us = socket(AF_UNIX, SOCK_STREAM, 0);
	bind_path(us, "us", 0);
	listen(us, 8);
	int uc = socket(AF_UNIX, SOCK_STREAM, 0);
	struct sockaddr_un un = {.sun_family = AF_UNIX, .sun_path = "us"};
	connect(uc, (struct sockaddr *)&un, sizeof un);
	write(uc, "a", 1);
	int ua2 = accept(us, NULL, NULL);
	read(ua2, buf, 1);
	close(uc);
	close(ua2);
	close(us);
	unlink("us");
	int ab = socket(AF_UNIX, SOCK_SEQPACKET, 0);
	bind_path(ab, "gostrace-abstract", 1);
	listen(ab, 1);
	close(ab);
	int n = socket(AF_NETLINK, SOCK_RAW, 0);
	write(n, "", 0);
	struct sockaddr_nl nl = {.nl_family = AF_NETLINK};
	bind(n, (struct sockaddr *)&nl, sizeof nl);
	write(n, "", 0);
	close(n);
	int dn = open("/dev/null", O_RDONLY);
	read(dn, buf, 1);
	close(dn);
	int pf = syscall(SYS_pidfd_open, getpid(), 0);
	close(pf);
	int lite = socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDPLITE);
	close(lite);
	lite = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDPLITE);
	close(lite);
	close(a);
	close(c);
	close(l);
}

/* pids: process ids in arguments, return values and siginfo (-Y). */
static void pids(void)
{
	pid_t me = getpid();
	getppid();
	syscall(SYS_gettid);
	getpgid(me);
	getsid(me);
	setpgid(me, me);
	kill(me, 0);
	syscall(SYS_tkill, me, 0);
	syscall(SYS_tgkill, me, me, 0);
	cpu_set_t cs;
	sched_getaffinity(me, sizeof cs, &cs);
	sched_getscheduler(me);
	struct sched_param sp;
	sched_getparam(me, &sp);
	struct rlimit r;
	prlimit(me, RLIMIT_NOFILE, NULL, &r);
	close(syscall(SYS_pidfd_open, me, 0));
	getpriority(PRIO_PROCESS, me);
	getpriority(PRIO_USER, 0);
	syscall(SYS_kcmp, me, me, 0, 0, 0);
	fcntl(0, F_SETOWN, me);
	fcntl(0, F_GETOWN);
	pid_t c = fork();
	if (c == 0)
		_exit(0);
	siginfo_t si;
	waitid(P_PID, c, &si, WEXITED | WNOWAIT);
	wait4(c, NULL, 0, NULL);
	syscall(SYS_get_robust_list, me, 0, 0);
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";
	if (!strcmp(mode, "io"))
		io();
	else if (!strcmp(mode, "threads"))
		threads();
	else if (!strcmp(mode, "pids"))
		pids();
	else if (!strcmp(mode, "sockets"))
		sockets();
	else if (!strcmp(mode, "paths") && argc > 2)
		paths(argv[2]);
	return 0;
}

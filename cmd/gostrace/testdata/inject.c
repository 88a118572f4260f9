/* Programs for the -e inject= tests (inject_test.go): each mode makes
 * known calls and prints what it saw, so that a trace shows both what the
 * tracer printed and what the tracee got. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t got;
static void handler(int sig) { got = sig; }

/* The parent's pid, from /proc: a getppid call would be counted. */
static long parent(void) {
	char buf[512];
	FILE *f = fopen("/proc/self/stat", "r");
	long pp = -2;
	if (f && fgets(buf, sizeof buf, f)) {
		char *p = strrchr(buf, ')');
		if (p)
			sscanf(p + 2, "%*c %ld", &pp);
	}
	if (f)
		fclose(f);
	return pp;
}

/* n getppid calls, each reported with errno and any signal caught. */
static void ppid(const char *who, int n) {
	long pp = parent(), self = syscall(SYS_getpid);
	for (int i = 0; i < n; i++) {
		got = 0;
		errno = 0;
		long r = syscall(SYS_getppid);
		int e = errno;
		if (r == self)
			printf("%s#%d self", who, i + 1);
		else if (r == pp)
			printf("%s#%d parent", who, i + 1);
		else
			printf("%s#%d %ld", who, i + 1, r);
		printf(" errno=%d sig=%d\n", r < 0 ? e : 0, got);
		fflush(stdout);
	}
}

static void *thread(void *a) { ppid("thread", 3); return a; }

int main(int argc, char **argv) {
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigaction(SIGUSR1, &sa, 0);
	const char *mode = argc > 1 ? argv[1] : "ppid";
	if (!strcmp(mode, "ppid")) {
		ppid("main", argc > 2 ? atoi(argv[2]) : 6);
	} else if (!strcmp(mode, "threads")) {
		ppid("main", 2);
		pthread_t t;
		pthread_create(&t, 0, thread, 0);
		pthread_join(t, 0);
		ppid("main", 2);
	} else if (!strcmp(mode, "fork")) {
		ppid("main", 2);
		pid_t p = fork();
		if (p == 0) {
			ppid("child", 3);
			_exit(0);
		}
		waitpid(p, 0, 0);
		ppid("main", 2);
	} else if (!strcmp(mode, "exec")) {
		ppid(argc > 2 ? "after" : "before", 2);
		if (argc == 2)
			execl("/proc/self/exe", argv[0], "exec", "again", (char *)0);
	} else if (!strcmp(mode, "sleep")) {
		/* A call that blocks: a signal at its entry interrupts it. */
		struct timespec ts = {0, 200000000};
		got = 0;
		int r = clock_nanosleep(CLOCK_MONOTONIC, 0, &ts, 0);
		printf("sleep r=%d sig=%d\n", r, got);
	} else if (!strcmp(mode, "poke")) {
		/* The path is in writable memory, so poke_enter can change it. */
		char path[16] = "a.txt";
		int fd = syscall(SYS_openat, AT_FDCWD, path, O_RDONLY);
		char buf[16] = {0};
		long n = syscall(SYS_read, fd, buf, sizeof buf - 1);
		printf("path=%s fd=%d n=%ld buf=%s\n", path, fd, n, buf);
	} else if (!strcmp(mode, "fds")) {
		/* Calls whose return values print in their own ways. */
		void *p = mmap(0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		int fl = fcntl(0, F_GETFL);
		struct pollfd pf = {1, POLLOUT, 0};
		int r = poll(&pf, 1, 0);
		int fd = open("/etc/hostname", O_RDONLY);
		mode_t m = umask(022);
		printf("mmap=%p fl=%#x poll=%d open=%d umask=%o\n", p, fl, r, fd, (unsigned)m);
	}
	return 0;
}

/*
 * Process, memory and signal calls made for real, for the differential
 * test of cmd/gostrace (diffproc_test.go): faults of every kind caught by
 * a handler (their "--- SIG..." lines and rt_sigreturn), children that
 * exit and are killed (wait4 statuses, SIGCHLD siginfo; stopping and
 * continuing one races with the scheduler, even under strace),
 * a thread (clone3), signals queued and taken synchronously, limits,
 * names, alternate stacks.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

static sigjmp_buf jb;
static void fault(int s, siginfo_t *si, void *u) { siglongjmp(jb, 1); }
static int gate[2];

/* The thread waits for the main thread, so that it cannot exit (and clear
 * the tid the kernel wrote for clone3) before the tracer reads it. */
static void *thread(void *a) {
	char b;
	read(gate[0], &b, 1);
	return a;
}

int main(void) {
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = fault;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	int sigs[] = {SIGSEGV, SIGILL, SIGTRAP, SIGFPE, SIGBUS, SIGUSR1};
	for (int i = 0; i < 6; i++)
		sigaction(sigs[i], &sa, NULL);

	if (!sigsetjmp(jb, 1))
		*(volatile int *)0x10 = 1;
	char *ro = mmap(0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (!sigsetjmp(jb, 1))
		*(volatile char *)ro = 1;
	if (!sigsetjmp(jb, 1))
		__asm__ volatile("ud2");
	if (!sigsetjmp(jb, 1))
		__asm__ volatile("int3");
	if (!sigsetjmp(jb, 1))
		__asm__ volatile("xor %%ecx, %%ecx; mov $1, %%eax; cltd; idiv %%ecx" ::: "eax", "ecx", "edx");
	int fd = open("bus.tmp", O_RDWR | O_CREAT | O_TRUNC, 0600);
	char *sh = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (!sigsetjmp(jb, 1))
		sh[0] = 1;
	unlink("bus.tmp");
	if (!sigsetjmp(jb, 1))
		raise(SIGUSR1);
	if (!sigsetjmp(jb, 1)) {
		union sigval v = {.sival_int = 7};
		sigqueue(getpid(), SIGUSR1, v);
	}

	int st;
	pid_t c = fork();
	if (c == 0)
		_exit(3);
	waitpid(c, &st, 0);
	c = fork();
	if (c == 0) {
		raise(SIGKILL);
		_exit(0);
	}
	waitpid(c, &st, 0);
	pthread_t t;
	pipe(gate);
	pthread_create(&t, NULL, thread, NULL);
	write(gate[1], "g", 1);
	pthread_join(t, NULL);

	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	sigprocmask(SIG_BLOCK, &set, NULL);
	kill(getpid(), SIGUSR2);
	siginfo_t si;
	sigwaitinfo(&set, &si);
	struct timespec ts = {0, 1000};
	sigtimedwait(&set, &si, &ts);

	stack_t ss = {.ss_sp = malloc(65536), .ss_size = 65536};
	sigaltstack(&ss, NULL);
	prctl(PR_SET_NAME, "procsig-test");
	char name[16];
	prctl(PR_GET_NAME, name);
	struct rlimit rl;
	getrlimit(RLIMIT_STACK, &rl);
	getrlimit(RLIMIT_NOFILE, &rl);
	struct utsname u;
	uname(&u);
	mprotect(ro, 4096, PROT_READ | PROT_WRITE);
	madvise(ro, 4096, MADV_DONTNEED);
	munmap(ro, 4096);
	alarm(0);
	return 0;
}

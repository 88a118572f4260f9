/* steady NTHREADS [deaf]: a process that must never notice it is traced.
 *
 * The leader polls stdin with a 1 ms timeout, calls getppid and, every
 * 10 rounds, writes "tick N" on stdout. Each of NTHREADS more threads
 * calls getppid and sleeps 1 ms, forever. Every system call's result is
 * checked: an error counts in errs, except an EINTR during which a
 * signal handler ran (poll fails so whatever SA_RESTART says). The
 * longest time between two rounds of the leader is kept (reported, not
 * judged: the tests make no timing assertions).
 *
 * Commands on stdin, one byte each: 'b' blocks SIGUSR1, 'u' unblocks it,
 * 'r' reports "report ticks=T errs=E usr1=U rt=R maxgap_us=G", 'q'
 * reports and exits 0. SIGUSR1 and SIGRTMIN+1 have counting handlers;
 * real-time signals queue, so every one sent must be counted once.
 * With "deaf", every signal that can be is ignored and blocked instead.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t usr1, rt;
static volatile long errs;

static void on_usr1(int sig) { (void)sig; usr1++; }
static void on_rt(int sig) { (void)sig; rt++; }

static long long now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

static void *worker(void *arg)
{
	struct timespec ts = {0, 1000000};
	for (;;) {
		getppid();
		/* nanosleep is restarted by the kernel after a ptrace stop
		 * (restart_syscall); with a handler it fails with EINTR. */
		if (nanosleep(&ts, 0) < 0 && errno != EINTR)
			__sync_fetch_and_add(&errs, 1);
	}
	return arg;
}

static void say(const char *s)
{
	size_t n = strlen(s);
	if (write(1, s, n) != (ssize_t)n)
		__sync_fetch_and_add(&errs, 1);
}

int main(int argc, char **argv)
{
	int nthreads = argc > 1 ? atoi(argv[1]) : 0;
	int deaf = argc > 2 && strcmp(argv[2], "deaf") == 0;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_flags = SA_RESTART;
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, 0);
	sa.sa_handler = on_rt;
	sigaction(SIGRTMIN + 1, &sa, 0);
	/* The workers take no signals: the counts are the leader's. */
	sigset_t all, none;
	sigfillset(&all);
	sigemptyset(&none);
	pthread_sigmask(SIG_BLOCK, &all, 0);
	for (int i = 0; i < nthreads; i++) {
		pthread_t t;
		if (pthread_create(&t, 0, worker, 0))
			return 2;
	}
	if (deaf) {
		sa.sa_handler = SIG_IGN;
		for (int s = 1; s < NSIG; s++)
			sigaction(s, &sa, 0); /* fails for SIGKILL and SIGSTOP */
	} else {
		pthread_sigmask(SIG_SETMASK, &none, 0);
	}
	say("ready\n");
	long ticks = 0;
	long long last = now_us(), maxgap = 0;
	char line[160];
	for (;;) {
		int h0 = usr1 + rt;
		struct pollfd p = {0, POLLIN, 0};
		int r = poll(&p, 1, 1);
		long long t = now_us();
		if (t - last > maxgap)
			maxgap = t - last;
		last = t;
		if (r < 0) {
			if (errno != EINTR || usr1 + rt == h0)
				__sync_fetch_and_add(&errs, 1);
			continue;
		}
		if (r > 0) {
			char c;
			ssize_t n = read(0, &c, 1);
			if (n <= 0) {
				if (n < 0)
					__sync_fetch_and_add(&errs, 1);
				return 3; /* stdin closed: the test is gone */
			}
			sigset_t s;
			sigemptyset(&s);
			sigaddset(&s, SIGUSR1);
			switch (c) {
			case 'b':
				if (sigprocmask(SIG_BLOCK, &s, 0))
					__sync_fetch_and_add(&errs, 1);
				say("blocked\n");
				break;
			case 'u':
				if (sigprocmask(SIG_UNBLOCK, &s, 0))
					__sync_fetch_and_add(&errs, 1);
				say("unblocked\n");
				break;
			case 'r':
			case 'q':
				snprintf(line, sizeof line, "report ticks=%ld errs=%ld usr1=%d rt=%d maxgap_us=%lld\n",
					 ticks, errs, (int)usr1, (int)rt, maxgap);
				say(line);
				if (c == 'q')
					return 0;
				break;
			}
			continue;
		}
		getppid();
		if (++ticks % 10 == 0) {
			snprintf(line, sizeof line, "tick %ld\n", ticks);
			say(line);
		}
	}
}

/* spin MODE N: the shapes the tracer's poll decides on (spin.go).
 *   getppid N: N getppid calls in a row, one process (the poll pays).
 *   sleep N:   N nanosleeps of 20 ms (every task asleep: no poll).
 *   fork N:    N children, one after the other, each waited for (processes
 *              come and go: no poll).
 *   compute T MS: T threads that, for MS milliseconds, compute for 300 us
 *              before each getppid call (as many long runners as CPUs: no
 *              poll). They stop together, at the same deadline.
 *   sleepers T N: T threads that compute for 300 us and sleep for 20 ms,
 *              over and over, while the main thread, after 30 ms, makes N
 *              getppid calls in a row (asleep, the long runners do not
 *              keep the poll from the busy one). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static struct timespec deadline;

static int before(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

static void *sleeper(void *arg)
{
	(void)arg;
	for (;;) {
		struct timespec t0, t, ts = {0, 20 * 1000 * 1000};
		clock_gettime(CLOCK_MONOTONIC, &t0);
		do
			clock_gettime(CLOCK_MONOTONIC, &t);
		while ((t.tv_sec - t0.tv_sec) * 1000000000L + t.tv_nsec - t0.tv_nsec < 300000);
		nanosleep(&ts, NULL);
	}
	return NULL; /* not reached: exit_group ends the thread */
}

static void *compute(void *arg)
{
	(void)arg;
	for (;;) {
		struct timespec t0, t;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		if (!before(&t0, &deadline))
			return NULL;
		do
			clock_gettime(CLOCK_MONOTONIC, &t);
		while ((t.tv_sec - t0.tv_sec) * 1000000000L + t.tv_nsec - t0.tv_nsec < 300000);
		syscall(SYS_getppid);
	}
}

int main(int argc, char **argv)
{
	if (argc == 4 && !strcmp(argv[1], "compute")) {
		int t = atoi(argv[2]);
		pthread_t th[64];
		long ms = atol(argv[3]);
		if (t < 1 || t > 64)
			return 2;
		clock_gettime(CLOCK_MONOTONIC, &deadline);
		deadline.tv_sec += ms / 1000;
		deadline.tv_nsec += (ms % 1000) * 1000000L;
		if (deadline.tv_nsec >= 1000000000L) {
			deadline.tv_sec++;
			deadline.tv_nsec -= 1000000000L;
		}
		for (int i = 0; i < t; i++)
			if (pthread_create(&th[i], NULL, compute, NULL))
				return 1;
		for (int i = 0; i < t; i++)
			pthread_join(th[i], NULL);
		return 0;
	}
	if (argc == 4 && !strcmp(argv[1], "sleepers")) {
		int t = atoi(argv[2]);
		long n = atol(argv[3]);
		pthread_t th;
		for (int i = 0; i < t; i++)
			if (pthread_create(&th, NULL, sleeper, NULL))
				return 1;
		struct timespec ts = {0, 30 * 1000 * 1000};
		nanosleep(&ts, NULL);
		for (long i = 0; i < n; i++)
			syscall(SYS_getppid);
		return 0; /* exit_group ends the sleepers */
	}
	if (argc != 3)
		return 2;
	int n = atoi(argv[2]);
	if (!strcmp(argv[1], "getppid")) {
		for (int i = 0; i < n; i++)
			syscall(SYS_getppid);
	} else if (!strcmp(argv[1], "sleep")) {
		struct timespec ts = {0, 20 * 1000 * 1000};
		for (int i = 0; i < n; i++)
			nanosleep(&ts, NULL);
	} else if (!strcmp(argv[1], "fork")) {
		for (int i = 0; i < n; i++) {
			pid_t p = fork();
			if (p < 0)
				return 1;
			if (p == 0)
				_exit(0);
			int st;
			if (waitpid(p, &st, 0) != p || st != 0)
				return 1;
		}
	} else {
		return 2;
	}
	return 0;
}

/* exitsoon USEC NTHREADS [traced]: starts NTHREADS threads that sleep,
 * spins for USEC microseconds without a system call, and exits 0: a
 * process that ends while a tracer is attaching to it. With "traced" the
 * USEC count starts once a tracer has attached to it (it watches its
 * TracerPid), so that it ends in the middle of the attach or just after. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void *sleeper(void *arg)
{
	pause();
	return arg;
}

static int traced(void)
{
	char buf[4096];
	FILE *f = fopen("/proc/self/status", "r");
	int tp = 0;
	if (!f)
		return 0;
	while (fgets(buf, sizeof buf, f))
		if (strncmp(buf, "TracerPid:", 10) == 0)
			tp = atoi(buf + 10);
	fclose(f);
	return tp != 0;
}

int main(int argc, char **argv)
{
	long usec = atol(argv[1]);
	int n = atoi(argv[2]);
	for (int i = 0; i < n; i++) {
		pthread_t t;
		pthread_create(&t, 0, sleeper, 0);
	}
	if (argc > 3 && strcmp(argv[3], "traced") == 0) {
		struct timespec ts = {0, 100000};
		while (!traced())
			nanosleep(&ts, 0);
	}
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	do
		clock_gettime(CLOCK_MONOTONIC, &b); /* the vDSO: no system call */
	while ((b.tv_sec - a.tv_sec) * 1000000L + (b.tv_nsec - a.tv_nsec) / 1000 < usec);
	exit(0);
}

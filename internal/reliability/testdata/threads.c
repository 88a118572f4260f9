/* threads N CALLS: N threads, each of which calls getppid CALLS times
 * and then reports, once all are done, "tid TID getppid COUNT": what the
 * trace must show for it, line for line. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct worker {
	pthread_t t;
	pid_t tid;
	long calls;
};

static long calls;

static void *run(void *arg)
{
	struct worker *w = arg;
	w->tid = gettid();
	for (long i = 0; i < calls; i++) {
		getppid();
		w->calls++;
	}
	return 0;
}

int main(int argc, char **argv)
{
	int n = atoi(argv[1]);
	calls = atol(argv[2]);
	struct worker *w = calloc(n, sizeof *w);
	for (int i = 0; i < n; i++)
		if (pthread_create(&w[i].t, 0, run, &w[i]))
			return 2;
	for (int i = 0; i < n; i++)
		pthread_join(w[i].t, 0);
	for (int i = 0; i < n; i++)
		printf("tid %d getppid %ld\n", w[i].tid, w[i].calls);
	return 0;
}

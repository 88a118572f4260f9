/* churn N: keeps N threads alive, each of which calls getppid a few
 * times and ends, replaced at once by a new one: threads are created and
 * destroyed all the time. Prints "ready", then, for each line on stdin,
 * "alive CREATED ERRS" (threads created so far, failures seen); exits 0
 * at the end of stdin. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile long created, errs;

static void *worker(void *arg)
{
	for (int i = 0; i < 10; i++)
		getppid();
	return arg;
}

static void *keeper(void *arg)
{
	for (;;) {
		pthread_t t;
		int e = pthread_create(&t, 0, worker, 0);
		if (e) {
			__sync_fetch_and_add(&errs, 1);
			usleep(1000);
			continue;
		}
		__sync_fetch_and_add(&created, 1);
		if (pthread_join(t, 0))
			__sync_fetch_and_add(&errs, 1);
	}
	return arg;
}

int main(int argc, char **argv)
{
	int n = atoi(argv[1]);
	for (int i = 0; i < n; i++) {
		pthread_t t;
		if (pthread_create(&t, 0, keeper, 0))
			return 2;
	}
	printf("ready\n");
	fflush(stdout);
	char buf[64];
	while (fgets(buf, sizeof buf, stdin)) {
		printf("alive %ld %ld\n", created, errs);
		fflush(stdout);
	}
	return 0;
}

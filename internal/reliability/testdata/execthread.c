/* execthread: two threads sleep in read(2) on a pipe, one in nanosleep,
 * the leader in read(2); once all are about to enter their calls, one
 * more thread (not the leader) sleeps 50 ms and execs "/bin/echo execed".
 * Every call it makes is the same from run to run, whatever the timing:
 * the threads say they are ready with a byte each on a pipe, read one at
 * a time. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static int p[2], ready[2];

static void *reader(void *arg)
{
	char c;
	write(ready[1], "r", 1);
	read(p[0], &c, 1);
	return arg;
}

static void *sleeper(void *arg)
{
	struct timespec ts = {100, 0};
	write(ready[1], "s", 1);
	nanosleep(&ts, 0);
	return arg;
}

static void *execer(void *arg)
{
	char c;
	for (int i = 0; i < 4; i++)
		read(ready[0], &c, 1);
	/* Let the others be in their calls: not needed for correctness, it
	 * makes the hard case the likely one. */
	struct timespec ts = {0, 50000000};
	nanosleep(&ts, 0);
	execl("/bin/echo", "echo", "execed", (char *)0);
	return arg;
}

int main(void)
{
	pthread_t t;
	if (pipe(p) || pipe(ready))
		return 2;
	pthread_create(&t, 0, reader, 0);
	pthread_create(&t, 0, reader, 0);
	pthread_create(&t, 0, sleeper, 0);
	pthread_create(&t, 0, execer, 0);
	char c;
	write(ready[1], "l", 1);
	read(p[0], &c, 1);
	return 1;
}

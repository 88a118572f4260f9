/* pthreads N CALLS: N threads (glibc creates them with clone3) that each
 * call getppid CALLS times. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

static int calls;

static void *run(void *arg)
{
	for (int i = 0; i < calls; i++)
		getppid();
	return arg;
}

int main(int argc, char **argv)
{
	int n = atoi(argv[1]);
	pthread_t t[64];
	calls = atoi(argv[2]);
	if (n > 64)
		n = 64;
	for (int i = 0; i < n; i++)
		if (pthread_create(&t[i], 0, run, 0))
			return 2;
	for (int i = 0; i < n; i++)
		pthread_join(t[i], 0);
	return 0;
}

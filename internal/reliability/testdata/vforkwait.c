/* vforkwait MS: says "vforking", then vforks a child that sleeps MS
 * milliseconds (a raw nanosleep: the child may call little else) before
 * it execs /bin/true. Its parent is blocked in vfork until that exec; then
 * it waits for the child and says "resumed STATUS". */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long ms = atol(argv[1]);
	printf("vforking\n");
	fflush(stdout);
	pid_t p = vfork();
	if (p == 0) {
		struct timespec ts = {ms / 1000, (ms % 1000) * 1000000};
		syscall(SYS_nanosleep, &ts, 0);
		execl("/bin/true", "true", (char *)0);
		_exit(127);
	}
	int st;
	if (p < 0 || waitpid(p, &st, 0) != p)
		return 2;
	printf("resumed %d\n", st);
	return 0;
}

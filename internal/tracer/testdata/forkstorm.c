/* forkstorm N: forks N children as fast as it can; each forks a grandchild
 * and both end at once, so that a new process often reports to the tracer
 * before its parent's fork event does. Exits 0 if every child exited 0. */
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int n = atoi(argv[1]), bad = 0;
	for (int i = 0; i < n; i++) {
		pid_t p = fork();
		if (p < 0)
			return 2;
		if (p == 0) {
			pid_t g = fork();
			if (g == 0)
				_exit(0);
			int st;
			if (g < 0 || waitpid(g, &st, 0) != g || st != 0)
				_exit(1);
			_exit(0);
		}
	}
	for (int i = 0; i < n; i++) {
		int st;
		if (wait(&st) < 0 || st != 0)
			bad++;
	}
	return bad ? 1 : 0;
}

/* spin MODE N: the shapes the tracer's poll decides on (spin.go).
 *   getppid N: N getppid calls in a row, one process (the poll pays).
 *   sleep N:   N nanosleeps of 20 ms (every task asleep: no poll).
 *   fork N:    N children, one after the other, each waited for (processes
 *              come and go: no poll). */
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
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

/* tree DEPTH WIDTH CALLS: a process tree DEPTH levels below the first
 * process, every process WIDTH children (but the leaves): each process
 * calls getppid CALLS times, forks its children, waits for them, and
 * prints "pid PID getppid CALLS children K" before it exits. Exits 0 if
 * every descendant did. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int depth = atoi(argv[1]), width = atoi(argv[2]), calls = atoi(argv[3]);
	int kids;
again:
	for (int i = 0; i < calls; i++)
		getppid();
	kids = 0;
	if (depth > 0) {
		pid_t pids[64];
		for (int i = 0; i < width && i < 64; i++) {
			fflush(stdout);
			pid_t p = fork();
			if (p < 0)
				return 2;
			if (p == 0) {
				depth--;
				goto again;
			}
			pids[kids++] = p;
		}
		for (int i = 0; i < kids; i++) {
			int st;
			if (waitpid(pids[i], &st, 0) != pids[i] || st != 0)
				return 1;
		}
	}
	printf("pid %d getppid %d children %d\n", getpid(), calls, kids);
	return 0;
}

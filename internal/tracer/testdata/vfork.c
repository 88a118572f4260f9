/* vfork N: N times, vfork and exec /bin/true in the child; the parent
 * resumes only after the exec. Exits 0 if every child exited 0. */
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int n = atoi(argv[1]);
	for (int i = 0; i < n; i++) {
		pid_t p = vfork();
		if (p < 0)
			return 2;
		if (p == 0) {
			execl("/bin/true", "true", (char *)0);
			_exit(127);
		}
		int st;
		if (waitpid(p, &st, 0) != p || st != 0)
			return 1;
	}
	return 0;
}

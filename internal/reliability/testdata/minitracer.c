/* minitracer ROUNDS: a process that is itself a tracer. It forks a child
 * that asks to be traced (PTRACE_TRACEME), stops itself, then makes ROUNDS
 * rounds of a 10 ms sleep and a SIGWINCH to itself (a stop for its
 * tracer; ignored by default), and exits 0; the parent says
 * "tracing PID", resumes the child at every stop (passing on signals
 * other than its own SIGSTOP and the syscall traps), and at its end says
 * "child exited CODE" and exits 0 if CODE is 0, else 1. A child that
 * cannot be traced says "traceme failed: ERROR" and exits 3. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int rounds = atoi(argv[1]);
	fflush(stdout);
	pid_t p = fork();
	if (p < 0)
		return 2;
	if (p == 0) {
		if (ptrace(PTRACE_TRACEME, 0, 0, 0) < 0) {
			printf("traceme failed: %s\n", strerror(errno));
			fflush(stdout);
			_exit(3);
		}
		raise(SIGSTOP);
		struct timespec ts = {0, 10000000};
		for (int i = 0; i < rounds; i++) {
			nanosleep(&ts, 0);
			raise(SIGWINCH);
		}
		_exit(0);
	}
	printf("tracing %d\n", p);
	fflush(stdout);
	for (;;) {
		int st;
		if (waitpid(p, &st, __WALL) != p) {
			perror("waitpid");
			return 2;
		}
		if (WIFEXITED(st) || WIFSIGNALED(st)) {
			int code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
			printf("child exited %d\n", code);
			return code == 0 ? 0 : 1;
		}
		int sig = WSTOPSIG(st);
		if (sig == SIGSTOP || sig == SIGTRAP)
			sig = 0;
		ptrace(PTRACE_CONT, p, 0, sig);
	}
}

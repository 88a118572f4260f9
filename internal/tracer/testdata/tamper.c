/* Scenarios for the tampering tests (tamper_test.go). Results go to the
 * file named by argv[2], one line each. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static FILE *out;
static volatile sig_atomic_t got;

static void handler(int sig) { got = sig; }

static void report(const char *what, long r) {
	fprintf(out, "%s %ld %d\n", what, r, r < 0 ? errno : 0);
	fflush(out);
}

int main(int argc, char **argv) {
	out = fopen(argv[2], "w");
	if (!strcmp(argv[1], "calls")) {
		/* Four getppid calls; the test tampers with some. */
		for (int i = 0; i < 4; i++)
			report("getppid", syscall(SYS_getppid));
		report("getpid", syscall(SYS_getpid));
	} else if (!strcmp(argv[1], "hold")) {
		/* The child's getppid is held; the parent calls getuid until the
		 * child is gone: some of those calls must happen meanwhile. */
		pid_t p = fork();
		if (p == 0) {
			syscall(SYS_getppid);
			_exit(0);
		}
		while (waitpid(p, 0, WNOHANG) == 0) {
			syscall(SYS_getuid);
			usleep(1000);
		}
		report("done", 0);
	} else if (!strcmp(argv[1], "signal")) {
		/* A signal delivered at the entry of a sleep interrupts it. */
		struct sigaction sa;
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = handler;
		sigaction(SIGUSR1, &sa, 0);
		struct timespec ts = {30, 0};
		long r = syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, 0);
		report("sleep", r);
		report("got", got);
	}
	return 0;
}

/* leancalls: calls whose exits a lean-entries tracer must place right.
 * Run as "leancalls" it makes, in order: getppid, a call with no number
 * on x86-64 (1000: -ENOSYS, which is also what an entry stop shows), a
 * failing open, a signal handled (its rt_sigreturn leaves orig_rax at
 * -1), an interrupted read restarted after the handler (SA_RESTART), a
 * fork whose child makes a call and exits, and an exec of itself as
 * "leancalls again", which makes one more getppid. */
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

static void on_signal(int sig) { (void)sig; }

int main(int argc, char **argv) {
	if (argc > 1 && strcmp(argv[1], "again") == 0) {
		syscall(SYS_getppid);
		return 0;
	}
	syscall(SYS_getppid);
	syscall(1000);
	open("/nonexistent/leancalls", O_RDONLY);

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGUSR1, &sa, 0);
	kill(getpid(), SIGUSR1);

	/* A read on a pipe the child writes to only after SIGALRM has
	 * interrupted it (and SA_RESTART restarted it). */
	int p[2];
	if (pipe(p) != 0)
		return 2;
	sigaction(SIGALRM, &sa, 0);
	pid_t c = fork();
	if (c == 0) {
		syscall(SYS_getppid);
		usleep(100000);
		write(p[1], "x", 1);
		_exit(0);
	}
	struct itimerval it = {{0, 0}, {0, 20000}};
	setitimer(ITIMER_REAL, &it, 0);
	char b;
	read(p[0], &b, 1);
	waitpid(c, 0, 0);

	execl("/proc/self/exe", argv[0], "again", (char *)0);
	return 3;
}

/* spin: says "spinning", then loops without a system call until SIGUSR1,
 * whose handler ends the loop; then says "stopped spinning" and exits 0.
 * A process that is running (state R) whenever one looks. */
#include <signal.h>
#include <stdio.h>
#include <string.h>

static volatile sig_atomic_t stop;

static void on_usr1(int sig) { (void)sig; stop = 1; }

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, 0);
	printf("spinning\n");
	fflush(stdout);
	unsigned long n = 0;
	while (!stop)
		n++;
	printf("stopped spinning\n");
	return 0;
}

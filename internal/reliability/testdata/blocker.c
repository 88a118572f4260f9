/* blocker: says "ready", then sleeps in read(2) on stdin; answers every
 * line with "got LINE" and exits 0 at the end of stdin. A read that fails
 * (it must not: with no handler the kernel restarts it after any stop)
 * makes it exit 1. A process sleeping in a system call (state S). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	char buf[256];
	write(1, "ready\n", 6);
	for (;;) {
		ssize_t n = read(0, buf, sizeof buf - 1);
		if (n < 0)
			return 1;
		if (n == 0)
			return 0;
		buf[n] = 0;
		char out[300];
		int m = snprintf(out, sizeof out, "got %s", buf);
		write(1, out, m);
	}
}

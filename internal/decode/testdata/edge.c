#define _GNU_SOURCE
#include <sys/socket.h>
#include <poll.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <string.h>
static void h(int s) {}
int main(void) {
	struct sigaction sa = {0}; sa.sa_handler = h; sigaction(SIGALRM, &sa, NULL);
	int sv[2]; socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	send(sv[0], "0123456789", 10, 0);
	char buf[4];
	recv(sv[1], buf, 4, MSG_TRUNC);
	struct pollfd p = {sv[1], POLLIN, 0};
	struct timespec ts = {0, 1000};
	sigset_t ss; sigemptyset(&ss);
	syscall(SYS_ppoll, &p, 1, &ts, &ss, 4);
	syscall(SYS_ppoll, &p, 1, &ts, (void*)8, 8);
	syscall(SYS_ppoll, &p, 1, (void*)8, NULL, 8);
	struct timespec now; clock_gettime(CLOCK_MONOTONIC, &now); now.tv_sec += 5;
	struct itimerval it = {{0,0},{0,20000}}; setitimer(ITIMER_REAL, &it, NULL);
	struct timespec rem = {7, 7};
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &now, &rem);
	setitimer(ITIMER_REAL, &it, NULL);
	syscall(SYS_nanosleep, &now, (void*)8);
	syscall(SYS_accept4, sv[0], NULL, NULL, 0x4000);
	syscall(SYS_setitimer, 7, NULL, NULL);
	return 0;
}

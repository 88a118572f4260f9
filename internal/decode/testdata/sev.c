#define _GNU_SOURCE
#include <time.h>
#include <signal.h>
#include <mqueue.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <string.h>
#include <fcntl.h>
int main(void) {
	signal(SIGALRM, SIG_IGN);
	struct sigevent sev; memset(&sev, 0, sizeof sev);
	int tid;
	sev.sigev_notify = SIGEV_SIGNAL; sev.sigev_signo = SIGALRM;
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	sev.sigev_value.sival_int = 7;
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	sev.sigev_notify = 77; 
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	sev.sigev_notify = SIGEV_NONE; sev.sigev_signo = 0;
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	sev.sigev_notify = SIGEV_SIGNAL; sev.sigev_signo = 99;
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	syscall(SYS_timer_create, CLOCK_MONOTONIC, (void*)8, &tid);
	struct mq_attr at = {.mq_maxmsg = 4, .mq_msgsize = 64};
	int q = syscall(SYS_mq_open, "dnq", O_CREAT|O_RDWR, 0600, &at);
	sev.sigev_notify = SIGEV_SIGNAL; sev.sigev_signo = SIGUSR1; sev.sigev_value.sival_int = 9;
	syscall(SYS_mq_notify, q, &sev);
	syscall(SYS_mq_notify, q, NULL);
	sev.sigev_notify = SIGEV_THREAD; sev.sigev_value.sival_ptr = (void*)0xdead;
	syscall(SYS_mq_notify, q, &sev);
	sev.sigev_notify = SIGEV_NONE; 
	syscall(SYS_mq_notify, q, &sev);
	syscall(SYS_mq_unlink, "dnq");
	struct timex tx; memset(&tx, 0, sizeof tx);
	syscall(SYS_adjtimex, (void*)8);
	tx.modes = 0x8000;
	syscall(SYS_adjtimex, &tx);
	syscall(SYS_clock_adjtime, 99, &tx);
	time_t t = 0;
	syscall(SYS_time, (void*)8);
	return 0;
}

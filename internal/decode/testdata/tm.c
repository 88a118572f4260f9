#define _GNU_SOURCE
#include <time.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <sys/timerfd.h>
#include <signal.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <stdio.h>
#include <string.h>

int main(void) {
	signal(SIGALRM, SIG_IGN);
	struct timespec ts, rem;
	syscall(SYS_clock_gettime, CLOCK_REALTIME, &ts);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);
	syscall(SYS_clock_gettime, CLOCK_PROCESS_CPUTIME_ID, &ts);
	syscall(SYS_clock_gettime, CLOCK_THREAD_CPUTIME_ID, &ts);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC_RAW, &ts);
	syscall(SYS_clock_gettime, CLOCK_REALTIME_COARSE, &ts);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC_COARSE, &ts);
	syscall(SYS_clock_gettime, CLOCK_BOOTTIME, &ts);
	syscall(SYS_clock_gettime, CLOCK_TAI, &ts);
	syscall(SYS_clock_gettime, 77, &ts);
	syscall(SYS_clock_gettime, -2, &ts);   /* a cpu clock of pid */
	syscall(SYS_clock_gettime, -6, &ts);
	syscall(SYS_clock_gettime, (~1000 << 3) | 2, &ts);
	syscall(SYS_clock_gettime, CLOCK_REALTIME, NULL);
	syscall(SYS_clock_getres, CLOCK_MONOTONIC, &ts);
	syscall(SYS_clock_getres, CLOCK_MONOTONIC, NULL);
	ts.tv_sec = 0; ts.tv_nsec = 1000;
	syscall(SYS_clock_settime, CLOCK_MONOTONIC, &ts);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, &rem);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, NULL);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 5, &ts, NULL);
	ts.tv_sec = 0; ts.tv_nsec = 2000000000;
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, NULL);
	ts.tv_sec = -1; ts.tv_nsec = 5;
	syscall(SYS_nanosleep, &ts, &rem);
	ts.tv_sec = 0; ts.tv_nsec = 100;
	syscall(SYS_nanosleep, &ts, &rem);
	syscall(SYS_nanosleep, &ts, NULL);
	syscall(SYS_nanosleep, NULL, NULL);
	struct timeval tv; struct timezone tz;
	syscall(SYS_gettimeofday, &tv, NULL);
	syscall(SYS_gettimeofday, &tv, &tz);
	syscall(SYS_gettimeofday, NULL, NULL);
	syscall(SYS_settimeofday, &tv, NULL);
	tv.tv_usec = 2000000;
	syscall(SYS_settimeofday, &tv, &tz);
	time_t t;
	syscall(SYS_time, &t);
	syscall(SYS_time, NULL);
	struct timex tx; memset(&tx, 0, sizeof tx);
	syscall(SYS_adjtimex, &tx);
	tx.modes = ADJ_OFFSET|ADJ_FREQUENCY;
	syscall(SYS_adjtimex, &tx);
	memset(&tx, 0, sizeof tx);
	syscall(SYS_clock_adjtime, CLOCK_REALTIME, &tx);
	int fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC|TFD_NONBLOCK);
	timerfd_create(CLOCK_REALTIME, 0);
	timerfd_create(CLOCK_BOOTTIME_ALARM, 0x10);
	struct itimerspec its = {{1, 5}, {2, 500}}, old;
	timerfd_settime(fd, 0, &its, NULL);
	timerfd_settime(fd, TFD_TIMER_ABSTIME|TFD_TIMER_CANCEL_ON_SET, &its, &old);
	timerfd_settime(fd, 0, &its, &old);
	timerfd_gettime(fd, &old);
	timer_t tid;
	struct sigevent sev; memset(&sev, 0, sizeof sev);
	sev.sigev_notify = SIGEV_SIGNAL; sev.sigev_signo = SIGUSR1; sev.sigev_value.sival_ptr = (void*)0x1234;
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	sev.sigev_notify = SIGEV_NONE;
	syscall(SYS_timer_create, CLOCK_REALTIME, &sev, &tid);
	sev.sigev_notify = SIGEV_THREAD_ID; sev._sigev_un._tid = getpid(); sev.sigev_signo = SIGRTMIN;
	syscall(SYS_timer_create, CLOCK_REALTIME, &sev, &tid);
	sev.sigev_notify = SIGEV_THREAD;
	syscall(SYS_timer_create, CLOCK_REALTIME, &sev, &tid);
	syscall(SYS_timer_create, CLOCK_REALTIME, NULL, &tid);
	int kt;
	syscall(SYS_timer_create, CLOCK_REALTIME, NULL, &kt);
	syscall(SYS_timer_settime, kt, 0, &its, NULL);
	syscall(SYS_timer_settime, kt, TIMER_ABSTIME, &its, &old);
	syscall(SYS_timer_gettime, kt, &old);
	syscall(SYS_timer_getoverrun, kt);
	syscall(SYS_timer_delete, kt);
	syscall(SYS_timer_delete, 99);
	struct itimerval itv = {{1,2},{3,4}}, oitv;
	setitimer(ITIMER_REAL, &itv, &oitv);
	getitimer(ITIMER_VIRTUAL, &oitv);
	alarm(0);
	return 0;
}

/*
 * Lines strace prints when a process call is interrupted by another
 * thread's (procunit_test.go): run `strace -f ./unfinished_proc`. A thread
 * makes system calls in a loop while the main thread calls clone3 with
 * structs of several sizes and flags, clone, wait4 and rt_sigtimedwait;
 * their entries often end with " <unfinished ...>". (Build with -pthread.)
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <linux/sched.h>

static volatile int stop;

static void *spin(void *a) {
	while (!stop)
		syscall(SYS_getppid);
	return a;
}

int main(void) {
	pthread_t t;
	pthread_create(&t, 0, spin, 0);
	usleep(1000);
	char buf[128];
	struct clone_args *ca = (void *)buf;
	for (int i = 0; i < 4; i++) {
		int sizes[] = {64, 80, 88, 96};
		for (int j = 0; j < 4; j++) {
			memset(buf, 0, sizeof buf);
			ca->exit_signal = 100; /* invalid: no process is created */
			syscall(SYS_clone3, ca, sizes[j]);
		}
		memset(buf, 0, sizeof buf);
		ca->flags = CLONE_PARENT_SETTID;
		ca->parent_tid = 0x10;
		ca->exit_signal = 100;
		syscall(SYS_clone3, ca, 88);
		/* The old clone does not check the exit signal: a child is made. */
		if (syscall(SYS_clone, CLONE_PARENT_SETTID | 100, 0, 0x10, 0, 0) == 0)
			syscall(SYS_exit, 0);
		pid_t c = fork();
		if (c == 0)
			_exit(0);
		waitpid(c, 0, 0);
		sigset_t s;
		sigemptyset(&s);
		sigaddset(&s, SIGUSR1);
		struct timespec ts = {0, 1000};
		siginfo_t si;
		sigtimedwait(&s, 0, &ts);
		sigtimedwait(&s, &si, &ts);
	}
	stop = 1;
	pthread_join(t, 0);
	return 0;
}

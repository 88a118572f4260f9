// Signal calls: actions, masks, sets of every size, alternate stacks,
// signalfd, timers, queued siginfo, and the signals taken synchronously
// (no signal is delivered: a "--- SIG" line would not be a call).
#define _GNU_SOURCE
#include "harness.h"
#include <signal.h>
#include <stdint.h>
#include <sys/time.h>
#include <sys/signalfd.h>

struct ksa { uint64_t h, flags, restorer, mask; };

static struct ksa *ksa(uint64_t h, uint64_t flags, uint64_t restorer, uint64_t mask) {
	struct ksa *a = bufr(sizeof *a);
	a->h = h; a->flags = flags; a->restorer = restorer; a->mask = mask;
	mem(a, sizeof *a);
	return a;
}

static uint64_t *set(uint64_t v) {
	uint64_t *s = bufr(8);
	*s = v;
	mem(s, 8);
	return s;
}

static void handler(int s) { (void)s; }

int main(void) {
	long pid = getpid(), tid = gettid();
	mark();
	struct ksa *o = bufr(sizeof *o);
	struct ksa *a = ksa((uint64_t)handler, 0x04000000 | SA_RESTART, 0x1234, 0);
	mem(o, sizeof *o);
	CALL(rt_sigaction, SIGUSR1, (long)a, (long)o, 8);
	a = ksa((uint64_t)handler, 0xffffffff, 0x1234, ~0ULL);
	mem(o, sizeof *o);
	CALL(rt_sigaction, SIGUSR1, (long)a, (long)o, 8);
	a = ksa(1, 0, 0, ~0ULL);
	CALL(rt_sigaction, SIGUSR2, (long)a, 0, 8);
	mem(o, sizeof *o);
	CALL(rt_sigaction, SIGUSR2, 0, (long)o, 8);
	a = ksa(2, 0, 0, 0);
	CALL(rt_sigaction, SIGUSR2, (long)a, 0, 7);
	CALL(rt_sigaction, SIGUSR2, 1, 2, 8);
	mem(a, sizeof *a);
	CALL(rt_sigaction, 0, (long)a, 0, 8);
	mem(a, sizeof *a);
	CALL(rt_sigaction, 100, (long)a, 0, 8);
	mem(a, sizeof *a);
	CALL(rt_sigaction, 40, (long)a, 0, 8);
	a = ksa(-1, SA_SIGINFO | SA_NOCLDSTOP, 0, 0);
	CALL(rt_sigaction, SIGCHLD, (long)a, 0, 8);
	/* Sets from 40 to 44 signals: strace switches to ~[...] at 42. */
	for (int n = 40; n <= 44; n++) {
		a = ksa(0, 0, 0, (1ULL << n) - 1);
		CALL(rt_sigaction, SIGUSR2, (long)a, 0, 8);
	}
	a = ksa(0, 0, 0, ~0ULL >> 1);
	CALL(rt_sigaction, SIGUSR2, (long)a, 0, 8);
	a = ksa(0, 0, 0, 0);
	CALL(rt_sigaction, SIGUSR2, (long)a, 0, 8);

	uint64_t *m = set(0), *om = bufr(8);
	mem(om, 8);
	CALL(rt_sigprocmask, SIG_BLOCK, (long)m, (long)om, 8);
	m = set(~0ULL); om = bufr(8); mem(om, 8);
	CALL(rt_sigprocmask, SIG_SETMASK, (long)m, (long)om, 8);
	m = set(0); om = bufr(8); mem(om, 8);
	CALL(rt_sigprocmask, SIG_SETMASK, (long)m, (long)om, 8);
	om = bufr(8); mem(om, 8);
	CALL(rt_sigprocmask, SIG_UNBLOCK, 0, (long)om, 8);
	m = set(0);
	CALL(rt_sigprocmask, 5, (long)m, 0, 8);
	m = set(0);
	CALL(rt_sigprocmask, SIG_BLOCK, (long)m, 0, 4);
	mem(m, 8);
	CALL(rt_sigprocmask, SIG_BLOCK, (long)m, 0, 16);
	CALL(rt_sigprocmask, SIG_BLOCK, 1, 2, 8);
	m = set(1ULL << (SIGUSR1 - 1) | 1ULL << (SIGUSR2 - 1) | 1ULL << (SIGALRM - 1));
	om = bufr(8); mem(om, 8);
	CALL(rt_sigprocmask, SIG_BLOCK, (long)m, (long)om, 8);

	/* Pending signals in sets of every size. */
	CALL(tgkill, pid, tid, SIGUSR1);
	CALL(tkill, tid, SIGUSR2);
	for (long n = 0; n <= 9; n++) {
		om = bufr(8); mem(om, 8);
		CALL(rt_sigpending, (long)om, n);
	}
	struct timespec *ts = bufr(sizeof *ts);
	ts->tv_nsec = 1000;
	mem(ts, sizeof *ts);
	siginfo_t *si = bufr(sizeof *si);
	mem(si, sizeof *si);
	m = set(1ULL << (SIGUSR1 - 1) | 1ULL << (SIGUSR2 - 1));
	CALL(rt_sigtimedwait, (long)m, (long)si, (long)ts, 8);
	mem(m, 8);
	CALL(rt_sigtimedwait, (long)m, 0, 0, 8);
	si = bufr(sizeof *si); mem(si, sizeof *si); mem(ts, sizeof *ts); mem(m, 8);
	CALL(rt_sigtimedwait, (long)m, (long)si, (long)ts, 8);
	mem(si, sizeof *si); mem(ts, sizeof *ts); mem(m, 8);
	CALL(rt_sigtimedwait, (long)m, (long)si, (long)ts, 4);

	/* Queued signals with their siginfo. */
	si = bufr(sizeof *si);
	si->si_signo = SIGUSR1; si->si_code = SI_QUEUE; si->si_pid = pid; si->si_uid = 0;
	si->si_value.sival_int = 42;
	mem(si, sizeof *si);
	CALL(rt_sigqueueinfo, pid, SIGUSR1, (long)si);
	siginfo_t *si2 = bufr(sizeof *si2);
	mem(si2, sizeof *si2); mem(ts, sizeof *ts);
	m = set(1ULL << (SIGUSR1 - 1));
	CALL(rt_sigtimedwait, (long)m, (long)si2, (long)ts, 8);
	si = bufr(sizeof *si);
	si->si_signo = SIGUSR1; si->si_code = SI_ASYNCNL; si->si_pid = pid;
	si->si_value.sival_ptr = (void *)0xdeadbeef00;
	mem(si, sizeof *si);
	CALL(rt_tgsigqueueinfo, pid, tid, SIGUSR1, (long)si);
	si2 = bufr(sizeof *si2); mem(si2, sizeof *si2); mem(ts, sizeof *ts); mem(m, 8);
	CALL(rt_sigtimedwait, (long)m, (long)si2, (long)ts, 8);
	CALL(rt_sigqueueinfo, pid, SIGUSR1, 0);
	CALL(kill, pid, 0);
	CALL(kill, -1, 100);
	CALL(kill, 0x7fffffff, SIGTERM);
	CALL(tgkill, -1, -1, SIGRTMIN);

	m = set(0);
	CALL(rt_sigsuspend, (long)m, 4);
	CALL(rt_sigsuspend, 1, 8);

	stack_t *ss = bufr(sizeof *ss), *oss = bufr(sizeof *oss);
	ss->ss_sp = (void *)0x1000; ss->ss_size = 8192;
	mem(ss, sizeof *ss); mem(oss, sizeof *oss);
	CALL(sigaltstack, (long)ss, (long)oss);
	oss = bufr(sizeof *oss); mem(oss, sizeof *oss);
	CALL(sigaltstack, 0, (long)oss);
	ss = bufr(sizeof *ss); ss->ss_sp = (void *)0x1000; ss->ss_size = 8192; ss->ss_flags = SS_DISABLE;
	mem(ss, sizeof *ss);
	CALL(sigaltstack, (long)ss, 0);
	ss = bufr(sizeof *ss); ss->ss_sp = (void *)0x1000; ss->ss_size = 8192; ss->ss_flags = 0xff;
	mem(ss, sizeof *ss);
	CALL(sigaltstack, (long)ss, 0);
	CALL(sigaltstack, 1, 0);

	m = set(1ULL << (SIGUSR1 - 1));
	CALL(signalfd4, -1, (long)m, 8, SFD_CLOEXEC | SFD_NONBLOCK);
	mem(m, 8);
	CALL(signalfd4, -1, (long)m, 8, 0);
	mem(m, 8);
	CALL(signalfd4, -1, (long)m, 4, 0x1);
	mem(m, 8);
	CALL(signalfd, -1, (long)m, 8);

	struct itimerval *it = bufr(sizeof *it), *oit = bufr(sizeof *oit);
	it->it_interval.tv_sec = 1; it->it_interval.tv_usec = 500; it->it_value.tv_sec = 2;
	mem(it, sizeof *it); mem(oit, sizeof *oit);
	CALL(setitimer, ITIMER_REAL, (long)it, (long)oit);
	it = bufr(sizeof *it);
	mem(it, sizeof *it);
	CALL(setitimer, ITIMER_REAL, (long)it, 0);
	mem(it, sizeof *it);
	CALL(setitimer, 5, (long)it, 0);
	oit = bufr(sizeof *oit); mem(oit, sizeof *oit);
	CALL(getitimer, ITIMER_PROF, (long)oit);
	CALL(getitimer, ITIMER_VIRTUAL, 1);
	CALL(alarm, 10);
	CALL(alarm, 0);
	m = set(0);
	CALL(rt_sigprocmask, SIG_SETMASK, (long)m, 0, 8);
	mark();
	return 0;
}

// Structures the kernel fills, with chosen contents: strace injects the
// calls' success and prints what the program wrote. Wait statuses of every
// kind, siginfo from waitid, rusage, sysinfo, uname, times.
// flags: -v
// strace: -e inject=wait4:retval=1234 -e inject=waitid:retval=0 -e inject=getrusage:retval=0 -e inject=sysinfo:retval=0 -e inject=uname:retval=0 -e inject=times:retval=77
#define _GNU_SOURCE
#include "harness.h"
#include <signal.h>
#include <stdint.h>
#include <sys/wait.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/sysinfo.h>
#include <sys/times.h>

static void wait_(uint32_t status, long options) {
	uint32_t *st = bufr(4);
	*st = status;
	mem(st, 4);
	CALL(wait4, -1, (long)st, options, 0);
}

int main(void) {
	mark();
	wait_(0, 0);
	wait_(3 << 8, WNOHANG);
	wait_(SIGKILL, 0);
	wait_(SIGSEGV | 0x80, __WALL);
	wait_(0x7f | SIGSTOP << 8, WUNTRACED);
	wait_(0x7f | SIGTRAP << 8 | PTRACE_EVENT_EXIT << 16, __WALL);
	wait_(0x7f | SIGTRAP << 8 | 0x55 << 16, 0);
	wait_(0x7f | SIGTRAP << 8 | PTRACE_EVENT_STOP << 16, 0);
	wait_(0xffff, WCONTINUED);
	wait_(0x7f | 100 << 8, 0);
	wait_(100, 0);
	wait_(0x7e, 0xffffff);
	struct rusage *ru = bufr(sizeof *ru);
	int64_t *w = (int64_t *)ru;
	for (int i = 0; i < 18; i++) w[i] = i * 1000 + 1;
	w[17] = -1;
	mem(ru, sizeof *ru);
	uint32_t *st = bufr(4);
	mem(st, 4);
	CALL(wait4, 5, (long)st, 0, (long)ru);
	CALL(wait4, 5, 0, 0, 0);
	mem(ru, sizeof *ru);
	CALL(getrusage, RUSAGE_THREAD, (long)ru);
	mem(ru, sizeof *ru);
	CALL(getrusage, -2, (long)ru);

	siginfo_t *si = bufr(sizeof *si);
	si->si_signo = SIGCHLD; si->si_code = CLD_EXITED; si->si_pid = 42; si->si_status = 3;
	mem(si, sizeof *si); mem(ru, sizeof *ru);
	CALL(waitid, P_PID, 42, (long)si, WEXITED | WNOWAIT, (long)ru);
	si = bufr(sizeof *si);
	mem(si, sizeof *si);
	CALL(waitid, P_ALL, 0, (long)si, WEXITED | WNOHANG, 0);
	si = bufr(sizeof *si);
	si->si_signo = SIGCHLD; si->si_code = CLD_STOPPED; si->si_pid = 42; si->si_status = SIGTSTP;
	mem(si, sizeof *si);
	CALL(waitid, P_PIDFD, 3, (long)si, WSTOPPED, 0);
	CALL(waitid, 7, 0, 0, 0xffffffff, 0);
	CALL(waitid, P_PGID, 0, 0, WEXITED, 0);

	struct sysinfo *s = bufr(sizeof *s);
	s->uptime = 1906; s->loads[0] = 4032; s->loads[1] = 11488; s->loads[2] = 10400;
	s->totalram = 25276502016; s->freeram = 24807378944; s->sharedram = 9084928;
	s->bufferram = 4612096; s->totalswap = 1; s->freeswap = 2; s->procs = 97;
	s->totalhigh = 3; s->freehigh = 4; s->mem_unit = 1;
	mem(s, sizeof *s);
	CALL(sysinfo, (long)s);
	struct utsname *u = bufr(sizeof *u);
	strcpy(u->sysname, "Linux");
	memset(u->nodename, 'n', sizeof u->nodename);
	strcpy(u->release, "a\"b\\c\n");
	strcpy(u->version, "0123456789012345678901234567890123456789");
	strcpy(u->machine, "x86_64");
	mem(u, sizeof *u);
	CALL(uname, (long)u);
	struct tms *t = bufr(sizeof *t);
	t->tms_utime = 1; t->tms_stime = 2; t->tms_cutime = -1; t->tms_cstime = 4;
	mem(t, sizeof *t);
	CALL(times, (long)t);
	CALL(times, 0);
	mark();
	return 0;
}

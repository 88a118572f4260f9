// ptrace as a tracer uses it, on a child stopped by its own SIGSTOP:
// peeks and pokes, registers, siginfo, masks, syscall info at a signal
// stop and at syscall stops.
// flags: -s 4
#define _GNU_SOURCE
#include "harness.h"
#include <signal.h>
#include <stdint.h>
#include <sys/wait.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <linux/ptrace.h>

int main(void) {
	pid_t c = fork();
	if (c == 0) {
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		raise(SIGSTOP);
		syscall(SYS_getpid);
		_exit(0);
	}
	int st;
	waitpid(c, &st, 0);
	/* No SIGCHLD is delivered between the marks: it would print a line. */
	sigset_t blk;
	sigemptyset(&blk);
	sigaddset(&blk, SIGCHLD);
	sigprocmask(SIG_BLOCK, &blk, 0);
	mark();
	long offs[] = {0, 3, 8, 128, 160, 208, 216, 220, 224, 300, 736, 848, 856, 912, 920, 99999};
	for (int i = 0; i < 16; i++) {
		long *w = bufr(8);
		mem(w, 8);
		CALL(ptrace, PTRACE_PEEKUSER, c, offs[i], (long)w);
	}
	long *w = bufr(8);
	mem(w, 8);
	CALL(ptrace, PTRACE_PEEKDATA, c, (long)w, (long)w);
	CALL(ptrace, PTRACE_PEEKTEXT, c, 0, (long)w);
	CALL(ptrace, PTRACE_POKEDATA, c, (long)w, 0x1234);
	CALL(ptrace, PTRACE_POKEUSER, c, 8 * 15, 0x1234);
	mem(w, 8);
	CALL(ptrace, PTRACE_GETEVENTMSG, c, 0, (long)w);
	siginfo_t *si = bufr(sizeof *si);
	mem(si, sizeof *si);
	CALL(ptrace, PTRACE_GETSIGINFO, c, 0, (long)si);
	mem(si, sizeof *si);
	CALL(ptrace, PTRACE_SETSIGINFO, c, 0, (long)si);
	char *regs = bufr(1024);
	mem(regs, 1024);
	CALL(ptrace, PTRACE_GETREGS, c, 0, (long)regs);
	mem(regs, 1024);
	CALL(ptrace, PTRACE_SETREGS, c, 0, (long)regs);
	mem(regs, 1024);
	CALL(ptrace, PTRACE_GETFPREGS, c, 0, (long)regs);
	CALL(ptrace, PTRACE_GETREGS, c, 0, 1);
	struct iovec *iov = bufr(sizeof *iov);
	iov->iov_base = regs; iov->iov_len = 1000;
	mem(iov, sizeof *iov); mem(regs, 1024);
	CALL(ptrace, PTRACE_GETREGSET, c, 1, (long)iov);
	iov->iov_len = 1000;
	mem(iov, sizeof *iov); mem(regs, 1024);
	CALL(ptrace, PTRACE_GETREGSET, c, 2, (long)iov);
	iov->iov_len = 216;
	mem(iov, sizeof *iov); mem(regs, 1024);
	CALL(ptrace, PTRACE_GETREGSET, c, 1, (long)iov);
	iov->iov_len = 100;
	mem(iov, sizeof *iov); mem(regs, 1024);
	CALL(ptrace, PTRACE_GETREGSET, c, 1, (long)iov);
	mem(iov, sizeof *iov); mem(regs, 1024);
	CALL(ptrace, PTRACE_SETREGSET, c, 1, (long)iov);
	CALL(ptrace, PTRACE_GETREGSET, c, 1, 0);
	uint64_t *m = bufr(8);
	mem(m, 8);
	CALL(ptrace, PTRACE_GETSIGMASK, c, 8, (long)m);
	*m = 0x200;
	mem(m, 8);
	CALL(ptrace, PTRACE_SETSIGMASK, c, 8, (long)m);
	CALL(ptrace, PTRACE_GETSIGMASK, c, 4, (long)m);
	struct ptrace_peeksiginfo_args *pa = bufr(sizeof *pa);
	pa->nr = 1;
	mem(pa, sizeof *pa); mem(regs, 1024);
	CALL(ptrace, PTRACE_PEEKSIGINFO, c, (long)pa, (long)regs);
	CALL(ptrace, PTRACE_SECCOMP_GET_FILTER, c, 0, 0);
	uint64_t *md = bufr(16);
	md[0] = 7;
	mem(md, 16);
	CALL(ptrace, PTRACE_SECCOMP_GET_METADATA, c, 16, (long)md);
	CALL(ptrace, 0x420f, c, 32, (long)regs);
	CALL(ptrace, PTRACE_ARCH_PRCTL, c, 0, 0x1003);
	CALL(ptrace, PTRACE_GET_THREAD_AREA, c, 12, (long)regs);
	CALL(ptrace, 0x9999, c, 0, 0);
	CALL(ptrace, PTRACE_SETOPTIONS, c, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL);
	CALL(ptrace, PTRACE_SETOPTIONS, c, 0, 0xffffffff);
	for (int i = 0; i < 3; i++) {
		mem(regs, 1024);
		CALL(ptrace, PTRACE_GET_SYSCALL_INFO, c, 1000, (long)regs);
		mem(regs, 1024);
		CALL(ptrace, PTRACE_GET_SYSCALL_INFO, c, 8, (long)regs);
		CALL(ptrace, PTRACE_SYSCALL, c, 0, 0);
		int *s = bufr(4);
		mem(s, 4);
		CALL(wait4, c, (long)s, 0, 0);
	}
	CALL(ptrace, PTRACE_CONT, c, 1, SIGUSR1);
	CALL(ptrace, PTRACE_ATTACH, 1);
	CALL(ptrace, PTRACE_TRACEME);
	CALL(ptrace, PTRACE_DETACH, c, 0, SIGSTOP);
	CALL(ptrace, PTRACE_KILL, c);
	mark();
	return 0;
}

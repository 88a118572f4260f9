// siginfo_t as strace prints it, for every family of si_code: each
// siginfo is queued to pid -1 (the call fails; strace prints the struct at
// entry). The union's bytes are filled with a pattern so that every field
// shows which bytes it comes from.
#define _GNU_SOURCE
#include "harness.h"
#include <signal.h>
#include <stdint.h>

static void queue(int signo, int code, int errno_, int zero) {
	unsigned char *b = bufr(128);
	for (int k = 0; k < 128; k++)
		b[k] = zero ? 0 : 0x11 * (k % 15 + 1);
	int32_t *ip = (int32_t *)b;
	ip[0] = signo;
	ip[1] = errno_;
	ip[2] = code;
	mem(b, 128);
	CALL(rt_sigqueueinfo, -1, SIGUSR1, (long)b);
}

static unsigned char *raw(int signo, int code) {
	unsigned char *b = bufr(128);
	int32_t *ip = (int32_t *)b;
	ip[0] = signo;
	ip[2] = code;
	return b;
}

int main(void) {
	int sigs[] = {SIGUSR1, SIGCHLD, SIGSEGV, SIGILL, SIGFPE, SIGBUS, SIGTRAP, SIGIO, SIGSYS, 40, 0, 65, -5};
	int codes[] = {0, -1, -2, -3, -4, -5, -6, -7, -60, -8, 0x80, 1, 2, 3, 4, 5, 6, 7, 10, 14, 15};
	mark();
	for (unsigned i = 0; i < sizeof sigs / sizeof *sigs; i++)
		for (unsigned j = 0; j < sizeof codes / sizeof *codes; j++)
			queue(sigs[i], codes[j], 0, 0);
	/* si_errno, and a zero sigval (strace then omits si_int/si_ptr). */
	queue(SIGUSR1, 0, 2, 0);
	queue(SIGUSR1, 0, -2, 0);
	queue(SIGUSR1, 0, 2000, 0);
	int zc[] = {0, -1, -2, -6, -60, 2, 0x80};
	for (int j = 0; j < 7; j++)
		queue(SIGUSR1, zc[j], 0, 1);

	/* SIGCHLD: the status as a number or a signal, times in clock ticks. */
	int cld[] = {1, 2, 3, 4, 5, 6, 7, 0x80};
	for (int j = 0; j < 8; j++) {
		unsigned char *b = raw(SIGCHLD, cld[j]);
		((int32_t *)b)[6] = 9;
		((int64_t *)b)[4] = 5;
		((int64_t *)b)[5] = 12345;
		mem(b, 128);
		CALL(rt_sigqueueinfo, -1, SIGUSR1, (long)b);
	}
	unsigned char *b = raw(SIGCHLD, 1);
	((int32_t *)b)[6] = -1;
	((int64_t *)b)[4] = -5;
	mem(b, 128);
	CALL(rt_sigqueueinfo, -1, SIGUSR1, (long)b);

	/* SIGSYS: the syscall named by its number in the audit arch. */
	uint32_t nrs[][2] = {{39, 0xc000003e}, {0x40000000 | 39, 0xc000003e},
		{999, 0xc000003e}, {0xffffffff, 0xc000003e}, {1, 0x12345}};
	for (int j = 0; j < 5; j++) {
		b = raw(SIGSYS, 1);
		((uint64_t *)b)[2] = 0x401000;
		((uint32_t *)b)[6] = nrs[j][0];
		((uint32_t *)b)[7] = nrs[j][1];
		mem(b, 128);
		CALL(rt_sigqueueinfo, -1, SIGUSR1, (long)b);
	}
	/* A signal the kernel sent with a positive code: si_pid and si_uid
	 * only when one is set, the sigval only when it is set. */
	int gen[][4] = {{2, 0, 0, 7}, {2, 5, 0, 0}, {2, 0, 6, 0}, {0x80, 0, 0, 7}, {0x80, 3, 0, 7}, {-1, 0, 0, 7}};
	for (int j = 0; j < 6; j++) {
		b = raw(SIGALRM, gen[j][0]);
		((int32_t *)b)[4] = gen[j][1];
		((int32_t *)b)[5] = gen[j][2];
		((int32_t *)b)[7] = gen[j][3];
		mem(b, 128);
		CALL(rt_sigqueueinfo, -1, SIGUSR1, (long)b);
	}
	CALL(rt_sigqueueinfo, -1, SIGUSR1, 1);
	mark();
	return 0;
}

// Capabilities, personality, pidfds, cross-process memory, kcmp,
// membarrier.
// flags: -v -s 1
// flags: -s 4
#define _GNU_SOURCE
#include "harness.h"
#include <signal.h>
#include <stdint.h>
#include <fcntl.h>
#include <sys/uio.h>
#include <sys/personality.h>
#include <linux/capability.h>
#include <linux/membarrier.h>

int main(void) {
	long pid = getpid();
	mark();
	struct __user_cap_header_struct *h = bufr(sizeof *h);
	struct __user_cap_data_struct *d = bufr(2 * sizeof *d);
	h->version = _LINUX_CAPABILITY_VERSION_3;
	mem(h, sizeof *h); mem(d, 2 * sizeof *d);
	CALL(capget, (long)h, (long)d);
	mem(h, sizeof *h); mem(d, 2 * sizeof *d);
	CALL(capset, (long)h, (long)d);
	h->version = _LINUX_CAPABILITY_VERSION_1;
	mem(h, sizeof *h); mem(d, 2 * sizeof *d);
	CALL(capget, (long)h, (long)d);
	h->version = 0x1234;
	mem(h, sizeof *h); mem(d, 2 * sizeof *d);
	CALL(capget, (long)h, (long)d);
	h->version = _LINUX_CAPABILITY_VERSION_3;
	mem(h, sizeof *h);
	CALL(capget, (long)h, 0);
	d[0].effective = 0; d[0].permitted = 0x5; d[0].inheritable = 0;
	d[1].effective = 0xfffffe00; d[1].permitted = 0; d[1].inheritable = 0x100;
	h->version = _LINUX_CAPABILITY_VERSION_2; h->pid = -1;
	mem(h, sizeof *h); mem(d, 2 * sizeof *d);
	CALL(capset, (long)h, (long)d);
	CALL(capget, 1, 2);

	long pers[] = {0xffffffff, PER_LINUX | ADDR_NO_RANDOMIZE, PER_LINUX32, 0x99, 0x04100001,
		0x0008 | 0x8000000, 0x6, 0x4000006, 0x10000000, 0x20000 | 0x8, 0};
	for (int i = 0; i < 11; i++)
		CALL(personality, pers[i]);

	long pfd = CALL(pidfd_open, pid, 0);
	CALL(pidfd_open, pid, O_NONBLOCK); /* PIDFD_NONBLOCK */
	CALL(pidfd_open, pid, 0xff);
	CALL(pidfd_send_signal, pfd, 0, 0, 0);
	CALL(pidfd_send_signal, pfd, SIGUSR2, 0, 5);
	siginfo_t *si = bufr(sizeof *si);
	si->si_signo = SIGUSR1; si->si_code = SI_QUEUE; si->si_pid = pid;
	mem(si, sizeof *si);
	CALL(pidfd_send_signal, -1, SIGUSR1, (long)si, 0);
	CALL(pidfd_getfd, pfd, 0, 0);
	CALL(pidfd_getfd, pfd, 1, 5);

	char *src = bufr(16), *dst = bufr(16);
	strcpy(src, "hello, world!!!");
	struct iovec *l = bufr(2 * sizeof *l), *r = bufr(sizeof *r);
	l[0].iov_base = dst; l[0].iov_len = 6; l[1].iov_base = dst + 6; l[1].iov_len = 10;
	r[0].iov_base = src; r[0].iov_len = 16;
	mem(l, 2 * sizeof *l); mem(r, sizeof *r); mem(dst, 16); mem(src, 16);
	CALL(process_vm_readv, pid, (long)l, 2, (long)r, 1, 0);
	mem(l, 2 * sizeof *l); mem(r, sizeof *r); mem(dst, 16); mem(src, 16);
	CALL(process_vm_writev, pid, (long)l, 2, (long)r, 1, 0);
	mem(l, 2 * sizeof *l); mem(r, sizeof *r);
	CALL(process_vm_readv, pid, (long)l, 2, (long)r, 1, 3);
	CALL(process_vm_readv, pid, 0, 0, 0, 0, 0);

	CALL(kcmp, pid, pid, 0, 0, 1);
	CALL(kcmp, pid, pid, 1, 0, 0);
	CALL(kcmp, pid, pid, 6, 5, 6);
	CALL(kcmp, pid, pid, 99, 0, 0);
	uint32_t *slot = bufr(12);
	slot[0] = 3; slot[1] = 4; slot[2] = 5;
	mem(slot, 12);
	CALL(kcmp, pid, pid, 7, 0, (long)slot);
	CALL(kcmp, pid, pid, 7, 0, 1);

	CALL(membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
	CALL(membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0);
	CALL(membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 1, 0);
	CALL(membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 3, 5);
	CALL(membarrier, 0x4000, 0, 0);
	mark();
	return 0;
}

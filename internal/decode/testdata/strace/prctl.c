// prctl: every option strace 6.1 knows, with patterned arguments, zeros,
// and pointers to memory; arch_prctl; seccomp.
// flags: -s 4
#define _GNU_SOURCE
#include "harness.h"
#include <signal.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <asm/prctl.h>
#include <linux/seccomp.h>
#include <linux/filter.h>
#include <linux/capability.h>

int main(void) {
	mark();
	for (long o = 0; o <= 72; o++) {
		if (o == PR_SET_SECUREBITS || o == PR_CAPBSET_DROP || o == PR_SET_SECCOMP)
			continue;
		CALL(prctl, o, 0x11, 0x22, 0x33, 0x44);
	}
	for (long o = 0; o <= 72; o++) {
		if (o == PR_SET_NAME || o == PR_SET_MM || o == PR_SET_SECCOMP || o == 59 || o == PR_CAPBSET_DROP)
			continue;
		CALL(prctl, o, 0, 0, 0, 0);
	}
	uint64_t *b = bufr(16);
	for (long o = 0; o <= 72; o++) {
		if (o == PR_SET_NAME || o == PR_SET_MM || o == PR_SET_SECCOMP || o == 59 || o == PR_CAPBSET_DROP ||
		    o == PR_SET_TIMERSLACK || o == PR_SET_SECUREBITS)
			continue;
		b[0] = 0; b[1] = 0;
		mem(b, 16);
		CALL(prctl, o, (long)b, (long)b, (long)b, (long)b);
	}
	CALL(prctl, PR_SET_NAME, (long)str("hello-world-long-name"));
	CALL(prctl, PR_SET_NAME, (long)str("exactly15chars!"));
	char *name = bufr(16);
	mem(name, 16);
	CALL(prctl, PR_GET_NAME, (long)name);
	CALL(prctl, PR_SET_NAME, (long)str("ab"));
	mem(name, 16);
	CALL(prctl, PR_GET_NAME, (long)name);
	CALL(prctl, PR_SET_NAME, 0);
	CALL(prctl, PR_SET_PDEATHSIG, SIGTERM);
	int *ip = bufr(4);
	mem(ip, 4);
	CALL(prctl, PR_GET_PDEATHSIG, (long)ip);
	CALL(prctl, PR_SET_PDEATHSIG, 0);
	CALL(prctl, PR_SET_DUMPABLE, 1);
	CALL(prctl, PR_GET_DUMPABLE);
	CALL(prctl, PR_CAPBSET_READ, CAP_SYS_ADMIN);
	CALL(prctl, PR_CAPBSET_READ, 100);
	CALL(prctl, PR_SET_SECUREBITS, 0x11);
	CALL(prctl, PR_GET_SECUREBITS);
	CALL(prctl, PR_SET_SECUREBITS, 0);
	CALL(prctl, PR_SET_TIMERSLACK, 50000);
	CALL(prctl, PR_GET_TIMERSLACK);
	CALL(prctl, PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_EARLY, 0, 0);
	CALL(prctl, PR_MCE_KILL, PR_MCE_KILL_SET, 7, 0, 0);
	CALL(prctl, PR_MCE_KILL_GET, 0, 0, 0, 0);
	CALL(prctl, PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, CAP_NET_RAW, 0, 0);
	CALL(prctl, PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, 99, 0, 0);
	CALL(prctl, PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
	CALL(prctl, PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0, 0, 0);
	CALL(prctl, PR_GET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH, 0, 0, 0);
	CALL(prctl, PR_SET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH, PR_SPEC_ENABLE, 0, 0);
	CALL(prctl, PR_SET_PTRACER, PR_SET_PTRACER_ANY);
	CALL(prctl, PR_SET_PTRACER, 1234);
	CALL(prctl, PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0x1000, 4096, (long)str("foo"));
	CALL(prctl, PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0x1000, 4096, 0);
	CALL(prctl, PR_SET_MM, PR_SET_MM_START_CODE, 0x1000, 0, 0);
	CALL(prctl, PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_ON, -1, 0x2000, 0x3000);
	CALL(prctl, PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_OFF, 0x1000, 0x2000, 0x3000);
	CALL(prctl, PR_SCHED_CORE, PR_SCHED_CORE_CREATE, 0, 1, 0);
	CALL(prctl, PR_SET_TSC, PR_TSC_ENABLE);
	mem(ip, 4);
	CALL(prctl, PR_GET_TSC, (long)ip);
	CALL(prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	CALL(prctl, PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	CALL(prctl, PR_SET_SECCOMP, SECCOMP_MODE_FILTER, 1);
	CALL(prctl, PR_SET_SECCOMP, SECCOMP_MODE_FILTER, 0, 5, 6);
	CALL(prctl, PR_SET_SECCOMP, 0x11, 0x22, 0x33, 0x44);
	struct sock_filter *f = bufr(sizeof *f);
	f[0] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	struct sock_fprog *fp = bufr(sizeof *fp);
	fp->len = 1; fp->filter = f;
	mem(fp, sizeof *fp);
	CALL(prctl, PR_SET_SECCOMP, SECCOMP_MODE_FILTER, (long)fp, 0, 0);
	CALL(prctl, PR_GET_SECCOMP);
	mem(fp, sizeof *fp);
	CALL(seccomp, SECCOMP_SET_MODE_FILTER, 0, (long)fp);
	CALL(seccomp, SECCOMP_SET_MODE_FILTER, 0xff, 0);
	uint32_t *act = bufr(4);
	*act = SECCOMP_RET_KILL_PROCESS;
	mem(act, 4);
	CALL(seccomp, SECCOMP_GET_ACTION_AVAIL, 0, (long)act);
	*act = 0x12345678;
	mem(act, 4);
	CALL(seccomp, SECCOMP_GET_ACTION_AVAIL, 0, (long)act);
	uint16_t *sz = bufr(6);
	mem(sz, 6);
	CALL(seccomp, SECCOMP_GET_NOTIF_SIZES, 0, (long)sz);
	CALL(seccomp, SECCOMP_GET_NOTIF_SIZES, 0, 1);
	CALL(seccomp, 99, 0, 0);
	CALL(seccomp, SECCOMP_SET_MODE_STRICT, 1, 0);

	uint64_t *fs = bufr(8);
	mem(fs, 8);
	CALL(arch_prctl, ARCH_GET_FS, (long)fs);
	*fs = 0;
	mem(fs, 8);
	CALL(arch_prctl, ARCH_GET_GS, (long)fs);
	CALL(arch_prctl, ARCH_GET_FS, 1);
	CALL(arch_prctl, ARCH_GET_CPUID, 0);
	CALL(arch_prctl, ARCH_SET_CPUID, 1);
	CALL(arch_prctl, ARCH_SET_GS, 0);
	long codes[] = {0x1021, 0x1022, 0x1024};
	for (int i = 0; i < 3; i++) {
		mem(fs, 8);
		CALL(arch_prctl, codes[i], (long)fs);
	}
	CALL(arch_prctl, 0x1023, 1);
	CALL(arch_prctl, 0x1023, 99);
	CALL(arch_prctl, 0x1025, 18);
	CALL(arch_prctl, 0x2001, 0x1000);
	CALL(arch_prctl, 0x3001, 0x1000);
	CALL(arch_prctl, 0x9999, 1);
	mark();
	return 0;
}

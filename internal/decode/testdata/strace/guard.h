/*
 * A seccomp filter for case programs that make calls no test may really
 * make (reboot, module loading, swap, kexec, host names...): each listed
 * call fails with EPERM before it reaches the kernel, whether or not the
 * program runs under strace. Include after harness.h; call guard() before
 * the first mark().
 */
#include <stddef.h>
#include <sys/prctl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

static void guard(const int *nrs, int k) {
	struct sock_filter f[128];
	int n = 0;
	if (k > 120) abort();
	f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
	for (int i = 0; i < k; i++)
		f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, nrs[i], k - i, 0);
	f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM);
	struct sock_fprog p = {n, f};
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &p))
		abort();
}
#define GUARD(...) do { static const int nrs_[] = {__VA_ARGS__}; guard(nrs_, sizeof nrs_ / sizeof nrs_[0]); } while (0)

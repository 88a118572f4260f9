// Process calls made for real: exec failures, robust lists, sessions,
// credentials, groups, limits, usage, uname, sysinfo, times, getrandom.
// flags: -v
// flags: -s 2
// flags: -v -s 2
#define _GNU_SOURCE
#include "harness.h"
#include <fcntl.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/sysinfo.h>
#include <sys/times.h>
#include <sys/random.h>

static char **strv(const char **s) {
	int n = 0;
	while (s[n]) n++;
	char **v = bufr((n + 1) * sizeof *v);
	for (int i = 0; i < n; i++) v[i] = str(s[i]);
	mem(v, (n + 1) * sizeof *v);
	return v;
}

int main(void) {
	long pid = getpid();
	mark();
	char *path = str("/nonexistent");
	char **argv = strv((const char *[]){"/nonexistent", "a", "bb", NULL});
	char **envp = strv((const char *[]){"A=1", "B=2", NULL});
	CALL(execve, (long)path, (long)argv, (long)envp);
	envp = strv((const char *[]){"A=1", NULL});
	CALL(execve, (long)path, 0, (long)envp);
	CALL(execve, (long)path, 1, 1);
	argv = strv((const char *[]){"x", NULL});
	envp = strv((const char *[]){NULL});
	CALL(execveat, AT_FDCWD, (long)path, (long)argv, (long)envp, 0);
	argv = strv((const char *[]){"x", NULL});
	CALL(execveat, 0, (long)str(""), (long)argv, 0, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW);
	CALL(execveat, 0, (long)str(""), 0, 0, 0xffff);

	void **head = bufr(8);
	size_t *len = bufr(8);
	mem(head, 8); mem(len, 8);
	CALL(get_robust_list, 0, (long)head, (long)len);
	CALL(get_robust_list, 0, 0, 0);
	CALL(get_robust_list, -1, 0, 0);
	CALL(set_robust_list, 0, 24);
	CALL(rseq, 0, 0, 1, 0);
	CALL(getpgid, 0);
	CALL(getsid, 0);
	CALL(getpgid, -1);
	CALL(setpgid, 0, 0);
	CALL(setpgid, -1, -2);
	CALL(getpgrp);

	CALL(getuid); CALL(geteuid); CALL(getgid); CALL(getegid);
	CALL(setuid, 0); CALL(setgid, 0); CALL(setuid, -1); CALL(setgid, 65534);
	CALL(setreuid, -1, 0); CALL(setregid, 0, -1);
	CALL(setresuid, -1, 0, -1); CALL(setresgid, -1, -1, -1);
	uint32_t *ids = bufr(12);
	mem(ids, 12);
	CALL(getresuid, (long)ids, (long)(ids + 1), (long)(ids + 2));
	mem(ids, 12);
	CALL(getresgid, (long)ids, (long)(ids + 1), 1);
	CALL(setfsuid, 0); CALL(setfsgid, -1);
	uint32_t *gl = bufr(16);
	gl[0] = 0; gl[1] = 1; gl[2] = 2; gl[3] = -1;
	mem(gl, 16);
	CALL(getgroups, 0, 0);
	mem(gl, 16);
	CALL(getgroups, 4, (long)gl);
	CALL(getgroups, -1, (long)gl);
	gl = bufr(16);
	gl[0] = 0; gl[1] = 1; gl[2] = 2; gl[3] = -1;
	mem(gl, 16);
	CALL(setgroups, 2, (long)gl);
	uint32_t *g2 = bufr(16);
	g2[0] = g2[1] = g2[2] = 7;
	mem(g2, 16);
	CALL(getgroups, 0, (long)g2);
	mem(g2, 16);
	CALL(getgroups, 4, (long)g2);
	CALL(getgroups, 0, 0);
	mem(gl, 16);
	CALL(setgroups, 4, (long)gl);
	CALL(setgroups, 0, 0);
	CALL(setgroups, 1, 1);

	uint64_t *rl = bufr(16), *orl = bufr(16);
	mem(orl, 16);
	CALL(prlimit64, 0, RLIMIT_NOFILE, 0, (long)orl);
	mem(orl, 16);
	CALL(prlimit64, 0, RLIMIT_STACK, 0, (long)orl);
	rl[0] = 1024 * 1024; rl[1] = 1024 * 1024 + 1;
	mem(rl, 16); mem(orl, 16);
	CALL(prlimit64, 0, RLIMIT_FSIZE, (long)rl, (long)orl);
	mem(rl, 16);
	CALL(prlimit64, 0, 100, (long)rl, (long)orl);
	uint64_t vals[] = {0, 1024, 2048, 1023, 1024 * 1024 * 1024ULL, 0xfffffffffffffc00ULL, 0x7fffffffffffffffULL, -2ULL, -1ULL};
	for (int i = 0; i < 9; i++) {
		rl[0] = vals[i]; rl[1] = vals[8 - i];
		mem(rl, 16);
		CALL(prlimit64, -1, RLIMIT_CORE, (long)rl, 0);
	}
	for (int i = 0; i < 17; i++) {
		mem(orl, 16);
		CALL(getrlimit, i, (long)orl);
	}
	rl[0] = 0; rl[1] = -1;
	mem(rl, 16);
	CALL(setrlimit, RLIMIT_CORE, (long)rl);
	CALL(setrlimit, RLIMIT_CORE, 1);
	CALL(getrlimit, RLIMIT_CORE, 1);

	struct rusage *ru = bufr(sizeof *ru);
	mem(ru, sizeof *ru);
	CALL(getrusage, RUSAGE_CHILDREN, (long)ru);
	CALL(getrusage, 5, (long)ru);
	CALL(getrusage, RUSAGE_SELF, 1);
	struct utsname *u = bufr(sizeof *u);
	mem(u, sizeof *u);
	CALL(uname, (long)u);
	CALL(uname, 1);
	CALL(sysinfo, 1);
	struct tms *t = bufr(sizeof *t);
	mem(t, sizeof *t);
	CALL(times, (long)t);
	CALL(times, 1);
	unsigned char *rnd = bufr(64);
	mem(rnd, 64);
	CALL(getrandom, (long)rnd, 16, 0);
	mem(rnd, 64);
	CALL(getrandom, (long)rnd, 64, GRND_NONBLOCK);
	CALL(getrandom, (long)rnd, 16, 7);
	CALL(getrandom, (long)rnd, 16, 0xff);
	CALL(getrandom, 0, 0, 0);
	mark();
	return 0;
}

/*
 * More lines strace prints when a process call is interrupted by another
 * thread's: run `strace -f ./unfinished_proc2` (build with -pthread) and
 * look at the " <unfinished ...>" lines. Used to check where each decoder
 * ends its entry: "rt_sigaction(SIGUSR1, NULL,  <unfinished ...>",
 * "prctl(PR_GET_DUMPABLE <unfinished ...>", "personality(0xffffffff <unfinished ...>",
 * "getrandom( <unfinished ...>"... gostrace printed the same set.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/sysinfo.h>
#include <sys/prctl.h>
#include <sys/mman.h>
#include <asm/prctl.h>
#include <linux/capability.h>
#include <unistd.h>
#include <sys/wait.h>
static volatile int stop;
static void *spin(void *a) { while (!stop) syscall(SYS_getppid); return a; }
struct ksa { uint64_t h, f, r, m; };
int main(void) {
  pthread_t t; pthread_create(&t, 0, spin, 0); usleep(1000);
  struct ksa act = {1, 0, 0, 0}, old; uint64_t set = 0, oset; stack_t ss, oss; struct itimerval it = {0}, oit;
  uint64_t rl[2], nrl[2] = {-1, -1}; struct rusage ru; struct utsname u; struct sysinfo si; char buf[256]; int i4[4];
  struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
  char *p = mmap(0, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0);
  for (int i = 0; i < 60; i++) {
    syscall(SYS_rt_sigaction, SIGUSR1, &act, NULL, 8);
    syscall(SYS_rt_sigaction, SIGUSR1, NULL, &old, 8);
    syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 8);
    syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &oset, 8);
    syscall(SYS_sigaltstack, NULL, &oss);
    syscall(SYS_setitimer, ITIMER_REAL, &it, NULL);
    syscall(SYS_setitimer, ITIMER_REAL, &it, &oit);
    syscall(SYS_getitimer, ITIMER_REAL, &oit);
    syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, rl);
    syscall(SYS_prlimit64, 0, RLIMIT_CORE, nrl, NULL);
    syscall(SYS_wait4, -1, NULL, 1, NULL);
    syscall(SYS_waitid, P_ALL, 0, NULL, WEXITED|WNOHANG, NULL);
    syscall(SYS_getrusage, 0, &ru);
    syscall(SYS_uname, &u);
    syscall(SYS_times, NULL);
    syscall(SYS_getrandom, buf, 8, 0);
    syscall(SYS_sched_getaffinity, 0, 128, buf);
    syscall(SYS_sched_getparam, 0, i4);
    syscall(SYS_getcpu, i4, NULL, NULL);
    syscall(SYS_getresuid, i4, i4+1, i4+2);
    syscall(SYS_getgroups, 0, NULL);
    syscall(SYS_capget, &h, NULL);
    syscall(SYS_prctl, PR_GET_NAME, buf);
    syscall(SYS_prctl, PR_GET_DUMPABLE);
    syscall(SYS_arch_prctl, ARCH_GET_FS, buf);
    syscall(SYS_personality, 0xffffffff);
    syscall(SYS_sched_getscheduler, 0);
    syscall(SYS_rt_sigpending, &oset, 8);
    syscall(SYS_mincore, p, 4096, buf);
    syscall(SYS_get_mempolicy, i4, NULL, 0, 0, 0);
    syscall(SYS_sysinfo, &si);
    syscall(SYS_get_robust_list, 0, buf, buf+8);
    syscall(SYS_getitimer, ITIMER_REAL, NULL);
  }
  stop = 1; pthread_join(t, 0); return 0;
}

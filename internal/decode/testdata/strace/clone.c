// clone, clone3, unshare, setns. Processes are never created: strace
// injects the calls' results, so what it prints at exit (the tid written
// back, the pidfd) comes from memory the program filled.
// flags: -s 4
// strace: -e inject=clone:retval=4242 -e inject=clone3:retval=4243
#define _GNU_SOURCE
#include "harness.h"
#include <signal.h>
#include <stdint.h>
#include <sched.h>
#include <linux/sched.h>

static struct clone_args *args(void) {
	struct clone_args *a = bufr(128);
	return a;
}

int main(void) {
	mark();
	int *ptid = bufr(4), *ctid = bufr(4);
	*ptid = 4242;
	mem(ptid, 4);
	CALL(clone, CLONE_CHILD_CLEARTID | CLONE_CHILD_SETTID | SIGCHLD, 0, 0, (long)ctid, 0);
	mem(ptid, 4);
	CALL(clone, CLONE_PARENT_SETTID | CLONE_CHILD_SETTID | SIGCHLD, 0, (long)ptid, (long)ctid, 0);
	mem(ptid, 4);
	CALL(clone, CLONE_PIDFD | SIGCHLD, 0, (long)ptid, 0, 0);
	CALL(clone, CLONE_PARENT_SETTID | SIGCHLD, 0, 0x10, 0, 0);
	CALL(clone, CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM |
		CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID, 0x7f0000001000, 0x10, 0x20, 0x30);
	CALL(clone, -1L, 0x1000, 0x2000, 0x3000, 0x4000);
	CALL(clone, CLONE_NEWNS | CLONE_NEWUSER | SIGUSR1, 0, 0, 0, 0);
	CALL(clone, CLONE_VFORK | CLONE_VM, 0, 0, 0, 0);
	CALL(clone, 100, 0, 0, 0, 0);
	CALL(clone, 0, 0, 0, 0, 0);

	struct clone_args *a = args();
	a->exit_signal = SIGCHLD;
	mem(a, 88);
	CALL(clone3, (long)a, 88);
	a = args();
	a->flags = CLONE_PIDFD | CLONE_PARENT_SETTID | CLONE_CHILD_SETTID | CLONE_SETTLS;
	a->pidfd = (uintptr_t)ctid; a->parent_tid = (uintptr_t)ptid; a->tls = 0x999; a->child_tid = 0x777;
	a->exit_signal = SIGCHLD;
	*ctid = 5; *ptid = 4243;
	mem(a, 88); mem(ptid, 4); mem(ctid, 4);
	CALL(clone3, (long)a, 88);
	mem(a, 64); mem(ptid, 4); mem(ctid, 4);
	CALL(clone3, (long)a, 64);
	a = args();
	a->flags = CLONE_VM | CLONE_VFORK; a->stack = 0x10000; a->stack_size = 0x4000;
	mem(a, 96);
	CALL(clone3, (long)a, 96);
	mem(a, 80);
	CALL(clone3, (long)a, 80);
	a = args();
	a->flags = CLONE_NEWPID | CLONE_INTO_CGROUP | CLONE_CLEAR_SIGHAND;
	a->cgroup = 999; a->exit_signal = 100;
	int *tids = bufr(8);
	tids[0] = 7; tids[1] = 8;
	a->set_tid = (uintptr_t)tids; a->set_tid_size = 2;
	mem(a, 88); mem(tids, 8);
	CALL(clone3, (long)a, 88);
	a = args();
	a->flags = -1;
	a->set_tid = 9; a->cgroup = 0;
	((unsigned char *)a)[100] = 1;
	mem(a, 104);
	CALL(clone3, (long)a, 104);
	a = args();
	a->set_tid = 0x10; a->set_tid_size = 3; a->cgroup = 10; a->stack = 0x1000;
	mem(a, 88);
	CALL(clone3, (long)a, 88);
	CALL(clone3, 0, 0);
	CALL(clone3, 1, 88);
	mem(a, 88);
	CALL(clone3, (long)a, 8);

	CALL(unshare, CLONE_NEWNS | CLONE_NEWUTS | CLONE_FILES);
	CALL(unshare, 0);
	CALL(unshare, 0xffffffff);
	CALL(unshare, 0x1);
	CALL(setns, -1, CLONE_NEWNET);
	CALL(setns, -1, 0);
	CALL(setns, -1, 0x11);
	mark();
	return 0;
}

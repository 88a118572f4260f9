// Scheduling calls: affinity masks, policies and parameters, struct
// sched_attr of every size, priorities, getcpu.
// flags: -s 4
#define _GNU_SOURCE
#include "harness.h"
#include <sched.h>
#include <stdint.h>
#include <sys/resource.h>
#include <linux/sched.h>

struct attr {
	uint32_t size, policy;
	uint64_t flags;
	int32_t nice;
	uint32_t prio;
	uint64_t runtime, deadline, period;
	uint32_t umin, umax;
	char pad[64];
};

static struct attr *attr(uint32_t size, uint32_t policy, uint64_t flags) {
	struct attr *a = bufr(sizeof *a);
	a->size = size; a->policy = policy; a->flags = flags; a->nice = -3; a->prio = 0;
	a->runtime = 1; a->deadline = 2; a->period = 3; a->umin = 4; a->umax = 5;
	return a;
}

int main(void) {
	mark();
	uint64_t *m = bufr(128);
	mem(m, 128);
	CALL(sched_getaffinity, 0, 128, (long)m);
	mem(m, 128);
	CALL(sched_getaffinity, 0, 8, (long)m);
	CALL(sched_getaffinity, 0, 3, (long)m);
	m[0] = 3; m[1] = 0x8000000000000001ULL;
	mem(m, 128);
	CALL(sched_setaffinity, 0, 16, (long)m);
	mem(m, 128);
	CALL(sched_setaffinity, 0, 8, (long)m);
	mem(m, 128);
	CALL(sched_setaffinity, 0, 12, (long)m);
	mem(m, 128);
	CALL(sched_setaffinity, 0, 4, (long)m);
	for (int i = 0; i < 16; i++) m[i] = ~0ULL;
	mem(m, 128);
	CALL(sched_setaffinity, -1, 128, (long)m);
	CALL(sched_setaffinity, 0, 8, 1);
	CALL(sched_yield);
	CALL(sched_getscheduler, 0);
	CALL(sched_getscheduler, -1);
	int *prio = bufr(4);
	mem(prio, 4);
	CALL(sched_getparam, 0, (long)prio);
	CALL(sched_getparam, 0, 1);
	mem(prio, 4);
	CALL(sched_setparam, 0, (long)prio);
	mem(prio, 4);
	CALL(sched_setscheduler, 0, SCHED_BATCH | SCHED_RESET_ON_FORK, (long)prio);
	CALL(sched_getscheduler, 0);
	mem(prio, 4);
	CALL(sched_setscheduler, 0, SCHED_OTHER, (long)prio);
	mem(prio, 4);
	CALL(sched_setscheduler, 0, 99, (long)prio);
	CALL(sched_get_priority_max, SCHED_FIFO);
	CALL(sched_get_priority_min, SCHED_RR);
	CALL(sched_get_priority_min, 77);
	struct timespec *ts = bufr(sizeof *ts);
	mem(ts, sizeof *ts);
	CALL(sched_rr_get_interval, 0, (long)ts);
	struct attr *a = attr(0, 0, 0);
	mem(a, sizeof *a);
	CALL(sched_getattr, 0, (long)a, 56, 0);
	a = attr(0, 0, 0);
	mem(a, sizeof *a);
	CALL(sched_getattr, 0, (long)a, 48, 0);
	CALL(sched_getattr, 0, (long)a, 8, 0);
	CALL(sched_getattr, 0, (long)a, 56, 7);
	uint32_t sizes[] = {56, 48, 0, 64, 1000};
	for (int i = 0; i < 5; i++) {
		a = attr(sizes[i], SCHED_OTHER, SCHED_FLAG_RESET_ON_FORK);
		mem(a, sizeof *a);
		CALL(sched_setattr, 0, (long)a, 0);
	}
	a = attr(56, 7, 0xff);
	mem(a, sizeof *a);
	CALL(sched_setattr, 0, (long)a, 0);
	a = attr(56, SCHED_FIFO, SCHED_FLAG_KEEP_POLICY);
	mem(a, sizeof *a);
	CALL(sched_setattr, 0, (long)a, 0);
	a = attr(56, SCHED_FIFO, SCHED_FLAG_KEEP_PARAMS);
	mem(a, sizeof *a);
	CALL(sched_setattr, 0, (long)a, 0);
	CALL(sched_setattr, 0, 1, 0);
	CALL(setpriority, PRIO_PROCESS, 0, 5);
	CALL(getpriority, PRIO_PROCESS, 0);
	CALL(getpriority, PRIO_PGRP, 0);
	CALL(getpriority, PRIO_USER, 0);
	CALL(getpriority, 5, 0);
	unsigned *cpu = bufr(8);
	mem(cpu, 8);
	CALL(getcpu, (long)cpu, (long)(cpu + 1), 0);
	CALL(getcpu, 0, 0, 0);
	CALL(getcpu, 1, 0, 0);
	mark();
	return 0;
}

// perf_event_open: struct perf_event_attr of every size version, event
// types and their configurations, sampling and flag bits, breakpoints.
// The calls are refused by a seccomp filter (their results do not matter:
// strace prints the attribute at entry).
// flags: -v
#define _GNU_SOURCE
#include "harness.h"
#include "guard.h"
#include <linux/perf_event.h>
#include <linux/hw_breakpoint.h>

static struct perf_event_attr *pa;
static void call(long flags) {
	mem(pa, 256);
	CALL(perf_event_open, (long)pa, 0, -1, -1, flags);
}

int main(void) {
	GUARD(SYS_perf_event_open);
	mark();
	pa = bufr(256);
	pa->type = PERF_TYPE_SOFTWARE; pa->size = sizeof *pa; pa->config = PERF_COUNT_SW_CPU_CLOCK;
	pa->disabled = 1; pa->exclude_kernel = 1; pa->sample_period = 1000;
	pa->sample_type = PERF_SAMPLE_IP | PERF_SAMPLE_TID; pa->read_format = PERF_FORMAT_ID;
	call(PERF_FLAG_FD_CLOEXEC);
	pa->type = PERF_TYPE_HARDWARE; pa->config = PERF_COUNT_HW_INSTRUCTIONS | (1ULL << 32); pa->freq = 1; pa->sample_freq = 4000;
	call(0);
	pa->type = PERF_TYPE_TRACEPOINT; pa->config = 123; pa->freq = 0;
	call(0);
	memset(pa, 0xff, sizeof *pa);
	pa->size = sizeof *pa; pa->type = PERF_TYPE_HARDWARE; pa->config = 11;
	call(-1);
	memset(pa, 0, 256);
	pa->type = PERF_TYPE_BREAKPOINT; pa->bp_type = HW_BREAKPOINT_RW; pa->bp_addr = 0x1234; pa->bp_len = 8;
	pa->precise_ip = 2; pa->sample_id_all = 1; pa->exclude_guest = 1; pa->wakeup_events = 5;
	pa->sample_regs_user = 7; pa->sample_stack_user = 64; pa->clockid = 1; pa->use_clockid = 1;
	pa->aux_watermark = 9; pa->sample_max_stack = 3; pa->aux_sample_size = 10; pa->sig_data = 11;
	call(0);
	pa->size = 72; pa->bp_type = 7;
	call(0);
	pa->size = 96; pa->sample_type = PERF_SAMPLE_STACK_USER | PERF_SAMPLE_BRANCH_STACK;
	pa->branch_sample_type = PERF_SAMPLE_BRANCH_USER | PERF_SAMPLE_BRANCH_ANY; pa->watermark = 1;
	call(0);
	pa->size = 100; pa->type = PERF_TYPE_HW_CACHE;
	pa->config = PERF_COUNT_HW_CACHE_L1D | (PERF_COUNT_HW_CACHE_OP_READ << 8) | (PERF_COUNT_HW_CACHE_RESULT_MISS << 16);
	call(0);
	pa->size = 104; pa->config = 7 | (3 << 8) | (2 << 16) | (1 << 24);
	call(0);
	pa->size = 112; pa->type = PERF_TYPE_RAW; pa->config = 0x1234; pa->clockid = 99;
	call(0);
	pa->size = 120; pa->type = 99; pa->config = 0; ((unsigned char *)pa)[110] = 1;
	call(0);
	pa->size = 136; pa->type = PERF_TYPE_SOFTWARE; pa->config = 12;
	call(0);
	pa->size = 8;
	call(0);
	pa->size = 0; pa->type = PERF_TYPE_HARDWARE; pa->config = 0xa;
	call(0);
	CALL(perf_event_open, 0, -1, 3, 4, 0);
	CALL(perf_event_open, 8, 0, 0, 0, 0);
	mark();
	return 0;
}

// bpf's *_GET_NEXT_ID commands really made (they only read): the kernel
// writes next_id, which strace shows as "old => new".
#define _GNU_SOURCE
#include "harness.h"
#include <linux/bpf.h>

int main(void) {
	mark();
	union bpf_attr *u = bufr(sizeof *u);
	for (long c = BPF_BTF_GET_NEXT_ID; c <= BPF_BTF_GET_NEXT_ID; c++) {
		mem(u, sizeof *u);
		CALL(bpf, c, (long)u, 12);
	}
	u->next_id = 7;
	mem(u, sizeof *u);
	CALL(bpf, BPF_BTF_GET_NEXT_ID, (long)u, 12);
	u->start_id = 0x7fffffff;
	mem(u, sizeof *u);
	CALL(bpf, BPF_BTF_GET_NEXT_ID, (long)u, 12);
	mem(u, sizeof *u);
	CALL(bpf, BPF_PROG_GET_NEXT_ID, (long)u, 8);
	mark();
	return 0;
}

// bpf(2): the attribute of every command strace 6.1 decodes, at sizes
// that cut it between its groups of fields, with non-zero bytes past the
// fields shown, unknown enumeration values and flags. The calls are
// refused by a seccomp filter (strace prints the attribute at entry).
// flags: -s 8
// flags: -v
#define _GNU_SOURCE
#include "harness.h"
#include "guard.h"
#include <linux/bpf.h>

static union bpf_attr *u;
static void call(long cmd, long size) {
	mem(u, 256);
	CALL(bpf, cmd, (long)u, size);
}

int main(void) {
	GUARD(SYS_bpf);
	mark();
	u = bufr(256);
	char *lic = str("GPL"), *path = str("/sys/fs/bpf/x"), *tp = str("sys_enter");
	u->map_type = BPF_MAP_TYPE_HASH; u->key_size = 4; u->value_size = 8; u->max_entries = 16;
	u->map_flags = BPF_F_NO_PREALLOC | BPF_F_RDONLY | 0x100000; u->inner_map_fd = 3;
	strcpy(u->map_name, "mymap"); u->map_ifindex = 1; u->btf_fd = 4; u->btf_key_type_id = 5;
	u->btf_value_type_id = 6; u->btf_vmlinux_value_type_id = 7; u->map_extra = 8;
	for (long s = 0; s <= 76; s += 4) call(BPF_MAP_CREATE, s);
	call(BPF_MAP_CREATE, 144);
	call(BPF_MAP_CREATE, 160);
	u->map_flags = BPF_F_NUMA_NODE; u->numa_node = -1; memset(u->map_name, 'x', 16); u->map_extra = -1;
	call(BPF_MAP_CREATE, 72);
	u->numa_node = 1;
	call(BPF_MAP_CREATE, 24);
	call(BPF_MAP_CREATE, 28);
	memset(u, 0, 256);
	u->map_fd = 3; u->key = 0x1000; u->value = 0x2000; u->flags = BPF_EXIST | BPF_F_LOCK;
	for (long c = BPF_MAP_LOOKUP_ELEM; c <= BPF_MAP_GET_NEXT_KEY; c++) call(c, 32);
	call(BPF_MAP_LOOKUP_ELEM, 24);
	call(BPF_MAP_LOOKUP_AND_DELETE_ELEM, 32);
	u->flags = 0;
	call(BPF_MAP_LOOKUP_ELEM, 32);
	u->flags = BPF_NOEXIST;
	call(BPF_MAP_UPDATE_ELEM, 32);
	call(BPF_MAP_FREEZE, 4);
	call(BPF_MAP_FREEZE, 32);
	memset(u, 0, 256);
	u->prog_type = BPF_PROG_TYPE_KPROBE; u->insn_cnt = 2; u->insns = 0x3000; u->license = (long)lic;
	u->log_level = 1; u->log_size = 100; u->log_buf = 0x4000; u->kern_version = (5 << 16) | (10 << 8) | 3;
	u->prog_flags = BPF_F_STRICT_ALIGNMENT | BPF_F_SLEEPABLE | 0x40; strcpy(u->prog_name, "prog");
	u->expected_attach_type = BPF_TRACE_FENTRY; u->prog_btf_fd = 5; u->func_info_rec_size = 8;
	u->func_info = 0x5000; u->func_info_cnt = 1; u->attach_btf_id = 9; u->attach_prog_fd = 10; u->fd_array = 0x6000;
	long sizes[] = {4, 24, 25, 40, 44, 48, 64, 68, 72, 108, 112, 120, 128, 144};
	for (int i = 0; i < 14; i++) call(BPF_PROG_LOAD, sizes[i]);
	u->prog_type = 99; u->expected_attach_type = 99; u->license = 0;
	call(BPF_PROG_LOAD, 72);
	memset(u, 0, 256);
	u->pathname = (long)path; u->bpf_fd = 3; u->file_flags = BPF_F_RDONLY | 0x4000;
	call(BPF_OBJ_PIN, 12); call(BPF_OBJ_PIN, 16); call(BPF_OBJ_GET, 16);
	memset(u, 0, 256);
	u->target_fd = 3; u->attach_bpf_fd = 4; u->attach_type = BPF_CGROUP_SOCK_OPS;
	u->attach_flags = BPF_F_ALLOW_MULTI | BPF_F_REPLACE; u->replace_bpf_fd = 5;
	call(BPF_PROG_ATTACH, 16); call(BPF_PROG_ATTACH, 20); call(BPF_PROG_DETACH, 12); call(BPF_PROG_DETACH, 20);
	memset(u, 0, 256);
	u->start_id = 5; u->next_id = 6; u->open_flags = BPF_F_RDONLY;
	for (long c = BPF_PROG_GET_NEXT_ID; c <= BPF_MAP_GET_FD_BY_ID; c++) call(c, 12);
	call(BPF_PROG_GET_NEXT_ID, 4);
	call(BPF_PROG_GET_NEXT_ID, 8);
	call(BPF_BTF_GET_FD_BY_ID, 12); call(BPF_BTF_GET_NEXT_ID, 12); call(BPF_LINK_GET_FD_BY_ID, 4);
	call(BPF_LINK_GET_NEXT_ID, 12);
	memset(u, 0, 256);
	u->info.bpf_fd = 3; u->info.info_len = 80; u->info.info = 0x7000;
	call(BPF_OBJ_GET_INFO_BY_FD, 16);
	memset(u, 0, 256);
	u->query.target_fd = 3; u->query.attach_type = BPF_CGROUP_INET_EGRESS; u->query.query_flags = BPF_F_QUERY_EFFECTIVE;
	u->query.attach_flags = 1; u->query.prog_ids = 0x8000; u->query.prog_cnt = 4;
	call(BPF_PROG_QUERY, 40);
	memset(u, 0, 256);
	u->raw_tracepoint.name = (long)tp; u->raw_tracepoint.prog_fd = 3;
	call(BPF_RAW_TRACEPOINT_OPEN, 16);
	memset(u, 0, 256);
	u->btf = 0x1000; u->btf_log_buf = 0x2000; u->btf_size = 10; u->btf_log_size = 20; u->btf_log_level = 1;
	call(BPF_BTF_LOAD, 32);
	memset(u, 0, 256);
	u->task_fd_query.pid = 1; u->task_fd_query.fd = 3; u->task_fd_query.buf_len = 8; u->task_fd_query.buf = 0x9000;
	u->task_fd_query.fd_type = BPF_FD_TYPE_UPROBE; u->task_fd_query.probe_offset = 0x10;
	call(BPF_TASK_FD_QUERY, 48);
	memset(u, 0, 256);
	u->test.prog_fd = 3; u->test.data_size_in = 4; u->test.data_in = 0xa000; u->test.repeat = 5;
	u->test.flags = BPF_F_TEST_RUN_ON_CPU; u->test.cpu = 1; u->test.ctx_size_in = 2; u->test.batch_size = 7;
	call(BPF_PROG_TEST_RUN, 40); call(BPF_PROG_TEST_RUN, 41); call(BPF_PROG_TEST_RUN, 72); call(BPF_PROG_TEST_RUN, 80);
	memset(u, 0, 256);
	u->batch.in_batch = 1; u->batch.out_batch = 2; u->batch.keys = 3; u->batch.values = 4; u->batch.count = 5;
	u->batch.map_fd = 6; u->batch.elem_flags = BPF_F_LOCK; u->batch.flags = 0;
	for (long c = BPF_MAP_LOOKUP_BATCH; c <= BPF_MAP_DELETE_BATCH; c++) call(c, 56);
	memset(u, 0, 256);
	u->link_create.prog_fd = 3; u->link_create.target_fd = 4; u->link_create.attach_type = BPF_CGROUP_INET_INGRESS;
	u->link_create.flags = 0x10;
	call(BPF_LINK_CREATE, 16);
	memset(u, 0, 256);
	u->link_update.link_fd = 3; u->link_update.new_prog_fd = 4; u->link_update.flags = BPF_F_REPLACE; u->link_update.old_prog_fd = 5;
	call(BPF_LINK_UPDATE, 16);
	u->link_update.flags = 0;
	call(BPF_LINK_UPDATE, 16);
	for (long c = BPF_ENABLE_STATS; c <= BPF_PROG_BIND_MAP + 2; c++) call(c, 16);
	CALL(bpf, BPF_MAP_CREATE, 0, 144);
	mark();
	return 0;
}

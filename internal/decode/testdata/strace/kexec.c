// kexec, NUMA page migration, userfaultfd, process_mrelease,
// set_mempolicy_home_node. Every call that could change the machine is
// refused by a seccomp filter.
// flags: -v -s 4
// strace: -e trace=all
// strace: -e inject=move_pages:retval=0 -e inject=migrate_pages:retval=0 -e inject=userfaultfd:retval=9
#define _GNU_SOURCE
#include "harness.h"
#include "guard.h"
#include <fcntl.h>
#include <linux/kexec.h>
#include <linux/mempolicy.h>

int main(void) {
	GUARD(SYS_kexec_load, SYS_kexec_file_load, SYS_migrate_pages, SYS_set_mempolicy_home_node, SYS_process_mrelease);
	int fd = open("/dev/null", O_RDONLY);
	mark();
	char *b = bufr(64);
	struct kexec_segment *seg = bufr(3 * sizeof *seg);
	seg[0] = (struct kexec_segment){b, 16, (void *)0x100000, 4096};
	seg[1] = (struct kexec_segment){0, 0, 0, 0};
	seg[2] = (struct kexec_segment){(void *)1, -1, (void *)-1, 1};
	mem(seg, 3 * sizeof *seg);
	CALL(kexec_load, 0x100000, 3, (long)seg, KEXEC_ARCH_X86_64 | KEXEC_ON_CRASH);
	CALL(kexec_load, 0, 0, 0, 0);
	mem(seg, 3 * sizeof *seg);
	CALL(kexec_load, 0x1000, 1, (long)seg, KEXEC_PRESERVE_CONTEXT | KEXEC_ARCH_386 | 0x8);
	mem(seg, 3 * sizeof *seg);
	CALL(kexec_load, 0x1000, 1, (long)seg, (99 << 16) | 4);
	CALL(kexec_load, 0x1000, 1000, (long)seg, 0xffffffff);
	CALL(kexec_file_load, fd, -1, 4, (long)str("a=b"), KEXEC_FILE_NO_INITRAMFS | KEXEC_FILE_UNLOAD);
	CALL(kexec_file_load, fd, fd, 0, 0, KEXEC_FILE_ON_CRASH | 0x100);
	CALL(kexec_file_load, fd, fd, 11, (long)str("root=/dev/sda1"), 0);
	unsigned long *m = bufr(32);
	m[0] = 1; m[1] = 0x8000000000000000UL; m[2] = 3;
	mem(m, 32);
	CALL(migrate_pages, 0, 64, (long)m, (long)(m + 1));
	mem(m, 32);
	CALL(migrate_pages, 1234, 130, (long)m, (long)m);
	CALL(migrate_pages, -1, 0, 0, 0);
	void **pages = bufr(3 * sizeof *pages);
	pages[0] = b; pages[1] = b + 4096; pages[2] = 0;
	int *nodes = bufr(3 * sizeof *nodes);
	nodes[1] = 1; nodes[2] = -1;
	int *status = bufr(3 * sizeof *status);
	status[0] = 0; status[1] = -14; status[2] = 2;
	mem(pages, 3 * sizeof *pages); mem(nodes, 3 * sizeof *nodes); mem(status, 3 * sizeof *status);
	CALL(move_pages, 0, 2, (long)pages, 0, (long)status, 0);
	mem(pages, 3 * sizeof *pages); mem(nodes, 3 * sizeof *nodes); mem(status, 3 * sizeof *status);
	CALL(move_pages, 0, 3, (long)pages, (long)nodes, (long)status, MPOL_MF_MOVE | MPOL_MF_MOVE_ALL);
	CALL(move_pages, -1, 0, 0, 0, 0, 0x80);
	CALL(userfaultfd, O_CLOEXEC | O_NONBLOCK);
	CALL(userfaultfd, 1);
	CALL(userfaultfd, 2);
	CALL(process_mrelease, 3, 0);
	CALL(process_mrelease, -1, 7);
	CALL(set_mempolicy_home_node, (long)b, 4096, 0, 0);
	CALL(set_mempolicy_home_node, 0, -1, -1, 1);
	mark();
	return 0;
}

// Calls strace 6.1 knows by name but prints undecoded: every argument in
// hex (0 as "0"), as many as the call takes. Most are unimplemented
// (ENOSYS); sysfs is real and only reads.
#define _GNU_SOURCE
#include "harness.h"
#include "guard.h"

int main(void) {
	GUARD(SYS_create_module);
	mark();
	char *b = bufr(64);
	CALL(create_module, (long)str("m"), 100);
	CALL(get_kernel_syms, (long)b);
	CALL(query_module, (long)str("m"), 1, (long)b, 10, (long)b);
	CALL(nfsservctl, 1, (long)b, 0);
	CALL(getpmsg, 1, 2, 3, 4, 5);
	CALL(putpmsg, -1, 0, 0xffffffff, 4, 5);
	CALL(afs_syscall, 1, 2, 3, 4, 5);
	CALL(tuxcall, 1, 2, 3);
	CALL(security, 1, 2, 3);
	CALL(vserver, 1, 2, 3, 4, 5);
	CALL(epoll_ctl_old, 1, 2, 3, 4);
	CALL(epoll_wait_old, 1, 2, 3, 4);
	CALL(sysfs, 1, (long)str("ext4"));
	CALL(sysfs, 2, 0, (long)b);
	CALL(sysfs, 3);
	CALL(sysfs, 7, 1, 2);
	mark();
	return 0;
}

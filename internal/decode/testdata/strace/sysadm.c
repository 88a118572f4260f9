// Administration calls: kernel log, host names, reboot, swap, modules,
// I/O ports, LDT and TLS descriptors, I/O priorities. Every call that
// could change the machine is refused by a seccomp filter (guard.h); the
// injected variant shows the successful forms.
// flags: -v -s 4
// strace: -e trace=all
// strace: -e inject=syslog:retval=5 -e inject=ustat:retval=0 -e inject=modify_ldt:retval=16 -e inject=get_thread_area:retval=0 -e inject=set_thread_area:retval=0 -e inject=ioprio_get:retval=16386 -e inject=lookup_dcookie:retval=3
#define _GNU_SOURCE
#include "harness.h"
#include "guard.h"
#include <fcntl.h>
#include <linux/reboot.h>
#include <asm/ldt.h>
#include <sys/swap.h>

int main(void) {
	GUARD(SYS_syslog, SYS_reboot, SYS_sethostname, SYS_setdomainname, SYS_swapon, SYS_swapoff,
	      SYS_iopl, SYS_ioperm, SYS_init_module, SYS_finit_module, SYS_delete_module, SYS_uselib,
	      SYS_modify_ldt, SYS_set_thread_area, SYS_ioprio_set, SYS__sysctl, SYS_create_module,
	      SYS_lookup_dcookie);
	int fd = open("/dev/null", O_RDONLY);
	mark();
	char *b = bufr(64);
	memcpy(b, "<6>hello\n<6>world", 17);
	for (long t = -1; t <= 11; t++) {
		mem(b, 64);
		CALL(syslog, t, (long)b, 16);
	}
	CALL(syslog, 8, 0, 7);
	CALL(syslog, 8, 0, 8);
	CALL(syslog, 2, 0, 0);
	CALL(syslog, 99, 0, -1);
	CALL(uselib, (long)str("/lib/libc.so.5"));
	CALL(uselib, 0);
	char *u = bufr(32);
	memcpy(u, "\x07\0\0\0\0\0\0\0\x2a\0\0\0\0\0\0\0fname\0packpk", 28);
	mem(u, 32);
	CALL(ustat, 0x801, (long)u);
	CALL(ustat, 0x123456789aUL, 0);
	struct user_desc *ud = bufr(sizeof *ud);
	*ud = (struct user_desc){.entry_number = 5, .base_addr = 0x1000, .limit = 0xfff, .seg_32bit = 1, .useable = 1};
	mem(ud, sizeof *ud);
	CALL(modify_ldt, 1, (long)ud, sizeof *ud);
	mem(ud, sizeof *ud);
	CALL(modify_ldt, 0x11, (long)ud, sizeof *ud);
	mem(ud, sizeof *ud);
	CALL(modify_ldt, 0, (long)ud, sizeof *ud);
	mem(ud, sizeof *ud);
	CALL(modify_ldt, 2, (long)ud, 8);
	CALL(modify_ldt, 1, (long)ud, 8);
	CALL(modify_ldt, 1, 0, 16);
	mem(ud, sizeof *ud);
	CALL(modify_ldt, 7, (long)ud, 16);
	struct user_desc *td = bufr(sizeof *td);
	*td = (struct user_desc){.entry_number = -1, .base_addr = 0xdeadbeef, .limit = 0xfffff, .contents = 2, .read_exec_only = 1, .limit_in_pages = 1, .seg_not_present = 1, .lm = 1};
	mem(td, sizeof *td);
	CALL(set_thread_area, (long)td);
	td->entry_number = 12;
	mem(td, sizeof *td);
	CALL(get_thread_area, (long)td);
	CALL(get_thread_area, 0);
	long *sc = bufr(6 * sizeof(long));
	mem(sc, 6 * sizeof(long));
	CALL(_sysctl, (long)sc);
	CALL(_sysctl, 0);
	CALL(swapon, (long)str("/swapfile"), SWAP_FLAG_PREFER | SWAP_FLAG_DISCARD | 5);
	CALL(swapon, (long)str("/swapfile"), 7);
	CALL(swapon, (long)str("/swapfile"), 0);
	CALL(swapon, (long)str("/swapfile"), 0x80000);
	CALL(swapoff, (long)str("/swapfile"));
	CALL(reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART2, (long)str("now"));
	CALL(reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2A, LINUX_REBOOT_CMD_POWER_OFF, 0);
	CALL(reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2B, LINUX_REBOOT_CMD_CAD_OFF, 0);
	CALL(reboot, 1, 2, 3, 4);
	CALL(reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2C, LINUX_REBOOT_CMD_RESTART2, 0);
	CALL(sethostname, (long)str("myhost"), 6);
	CALL(sethostname, (long)str("a-much-longer-host"), 18);
	CALL(sethostname, (long)str("short"), 3);
	CALL(setdomainname, (long)str("dom\nain"), 7);
	CALL(setdomainname, 0, 7);
	CALL(iopl, 3);
	CALL(iopl, -1);
	CALL(ioperm, 0x3f8, 8, 1);
	CALL(ioperm, 0, 0x10000, 0);
	CALL(create_module, (long)str("m"), 100);
	char *img = bufr(16);
	memcpy(img, "\177ELF", 4);
	mem(img, 16);
	CALL(init_module, (long)img, 16, (long)str("a=1 b=\"x y\""));
	CALL(init_module, 0, 0, 0);
	CALL(finit_module, fd, (long)str("x=1"), 3);
	CALL(finit_module, fd, (long)str(""), 0x1c);
	CALL(finit_module, -1, 0, 0);
	CALL(delete_module, (long)str("mod"), O_NONBLOCK | O_TRUNC);
	CALL(delete_module, (long)str("mod"), 0);
	CALL(delete_module, (long)str("mod"), 1);
	CALL(ioprio_set, 1, 0, (2 << 13) | 4);
	CALL(ioprio_set, 2, 77, 3 << 13);
	CALL(ioprio_set, 3, 1000, (9 << 13) | 8191);
	CALL(ioprio_set, 0, -1, -1);
	CALL(ioprio_get, 1, 0);
	CALL(ioprio_get, 3, 1000);
	CALL(ioprio_get, 7, -5);
	char *dc = bufr(16);
	memcpy(dc, "/abc", 4);
	mem(dc, 16);
	CALL(lookup_dcookie, 0x1234567890, (long)dc, 16);
	CALL(lookup_dcookie, 0, 0, 0);
	mark();
	return 0;
}

// Calls newer than strace 6.1, which prints them as syscall_0xNNN with six
// hex arguments. gostrace names and decodes them as strace 7.2 does: this
// file's golden lines come from strace 7.2 (gen.py runs the binary the
// STRACE7 environment variable names). Calls that could change the machine
// are refused by a seccomp filter. statmount is left to fail here:
// statmount.c shows the struct it writes, from real calls. uretprobe and uprobe are not made: the
// kernel kills a caller outside a probe trampoline with SIGILL.
// strace-binary: STRACE7
// flags: -v -s 4
// strace: -e trace=all
// strace: -e inject=cachestat:retval=0 -e inject=listmount:retval=3 -e inject=lsm_get_self_attr:retval=1 -e inject=lsm_list_modules:retval=2 -e inject=getxattrat:retval=3 -e inject=listxattrat:retval=7 -e inject=file_getattr:retval=0 -e inject=map_shadow_stack:retval=0x7f0000000000 -e inject=futex_wake:retval=1 -e inject=futex_requeue:retval=2
#define _GNU_SOURCE
#include "harness.h"
#include "guard.h"
#include <fcntl.h>
#include <stdint.h>

/* The C library here predates these numbers (x86_64). */
#define SYS_uretprobe 335
#define SYS_cachestat 451
#define SYS_map_shadow_stack 453
#define SYS_futex_wake 454
#define SYS_futex_wait 455
#define SYS_futex_requeue 456
#define SYS_statmount 457
#define SYS_listmount 458
#define SYS_lsm_get_self_attr 459
#define SYS_lsm_set_self_attr 460
#define SYS_lsm_list_modules 461
#define SYS_mseal 462
#define SYS_setxattrat 463
#define SYS_getxattrat 464
#define SYS_listxattrat 465
#define SYS_removexattrat 466
#define SYS_open_tree_attr 467
#define SYS_file_getattr 468
#define SYS_file_setattr 469

int main(void) {
	GUARD(335, 336, 453, 460, 462, 469, 463, 466, 467);
	int fd = open("/dev/null", O_RDONLY);
	close(open("f", O_CREAT | O_WRONLY, 0644));
	mark();
	uint64_t *range = bufr(16);
	range[0] = 4096; range[1] = 8192;
	uint64_t *cs = bufr(40);
	for (int i = 0; i < 5; i++) cs[i] = i + 1;
	mem(range, 16); mem(cs, 40);
	CALL(cachestat, fd, (long)range, (long)cs, 0);
	CALL(cachestat, fd, 0, 0, 1);
	CALL(map_shadow_stack, 0, 4096, 1);
	CALL(map_shadow_stack, 0x7f0000000000, 8192, 7);
	int *fw = bufr(16);
	CALL(futex_wake, (long)fw, 1, 0, 2 | 128);
	CALL(futex_wake, (long)fw, -1, 0xff, 0x1003);
	CALL(futex_wait, (long)fw, 5, -1, 2 | 128, 0, 1);
	struct timespec *ts = bufr(sizeof *ts);
	ts->tv_sec = 1; ts->tv_nsec = 2;
	mem(ts, sizeof *ts);
	CALL(futex_wait, (long)fw, 0, 0xf0, 1, (long)ts, 0);
	struct { uint64_t val, uaddr; uint32_t flags, reserved; } *fv = bufr(64);
	fv[0].val = 1; fv[0].uaddr = (uintptr_t)fw; fv[0].flags = 2 | 128;
	fv[1].val = 0; fv[1].uaddr = (uintptr_t)(fw + 1); fv[1].flags = 3; fv[1].reserved = 9;
	mem(fv, 64);
	CALL(futex_requeue, (long)fv, 0, 1, 2);
	CALL(futex_requeue, 0, 1, 0, 0);
	uint64_t *req = bufr(32);
	req[0] = 24; req[1] = 0x20000000000007UL; req[2] = 0x1ff; req[3] = 0;
	char *sm = bufr(256);
	uint32_t *smh = (uint32_t *)sm;
	smh[0] = 256; ((uint64_t *)sm)[1] = 0x1ff;
	mem(req, 32); mem(sm, 256);
	CALL(statmount, (long)req, (long)sm, 256, 0);
	req[2] = 0x10000; req[0] = 32; req[3] = 5;
	mem(req, 32); mem(sm, 256);
	CALL(statmount, (long)req, (long)sm, 16, 1);
	uint64_t *ids = bufr(64);
	ids[0] = 0x20000000000001UL; ids[1] = 2; ids[2] = 3;
	req[0] = 24; req[2] = 0;
	mem(req, 32); mem(ids, 64);
	CALL(listmount, (long)req, (long)ids, 8, 0);
	mem(req, 32); mem(ids, 64);
	CALL(listmount, (long)req, (long)ids, 8, 1);
	uint32_t *sz = bufr(4);
	*sz = 64;
	char *ctx = bufr(64);
	struct { uint64_t id, flags, len, ctx_len; char ctx[16]; } *lc = (void *)ctx;
	lc->id = 100; lc->flags = 0; lc->len = 40; lc->ctx_len = 8; memcpy(lc->ctx, "unconfi", 8);
	mem(sz, 4); mem(ctx, 64);
	CALL(lsm_get_self_attr, 100, (long)ctx, (long)sz, 0);
	mem(sz, 4);
	CALL(lsm_get_self_attr, 105, 0, (long)sz, 1);
	mem(ctx, 64);
	CALL(lsm_set_self_attr, 101, (long)ctx, 64, 0);
	CALL(lsm_set_self_attr, 99, 0, 0, 3);
	lc->id = 1; lc->ctx_len = 0;
	mem(ctx, 64);
	CALL(lsm_set_self_attr, 100, (long)ctx, 64, 0);
	uint64_t *mods = bufr(32);
	mods[0] = 100; mods[1] = 101;
	*sz = 32;
	mem(sz, 4); mem(mods, 32);
	CALL(lsm_list_modules, (long)mods, (long)sz, 0);
	CALL(lsm_list_modules, 0, 0, 1);
	CALL(mseal, 0x7f0000000000, 4096, 0);
	CALL(mseal, 0, -1, 5);
	char *fname = str("f"), *xname = str("user.x");
	struct { uint64_t value; uint32_t size, flags; } *xa = bufr(32);
	char *val = bufr(16);
	memcpy(val, "value", 5);
	xa->value = (uintptr_t)val; xa->size = 5; xa->flags = 1;
	mem(xa, 32); mem(val, 16);
	CALL(setxattrat, AT_FDCWD, (long)fname, 0, (long)xname, (long)xa, 16);
	mem(xa, 32); mem(val, 16);
	CALL(setxattrat, fd, 0, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, 0, (long)xa, 24);
	mem(xa, 32); mem(val, 16);
	CALL(getxattrat, AT_FDCWD, (long)fname, 0, (long)xname, (long)xa, 16);
	CALL(getxattrat, AT_FDCWD, (long)fname, 0, (long)xname, 0, 0);
	char *lb = bufr(32);
	memcpy(lb, "user.x\0user.y", 14);
	mem(lb, 32);
	CALL(listxattrat, AT_FDCWD, (long)fname, 0, (long)lb, 32);
	CALL(listxattrat, fd, 0, AT_EMPTY_PATH, 0, 0);
	CALL(removexattrat, AT_FDCWD, (long)fname, 0, (long)xname);
	uint64_t *ma = bufr(48);
	ma[0] = 1; ma[1] = 0x70; ma[2] = 1 << 20; ma[3] = 4;
	mem(ma, 48);
	CALL(open_tree_attr, AT_FDCWD, (long)str("/tmp"), 1 | O_CLOEXEC, (long)ma, 32);
	CALL(open_tree_attr, 3, 0, 0, 0, 0);
	uint32_t *fa = bufr(32);
	fa[0] = 0x8; fa[1] = 4096; fa[2] = 3; fa[3] = 7; fa[4] = 0; fa[5] = 1;
	mem(fa, 32);
	CALL(file_getattr, AT_FDCWD, (long)fname, (long)fa, 24, 0);
	mem(fa, 32);
	CALL(file_setattr, AT_FDCWD, (long)fname, (long)fa, 24, AT_SYMLINK_NOFOLLOW);
	CALL(file_setattr, fd, 0, 0, 0, 0);
	mark();
	return 0;
}

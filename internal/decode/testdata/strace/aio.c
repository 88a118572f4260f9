// Linux native AIO: contexts, control blocks of every opcode, events,
// cancellation, io_pgetevents' signal mask.
// flags: -v -s 4
// strace: -e trace=all
// strace: -e inject=io_cancel:retval=0 -e inject=io_getevents:retval=2 -e inject=io_pgetevents:retval=1 -e inject=io_setup:retval=0 -e inject=io_submit:retval=3
#define _GNU_SOURCE
#include "harness.h"
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <time.h>
#include <linux/aio_abi.h>
#include <linux/fs.h>
#include <poll.h>
#include <sys/uio.h>

int main(void) {
	int fd = open("/dev/zero", O_RDONLY);
	mark();
	aio_context_t *ctx = bufr(8);
	mem(ctx, 8);
	CALL(io_setup, 4, (long)ctx);
	CALL(io_setup, 4, 0);
	mem(ctx, 8);
	CALL(io_setup, -1, (long)ctx);
	char *data = bufr(64);
	memcpy(data, "hello world", 11);
	struct iovec *iov = bufr(2 * sizeof *iov);
	iov[0] = (struct iovec){data, 5};
	iov[1] = (struct iovec){data + 6, 5};
	struct iocb *cb = bufr(10 * sizeof *cb);
	cb[0] = (struct iocb){.aio_data = 0x1234, .aio_lio_opcode = IOCB_CMD_PREAD, .aio_fildes = fd, .aio_buf = (uintptr_t)data, .aio_nbytes = 16};
	cb[1] = (struct iocb){.aio_lio_opcode = IOCB_CMD_PWRITE, .aio_fildes = 1, .aio_buf = (uintptr_t)data, .aio_nbytes = 11, .aio_offset = 7, .aio_flags = IOCB_FLAG_RESFD, .aio_resfd = 9, .aio_reqprio = 1};
	cb[2] = (struct iocb){.aio_data = -1, .aio_lio_opcode = IOCB_CMD_FSYNC, .aio_fildes = fd, .aio_key = 5, .aio_rw_flags = RWF_HIPRI};
	cb[3] = (struct iocb){.aio_lio_opcode = IOCB_CMD_FDSYNC, .aio_fildes = fd, .aio_buf = 7, .aio_nbytes = 8, .aio_offset = -1};
	cb[4] = (struct iocb){.aio_lio_opcode = IOCB_CMD_POLL, .aio_fildes = fd, .aio_buf = POLLIN | POLLOUT};
	cb[5] = (struct iocb){.aio_lio_opcode = IOCB_CMD_NOOP, .aio_fildes = fd, .aio_buf = 1, .aio_nbytes = 2, .aio_offset = 3};
	cb[6] = (struct iocb){.aio_lio_opcode = IOCB_CMD_PREADV, .aio_fildes = fd, .aio_buf = (uintptr_t)iov, .aio_nbytes = 2, .aio_offset = 4096};
	cb[7] = (struct iocb){.aio_lio_opcode = IOCB_CMD_PWRITEV, .aio_fildes = fd, .aio_buf = (uintptr_t)iov, .aio_nbytes = 2, .aio_rw_flags = RWF_DSYNC | RWF_APPEND, .aio_flags = 3};
	cb[8] = (struct iocb){.aio_lio_opcode = 4, .aio_fildes = fd, .aio_buf = 1, .aio_nbytes = 2, .aio_offset = 3};
	cb[9] = (struct iocb){.aio_lio_opcode = 99, .aio_fildes = -1, .aio_buf = 1, .aio_nbytes = 2, .aio_offset = 3, .aio_reqprio = -2};
	struct iocb **cbs = bufr(12 * sizeof *cbs);
	for (int i = 0; i < 10; i++) cbs[i] = &cb[i];
	cbs[10] = 0;
	cbs[11] = (void *)8;
	mem(data, 64); mem(iov, 2 * sizeof *iov); mem(cb, 10 * sizeof *cb); mem(cbs, 12 * sizeof *cbs);
	CALL(io_submit, *ctx, 1, (long)cbs);
	mem(data, 64); mem(iov, 2 * sizeof *iov); mem(cb, 10 * sizeof *cb); mem(cbs, 12 * sizeof *cbs);
	CALL(io_submit, *ctx, 12, (long)cbs);
	mem(data, 64); mem(iov, 2 * sizeof *iov); mem(cb, 10 * sizeof *cb); mem(cbs, 12 * sizeof *cbs);
	CALL(io_submit, *ctx, 7, (long)(cbs + 3));
	CALL(io_submit, *ctx, 0, 0);
	CALL(io_submit, *ctx, -1, (long)cbs);
	struct io_event *ev = bufr(4 * sizeof *ev);
	ev[0] = (struct io_event){0x1234, (uintptr_t)cb, 16, 0};
	ev[1] = (struct io_event){0, (uintptr_t)(cb + 1), -5, 7};
	struct timespec *ts = bufr(sizeof *ts);
	*ts = (struct timespec){1, 500};
	mem(ev, 4 * sizeof *ev); mem(ts, sizeof *ts);
	CALL(io_getevents, *ctx, 1, 4, (long)ev, (long)ts);
	mem(ev, 4 * sizeof *ev);
	CALL(io_getevents, *ctx, 0, 4, (long)ev, 0);
	mem(ev, 4 * sizeof *ev); mem(cb, sizeof *cb);
	CALL(io_cancel, *ctx, (long)cb, (long)ev);
	mem(ev, 4 * sizeof *ev); mem(cb, 10 * sizeof *cb);
	CALL(io_cancel, *ctx, (long)(cb + 7), (long)ev);
	CALL(io_cancel, *ctx, 0, 0);
	sigset_t *ss = bufr(sizeof *ss);
	sigemptyset(ss);
	sigaddset(ss, SIGUSR1);
	struct { sigset_t *p; size_t n; } *sig = bufr(16);
	sig->p = ss;
	sig->n = 8;
	mem(ev, 4 * sizeof *ev); mem(ts, sizeof *ts); mem(ss, 8); mem(sig, 16);
	CALL(io_pgetevents, *ctx, 0, 4, (long)ev, (long)ts, (long)sig);
	mem(ev, 4 * sizeof *ev);
	CALL(io_pgetevents, *ctx, 0, 4, (long)ev, 0, 0);
	sig->p = 0;
	sig->n = 4;
	mem(ev, 4 * sizeof *ev); mem(sig, 16);
	CALL(io_pgetevents, *ctx, 0, 1, (long)ev, 0, (long)sig);
	CALL(io_destroy, *ctx);
	CALL(io_destroy, 0);
	mark();
	return 0;
}

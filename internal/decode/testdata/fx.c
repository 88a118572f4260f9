#define _GNU_SOURCE
#include <unistd.h>
#include <time.h>
#include <sys/syscall.h>
#include <linux/futex.h>
#include <stdint.h>
#include <stdio.h>

#define F(...) syscall(SYS_futex, __VA_ARGS__)
int main(void) {
	uint32_t a = 0, b = 0;
	struct timespec ts = {0, 1000};
	F(&a, FUTEX_WAIT, 1, NULL, NULL, 0);
	F(&a, FUTEX_WAIT, 0, &ts, NULL, 0);
	F(&a, FUTEX_WAIT_PRIVATE, 0, &ts, NULL, 0);
	F(&a, FUTEX_WAIT|FUTEX_CLOCK_REALTIME, 1, &ts, NULL, 0);
	F(&a, FUTEX_WAKE, 1, NULL, NULL, 0);
	F(&a, FUTEX_WAKE_PRIVATE, 2147483647, NULL, NULL, 0);
	F(&a, FUTEX_FD, 1, NULL, NULL, 0);
	F(&a, FUTEX_REQUEUE, 1, 5, &b, 0);
	F(&a, FUTEX_REQUEUE_PRIVATE, 1, 5, &b, 0);
	F(&a, FUTEX_CMP_REQUEUE, 1, 5, &b, 0);
	F(&a, FUTEX_CMP_REQUEUE_PRIVATE, 1, 5, &b, 7);
	F(&a, FUTEX_WAKE_OP, 1, 1, &b, FUTEX_OP(FUTEX_OP_SET, 1, FUTEX_OP_CMP_GT, 0));
	F(&a, FUTEX_WAKE_OP_PRIVATE, 1, 1, &b, FUTEX_OP(FUTEX_OP_ADD, 5, FUTEX_OP_CMP_EQ, 3));
	F(&a, FUTEX_WAKE_OP_PRIVATE, 1, 1, &b, FUTEX_OP(FUTEX_OP_OR|FUTEX_OP_OPARG_SHIFT, 5, FUTEX_OP_CMP_NE, 3));
	F(&a, FUTEX_WAKE_OP_PRIVATE, 1, 1, &b, (15<<28)|(9<<24)|0x123456);
	F(&a, FUTEX_LOCK_PI, 0, &ts, NULL, 0);
	F(&a, FUTEX_LOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	F(&a, FUTEX_UNLOCK_PI, 0, NULL, NULL, 0);
	F(&a, FUTEX_TRYLOCK_PI, 0, NULL, NULL, 0);
	F(&a, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	F(&a, FUTEX_WAIT_BITSET, 0, &ts, NULL, 0xffffffff);
	F(&a, FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME, 1, &ts, NULL, 0x1);
	F(&a, FUTEX_WAKE_BITSET, 1, NULL, NULL, 0xffffffff);
	F(&a, FUTEX_WAKE_BITSET_PRIVATE, 1, NULL, NULL, 3);
	F(&a, FUTEX_WAIT_REQUEUE_PI, 1, &ts, &b, 0);
	F(&a, FUTEX_WAIT_REQUEUE_PI_PRIVATE, 1, NULL, &b, 0);
	F(&a, FUTEX_CMP_REQUEUE_PI, 1, 1, &b, 0);
	F(&a, FUTEX_CMP_REQUEUE_PI_PRIVATE, 1, 1, &b, 4);
	F(&a, 13, 1, 1, &b, 4);
	F(&a, FUTEX_LOCK_PI2, 0, &ts, NULL, 0);
	F(&a, 14|FUTEX_PRIVATE_FLAG|FUTEX_CLOCK_REALTIME, 1, 1, &b, 4);
	F(&a, 0x400, 1, 1, &b, 4);
	F(NULL, FUTEX_WAIT, 1, NULL, NULL, 0);
	F(&a, FUTEX_WAIT, 0, (void*)8, NULL, 0);
	struct futex_waitv w[2] = {{.val = 1, .uaddr = (uintptr_t)&a, .flags = FUTEX_32|FUTEX_PRIVATE_FLAG}, {.val = 0, .uaddr = (uintptr_t)&b, .flags = 2}};
	syscall(SYS_futex_waitv, w, 2, 0, &ts, CLOCK_MONOTONIC);
	syscall(SYS_futex_waitv, w, 2, 0, NULL, CLOCK_REALTIME);
	syscall(SYS_futex_waitv, w, 1, 1, NULL, 0);
	return 0;
}

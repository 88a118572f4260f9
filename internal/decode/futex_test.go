package decode_test

import (
	"testing"

	"gostrace/internal/decode/decodetest"
)

// Expected lines from strace 6.1 running testdata/fx.c (and a probe of
// every operation number).
func TestFutex(t *testing.T) {
	m := decodetest.NewMemory()
	a := m.Alloc(u32(0))
	b := m.Alloc(u32(0))
	ts := m.Alloc(timespec(0, 1000))
	A, B := hexAddr(a), hexAddr(b)
	const op = 5 // FUTEX_WAKE_OP
	wakeOp := func(o, cmp, oparg, cmparg uint64) uint64 { return o<<28 | cmp<<24 | oparg<<12 | cmparg }
	check(t, m, []line{
		{fail("futex", 11, a, 0, 1, 0, 0, 0), `futex(` + A + `, FUTEX_WAIT, 1, NULL) = -1 EAGAIN (Resource temporarily unavailable)`},
		{fail("futex", 110, a, 128, 0, ts, 0, 0), `futex(` + A + `, FUTEX_WAIT_PRIVATE, 0, {tv_sec=0, tv_nsec=1000}) = -1 ETIMEDOUT (Connection timed out)`},
		{fail("futex", 38, a, 256, 1, ts, 0, 0), `futex(` + A + `, FUTEX_WAIT|FUTEX_CLOCK_REALTIME, 1, {tv_sec=0, tv_nsec=1000}) = -1 ENOSYS (Function not implemented)`},
		{call("futex", 0, a, 129, 2147483647), `futex(` + A + `, FUTEX_WAKE_PRIVATE, 2147483647) = 0`},
		{fail("futex", 38, a, 2, 1), `futex(` + A + `, FUTEX_FD, 1) = -1 ENOSYS (Function not implemented)`},
		{call("futex", 0, a, 3, 1, 5, b), `futex(` + A + `, FUTEX_REQUEUE, 1, 5, ` + B + `) = 0`},
		{fail("futex", 11, a, 4|128, 1, 5, b, 7), `futex(` + A + `, FUTEX_CMP_REQUEUE_PRIVATE, 1, 5, ` + B + `, 7) = -1 EAGAIN (Resource temporarily unavailable)`},
		{call("futex", 0, a, op, 1, 1, b, wakeOp(0, 4, 1, 0)), `futex(` + A + `, FUTEX_WAKE_OP, 1, 1, ` + B + `, FUTEX_OP_SET<<28|0x1<<12|FUTEX_OP_CMP_GT<<24|0) = 0`},
		{call("futex", 0, a, op|128, 1, 1, b, wakeOp(1, 0, 5, 3)), `futex(` + A + `, FUTEX_WAKE_OP_PRIVATE, 1, 1, ` + B + `, FUTEX_OP_ADD<<28|0x5<<12|FUTEX_OP_CMP_EQ<<24|0x3) = 0`},
		{call("futex", 0, a, op|128, 1, 1, b, wakeOp(8|2, 1, 5, 3)), `futex(` + A + `, FUTEX_WAKE_OP_PRIVATE, 1, 1, ` + B + `, FUTEX_OP_OPARG_SHIFT<<28|FUTEX_OP_OR<<28|0x5<<12|FUTEX_OP_CMP_NE<<24|0x3) = 0`},
		{fail("futex", 38, a, op|128, 1, 1, b, 15<<28|9<<24|0x123456), `futex(` + A + `, FUTEX_WAKE_OP_PRIVATE, 1, 1, ` + B + `, FUTEX_OP_OPARG_SHIFT<<28|0x7<<28 /* FUTEX_OP_??? */|0x123<<12|0x9<<24 /* FUTEX_OP_CMP_??? */|0x456) = -1 ENOSYS (Function not implemented)`},
		{call("futex", 0, 0, op, 0, 0, 0, 0), `futex(NULL, FUTEX_WAKE_OP, 0, 0, NULL, FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_EQ<<24|0) = 0`},
		{call("futex", 0, a, 6, 0, ts), `futex(` + A + `, FUTEX_LOCK_PI, {tv_sec=0, tv_nsec=1000}) = 0`},
		{fail("futex", 35, a, 6|128, 0, 0), `futex(` + A + `, FUTEX_LOCK_PI_PRIVATE, NULL) = -1 EDEADLK (Resource deadlock avoided)`},
		{call("futex", 0, a, 7), `futex(` + A + `, FUTEX_UNLOCK_PI) = 0`},
		{call("futex", 0, a, 8|128), `futex(` + A + `, FUTEX_TRYLOCK_PI_PRIVATE) = 0`},
		{fail("futex", 110, a, 9, 0, ts, 0, 0xffffffff), `futex(` + A + `, FUTEX_WAIT_BITSET, 0, {tv_sec=0, tv_nsec=1000}, FUTEX_BITSET_MATCH_ANY) = -1 ETIMEDOUT (Connection timed out)`},
		{fail("futex", 11, a, 9|128|256, 1, ts, 0, 1), `futex(` + A + `, FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME, 1, {tv_sec=0, tv_nsec=1000}, 0x1) = -1 EAGAIN (Resource temporarily unavailable)`},
		{call("futex", 0, a, 10, 1, 0, 0, 0xffffffff), `futex(` + A + `, FUTEX_WAKE_BITSET, 1, FUTEX_BITSET_MATCH_ANY) = 0`},
		{call("futex", 0, a, 10|128, 1, 0, 0, 3), `futex(` + A + `, FUTEX_WAKE_BITSET_PRIVATE, 1, 0x3) = 0`},
		{fail("futex", 11, a, 11, 1, ts, b), `futex(` + A + `, FUTEX_WAIT_REQUEUE_PI, 1, {tv_sec=0, tv_nsec=1000}, ` + B + `) = -1 EAGAIN (Resource temporarily unavailable)`},
		{fail("futex", 11, a, 12|128, 1, 1, b, 4), `futex(` + A + `, FUTEX_CMP_REQUEUE_PI_PRIVATE, 1, 1, ` + B + `, 4) = -1 EAGAIN (Resource temporarily unavailable)`},
		{fail("futex", 14, a, 13, 1, 1, b, 4), `futex(` + A + `, FUTEX_LOCK_PI2, 0x1) = -1 EFAULT (Bad address)`},
		{fail("futex", 38, a, 14|128|256, 1, 1, b, 4), `futex(` + A + `, 0x18e /* FUTEX_??? */, 1, 0x1, ` + B + `, 0x4) = -1 ENOSYS (Function not implemented)`},
		{fail("futex", 38, a, 0x400, 1, 1, b, 4), `futex(` + A + `, 0x400 /* FUTEX_??? */, 1, 0x1) = -1 ENOSYS (Function not implemented)`},
		{fail("futex", 14, 0, 0, 1, 0), `futex(NULL, FUTEX_WAIT, 1, NULL) = -1 EFAULT (Bad address)`},
		{fail("futex", 14, a, 0, 0, 8), `futex(` + A + `, FUTEX_WAIT, 0, 0x8) = -1 EFAULT (Bad address)`},
		{fail("futex", 512, a, 9|256, 0, 0, 0, 0xff), `futex(` + A + `, FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME, 0, NULL, 0xff) = ? ERESTARTSYS (To be restarted if SA_RESTART is set)`},
	})
}

func TestFutexWaitv(t *testing.T) {
	m := decodetest.NewMemory()
	a, b := m.Alloc(u32(0)), m.Alloc(u32(0))
	w := m.Alloc(cat(u64(1), u64(a), u32(2|128), u32(0), u64(0), u64(b), u32(2), u32(0)))
	ts := m.Alloc(timespec(0, 1000))
	check(t, m, []line{
		{fail("futex_waitv", 11, w, 2, 0, ts, 1),
			`futex_waitv([{val=0x1, uaddr=` + hexAddr(a) + `, flags=FUTEX_32|FUTEX_PRIVATE_FLAG}, {val=0, uaddr=` + hexAddr(b) + `, flags=FUTEX_32}], 2, 0, {tv_sec=0, tv_nsec=1000}, CLOCK_MONOTONIC) = -1 EAGAIN (Resource temporarily unavailable)`},
		{fail("futex_waitv", 22, w, 1, 1, 0, 0),
			`futex_waitv([{val=0x1, uaddr=` + hexAddr(a) + `, flags=FUTEX_32|FUTEX_PRIVATE_FLAG}], 1, 0x1, NULL, CLOCK_REALTIME) = -1 EINVAL (Invalid argument)`},
	})
}

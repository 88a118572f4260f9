package decode_test

import (
	"testing"

	"gostrace/internal/decode/decodetest"
)

// Expected lines from strace 6.1 running testdata/iou.c and a probe of the
// flags (every bit set alone).
func TestIoUring(t *testing.T) {
	m := decodetest.NewMemory()
	params := func(flags, idle uint32, filled bool) uint64 {
		b := make([]byte, 120)
		copy(b[8:], u32(flags))
		copy(b[16:], u32(idle))
		if filled {
			copy(b[0:], u32(8))
			copy(b[4:], u32(16))
			copy(b[20:], u32(0x3ffff))
			for i, v := range []uint32{0, 4, 16, 24, 36, 32, 320} {
				copy(b[40+4*i:], u32(v))
			}
			for i, v := range []uint32{8, 12, 20, 28, 44, 64, 40} {
				copy(b[80+4*i:], u32(v))
			}
		}
		return m.Alloc(b)
	}
	set := m.Alloc(u64(1 << 1)) // SIGINT
	fds := m.Alloc(cat(u32(0), u32(1)))
	check(t, m, []line{
		{call("io_uring_setup", 3, 8, params(0, 0, true)), `io_uring_setup(8, {flags=0, sq_thread_cpu=0, sq_thread_idle=0, sq_entries=8, cq_entries=16, features=IORING_FEAT_SINGLE_MMAP|IORING_FEAT_NODROP|IORING_FEAT_SUBMIT_STABLE|IORING_FEAT_RW_CUR_POS|IORING_FEAT_CUR_PERSONALITY|IORING_FEAT_FAST_POLL|IORING_FEAT_POLL_32BITS|IORING_FEAT_SQPOLL_NONFIXED|IORING_FEAT_EXT_ARG|IORING_FEAT_NATIVE_WORKERS|IORING_FEAT_RSRC_TAGS|IORING_FEAT_CQE_SKIP|IORING_FEAT_LINKED_FILE|0x3e000, sq_off={head=0, tail=4, ring_mask=16, ring_entries=24, flags=36, dropped=32, array=320}, cq_off={head=8, tail=12, ring_mask=20, ring_entries=28, overflow=44, cqes=64, flags=40}}) = 3`},
		{fail("io_uring_setup", 22, 4, params(0x80000000, 0, false)), `io_uring_setup(4, {flags=0x80000000 /* IORING_SETUP_??? */, sq_thread_cpu=0, sq_thread_idle=0}) = -1 EINVAL (Invalid argument)`},
		{call("io_uring_enter", 0, 3, 0, 0, 0, 0, 0), `io_uring_enter(3, 0, 0, 0, NULL, 0) = 0`},
		{call("io_uring_enter", 0, 3, 1, 1, 3, 0, 0), `io_uring_enter(3, 1, 1, IORING_ENTER_GETEVENTS|IORING_ENTER_SQ_WAKEUP, NULL, 0) = 0`},
		{call("io_uring_enter", 0, 3, 0, 0, 1, set, 8), `io_uring_enter(3, 0, 0, IORING_ENTER_GETEVENTS, [INT], 8) = 0`},
		{call("io_uring_register", 0, 3, 2, fds, 2), `io_uring_register(3, IORING_REGISTER_FILES, [0, 1], 2) = 0`},
		{call("io_uring_register", 0, 3, 3, 0, 0), `io_uring_register(3, IORING_UNREGISTER_FILES, NULL, 0) = 0`},
		{fail("io_uring_register", 22, 3, 99, 0, 0), `io_uring_register(3, 0x63 /* IORING_REGISTER_??? */, NULL, 0) = -1 EINVAL (Invalid argument)`},
	})
}

package decode_test

import "testing"

// Fuzz targets for the structures of the administration, AIO, key, quota,
// perf, bpf, mount API, Landlock and post-6.1 decoders: whatever the
// tracee's memory holds and whatever sizes the arguments claim, decoding
// must not panic (fuzzCall renders each call under several options).

func FuzzPerfEventAttr(f *testing.F) {
	f.Add(cat(u32(1), u32(128), pad(120)), uint64(0))
	f.Add(cat(u32(5), u32(0), pad(56), u64(0x1234), u64(8)), uint64(0))
	f.Add(cat(u32(3), u32(200), u64(0x10203), pad(40), u64(^uint64(0))), uint64(1<<40))
	f.Fuzz(func(t *testing.T, data []byte, flags uint64) {
		fuzzCall(t, "perf_event_open", data, [6]uint64{fuzzBase, 0, ^uint64(0), 3, flags}, 4)
	})
}

func FuzzBpfAttr(f *testing.F) {
	f.Add(cat(u32(1), u32(4), u32(8), u32(16), pad(128)), uint32(0), uint32(144))
	f.Add(cat(u32(1), u32(2), u64(fuzzBase), u64(fuzzBase+8), pad(100)), uint32(5), uint32(72))
	f.Add(pad(256), uint32(29), uint32(4096))
	f.Fuzz(func(t *testing.T, data []byte, cmd, size uint32) {
		fuzzCall(t, "bpf", data, [6]uint64{uint64(cmd % 40), fuzzBase, uint64(size)}, 0)
	})
}

func FuzzAio(f *testing.F) {
	iocb := cat(u64(1), u32(0), u32(0), u16(1), u16(0), u32(3), u64(fuzzBase+512), u64(8), u64(0), u64(0), u32(1), u32(9))
	f.Add(cat(u64(fuzzBase+64), u64(0), pad(48), iocb), uint64(2), int64(1))
	f.Add(cat(u64(fuzzBase+64), pad(56), u64(0), pad(8), u16(8), pad(6), u64(fuzzBase), u64(1000)), uint64(1), int64(-22))
	f.Fuzz(func(t *testing.T, data []byte, n uint64, ret int64) {
		fuzzCall(t, "io_submit", data, [6]uint64{1, n, fuzzBase}, ret)
		fuzzCall(t, "io_getevents", data, [6]uint64{1, 0, n, fuzzBase, fuzzBase}, ret)
		fuzzCall(t, "io_pgetevents", data, [6]uint64{1, 0, n, fuzzBase, 0, fuzzBase}, ret)
		fuzzCall(t, "io_cancel", data, [6]uint64{1, fuzzBase + 64, fuzzBase}, ret)
		fuzzCall(t, "io_setup", data, [6]uint64{n, fuzzBase}, ret)
	})
}

func FuzzKeyctl(f *testing.F) {
	f.Add(pad(64), uint32(23), int64(5))
	f.Add(cat(u32(1), u32(4), u32(8), pad(52)), uint32(26), int64(8))
	f.Add([]byte{0xff, 0xff, 1}, uint32(31), int64(3))
	f.Fuzz(func(t *testing.T, data []byte, cmd uint32, ret int64) {
		a := [6]uint64{uint64(cmd % 40), fuzzBase, fuzzBase, uint64(len(data)), fuzzBase}
		fuzzCall(t, "keyctl", data, a, ret)
		a[1] = 1<<32 - 3 // KEY_SPEC_SESSION_KEYRING as the int the kernel reads
		fuzzCall(t, "keyctl", data, a, ret)
		fuzzCall(t, "add_key", data, [6]uint64{fuzzBase, fuzzBase, fuzzBase, uint64(len(data)), 1}, ret)
	})
}

func FuzzQuotactl(f *testing.F) {
	f.Add(pad(160), uint32(0x800007), int64(0))
	f.Add(pad(16), uint32(0x5808), int64(0))
	f.Fuzz(func(t *testing.T, data []byte, cmd uint32, ret int64) {
		fuzzCall(t, "quotactl", data, [6]uint64{uint64(cmd) << 8, fuzzBase, 1000, fuzzBase}, ret)
		fuzzCall(t, "quotactl_fd", data, [6]uint64{3, uint64(cmd) << 8, 1000, fuzzBase}, ret)
	})
}

func FuzzSysadmStructs(f *testing.F) {
	f.Add(cat(u32(5), u32(0x1000), u32(0xfff), u32(0x51)), int64(0))
	f.Add(cat(u64(fuzzBase), u64(16), u64(0x100000), u64(4096)), int64(16))
	f.Fuzz(func(t *testing.T, data []byte, ret int64) {
		fuzzCall(t, "modify_ldt", data, [6]uint64{1, fuzzBase, 16}, ret)
		fuzzCall(t, "set_thread_area", data, [6]uint64{fuzzBase}, ret)
		fuzzCall(t, "get_thread_area", data, [6]uint64{fuzzBase}, ret)
		fuzzCall(t, "_sysctl", data, [6]uint64{fuzzBase}, ret)
		fuzzCall(t, "kexec_load", data, [6]uint64{0, uint64(len(data) / 32), fuzzBase, 0x3e0001}, ret)
		fuzzCall(t, "move_pages", data, [6]uint64{0, uint64(len(data) / 8), fuzzBase, fuzzBase, fuzzBase, 2}, ret)
		fuzzCall(t, "syslog", data, [6]uint64{3, fuzzBase, uint64(len(data))}, ret)
	})
}

func FuzzMountAttr(f *testing.F) {
	f.Add(cat(u64(1), u64(0x70), u64(1<<20), u64(4), pad(16)), uint64(48))
	f.Add(cat(u64(^uint64(0)), u32(3)), uint64(12))
	f.Fuzz(func(t *testing.T, data []byte, size uint64) {
		fuzzCall(t, "mount_setattr", data, [6]uint64{3, fuzzBase, 0, fuzzBase, size}, 0)
		fuzzCall(t, "open_tree_attr", data, [6]uint64{3, fuzzBase, 1, fuzzBase, size}, 5)
		fuzzCall(t, "landlock_create_ruleset", data, [6]uint64{fuzzBase, size, 0}, 3)
		fuzzCall(t, "landlock_add_rule", data, [6]uint64{3, 1, fuzzBase, 0}, 0)
		for cmd := uint64(0); cmd < 9; cmd++ {
			fuzzCall(t, "fsconfig", data, [6]uint64{3, cmd, fuzzBase, fuzzBase, size}, 0)
		}
	})
}

func FuzzNewCalls(f *testing.F) {
	f.Add(cat(u32(24), u32(0), u64(7), u64(0x1ff), u64(5)), int64(3))
	f.Add(cat(u64(100), u64(0), u64(40), u64(8), []byte("unconfi\x00")), int64(1))
	f.Fuzz(func(t *testing.T, data []byte, ret int64) {
		fuzzCall(t, "statmount", data, [6]uint64{fuzzBase, fuzzBase, 256, 0}, ret)
		fuzzCall(t, "listmount", data, [6]uint64{fuzzBase, fuzzBase, 8, 1}, ret)
		fuzzCall(t, "lsm_get_self_attr", data, [6]uint64{100, fuzzBase, fuzzBase, 0}, ret)
		fuzzCall(t, "lsm_set_self_attr", data, [6]uint64{100, fuzzBase, 64, 0}, ret)
		fuzzCall(t, "lsm_list_modules", data, [6]uint64{fuzzBase, fuzzBase, 0}, ret)
		fuzzCall(t, "futex_requeue", data, [6]uint64{fuzzBase, 0, 1, 1}, ret)
		fuzzCall(t, "cachestat", data, [6]uint64{3, fuzzBase, fuzzBase, 0}, ret)
		fuzzCall(t, "getxattrat", data, [6]uint64{3, fuzzBase, 0, fuzzBase, fuzzBase, 16}, ret)
		fuzzCall(t, "file_getattr", data, [6]uint64{3, fuzzBase, fuzzBase, 24, 0}, ret)
	})
}

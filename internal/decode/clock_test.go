package decode_test

import (
	"testing"
	"time"

	"gostrace/internal/decode/decodetest"
)

// Expected lines from strace 6.1 running testdata/tm.c, testdata/intr.c
// and testdata/split.c (TZ=UTC).
func TestClock(t *testing.T) {
	m := decodetest.NewMemory()
	now := m.Alloc(timespec(1795690400, 923331118))
	short := m.Alloc(timespec(0, 1000))
	bad := m.Alloc(timespec(0, 2000000000))
	neg := m.Alloc(timespec(-1, 5))
	rem := m.Alloc(timespec(4, 980009173))
	five := m.Alloc(timespec(5, 0))
	check(t, m, []line{
		{call("clock_gettime", 0, 0, now), `clock_gettime(CLOCK_REALTIME, {tv_sec=1795690400, tv_nsec=923331118}) = 0`},
		{call("clock_gettime", 0, 2, short), `clock_gettime(CLOCK_PROCESS_CPUTIME_ID, {tv_sec=0, tv_nsec=1000}) = 0`},
		{fail("clock_gettime", 22, 77, now), `clock_gettime(0x4d /* CLOCK_??? */, ` + hexAddr(now) + `) = -1 EINVAL (Invalid argument)`},
		// Dynamic clocks (a process's CPU clock) are unknown to strace 6.1.
		{call("clock_gettime", 0, 0xfffffffffffffffe, short), `clock_gettime(0xfffffffe /* CLOCK_??? */, {tv_sec=0, tv_nsec=1000}) = 0`},
		{fail("clock_gettime", 14, 0, 0), `clock_gettime(CLOCK_REALTIME, NULL) = -1 EFAULT (Bad address)`},
		{call("clock_getres", 0, 1, m.Alloc(timespec(0, 1))), `clock_getres(CLOCK_MONOTONIC, {tv_sec=0, tv_nsec=1}) = 0`},
		{call("clock_getres", 0, 1, 0), `clock_getres(CLOCK_MONOTONIC, NULL) = 0`},
		{fail("clock_settime", 22, 1, short), `clock_settime(CLOCK_MONOTONIC, {tv_sec=0, tv_nsec=1000}) = -1 EINVAL (Invalid argument)`},
		// The time left is decoded only when a signal cut the sleep short.
		{call("clock_nanosleep", 0, 1, 0, short, rem), `clock_nanosleep(CLOCK_MONOTONIC, 0, {tv_sec=0, tv_nsec=1000}, ` + hexAddr(rem) + `) = 0`},
		{call("clock_nanosleep", 0, 1, 1, now, 0), `clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, {tv_sec=1795690400, tv_nsec=923331118}, NULL) = 0`},
		{call("clock_nanosleep", 0, 1, 5, now, 0), `clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME|0x4, {tv_sec=1795690400, tv_nsec=923331118}, NULL) = 0`},
		{fail("clock_nanosleep", 22, 1, 0, bad, 0), `clock_nanosleep(CLOCK_MONOTONIC, 0, {tv_sec=0, tv_nsec=2000000000}, NULL) = -1 EINVAL (Invalid argument)`},
		{fail("clock_nanosleep", 516, 0, 0, five, rem), `clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=5, tv_nsec=0}, {tv_sec=4, tv_nsec=980009173}) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)`},
		// An absolute sleep cut short leaves rem alone (testdata/edge.c).
		{fail("clock_nanosleep", 514, 1, 1, five, rem), `clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, {tv_sec=5, tv_nsec=0}, ` + hexAddr(rem) + `) = ? ERESTARTNOHAND (To be restarted if no handler)`},
		{fail("nanosleep", 14, five, 8), `nanosleep({tv_sec=5, tv_nsec=0}, 0x8) = -1 EFAULT (Bad address)`},
		{fail("nanosleep", 22, neg, rem), `nanosleep({tv_sec=-1, tv_nsec=5}, ` + hexAddr(rem) + `) = -1 EINVAL (Invalid argument)`},
		{call("nanosleep", 0, short, 0), `nanosleep({tv_sec=0, tv_nsec=1000}, NULL) = 0`},
		{fail("nanosleep", 14, 0, 0), `nanosleep(NULL, NULL) = -1 EFAULT (Bad address)`},
		{fail("nanosleep", 516, five, rem), `nanosleep({tv_sec=5, tv_nsec=0}, {tv_sec=4, tv_nsec=980009173}) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)`},
	})
	c := call("nanosleep", 0, five, rem)
	c.Entry = true
	if got, want := decodetest.Render(m, c), `nanosleep({tv_sec=5, tv_nsec=0}, `; got != want {
		t.Errorf("entry: got %q, want %q", got, want)
	}
}

func TestTimeOfDay(t *testing.T) {
	saved := time.Local
	time.Local = time.UTC // strace ran with TZ=UTC
	defer func() { time.Local = saved }()
	m := decodetest.NewMemory()
	tv := m.Alloc(cat(u64(1795690400), u64(924282)))
	tvBad := m.Alloc(cat(u64(1795690400), u64(2000000)))
	tz := m.Alloc(cat(u32(0), u32(0)))
	tt := m.Alloc(u64(1795690400))
	check(t, m, []line{
		{call("gettimeofday", 0, tv, 0), `gettimeofday({tv_sec=1795690400, tv_usec=924282}, NULL) = 0`},
		{call("gettimeofday", 0, tv, tz), `gettimeofday({tv_sec=1795690400, tv_usec=924282}, {tz_minuteswest=0, tz_dsttime=0}) = 0`},
		{call("gettimeofday", 0, 0, 0), `gettimeofday(NULL, NULL) = 0`},
		{fail("settimeofday", 22, tvBad, tz), `settimeofday({tv_sec=1795690400, tv_usec=2000000}, {tz_minuteswest=0, tz_dsttime=0}) = -1 EINVAL (Invalid argument)`},
		{call("time", 1795690400, tt), `time([1795690400 /* 2026-11-26T10:53:20+0000 */]) = 1795690400 (2026-11-26T10:53:20+0000)`},
		{call("time", 1795690400, 0), `time(NULL) = 1795690400 (2026-11-26T10:53:20+0000)`},
		{fail("time", 14, 8), `time(0x8) = -1 EFAULT (Bad address)`},
	})
}

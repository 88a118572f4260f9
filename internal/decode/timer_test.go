package decode_test

import (
	"testing"

	"gostrace/internal/decode/decodetest"
)

func itimerspec(isec, insec, vsec, vnsec int64) []byte {
	return cat(timespec(isec, insec), timespec(vsec, vnsec))
}

func sigevent(value uint64, signo, notify uint32, tail ...byte) []byte {
	b := cat(u64(value), u32(signo), u32(notify), tail)
	return append(b, make([]byte, 64-len(b))...)
}

// Expected lines from strace 6.1 running testdata/tm.c and testdata/sev.c.
func TestTimers(t *testing.T) {
	m := decodetest.NewMemory()
	its := m.Alloc(itimerspec(1, 5, 2, 500))
	old := m.Alloc(itimerspec(1, 5, 1, 999977556))
	id := m.Alloc(u32(0))
	id5 := m.Alloc(u32(5))
	sevSig := m.Alloc(sigevent(0x1234, 10, 0))
	sevNone := m.Alloc(sigevent(0x1234, 10, 1))
	sevTid := m.Alloc(sigevent(0x1234, 34, 4, u32(30022)...))
	sevThread := m.Alloc(sigevent(0x1234, 34, 2, u64(0x7546)...))
	sevZero := m.Alloc(sigevent(0, 14, 0))
	sevBad := m.Alloc(sigevent(7, 14, 77))
	sevNoName := m.Alloc(sigevent(7, 99, 0))
	check(t, m, []line{
		{call("timerfd_create", 3, 1, 0x80000|0x800), `timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC|TFD_NONBLOCK) = 3`},
		{call("timerfd_create", 4, 0, 0), `timerfd_create(CLOCK_REALTIME, 0) = 4`},
		{fail("timerfd_create", 22, 9, 0x10), `timerfd_create(CLOCK_BOOTTIME_ALARM, 0x10 /* TFD_??? */) = -1 EINVAL (Invalid argument)`},
		{call("timerfd_settime", 0, 3, 0, its, 0), `timerfd_settime(3, 0, {it_interval={tv_sec=1, tv_nsec=5}, it_value={tv_sec=2, tv_nsec=500}}, NULL) = 0`},
		{call("timerfd_settime", 0, 3, 3, its, old), `timerfd_settime(3, TFD_TIMER_ABSTIME|TFD_TIMER_CANCEL_ON_SET, {it_interval={tv_sec=1, tv_nsec=5}, it_value={tv_sec=2, tv_nsec=500}}, {it_interval={tv_sec=1, tv_nsec=5}, it_value={tv_sec=1, tv_nsec=999977556}}) = 0`},
		{call("timerfd_gettime", 0, 3, old), `timerfd_gettime(3, {it_interval={tv_sec=1, tv_nsec=5}, it_value={tv_sec=1, tv_nsec=999977556}}) = 0`},
		{call("timer_create", 0, 1, sevSig, id), `timer_create(CLOCK_MONOTONIC, {sigev_value={sival_int=4660, sival_ptr=0x1234}, sigev_signo=SIGUSR1, sigev_notify=SIGEV_SIGNAL}, [0]) = 0`},
		{call("timer_create", 0, 0, sevNone, id), `timer_create(CLOCK_REALTIME, {sigev_value={sival_int=4660, sival_ptr=0x1234}, sigev_signo=10, sigev_notify=SIGEV_NONE}, [0]) = 0`},
		{call("timer_create", 0, 0, sevTid, id), `timer_create(CLOCK_REALTIME, {sigev_value={sival_int=4660, sival_ptr=0x1234}, sigev_signo=SIGRT_2, sigev_notify=SIGEV_THREAD_ID, sigev_notify_thread_id=30022}, [0]) = 0`},
		{call("timer_create", 0, 0, sevThread, id), `timer_create(CLOCK_REALTIME, {sigev_value={sival_int=4660, sival_ptr=0x1234}, sigev_signo=SIGRT_2, sigev_notify=SIGEV_THREAD, sigev_notify_function=0x7546, sigev_notify_attributes=NULL}, [0]) = 0`},
		{call("timer_create", 0, 0, 0, id5), `timer_create(CLOCK_REALTIME, NULL, [5]) = 0`},
		{call("timer_create", 0, 1, sevZero, id), `timer_create(CLOCK_MONOTONIC, {sigev_signo=SIGALRM, sigev_notify=SIGEV_SIGNAL}, [0]) = 0`},
		{fail("timer_create", 22, 1, sevBad, id), `timer_create(CLOCK_MONOTONIC, {sigev_value={sival_int=7, sival_ptr=0x7}, sigev_signo=14, sigev_notify=0x4d /* SIGEV_??? */}, ` + hexAddr(id) + `) = -1 EINVAL (Invalid argument)`},
		{fail("timer_create", 22, 1, sevNoName, id), `timer_create(CLOCK_MONOTONIC, {sigev_value={sival_int=7, sival_ptr=0x7}, sigev_signo=99, sigev_notify=SIGEV_SIGNAL}, ` + hexAddr(id) + `) = -1 EINVAL (Invalid argument)`},
		{fail("timer_create", 14, 1, 8, id), `timer_create(CLOCK_MONOTONIC, 0x8, ` + hexAddr(id) + `) = -1 EFAULT (Bad address)`},
		{call("timer_settime", 0, 5, 0, its, 0), `timer_settime(5, 0, {it_interval={tv_sec=1, tv_nsec=5}, it_value={tv_sec=2, tv_nsec=500}}, NULL) = 0`},
		{call("timer_settime", 0, 5, 1, its, old), `timer_settime(5, TIMER_ABSTIME, {it_interval={tv_sec=1, tv_nsec=5}, it_value={tv_sec=2, tv_nsec=500}}, {it_interval={tv_sec=1, tv_nsec=5}, it_value={tv_sec=1, tv_nsec=999977556}}) = 0`},
		{call("timer_gettime", 0, 5, old), `timer_gettime(5, {it_interval={tv_sec=1, tv_nsec=5}, it_value={tv_sec=1, tv_nsec=999977556}}) = 0`},
		{call("timer_getoverrun", 1795690393, 5), `timer_getoverrun(5) = 1795690393`},
		{fail("timer_delete", 22, 99), `timer_delete(99) = -1 EINVAL (Invalid argument)`},
	})
}

func TestItimer(t *testing.T) {
	m := decodetest.NewMemory()
	itv := m.Alloc(cat(u64(1), u64(2), u64(3), u64(4)))
	zero := m.Alloc(pad(32))
	check(t, m, []line{
		{call("setitimer", 0, 0, itv, zero), `setitimer(ITIMER_REAL, {it_interval={tv_sec=1, tv_usec=2}, it_value={tv_sec=3, tv_usec=4}}, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=0, tv_usec=0}}) = 0`},
		{call("getitimer", 0, 1, zero), `getitimer(ITIMER_VIRTUAL, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=0, tv_usec=0}}) = 0`},
		{call("alarm", 3, 0), `alarm(0) = 3`},
		{fail("setitimer", 22, 7, 0, 0), `setitimer(0x7 /* ITIMER_??? */, NULL, NULL) = -1 EINVAL (Invalid argument)`},
	})
}

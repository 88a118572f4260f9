package decode_test

import (
	"testing"

	"gostrace/internal/decode/decodetest"
)

func pollfd(fd int32, events, revents uint16) []byte {
	return cat(u32(uint32(fd)), u16(events), u16(revents))
}

// Expected lines from strace 6.1 running testdata/pl.c and testdata/intr.c.
// The memory holds what the kernel left at exit (revents filled in); the
// entry side prints only fd and events.
func TestPoll(t *testing.T) {
	m := decodetest.NewMemory()
	fds := m.Alloc(cat(pollfd(3, 3, 1), pollfd(4, 4, 4), pollfd(-1, 1, 0)))
	one := m.Alloc(pollfd(4, 1, 0))
	nval := m.Alloc(cat(pollfd(4, 1, 0), pollfd(99, 0x41|0x8000, 0x20)))
	ts := m.Alloc(timespec(0, 1000))
	left := m.Alloc(timespec(0, 0))
	set := m.Alloc(u64(1 << 9)) // SIGUSR1
	check(t, m, []line{
		{call("poll", 2, fds, 3, 0),
			`poll([{fd=3, events=POLLIN|POLLPRI}, {fd=4, events=POLLOUT}, {fd=-1}], 3, 0) = 2 ([{fd=3, revents=POLLIN}, {fd=4, revents=POLLOUT}])`},
		{call("poll", 0, one, 1, 0), `poll([{fd=4, events=POLLIN}], 1, 0) = 0 (Timeout)`},
		{call("poll", 1, nval, 2, 0),
			`poll([{fd=4, events=POLLIN}, {fd=99, events=POLLIN|POLLRDNORM|POLL_BUSY_LOOP}], 2, 0) = 1 ([{fd=99, revents=POLLNVAL}])`},
		{call("poll", 0, 0, 0, 1), `poll(NULL, 0, 1) = 0 (Timeout)`},
		{fail("poll", 14, 8, 1, 0), `poll(0x8, 1, 0) = -1 EFAULT (Bad address)`},
		{fail("poll", 516, one, 1, 5000), `poll([{fd=4, events=POLLIN}], 1, 5000) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)`},
		{call("ppoll", 0, one, 1, ts, 0, 8), `ppoll([{fd=4, events=POLLIN}], 1, {tv_sec=0, tv_nsec=1000}, NULL, 8) = 0 (Timeout)`},
		{call("ppoll", 2, fds, 2, left, set, 8),
			`ppoll([{fd=3, events=POLLIN|POLLPRI}, {fd=4, events=POLLOUT}], 2, {tv_sec=0, tv_nsec=0}, [USR1], 8) = 2 ([{fd=3, revents=POLLIN}, {fd=4, revents=POLLOUT}], left {tv_sec=0, tv_nsec=0})`},
		{call("ppoll", 1, fds, 1, 0, 0, 8), `ppoll([{fd=3, events=POLLIN|POLLPRI}], 1, NULL, NULL, 8) = 1 ([{fd=3, revents=POLLIN}])`},
		// A sigset of the wrong size, or unreadable, prints as its address (testdata/edge.c).
		{fail("ppoll", 22, one, 1, ts, set, 4), `ppoll([{fd=4, events=POLLIN}], 1, {tv_sec=0, tv_nsec=1000}, ` + hexAddr(set) + `, 4) = -1 EINVAL (Invalid argument)`},
		{fail("ppoll", 14, one, 1, ts, 8, 8), `ppoll([{fd=4, events=POLLIN}], 1, {tv_sec=0, tv_nsec=1000}, 0x8, 8) = -1 EFAULT (Bad address)`},
		{fail("ppoll", 14, one, 1, 8, 0, 8), `ppoll([{fd=4, events=POLLIN}], 1, 0x8, NULL, 8) = -1 EFAULT (Bad address)`},
		{fail("ppoll", 514, one, 1, ts, set, 8),
			`ppoll([{fd=4, events=POLLIN}], 1, {tv_sec=0, tv_nsec=1000}, [USR1], 8) = ? ERESTARTNOHAND (To be restarted if no handler)`},
		// A positive count with no revents set: only -e inject=...:retval=1
		// makes one (strace 6.1 prints "... = 1 (INJECTED)", and for ppoll
		// "= 1 (left {tv_sec=1, tv_nsec=0}) (INJECTED)": no list).
		{call("poll", 1, one, 1, 0), `poll([{fd=4, events=POLLIN}], 1, 0) = 1`},
		{call("ppoll", 1, one, 1, ts, 0, 8), `ppoll([{fd=4, events=POLLIN}], 1, {tv_sec=0, tv_nsec=1000}, NULL, 8) = 1 (left {tv_sec=0, tv_nsec=1000})`},
	})
	// The unfinished form: nothing more comes at exit, so no ", ".
	c := call("poll", 0, one, 1, 50)
	c.Entry = true
	if got, want := decodetest.Render(m, c), `poll([{fd=4, events=POLLIN}], 1, 50`; got != want {
		t.Errorf("entry: got %q, want %q", got, want)
	}
}

func fdset(fds ...int) []byte {
	b := make([]byte, 8)
	for _, fd := range fds {
		b[fd/8] |= 1 << (fd % 8)
	}
	return b
}

// pselect6 at entry reads the sets asked for; at exit the kernel has
// rewritten them with the ready descriptors.
func TestSelect(t *testing.T) {
	m := decodetest.NewMemory()
	r := m.Alloc(fdset(3, 4))
	w := m.Alloc(fdset(4))
	ts := m.Alloc(timespec(1, 5000))
	mask := m.Alloc(u64(1 << 9))
	sigarg := m.Alloc(cat(u64(mask), u64(8)))
	nullMask := m.Alloc(cat(u64(0), u64(8)))
	rIn := &changing{Memory: m, addr: r, after: fdset(3)}
	for _, tt := range []line{
		{call("pselect6", 2, 5, r, w, 0, ts, 0),
			`pselect6(5, [3 4], [4], NULL, {tv_sec=1, tv_nsec=5000}, NULL) = 2 (in [3], out [4], left {tv_sec=1, tv_nsec=5000})`},
		{call("pselect6", 1, 5, r, 0, 0, ts, sigarg),
			`pselect6(5, [3 4], NULL, NULL, {tv_sec=1, tv_nsec=5000}, {sigmask=[USR1], sigsetsize=8}) = 1 (in [3], left {tv_sec=1, tv_nsec=5000})`},
	} {
		rIn.reads = 0
		if got := decodetest.Plain(decodetest.Render(rIn, tt.c)); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
	e := m.Alloc(fdset())
	check(t, m, []line{
		{call("pselect6", 0, 5, w, 0, 0, ts, nullMask),
			`pselect6(5, [4], NULL, NULL, {tv_sec=1, tv_nsec=5000}, {sigmask=NULL, sigsetsize=8}) = 0 (Timeout)`},
		{call("pselect6", 0, 0, 0, 0, 0, ts, 0), `pselect6(0, NULL, NULL, NULL, {tv_sec=1, tv_nsec=5000}, NULL) = 0 (Timeout)`},
		{call("pselect6", 1, 5, w, 0, e, 0, 0), `pselect6(5, [4], NULL, [], NULL, NULL) = 1 (in [4])`},
		{fail("pselect6", 22, ^uint64(0), r, 0, 0, ts, 0),
			`pselect6(-1, ` + hexAddr(r) + `, NULL, NULL, {tv_sec=1, tv_nsec=5000}, NULL) = -1 EINVAL (Invalid argument)`},
		{fail("pselect6", 514, 4, m.Alloc(fdset(3)), 0, 0, m.Alloc(timespec(5, 0)), sigarg),
			`pselect6(4, [3], NULL, NULL, {tv_sec=5, tv_nsec=0}, {sigmask=[USR1], sigsetsize=8}) = ? ERESTARTNOHAND (To be restarted if no handler)`},
	})
}

package decode_test

import (
	"encoding/binary"
	"testing"

	"gostrace/internal/decode/decodetest"
)

// TestProcUnfinishedEntries checks what is printed at entry, before
// " <unfinished ...>", for the process calls whose exit continues the
// line. strace 6.1 tracing testdata/unfinished_proc.c printed
// "clone3({flags=0, exit_signal=100, stack=NULL, stack_size=0}, 88 <unfinished ...>"
// (nothing is written back: the size comes at entry), but
// "clone3({flags=0, exit_signal=100, stack=NULL, stack_size=0} <unfinished ...>"
// for a 96-byte struct and for CLONE_PARENT_SETTID (resumed with ", 96)"
// or " => {...}, 88)"); "clone(child_stack=NULL, flags=CLONE_PARENT_SETTID|100 <unfinished ...>"
// (resumed with ", parent_tid=0x10)"), "wait4(-1, ", and
// "rt_sigtimedwait([USR1], " but, without a siginfo to fill,
// "rt_sigtimedwait([USR1], NULL, {tv_sec=0, tv_nsec=1000}, 8" (resumed with
// ")").
func TestProcUnfinishedEntries(t *testing.T) {
	m := decodetest.NewMemory()
	args := func(flags uint64, size int) uint64 {
		b := make([]byte, size)
		binary.LittleEndian.PutUint64(b, flags)
		binary.LittleEndian.PutUint64(b[24:], 0x10) // parent_tid
		binary.LittleEndian.PutUint64(b[32:], 100)  // exit_signal
		return m.Alloc(b)
	}
	set := make([]byte, 8)
	binary.LittleEndian.PutUint64(set, 1<<9)
	setAddr := m.Alloc(set)
	ts := make([]byte, 16)
	binary.LittleEndian.PutUint64(ts[8:], 1000)
	tsAddr := m.Alloc(ts)
	tests := []struct {
		c    decodetest.Call
		want string
	}{
		{decodetest.Call{Name: "clone3", Args: [6]uint64{args(0, 88), 88}},
			"clone3({flags=0, exit_signal=100, stack=NULL, stack_size=0}, 88"},
		{decodetest.Call{Name: "clone3", Args: [6]uint64{args(0, 96), 96}},
			"clone3({flags=0, exit_signal=100, stack=NULL, stack_size=0}"},
		{decodetest.Call{Name: "clone3", Args: [6]uint64{args(0x100000, 88), 88}},
			"clone3({flags=CLONE_PARENT_SETTID, parent_tid=0x10, exit_signal=100, stack=NULL, stack_size=0}"},
		{decodetest.Call{Name: "clone3", Args: [6]uint64{1, 88}}, "clone3(0x1, 88"},
		{decodetest.Call{Name: "clone", Args: [6]uint64{0x100000 | 100, 0, 0x10}},
			"clone(child_stack=NULL, flags=CLONE_PARENT_SETTID|100"},
		{decodetest.Call{Name: "clone", Args: [6]uint64{0x4000 | 0x100 | 17}},
			"clone(child_stack=NULL, flags=CLONE_VM|CLONE_VFORK|SIGCHLD"},
		{decodetest.Call{Name: "wait4", Args: [6]uint64{0xffffffff, 0x1000}}, "wait4(-1, "},
		{decodetest.Call{Name: "rt_sigtimedwait", Args: [6]uint64{setAddr, 0x1000, 0x1000, 8}}, "rt_sigtimedwait([USR1], "},
		{decodetest.Call{Name: "rt_sigtimedwait", Args: [6]uint64{setAddr, 0, tsAddr, 8}},
			"rt_sigtimedwait([USR1], NULL, {tv_sec=0, tv_nsec=1000}, 8"},
		// Calls whose exit only explains the result print no separator
		// (as fcntl's F_GETFL in latesep_test.go).
		{decodetest.Call{Name: "prctl", Args: [6]uint64{3}}, "prctl(PR_GET_DUMPABLE"},
		{decodetest.Call{Name: "sched_getscheduler", Args: [6]uint64{0}}, "sched_getscheduler(0"},
	}
	for _, tt := range tests {
		tt.c.Entry = true
		if got := decodetest.Render(m, tt.c); got != tt.want {
			t.Errorf("got  %q\nwant %q", got, tt.want)
		}
	}
}

// TestSigreturn checks rt_sigreturn's mask, read from the signal frame at
// the stack pointer. Lines printed by strace 6.1: "rt_sigreturn({mask=[]})
// = 10502" after a SIGCHLD handler in sh, "rt_sigreturn({mask=~[RTMIN RT_1]})"
// in a handler blocking all but those, and "rt_sigreturn({mask=0x1128})"
// for testdata/sigreturn_sp.c, which calls rt_sigreturn with its stack
// pointer at 0x1000.
func TestSigreturn(t *testing.T) {
	m := decodetest.NewMemory()
	frame := func(mask uint64) uint64 {
		b := make([]byte, 512)
		binary.LittleEndian.PutUint64(b[296:], mask)
		return m.Alloc(b)
	}
	tests := []struct {
		sp   uint64
		ret  int64
		want string
	}{
		{frame(0), 10502, "rt_sigreturn({mask=[]}) = 10502"},
		{frame(^uint64(0) &^ (3 << 31)), 0, "rt_sigreturn({mask=~[RTMIN RT_1]}) = 0"},
		{0x1000, 0, "rt_sigreturn({mask=0x1128}) = 0"},
	}
	for _, tt := range tests {
		got := decodetest.Plain(decodetest.Render(m, decodetest.Call{Name: "rt_sigreturn", SP: tt.sp, Rval: tt.ret}))
		if got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}

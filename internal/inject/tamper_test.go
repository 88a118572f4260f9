package inject

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"gostrace/internal/decode"
	"gostrace/internal/filter"
)

// fakeTracee records what tampering asked of a thread.
type fakeTracee struct {
	ops     []string
	mem     map[uint64][]byte // writable addresses
	failRet bool              // SetReturn fails (the thread was killed)
}

func (f *fakeTracee) SetSyscall(nr int) error {
	f.ops = append(f.ops, "nr="+itoa(nr))
	return nil
}

func (f *fakeTracee) SetReturn(v uint64) error {
	if f.failRet {
		return errors.New("ESRCH")
	}
	f.ops = append(f.ops, "ret="+itoa(int(int64(v))))
	return nil
}

func (f *fakeTracee) Poke(addr uint64, data []byte) error {
	if _, ok := f.mem[addr]; !ok {
		return errors.New("EFAULT")
	}
	f.mem[addr] = append([]byte(nil), data...)
	f.ops = append(f.ops, "poke@"+itoa(int(addr)))
	return nil
}

func (f *fakeTracee) Hold(d time.Duration) { f.ops = append(f.ops, "hold="+d.String()) }

func (f *fakeTracee) DeliverSignal(sig int) { f.ops = append(f.ops, "sig="+itoa(sig)) }

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + itoa(n%10)
}

// call runs one call through Entry and Exit and returns what the tracee
// was asked, the result and the marks.
type result struct {
	ops    []string
	rval   int64
	isErr  bool
	tamper uint8
	warns  []string
}

func run(t *testing.T, exprs []string, name string, args [6]uint64, rval int64, f *fakeTracee) result {
	t.Helper()
	var ins []*filter.Inject
	for _, x := range exprs {
		fault := strings.HasPrefix(x, "fault:")
		ins = append(ins, mustParse(t, strings.TrimPrefix(x, "fault:"), fault))
	}
	e := New(ins)
	var r result
	e.Warn = func(m string) { r.warns = append(r.warns, m) }
	var st State
	e.Entry(&st, f, 77, nr(t, name), args)
	r.rval, r.isErr = e.Exit(&st, f, 77, rval, rval < 0 && rval > -4096)
	r.ops, r.tamper = f.ops, st.Tamper()
	return r
}

// What each option asks of the tracee, and the result and marks the
// session prints. The marks are strace 6.1's for the same option (see
// the e2e tests in cmd/gostrace, which compare whole traces).
func TestEntryExit(t *testing.T) {
	const ppid = 4242
	getpid := nr(t, "getpid")
	for _, tc := range []struct {
		exprs  []string
		name   string
		want   []string
		rval   int64
		isErr  bool
		tamper uint8
	}{
		// Skipped (orig_rax -1), then -errno at exit.
		{[]string{"getppid:error=EPERM"}, "getppid", []string{"nr=-1", "ret=-1"}, -1, true, decode.TamperRetval},
		{[]string{"fault:getppid"}, "getppid", []string{"nr=-1", "ret=-38"}, -38, true, decode.TamperRetval},
		// syscall= runs the pure call instead of none.
		{[]string{"getppid:syscall=getpid:retval=5"}, "getppid", []string{"nr=" + itoa(getpid), "ret=5"}, 5, false, decode.TamperRetval},
		// A retval in the errno range is a success: "= -1 (INJECTED)".
		{[]string{"getppid:retval=-1"}, "getppid", []string{"nr=-1", "ret=-1"}, -1, false, decode.TamperRetval},
		// signal= alone: the call runs, unmarked, the signal comes after.
		{[]string{"getppid:signal=SIGUSR1"}, "getppid", []string{"sig=10"}, ppid, false, 0},
		// syscall= without error/retval changes nothing (strace's getppid
		// then still returns the parent's pid).
		{[]string{"getppid:syscall=getpid:signal=SIGUSR1"}, "getppid", []string{"sig=10"}, ppid, false, 0},
		// delay_enter= drops the signal, as strace 6.1 does.
		{[]string{"getppid:signal=SIGUSR1:delay_enter=1000"}, "getppid", []string{"hold=1ms"}, ppid, false, decode.TamperDelayed},
		{[]string{"getppid:signal=SIGUSR1:delay_exit=1000"}, "getppid", []string{"sig=10", "hold=1ms"}, ppid, false, decode.TamperDelayed},
		{[]string{"getppid:error=EINTR:delay_enter=0"}, "getppid", []string{"nr=-1", "hold=0s", "ret=-4"}, -4, true, decode.TamperRetval | decode.TamperDelayed},
		// Not this invocation: nothing at all.
		{[]string{"getppid:error=EPERM:when=2"}, "getppid", nil, ppid, false, 0},
		{[]string{"getpid:error=EPERM"}, "getppid", nil, ppid, false, 0},
	} {
		f := &fakeTracee{}
		r := run(t, tc.exprs, tc.name, [6]uint64{}, ppid, f)
		if !reflect.DeepEqual(r.ops, tc.want) || r.rval != tc.rval || r.isErr != tc.isErr || r.tamper != tc.tamper {
			t.Errorf("%v: ops %q = %d err=%v tamper=%#x, want %q = %d err=%v tamper=%#x",
				tc.exprs, r.ops, r.rval, r.isErr, r.tamper, tc.want, tc.rval, tc.isErr, tc.tamper)
		}
	}
}

// A thread killed before its exit stop: the value stays, and the call is
// not marked.
func TestExitSetReturnFails(t *testing.T) {
	r := run(t, []string{"getppid:error=EPERM"}, "getppid", [6]uint64{}, -38, &fakeTracee{failRet: true})
	if r.rval != -38 || !r.isErr || r.tamper != 0 {
		t.Errorf("= %d err=%v tamper=%#x, want -38 err=true tamper=0", r.rval, r.isErr, r.tamper)
	}
}

// Pokes write at the address in the argument, at entry or exit; each
// failure is reported with strace 6.1's message, and the call is marked
// "args" when at least one poke worked (strace: "@arg3=0000,@arg2=4141"
// on read(3, buf, 15) marks it; "@arg3=0000,@arg1=00" does not, and says
// "couldn't poke" twice).
func TestPokes(t *testing.T) {
	args := [6]uint64{3, 0x1000, 15}
	newMem := func() *fakeTracee { return &fakeTracee{mem: map[uint64][]byte{0x1000: nil}} }
	const couldnt = "poke_tcb: Failed to tamper with process 77: couldn't poke"

	f := newMem()
	r := run(t, []string{"read:poke_enter=@arg3=0000,@arg2=4141"}, "read", args, 3, f)
	if r.tamper != decode.TamperArgs || string(f.mem[0x1000]) != "AA" || !reflect.DeepEqual(r.warns, []string{couldnt}) {
		t.Errorf("enter: tamper %#x mem %q warns %q", r.tamper, f.mem[0x1000], r.warns)
	}

	f = newMem()
	r = run(t, []string{"read:poke_exit=@arg3=0000,@arg1=00"}, "read", args, 3, f)
	if r.tamper != 0 || f.mem[0x1000] != nil || !reflect.DeepEqual(r.warns, []string{couldnt, couldnt}) {
		t.Errorf("exit, all failing: tamper %#x mem %q warns %q", r.tamper, f.mem[0x1000], r.warns)
	}

	f = newMem()
	r = run(t, []string{"read:poke_exit=@arg2=58:retval=1"}, "read", args, 3, f)
	if r.tamper != decode.TamperArgs|decode.TamperRetval || string(f.mem[0x1000]) != "X" || r.rval != 1 {
		t.Errorf("exit with retval: tamper %#x mem %q = %d", r.tamper, f.mem[0x1000], r.rval)
	}

	f = newMem()
	r = run(t, []string{"getppid:poke_enter=@arg7=00"}, "getppid", args, 3, f)
	want := "poke_tcb: Failed to tamper with process 77: requested to tamper with argument #7, but system call 'getppid' has only 0 arguments"
	if r.tamper != 0 || !reflect.DeepEqual(r.warns, []string{want}) {
		t.Errorf("beyond the arguments: tamper %#x warns %q", r.tamper, r.warns)
	}
}

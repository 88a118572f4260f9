package seccomp

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

func TestRangesEncode(t *testing.T) {
	rs := Ranges([]int{5, 1, 2, 3, 10, 11, 3})
	want := []Range{{1, 3}, {5, 5}, {10, 11}}
	if len(rs) != len(want) {
		t.Fatalf("got %v", rs)
	}
	for i := range rs {
		if rs[i] != want[i] {
			t.Fatalf("got %v want %v", rs, want)
		}
	}
	if s := Encode(rs); s != "1-3,5,10-11" {
		t.Errorf("Encode: %s", s)
	}
	back, ok := Decode("1-3,5,10-11")
	if !ok || Encode(back) != "1-3,5,10-11" {
		t.Errorf("Decode: %v %v", back, ok)
	}
	for _, bad := range []string{"x", "3-1", "1,,2", "-1"} {
		if _, ok := Decode(bad); ok {
			t.Errorf("Decode(%q) accepted", bad)
		}
	}
}

// With the filter installed and no tracer, SECCOMP_RET_TRACE makes a call
// fail with ENOSYS: that is how the test sees which calls the program
// selects, without ptrace.
func TestProgramSelects(t *testing.T) {
	if os.Getenv("SECCOMP_TEST_CHILD") == "1" {
		runtime.LockOSThread()
		prog := Program(Ranges([]int{unix.SYS_GETPPID, unix.SYS_UNAME, unix.SYS_UNAME + 1}))
		if err := Install(prog); err != nil {
			os.Stdout.WriteString("install: " + err.Error())
			os.Exit(2)
		}
		res := func(nr uintptr) string {
			_, _, e := unix.RawSyscall(nr, 0, 0, 0)
			if e == unix.ENOSYS {
				return "trace"
			}
			return "allow"
		}
		os.Stdout.WriteString("getppid=" + res(unix.SYS_GETPPID) + " getpid=" + res(unix.SYS_GETPID) +
			" gettid=" + res(unix.SYS_GETTID) + " x32=" + res(unix.SYS_GETPID|x32Bit))
		os.Exit(0)
	}
	cmd := exec.Command(os.Args[0], "-test.run=TestProgramSelects")
	cmd.Env = append(os.Environ(), "SECCOMP_TEST_CHILD=1")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	want := "getppid=trace getpid=allow gettid=allow"
	if x32 {
		// An x32 number is traced, though it would name an allowed call.
		want += " x32=trace"
	}
	if !strings.HasPrefix(string(out), want) {
		t.Errorf("got %q, want %q", out, want)
	}
}

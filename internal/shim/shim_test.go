package shim

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"gostrace/internal/sysent"
	"gostrace/internal/xlat"
)

// The test binary plays the programs these tests need (the helper-process
// pattern of Go's os/exec tests): the shim itself, a parent that ignores
// and blocks signals before it execs, and a program that prints what
// Capture found.
const roleEnv = "GOSTRACE_SHIM_TEST"

func init() {
	if IsShim() {
		runtime.LockOSThread()
		Main()
	}
	switch os.Getenv(roleEnv) {
	case "capture":
		st := Capture()
		fmt.Printf("ignored=%x mask=%x known=%v\n", st.Ignored, st.Mask, st.MaskKnown)
		os.Exit(0)
	case "execwith":
		runtime.LockOSThread() // the mask is per thread: block it on the one that execs
		execWith(os.Args[1:])
	}
}

// execWith IGN BLK PROG ARGS...: ignore the signals of IGN, block those of
// BLK (lists of numbers), exec PROG in the role named by its environment.
func execWith(args []string) {
	ign, blk := sigList(args[0]), sigList(args[1])
	for sig := 1; sig <= 64; sig++ {
		if ign&(1<<(sig-1)) != 0 {
			act := kernelSigaction{handler: sigIgn}
			if err := rtSigaction(sig, &act, nil); err != nil {
				panic(err)
			}
		}
	}
	if _, _, e := unix.RawSyscall6(unix.SYS_RT_SIGPROCMASK, unix.SIG_BLOCK,
		uintptr(unsafe.Pointer(&blk)), 0, 8, 0, 0); e != 0 {
		panic(e)
	}
	var env []string
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, roleEnv+"=") {
			env = append(env, e)
		}
	}
	panic(syscall.Exec(args[2], args[2:], append(env, roleEnv+"=capture")))
}

func sigList(s string) uint64 {
	var m uint64
	for _, f := range strings.Split(s, ",") {
		if n, err := strconv.Atoi(f); err == nil {
			m |= 1 << (n - 1)
		}
	}
	return m
}

func bits(sigs ...int) uint64 {
	var m uint64
	for _, s := range sigs {
		m |= 1 << (s - 1)
	}
	return m
}

func list(sigs ...int) string {
	var b []string
	for _, s := range sigs {
		b = append(b, strconv.Itoa(s))
	}
	return strings.Join(b, ",")
}

var (
	buildMu sync.Mutex
	builds  = map[string]string{}
	tmpDir  string
)

// testBinary returns this test binary built with the given flags. `go
// test` links with -s (no symbol table), `go test -c` does not: Capture
// reads the Go runtime's record of the original signal state through the
// symbol table, so what it can see depends on how the binary was linked.
func testBinary(t *testing.T, flags ...string) string {
	t.Helper()
	buildMu.Lock()
	defer buildMu.Unlock()
	key := strings.Join(flags, " ")
	if p, ok := builds[key]; ok {
		return p
	}
	if self, err := os.Executable(); err == nil && key == "" && hasSymbols(self) {
		builds[key] = self
		return self
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool to build a test binary with")
	}
	if tmpDir == "" {
		if tmpDir, err = os.MkdirTemp("", "shimtest"); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(tmpDir, fmt.Sprintf("shim%d.test", len(builds)))
	args := append([]string{"test", "-c", "-o", out}, flags...)
	if b, err := exec.Command(goTool, append(args, ".")...).CombinedOutput(); err != nil {
		t.Fatalf("go %v: %v\n%s", args, err, b)
	}
	builds[key] = out
	return out
}

func hasSymbols(path string) bool {
	f, err := elf.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	syms, err := f.Symbols()
	if err != nil {
		return false
	}
	for _, s := range syms {
		if s.Name == "runtime.fwdSig" {
			return true
		}
	}
	return false
}

func TestMain(m *testing.M) {
	code := m.Run()
	if tmpDir != "" {
		os.RemoveAll(tmpDir)
	}
	os.Exit(code)
}

// capture runs Capture in bin, exec'd from a parent that ignored ign and
// blocked blk.
func capture(t *testing.T, bin string, ign, blk []int) string {
	t.Helper()
	cmd := exec.Command(bin, list(ign...), list(blk...), bin)
	cmd.Env = append(os.Environ(), roleEnv+"=execwith")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return strings.TrimSpace(string(out))
}

// The ignored signals the Go runtime replaces with its handler (all but
// SIGHUP, SIGINT and the few it leaves alone) are still found, through
// the runtime's fwdSig; and the mask through initSigmask (the runtime
// unblocks many signals on its threads).
var (
	captureIgn = []int{1, 2, 3, 10, 13, 15, 17, 18, 20, 28, 40}
	captureBlk = []int{2, 12, 15, 18, 40, 63}
)

func TestCapture(t *testing.T) {
	got := capture(t, testBinary(t), captureIgn, captureBlk)
	want := fmt.Sprintf("ignored=%x mask=%x known=true", bits(captureIgn...), bits(captureBlk...))
	if got != want {
		t.Errorf("Capture: %s, want %s", got, want)
	}
}

// A position-independent build is loaded at a random address: Capture
// finds the runtime's variables from the load bias of one of its own.
func TestCapturePIE(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the standard library for PIE")
	}
	got := capture(t, testBinary(t, "-buildmode=pie"), captureIgn, captureBlk)
	want := fmt.Sprintf("ignored=%x mask=%x known=true", bits(captureIgn...), bits(captureBlk...))
	if got != want {
		t.Errorf("Capture: %s, want %s", got, want)
	}
}

// Without a symbol table, Capture sees only what the runtime left alone:
// SIGHUP and SIGINT (kept ignored), SIGCONT and the job-control stops (no
// handler installed); the others are lost. The mask comes from the main
// thread, where the runtime unblocked the signals it needs.
func TestCaptureStripped(t *testing.T) {
	got := capture(t, testBinary(t, "-ldflags=-s"), captureIgn, captureBlk)
	var ign, mask uint64
	var known bool
	if _, err := fmt.Sscanf(got, "ignored=%x mask=%x known=%v", &ign, &mask, &known); err != nil {
		t.Fatalf("%q: %v", got, err)
	}
	if want := bits(1, 2, 18, 20); ign != want {
		t.Errorf("ignored %x, want %x", ign, want)
	}
	if blockable := bits(12, 18, 40, 63); !known || mask&blockable != blockable || mask&^bits(captureBlk...) != 0 {
		t.Errorf("mask %x (known %v), want %x and no more than %x", mask, known, blockable, bits(captureBlk...))
	}
}

// runShim runs a command through the shim that l starts, with no tracer:
// the test plays its part, sending the SIGCONT that ends the shim's
// self-stop. It returns what the command and the shim wrote.
func runShim(t *testing.T, l *Launch) (string, error) {
	t.Helper()
	defer l.Close()
	cmd := exec.Command(l.Path)
	cmd.Args = l.Argv
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		b, _ := os.ReadFile("/proc/" + strconv.Itoa(cmd.Process.Pid) + "/stat")
		if f := strings.Fields(string(b)); len(f) > 2 && f[2] == "T" {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the shim did not stop itself")
		}
		time.Sleep(time.Millisecond)
	}
	cmd.Process.Signal(unix.SIGCONT)
	err := cmd.Wait()
	return out.String(), err
}

// shims runs f with each shim: gostrace re-exec'd (the test binary plays
// it) and, where there is one, the machine-code shim from a memfd.
func shims(t *testing.T, f func(t *testing.T, start func(st State, path string, argv ...string) *Launch)) {
	t.Run("go", func(t *testing.T) {
		f(t, func(st State, path string, argv ...string) *Launch {
			l := GoShim("shimtest", path, argv, st)
			if self, err := os.Executable(); err == nil {
				l.Path = self
			}
			return l
		})
	})
	t.Run("native", func(t *testing.T) {
		if machines[runtime.GOARCH] == nil {
			t.Skip("no machine-code shim for " + runtime.GOARCH)
		}
		f(t, func(st State, path string, argv ...string) *Launch {
			l := Prepare("shimtest", path, argv, st)
			if !l.Native() {
				t.Fatalf("Prepare fell back to the Go shim: %q", l.Argv)
			}
			return l
		})
	})
}

func field(status, key string) string {
	for _, l := range strings.Split(status, "\n") {
		if v, ok := strings.CutPrefix(l, key+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// The shim gives the command the ignored signals and the mask of State
// (and no pending signal), then execs it.
func TestShimRestores(t *testing.T) {
	shims(t, func(t *testing.T, start func(State, string, ...string) *Launch) {
		st := State{Ignored: bits(3, 13, 15, 18), Mask: bits(12, 18, 63), MaskKnown: true}
		out, err := runShim(t, start(st, "/bin/cat", "cat", "/proc/self/status"))
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		for key, want := range map[string]string{
			"SigIgn":  fmt.Sprintf("%016x", st.Ignored),
			"SigBlk":  fmt.Sprintf("%016x", st.Mask),
			"SigPnd":  "0000000000000000",
			"ShdPnd":  "0000000000000000",
			"Seccomp": "0",
		} {
			if got := field(out, key); got != want {
				t.Errorf("%s: %s, want %s", key, got, want)
			}
		}
	})
}

// The command gets the argv and environment it was given, not the shim's.
func TestShimArgvEnv(t *testing.T) {
	shims(t, func(t *testing.T, start func(State, string, ...string) *Launch) {
		l := start(State{}, "/bin/sh", "sh", "-c", `printf '%s|%s|%s\n' "$0" "$1" "$SHIMTEST_VAR"`, "zero", "one two")
		t.Setenv("SHIMTEST_VAR", "set")
		out, err := runShim(t, l)
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if out != "zero|one two|set\n" {
			t.Errorf("the command printed %q", out)
		}
	})
}

// With a filter, the command runs under it. With no tracer, a call the
// filter stops at fails with ENOSYS (SECCOMP_RET_TRACE without a tracer):
// the filter is the one asked for, not just any.
func TestShimSeccomp(t *testing.T) {
	shims(t, func(t *testing.T, start func(State, string, ...string) *Launch) {
		var nrs []string
		for _, name := range []string{"mkdir", "mkdirat"} { // no mkdir on arm64
			if nr, ok := sysent.Number(name); ok {
				nrs = append(nrs, strconv.Itoa(nr))
			}
		}
		st := State{Seccomp: strings.Join(nrs, ",")}
		dir := filepath.Join(t.TempDir(), "d")
		out, err := runShim(t, start(st, "/bin/sh", "sh", "-c", "grep -E '^(Seccomp|Seccomp_filters):' /proc/self/status; mkdir "+dir+" 2>/dev/null || echo mkdir failed"))
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if field(out, "Seccomp") != "2" || field(out, "Seccomp_filters") != "1" || !strings.Contains(out, "mkdir failed") {
			t.Errorf("the command said %q", out)
		}
		if _, err := os.Stat(dir); err == nil {
			t.Errorf("mkdir under the filter succeeded")
		}
	})
}

// A failed exec: strace's message, exit 1.
func TestShimExecFailure(t *testing.T) {
	shims(t, func(t *testing.T, start func(State, string, ...string) *Launch) {
		dir := t.TempDir()
		noExec, junk := filepath.Join(dir, "noexec"), filepath.Join(dir, "junk")
		if err := os.WriteFile(noExec, []byte("#!/bin/sh\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(junk, []byte("\x7fELF junk"), 0o755); err != nil {
			t.Fatal(err)
		}
		for path, msg := range map[string]string{
			"/nonexistent/x": "No such file or directory",
			noExec:           "Permission denied",
			junk:             "Exec format error",
		} {
			out, err := runShim(t, start(State{}, path, "x"))
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
				t.Errorf("%s: %v, want exit 1", path, err)
			}
			if want := "shimtest: exec: " + msg + "\n"; out != want {
				t.Errorf("%s: the shim said %q, want %q", path, out, want)
			}
		}
	})
}

// Start falls back to the Go shim when the machine-code one cannot be
// started, and only then.
func TestStartFallback(t *testing.T) {
	if machines[runtime.GOARCH] == nil {
		t.Skip("no machine-code shim for " + runtime.GOARCH)
	}
	var tried []string
	refuse := func(l *Launch) (int, error) {
		tried = append(tried, l.Path)
		if l.Native() {
			return 0, unix.EACCES // as a kernel with vm.memfd_noexec=2 answers
		}
		return 42, nil
	}
	pid, err := Start("p", "/bin/true", []string{"true"}, State{}, refuse)
	if pid != 42 || err != nil || len(tried) != 2 || !strings.HasPrefix(tried[0], "/proc/self/fd/") || tried[1] != Self {
		t.Errorf("Start: %d %v, tried %q", pid, err, tried)
	}
	tried = nil
	accept := func(l *Launch) (int, error) { tried = append(tried, l.Path); return 7, nil }
	if pid, err := Start("p", "/bin/true", []string{"true"}, State{}, accept); pid != 7 || err != nil || len(tried) != 1 {
		t.Errorf("Start: %d %v, tried %q", pid, err, tried)
	}
	tried = nil
	fail := func(l *Launch) (int, error) { tried = append(tried, l.Path); return 0, unix.ENOMEM }
	if _, err := Start("p", "/bin/true", []string{"true"}, State{}, fail); err != unix.ENOMEM || len(tried) != 2 {
		t.Errorf("Start: %v, tried %q", err, tried)
	}
}

// The machine-code shim's failure messages cover every errno the
// kernel returns, with strace's texts.
func TestNativeErrnoTexts(t *testing.T) {
	for arch, m := range machines {
		img, err := m.image("p", "/x", State{})
		if err != nil {
			t.Fatal(err)
		}
		f, err := elf.NewFile(bytes.NewReader(img))
		if err != nil {
			t.Fatalf("%s: the image is not an ELF file: %v", arch, err)
		}
		if f.Type != elf.ET_EXEC || uint16(f.Machine) != m.elf || len(f.Progs) != numPhdrs || f.Progs[1].Vaddr != m.data {
			t.Fatalf("%s: ELF headers: type %v, machine %v, %d program headers", arch, f.Type, f.Machine, len(f.Progs))
		}
		data := make([]byte, f.Progs[1].Filesz)
		if _, err := f.Progs[1].ReadAt(data, 0); err != nil {
			t.Fatal(err)
		}
		at := func(addr uint64) uint64 { return binary.LittleEndian.Uint64(data[addr-m.data:]) }
		tab, n := at(m.data+8), at(m.data+16)
		for e := uint64(1); e < n; e++ {
			p, l := at(tab+16*e), at(tab+16*e+8)
			if got, want := string(data[p-m.data:][:l]), xlat.ErrnoMessage(int(e)); got != want {
				t.Errorf("%s: errno %d: %q, want %q", arch, e, got, want)
			}
		}
		if n <= uint64(unix.EHWPOISON) {
			t.Errorf("%s: the table ends at %d", arch, n)
		}
	}
}

// The call numbers written by hand in machines are x/sys's for the
// architecture this runs on (the other's are exercised under qemu-user by
// TestForeignShim).
func TestMachineNumbers(t *testing.T) {
	m := machines[runtime.GOARCH]
	if m == nil {
		t.Skip("no machine-code shim for " + runtime.GOARCH)
	}
	want := shimCalls{rtSigaction: unix.SYS_RT_SIGACTION, rtSigprocmask: unix.SYS_RT_SIGPROCMASK,
		getpid: unix.SYS_GETPID, kill: unix.SYS_KILL, seccomp: unix.SYS_SECCOMP, prctl: unix.SYS_PRCTL,
		setgroups: unix.SYS_SETGROUPS, setregid: unix.SYS_SETREGID, setreuid: unix.SYS_SETREUID,
		execve: unix.SYS_EXECVE}
	if m.nr != want {
		t.Errorf("%s: %+v, want %+v", runtime.GOARCH, m.nr, want)
	}
}

// qemuNames are qemu-user's names for the architectures.
var qemuNames = map[string]string{"amd64": "x86_64", "arm64": "aarch64"}

// The other architecture's shim, run by qemu-user (Debian's
// qemu-user-static): it stops for the seize, passes its argv and
// environment on, switches ids, and reports a failed exec as the native
// one does. (Signal dispositions and masks are qemu's to emulate, and the
// filter is built for this architecture only: those are not checked here.)
// The command it execs is a binary of this machine, which the kernel runs
// natively.
func TestForeignShim(t *testing.T) {
	for arch, m := range machines {
		if arch == runtime.GOARCH {
			continue
		}
		t.Run(arch, func(t *testing.T) {
			qemu := ""
			for _, name := range []string{"qemu-" + qemuNames[arch] + "-static", "qemu-" + qemuNames[arch]} {
				if p, err := exec.LookPath(name); err == nil {
					qemu = p
					break
				}
			}
			if qemu == "" {
				t.Skip("no qemu-" + qemuNames[arch] + "(-static) to run the " + arch + " shim")
			}
			run := func(st State, path string, argv ...string) (string, error) {
				img, err := m.image("shimtest", path, st)
				if err != nil {
					t.Fatal(err)
				}
				file := filepath.Join(t.TempDir(), "shim")
				if err := os.WriteFile(file, img, 0o755); err != nil {
					t.Fatal(err)
				}
				return runShim(t, &Launch{Path: qemu, Argv: append([]string{qemu, "-0", argv[0], file}, argv[1:]...)})
			}
			out, err := run(State{}, "/bin/sh", "sh", "-c", `printf '%s|%s|%s\n' "$0" "$1" "$SHIMTEST_VAR"`, "zero", "one two")
			if err != nil || out != "zero|one two|\n" {
				t.Errorf("argv: %v, printed %q", err, out)
			}
			out, err = run(State{}, "/nonexistent/x", "x")
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || out != "shimtest: exec: No such file or directory\n" {
				t.Errorf("failed exec: %v, said %q", err, out)
			}
			if os.Geteuid() == 0 {
				st := State{Creds: &Creds{Uid: 65534, Gid: 65533, Euid: 1, Egid: 2, Groups: []int{65533, 5, 9}}}
				out, err := run(st, "/bin/cat", "cat", "/proc/self/status")
				if err != nil {
					t.Fatalf("%v\n%s", err, out)
				}
				for key, want := range map[string]string{"Uid": "65534\t1\t1\t1", "Gid": "65533\t2\t2\t2", "Groups": "5 9 65533"} {
					if got := field(out, key); got != want {
						t.Errorf("%s: %q, want %q", key, got, want)
					}
				}
			}
		})
	}
}

// nameIndex matches a whole name of a string table, not the start of a
// longer one; a name may begin inside another (tables share suffixes).
func TestNameIndex(t *testing.T) {
	strs := []byte("\x00xruntime.fwdSig\x00runtime.fwdSig\x00runtime.fwdSigs\x00b\x00")
	names := []string{"b", "runtime.fwdSig"}
	for off, want := range map[uint32]int{1: -1, 2: 1, 17: 1, 32: -1, 48: 0, 50: -1, 1000: -1} {
		if got := nameIndex(strs, off, names); got != want {
			t.Errorf("nameIndex(%d) = %d, want %d", off, got, want)
		}
	}
}

// Args and Main agree on the layout of the shim's argv.
func TestArgs(t *testing.T) {
	a := Args("prog", "/bin/x", []string{"x", "-y"}, State{Ignored: 0x1001, Mask: 0xff, MaskKnown: true})
	want := []string{"prog", Marker, "prog", "1001", "ff", "-", "-", "/bin/x", "x", "-y"}
	if strings.Join(a, " ") != strings.Join(want, " ") {
		t.Errorf("Args: %q", a)
	}
	if a := Args("p", "/x", []string{"x"}, State{}); a[4] != "-" {
		t.Errorf("unknown mask: %q", a[4])
	}
	if a := Args("p", "/x", []string{"x"}, State{Seccomp: "2,257"}); a[6] != "2,257" {
		t.Errorf("seccomp filter: %q", a[6])
	}
}

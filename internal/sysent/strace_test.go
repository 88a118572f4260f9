package sysent

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestAgainstStrace compares the whole table with what strace 6.1 itself
// does: testdata/probe.c makes every call of the table (and the holes) with
// all of them failing behind a seccomp filter, and strace, told -e raw=all,
// prints each with its name and as many arguments as it knows the call has;
// told -e trace=%CLASS, it prints the members of CLASS. The numbers it
// does not know, printed syscall_0xNNN, must be exactly the table's holes
// and the entries marked UnknownTo61; strace prints them under every class.
func TestAgainstStrace(t *testing.T) {
	stracePath, err := exec.LookPath("strace")
	if err != nil {
		t.Skip("no strace")
	}
	gcc, err := exec.LookPath("gcc")
	if err != nil {
		t.Skip("no gcc to build the probe")
	}
	v, err := exec.Command(stracePath, "-V").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(v), "strace -- version 6.1\n") {
		t.Skipf("the table follows strace 6.1; this is %s", strings.SplitN(string(v), "\n", 2)[0])
	}
	probe := filepath.Join(t.TempDir(), "probe")
	cc := exec.Command(gcc, "-static", "-nostdlib", "-fno-stack-protector", "-O1", "-o", probe, "testdata/probe.c")
	if out, err := cc.CombinedOutput(); err != nil {
		t.Fatalf("building the probe: %v\n%s", err, out)
	}

	exitGroup, _ := Number("exit_group")
	uretprobe, _ := Number("uretprobe")
	var nrs []int
	var args []string
	for nr := 0; nr <= Count(); nr++ {
		// exit_group would end the probe. uretprobe is exempt from
		// seccomp: the kernel runs it and kills a caller that is not a
		// uretprobe trampoline with SIGILL.
		if (nr == exitGroup || nr == uretprobe) && Lookup(nr) != nil {
			continue
		}
		nrs = append(nrs, nr)
		args = append(args, strconv.Itoa(nr))
	}

	lines := runProbe(t, stracePath, probe, "raw=all", args)
	if len(lines) != len(nrs) {
		t.Fatalf("strace printed %d failed calls for %d made", len(lines), len(nrs))
	}
	known := map[int]bool{}
	unknown := map[string]bool{}
	for i, l := range lines {
		nr, name, nargs := nrs[i], l[1], 0
		if l[2] != "" {
			nargs = strings.Count(l[2], ", ") + 1
		}
		e := Lookup(nr)
		if strings.HasPrefix(name, "syscall_0x") {
			unknown[name] = true
			if name != Name(nr) && e == nil {
				t.Errorf("%d: strace prints %s, Name says %s", nr, name, Name(nr))
			}
			if e != nil && e.Class&UnknownTo61 == 0 {
				t.Errorf("%d: strace does not know %s: mark it unknown61", nr, e.Name)
			}
			continue
		}
		known[nr] = true
		switch {
		case e == nil:
			t.Errorf("%d: strace knows it as %s(%d args), the table has nothing", nr, name, nargs)
		case e.Name != name || e.NArgs != nargs:
			t.Errorf("%d: table has %s(%d args), strace prints %s(%d args)", nr, e.Name, e.NArgs, name, nargs)
		case e.Class&UnknownTo61 != 0:
			t.Errorf("%d: strace knows %s, the table marks it unknown61", nr, name)
		}
	}

	classes := make([]string, 0, len(ClassNames))
	for name := range ClassNames {
		classes = append(classes, name)
	}
	sort.Strings(classes)
	for _, cls := range classes {
		got := map[string]bool{}
		for _, l := range runProbe(t, stracePath, probe, "trace=%"+cls, args) {
			got[l[1]] = true
		}
		for n := range unknown {
			if !got[n] {
				t.Errorf("%%%s: strace did not trace %s, which it cannot name", cls, n)
			}
			delete(got, n)
		}
		want := map[string]bool{}
		for _, nr := range InClass(ClassNames[cls]) {
			if known[nr] {
				want[table[nr].Name] = true
			}
		}
		for n := range want {
			if !got[n] {
				t.Errorf("%%%s: the table has %s, strace does not trace it", cls, n)
			}
		}
		for n := range got {
			if !want[n] {
				t.Errorf("%%%s: strace traces %s, the table does not have it in the class", cls, n)
			}
		}
	}
}

// failedLine matches the probe's calls: they fail, with ENOSYS from the
// filter, or ENXIO from uprobe, which like uretprobe is exempt from seccomp
// but merely fails when not called from a uprobe trampoline. The probe's
// setup calls succeed.
var failedLine = regexp.MustCompile(`^(\w+)\((.*)\) += -1 E[A-Z0-9]+ \(.*\)$`)

// runProbe runs the probe under strace -e EXPR and returns the calls that
// failed, as [line, name, arguments].
func runProbe(t *testing.T, stracePath, probe, expr string, args []string) [][]string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "trace")
	cmd := exec.Command(stracePath, append([]string{"-qq", "-o", out, "-e", expr, probe}, args...)...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("strace -e %s: %v\n%s", expr, err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var calls [][]string
	for _, l := range strings.Split(string(b), "\n") {
		if m := failedLine.FindStringSubmatch(l); m != nil {
			calls = append(calls, m)
		}
	}
	return calls
}

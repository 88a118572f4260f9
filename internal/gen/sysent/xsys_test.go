package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"gostrace/internal/gen/genfile"
)

// xsysExtra lists golang.org/x/sys/unix SYS_* constants that have no line in
// our data file, per data file. x/sys is generated from newer kernel headers
// than the kernel our tables are pinned to, and carries a marker or two.
var xsysExtra = map[string]map[string]string{
	"x86_64.txt": {
		"LISTNS":           "470, new in Linux 6.19; the tables follow 6.18",
		"RSEQ_SLICE_YIELD": "471, newer than Linux 6.18",
	},
	"aarch64.txt": {
		"ARCH_SPECIFIC_SYSCALL": "244 is where the architecture-specific block starts, not a call",
		"LISTNS":                "470, new in Linux 6.19; the tables follow 6.18",
		"RSEQ_SLICE_YIELD":      "471, newer than Linux 6.18",
	},
}

// xsysNames maps our (strace's) name of a call to x/sys's constant name
// where the two differ beyond letter case. None do today: strace prints the
// kernel's names on both architectures, _sysctl included (SYS__SYSCTL).
var xsysNames = map[string]string{}

var xsysFiles = map[string]string{
	"x86_64.txt":  "zsysnum_linux_amd64.go",
	"aarch64.txt": "zsysnum_linux_arm64.go",
}

var sysConst = regexp.MustCompile(`(?m)^\s*SYS_(\w+)\s*=\s*(\d+)\s*$`)

// TestAgainstXSys checks every number and name of both data files against
// golang.org/x/sys/unix's SYS_* constants for that architecture, read from
// the module's source so that both architectures are checked on any host.
func TestAgainstXSys(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "golang.org/x/sys").Output()
	if err != nil {
		t.Fatalf("locating golang.org/x/sys: %v", err)
	}
	dir := strings.TrimSpace(string(out))
	if dir == "" {
		t.Fatal("golang.org/x/sys has no source directory (run go mod download)")
	}
	root, err := genfile.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arches {
		base := filepath.Base(a.Data)
		src, err := os.ReadFile(filepath.Join(dir, "unix", xsysFiles[base]))
		if err != nil {
			t.Fatal(err)
		}
		consts := map[string]int{}
		for _, m := range sysConst.FindAllStringSubmatch(string(src), -1) {
			consts[m[1]], _ = strconv.Atoi(m[2])
		}
		if len(consts) < 300 {
			t.Fatalf("%s: only %d SYS_ constants found; has its format changed?", xsysFiles[base], len(consts))
		}
		f, err := os.Open(filepath.Join(root, a.Data))
		if err != nil {
			t.Fatal(err)
		}
		calls, err := parse(f, a.Data)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		used := map[string]bool{}
		for _, c := range calls {
			cn := strings.ToUpper(c.Name)
			if n, ok := xsysNames[c.Name]; ok {
				cn = n
			}
			used[cn] = true
			nr, ok := consts[cn]
			switch {
			case !ok:
				t.Errorf("%s: %d %s: x/sys has no SYS_%s", base, c.Nr, c.Name, cn)
			case nr != c.Nr:
				t.Errorf("%s: %s is %d, x/sys says SYS_%s = %d", base, c.Name, c.Nr, cn, nr)
			}
		}
		for cn, nr := range consts {
			if !used[cn] && xsysExtra[base][cn] == "" {
				t.Errorf("%s: x/sys has SYS_%s = %d, the data file has no such call", base, cn, nr)
			}
		}
		for cn := range xsysExtra[base] {
			if _, ok := consts[cn]; !ok || used[cn] {
				t.Errorf("%s: exception for SYS_%s is no longer needed", base, cn)
			}
		}
	}
}

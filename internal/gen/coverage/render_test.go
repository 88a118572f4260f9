package main

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"gostrace/internal/decode"
	"gostrace/internal/gen/genfile"
	"gostrace/internal/sysent"
)

// TestReportFresh fails when a decoder or a coverage mark changed without
// docs/syscalls.md being regenerated.
func TestReportFresh(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skip("the report describes the x86_64 table")
	}
	root, err := genfile.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(root, output))
	if err != nil {
		t.Fatalf("%v: run go run ./internal/gen/coverage", err)
	}
	if !bytes.Equal(got, render()) {
		t.Errorf("%s is stale: run go run ./internal/gen/coverage", output)
	}
}

// TestCorpusDecoded requires every call the public corpus makes (as
// recorded in testdata/corpus_syscalls.txt) to have a decoder.
func TestCorpusDecoded(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skip("the corpus was recorded on x86_64")
	}
	f, err := os.Open("testdata/corpus_syscalls.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	s := bufio.NewScanner(f)
	for s.Scan() {
		name := strings.TrimSpace(s.Text())
		if name == "" || strings.HasPrefix(name, "#") {
			continue
		}
		n++
		if _, ok := sysent.Number(name); !ok {
			t.Errorf("%s: not in the x86_64 table", name)
			continue
		}
		if cov, _ := decode.CoverageOf(name); cov == decode.CoverRaw {
			t.Errorf("%s appears in the corpus but prints raw", name)
		}
	}
	if n < 50 {
		t.Errorf("only %d names in testdata/corpus_syscalls.txt", n)
	}
}

// TestRenderCounts checks the summary adds up and the table has a row per
// call, with the partial reasons in their rows.
func TestRenderCounts(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skip("the report describes the x86_64 table")
	}
	out := string(render())
	rs := rows()
	if !strings.Contains(out, "| total | "+itoa(len(rs))+" |") {
		t.Errorf("the total is not %d", len(rs))
	}
	if got := strings.Count(out, "\n| "); got < len(rs) {
		t.Errorf("%d table rows for %d calls", got, len(rs))
	}
	if !strings.Contains(out, "| 16 | ioctl | %desc | partial | requests outside") {
		t.Error("ioctl's row lacks its reason")
	}
	if !strings.Contains(out, "| 139 | sysfs |  | raw, as strace |") {
		t.Error("sysfs is not marked raw as strace")
	}
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

package summary

import (
	"strings"
	"testing"
)

func names(nr int) string {
	return map[int]string{0: "read", 1: "write", 2: "open", 3: "close", 9: "mmap"}[nr]
}

// The layout (headers, widths, blank errors, total row) is strace 6.1's,
// as printed by `strace -c true`; the figures are chosen to give exact
// percentages and averages.
func TestDefaultTable(t *testing.T) {
	var s Summary
	s.Add(9, false, 100_000)
	s.Add(9, false, 200_000) // mmap: 2 calls, 300 us
	s.Add(2, true, 50_000)
	s.Add(2, false, 50_000) // open: 2 calls, 1 error, 100 us
	s.Add(3, false, 0)      // close: no time
	s.Add(0, false, 0)      // read: no time either; ties keep number order
	var b strings.Builder
	if err := s.Write(&b, Options{}, names); err != nil {
		t.Fatal(err)
	}
	want := `% time     seconds  usecs/call     calls    errors syscall
------ ----------- ----------- --------- --------- ----------------
 75.00    0.000300         150         2           mmap
 25.00    0.000100          50         2         1 open
  0.00    0.000000           0         1           read
  0.00    0.000000           0         1           close
------ ----------- ----------- --------- --------- ----------------
100.00    0.000400          66         6         1 total
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestColumnsAndSort(t *testing.T) {
	cols, err := ParseColumns("calls,errors")
	if err != nil {
		t.Fatal(err)
	}
	var s Summary
	s.Add(1, false, 10)
	s.Add(3, false, 10)
	s.Add(3, true, 10)
	var b strings.Builder
	s.Write(&b, Options{Columns: cols, Sort: ByCalls}, names)
	// As `strace -c -U errors,calls` prints: name added last, unpadded.
	want := `    calls    errors syscall
--------- --------- ----------------
        2         1 close
        1           write
--------- --------- ----------------
        3         1 total
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	// ("max" is gostrace's short name for max-time.)
	if _, err := ParseColumns("maxi"); err == nil || err.Error() != "unknown column name: 'maxi'" {
		t.Errorf("bad column: %v", err)
	}
	if k, ok := ParseSort("count"); !ok || k != ByCalls {
		t.Errorf("count: %v %v", k, ok)
	}
}

package summary

import (
	"strings"
	"testing"
)

// Percentile columns: 100 calls of 1..100 us. The nearest-rank p50 is the
// 50th time, 50 us, reported as the middle of its bucket [49152, 51200)
// ns, 50.176 us; p90 is 90 us, in [86016, 90112), reported as 88.064 us;
// p99 is 99 us's bucket [98304, 102400) held to the maximum, 100 us;
// the largest time is exact. -O takes its overhead off them as off the
// other times.
func TestPercentileColumns(t *testing.T) {
	cols, err := ParseColumns("calls,p50,p90,p99,max,name")
	if err != nil {
		t.Fatal(err)
	}
	if !WantsPercentiles(cols) || WantsPercentiles(DefaultColumns) {
		t.Fatal("WantsPercentiles")
	}
	s := Summary{Percentiles: true}
	for i := int64(1); i <= 100; i++ {
		s.Add(0, false, i*1000)
	}
	s.Add(1, false, 7000)
	var b strings.Builder
	s.Write(&b, Options{Columns: cols, Sort: ByCalls}, names)
	want := `    calls      p50      p90      p99  longest syscall
--------- -------- -------- -------- -------- ----------------
      100 0.000050 0.000088 0.000100 0.000100 read
        1 0.000007 0.000007 0.000007 0.000007 write
--------- -------- -------- -------- -------- ----------------
      101 0.000050 0.000088 0.000100 0.000100 total
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	s.Write(&b, Options{Columns: cols, Sort: ByCalls, Overhead: 10_000}, names)
	if !strings.Contains(b.String(), "      100 0.000040 0.000078 0.000090 0.000090 read\n") ||
		!strings.Contains(b.String(), "        1 0.000000 0.000000 0.000000 0.000000 write\n") {
		t.Errorf("with -O 10us:\n%s", b.String())
	}
	// Merging per-process summaries merges the histograms.
	tot := Summary{Percentiles: true}
	tot.Merge(&s)
	tot.Merge(&s)
	if st := tot.Get(0); st.Calls != 200 || st.Hist.n != 200 {
		t.Errorf("merged: %d calls, %d in the histogram", st.Calls, st.Hist.n)
	}
}

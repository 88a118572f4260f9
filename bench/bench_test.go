package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// runTimeout bounds every run: a tracer that hangs fails its cell
// instead of the whole benchmark.
const runTimeout = 2 * time.Minute

// BenchmarkTrace times every workload in every mode untraced, under
// gostrace and under strace (GOSTRACE_BENCH_ROUNDS rounds, 5 by default),
// reports the medians of the per-round ratios as metrics of the
// sub-benchmark Workload/mode, and prints them all as a Markdown table.
// Run it once per cell: go test -run '^$' -bench . -benchtime 1x ./bench
// (a cell measures its rounds once, whatever b.N).
func BenchmarkTrace(b *testing.B) {
	rounds := 5
	if s := os.Getenv("GOSTRACE_BENCH_ROUNDS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("GOSTRACE_BENCH_ROUNDS=%q: want a number of rounds", s)
		}
		rounds = n
	}
	fx := newFixture(b)
	runners := fx.runners()
	if fx.strace == "" {
		b.Logf("strace is not installed at %s (GOSTRACE_BENCH_STRACE names another): its columns are left out", stracePath)
	}
	loadBefore := loadavg()
	var cells []*cell
	for _, w := range workloads {
		for _, m := range modes {
			c := &cell{w: w, n: w.size, m: m}
			cells = append(cells, c)
			b.Run(w.name+"/"+m.name, func(b *testing.B) {
				if !c.done {
					c.cmd, c.err = w.argv(fx, c.n)
					if c.err == nil {
						c.err = c.measure(runners, rounds, runTimeout, fx.dir)
					}
					c.done = true
				}
				if c.err != nil {
					b.Fatal(c.err)
				}
				// The time of the benchmark function is that of all the
				// rounds of all the runners: meaningless, left out.
				b.ReportMetric(0, "ns/op")
				b.ReportMetric(c.ratio("gostrace", "untraced").med, "gostrace/untraced")
				b.ReportMetric(c.ms("gostrace"), "gostrace-ms")
				b.ReportMetric(c.ms("untraced"), "untraced-ms")
				if fx.strace != "" {
					b.ReportMetric(c.ratio("gostrace", "strace").med, "gostrace/strace")
					b.ReportMetric(c.ratio("strace", "untraced").med, "strace/untraced")
					b.ReportMetric(c.ms("strace"), "strace-ms")
				}
			})
		}
	}
	var head strings.Builder
	fmt.Fprintf(&head, "\ngostrace bench: %d round(s), %s/%s, %d CPUs", rounds, runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
	if fx.strace != "" {
		fmt.Fprintf(&head, ", strace %s", fx.strace)
	}
	fmt.Fprintf(&head, "; load average before %s, after %s\n", loadBefore, loadavg())
	head.WriteString("times: medians; ratios: medians [min-max] of the per-round ratios\n\n")
	fmt.Print(head.String() + table(cells, fx.strace != "") + "\n")
}

// TestWorkloads runs each workload once untraced and once under each
// tracer (gostrace; strace too when installed) in every mode, at a tiny
// size, and checks the traces: the workloads make the calls they are said
// to, and the checks that keep the benchmark honest accept what both
// tracers write.
func TestWorkloads(t *testing.T) {
	fx := newFixture(t)
	for _, w := range workloads {
		t.Run(w.name, func(t *testing.T) {
			cmd, err := w.argv(fx, w.tiny)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := run(cmd, 30*time.Second); err != nil {
				t.Fatal(err)
			}
			for _, r := range fx.runners()[1:] {
				for _, m := range modes {
					out := filepath.Join(t.TempDir(), "trace")
					if _, err := run(r.argv(m, out, cmd), 30*time.Second); err != nil {
						t.Errorf("%s %s: %v", r.name, m.name, err)
						continue
					}
					b, err := os.ReadFile(out)
					if err != nil {
						t.Fatal(err)
					}
					if err := checkTrace(m, w, w.tiny, b); err != nil {
						t.Errorf("%s %s: %v", r.name, m.name, err)
					}
				}
			}
		})
	}
}

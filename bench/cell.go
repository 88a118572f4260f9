package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// A runner is one way of running a workload: untraced, or under a tracer.
type runner struct {
	name   string // "untraced", "gostrace", "strace"
	tracer string // the tracer's path, "" untraced
}

// argv is the command that runs cmd in mode m, the trace written to out.
func (r runner) argv(m mode, out string, cmd []string) []string {
	if r.tracer == "" {
		return cmd
	}
	return append(append([]string{r.tracer}, m.args(out)...), cmd...)
}

// A cell is one workload of size n in one mode, timed under each runner.
type cell struct {
	w     *workload
	n     int
	m     mode
	cmd   []string
	times map[string][]float64 // seconds, by runner, one per round
	err   error                // why the cell has no figures
	done  bool                 // measured (or failed): in the table
}

// measure first runs each tracer once with its trace written to a file in
// dir, and checks it (that run also warms the caches up), then times
// rounds rounds of every runner with the trace sent to /dev/null. The
// runners' order rotates each round, so that none is always the one run
// after another's caches and frequencies settled.
func (c *cell) measure(runners []runner, rounds int, timeout time.Duration, dir string) error {
	c.times = map[string][]float64{}
	for _, r := range runners {
		out := filepath.Join(dir, fmt.Sprintf("%s-%s-%s.trace", c.w.name, c.m.name, r.name))
		if _, err := run(r.argv(c.m, out, c.cmd), timeout); err != nil {
			return err
		}
		if r.tracer == "" {
			continue
		}
		b, err := os.ReadFile(out)
		os.Remove(out)
		if err != nil {
			return fmt.Errorf("%s wrote no trace: %v", r.name, err)
		}
		if err := checkTrace(c.m, c.w, c.n, b); err != nil {
			return fmt.Errorf("%s's trace of %s in mode %s: %v", r.name, c.w.name, c.m.name, err)
		}
	}
	for i := 0; i < rounds; i++ {
		for j := range runners {
			r := runners[(i+j)%len(runners)]
			d, err := run(r.argv(c.m, os.DevNull, c.cmd), timeout)
			if err != nil {
				return err
			}
			c.times[r.name] = append(c.times[r.name], d.Seconds())
		}
	}
	return nil
}

// ratio is the spread of the per-round ratios of a's times to b's: the
// two ran in the same round, a few seconds apart, so their ratio suffers
// less from the machine's drift than either time does.
func (c *cell) ratio(a, b string) spread {
	ta, tb := c.times[a], c.times[b]
	var rs []float64
	for i := range min(len(ta), len(tb)) {
		if tb[i] > 0 {
			rs = append(rs, ta[i]/tb[i])
		}
	}
	return summarize(rs)
}

// ms is the median time of runner r in milliseconds.
func (c *cell) ms(r string) float64 { return summarize(c.times[r]).med * 1000 }

package bench

import (
	"fmt"
	"strings"
)

// table renders the cells that ran as a Markdown table: the median times
// and the medians [min-max] of the per-round ratios, gostrace against
// strace and each tracer against the untraced run. Without strace its
// columns are left out.
func table(cells []*cell, withStrace bool) string {
	var b strings.Builder
	head := []string{"workload", "mode", "untraced ms", "gostrace ms"}
	if withStrace {
		head = append(head, "strace ms", "gostrace/strace")
	}
	head = append(head, "gostrace/untraced")
	if withStrace {
		head = append(head, "strace/untraced")
	}
	row := func(f []string) { fmt.Fprintf(&b, "| %s |\n", strings.Join(f, " | ")) }
	row(head)
	sep := make([]string, len(head))
	for i := range sep {
		sep[i] = "---"
	}
	row(sep)
	for _, c := range cells {
		if !c.done {
			continue
		}
		f := []string{c.w.describe(c.n), c.m.name}
		if c.err != nil {
			msg, _, _ := strings.Cut(c.err.Error(), "\n")
			f = append(f, "failed: "+strings.ReplaceAll(msg, "|", `\|`))
			for len(f) < len(head) {
				f = append(f, "")
			}
			row(f)
			continue
		}
		f = append(f, fmt.Sprintf("%.1f", c.ms("untraced")), fmt.Sprintf("%.1f", c.ms("gostrace")))
		if withStrace {
			f = append(f, fmt.Sprintf("%.1f", c.ms("strace")), c.ratio("gostrace", "strace").String())
		}
		f = append(f, c.ratio("gostrace", "untraced").String())
		if withStrace {
			f = append(f, c.ratio("strace", "untraced").String())
		}
		row(f)
	}
	return b.String()
}

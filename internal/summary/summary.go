// Package summary accumulates the -c/-C table: calls, errors and time per
// syscall, and prints it the way strace does (same columns, widths, sort
// orders and total row).
package summary

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Column is one column of the table.
type Column uint8

const (
	TimePercent Column = iota
	TotalTime
	AvgTime
	Calls
	Errors
	Name
	MinTime
	MaxTime
	// gostrace's own: percentiles of the call times (hist.go).
	P50
	P90
	P95
	P99
	P999
)

// DefaultColumns are strace's: % time, seconds, usecs/call, calls, errors, syscall.
var DefaultColumns = []Column{TimePercent, TotalTime, AvgTime, Calls, Errors, Name}

var columnNames = map[string]Column{
	"time-percent": TimePercent, "time": TimePercent,
	"total-time": TotalTime, "time-total": TotalTime,
	"min-time": MinTime, "shortest": MinTime, "time-min": MinTime,
	"max-time": MaxTime, "longest": MaxTime, "time-max": MaxTime,
	"avg-time": AvgTime, "time-avg": AvgTime,
	"calls": Calls, "count": Calls,
	"errors": Errors, "error": Errors,
	"name": Name, "syscall": Name, "syscall-name": Name,
	"p50": P50, "p90": P90, "p95": P95, "p99": P99, "p99.9": P999, "p999": P999,
	"max": MaxTime, "min": MinTime,
}

// ParseColumns parses -U's list. The name column is added last when the
// list lacks it, as strace does.
func ParseColumns(s string) ([]Column, error) {
	var cols []Column
	hasName := false
	for _, item := range strings.Split(s, ",") {
		c, ok := columnNames[item]
		if !ok {
			return nil, fmt.Errorf("unknown column name: '%s'", item)
		}
		hasName = hasName || c == Name
		cols = append(cols, c)
	}
	if !hasName {
		cols = append(cols, Name)
	}
	return cols, nil
}

// SortKey is -S's criterion.
type SortKey uint8

const (
	ByTime SortKey = iota
	ByMinTime
	ByMaxTime
	ByAvgTime
	ByCalls
	ByErrors
	ByName
	ByNothing
)

var sortNames = map[string]SortKey{
	"time": ByTime, "time-percent": ByTime, "time-total": ByTime, "total-time": ByTime,
	"min-time": ByMinTime, "shortest": ByMinTime, "time-min": ByMinTime,
	"max-time": ByMaxTime, "longest": ByMaxTime, "time-max": ByMaxTime,
	"avg-time": ByAvgTime, "time-avg": ByAvgTime,
	"calls": ByCalls, "count": ByCalls,
	"errors": ByErrors, "error": ByErrors,
	"name": ByName, "syscall": ByName, "syscall-name": ByName,
	"nothing": ByNothing, "none": ByNothing,
}

// ParseSort parses -S's criterion.
func ParseSort(s string) (SortKey, bool) {
	k, ok := sortNames[s]
	return k, ok
}

// Stats are one syscall's figures. Times are in nanoseconds.
type Stats struct {
	Calls, Errors   uint64
	Total, Min, Max int64
	// Hist holds the times for percentiles (Summary.Percentiles), and
	// overhead what Write took off Min and Max (-O).
	Hist     *Hist
	overhead int64
}

// Summary accumulates Stats per syscall number.
type Summary struct {
	rows []Stats
	// Percentiles keeps a histogram of the times of each syscall, for the
	// percentile columns. Set it before the first Add.
	Percentiles bool
}

// Add records one call of nr that took dur and failed or not.
func (s *Summary) Add(nr int, failed bool, dur int64) {
	if nr < 0 {
		return
	}
	if nr >= len(s.rows) {
		grown := make([]Stats, nr+64)
		copy(grown, s.rows)
		s.rows = grown
	}
	r := &s.rows[nr]
	if dur < 0 {
		dur = 0
	}
	if r.Calls == 0 || dur < r.Min {
		r.Min = dur
	}
	if dur > r.Max {
		r.Max = dur
	}
	r.Calls++
	r.Total += dur
	if failed {
		r.Errors++
	}
	if s.Percentiles {
		if r.Hist == nil {
			r.Hist = new(Hist)
		}
		r.Hist.Add(dur)
	}
}

// Merge adds another summary's figures (per-process tables into the total).
func (s *Summary) Merge(o *Summary) {
	for nr := range o.rows {
		if o.rows[nr].Calls == 0 {
			continue
		}
		if nr >= len(s.rows) {
			grown := make([]Stats, nr+64)
			copy(grown, s.rows)
			s.rows = grown
		}
		r, x := &s.rows[nr], o.rows[nr]
		if r.Calls == 0 || x.Min < r.Min {
			r.Min = x.Min
		}
		if x.Max > r.Max {
			r.Max = x.Max
		}
		r.Calls += x.Calls
		r.Errors += x.Errors
		r.Total += x.Total
		if x.Hist != nil {
			if r.Hist == nil {
				r.Hist = new(Hist)
			}
			r.Hist.Merge(x.Hist)
		}
	}
}

// Empty reports whether no call was recorded.
func (s *Summary) Empty() bool {
	for _, r := range s.rows {
		if r.Calls > 0 {
			return false
		}
	}
	return true
}

// Get returns the figures of nr.
func (s *Summary) Get(nr int) Stats {
	if nr < 0 || nr >= len(s.rows) {
		return Stats{}
	}
	return s.rows[nr]
}

// Options shape the printed table.
type Options struct {
	Columns  []Column
	Sort     SortKey
	Overhead int64 // -O: subtracted from each call's time (ns)
}

type line struct {
	nr   int
	name string
	st   Stats
}

// Write prints the table. name gives a syscall's name.
func (s *Summary) Write(w io.Writer, opt Options, name func(nr int) string) error {
	cols := opt.Columns
	if len(cols) == 0 {
		cols = DefaultColumns
	}
	var lines []line
	var total Stats
	for nr, r := range s.rows {
		if r.Calls == 0 {
			continue
		}
		if opt.Overhead > 0 {
			r.Total -= opt.Overhead * int64(r.Calls)
			if r.Total < 0 {
				r.Total = 0
			}
			r.Min = max(0, r.Min-opt.Overhead)
			r.Max = max(0, r.Max-opt.Overhead)
			r.overhead = opt.Overhead
		}
		lines = append(lines, line{nr, name(nr), r})
		if total.Calls == 0 || r.Min < total.Min {
			total.Min = r.Min
		}
		total.Max = max(total.Max, r.Max)
		total.Calls += r.Calls
		total.Errors += r.Errors
		total.Total += r.Total
		if r.Hist != nil {
			if total.Hist == nil {
				total.Hist = new(Hist)
			}
			total.Hist.Merge(r.Hist)
			total.overhead = r.overhead
		}
	}
	sortLines(lines, opt.Sort)

	var b strings.Builder
	row := func(cells func(c Column, last bool) string) {
		for i, c := range cols {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(cells(c, i == len(cols)-1))
		}
		b.WriteByte('\n')
	}
	row(func(c Column, last bool) string { return header(c, last) })
	row(func(c Column, last bool) string { return dashes(c) })
	for _, l := range lines {
		row(func(c Column, last bool) string { return cell(c, last, l.name, l.st, total.Total) })
	}
	row(func(c Column, last bool) string { return dashes(c) })
	row(func(c Column, last bool) string { return cell(c, last, "total", total, total.Total) })
	_, err := io.WriteString(w, b.String())
	return err
}

func sortLines(lines []line, key SortKey) {
	less := func(a, b line) bool { return false }
	switch key {
	case ByTime:
		less = func(a, b line) bool { return a.st.Total > b.st.Total }
	case ByMinTime:
		less = func(a, b line) bool { return a.st.Min > b.st.Min }
	case ByMaxTime:
		less = func(a, b line) bool { return a.st.Max > b.st.Max }
	case ByAvgTime:
		less = func(a, b line) bool { return avg(a.st) > avg(b.st) }
	case ByCalls:
		less = func(a, b line) bool { return a.st.Calls > b.st.Calls }
	case ByErrors:
		less = func(a, b line) bool { return a.st.Errors > b.st.Errors }
	case ByName:
		less = func(a, b line) bool { return a.name < b.name }
	case ByNothing:
		return
	}
	// Stable: ties keep syscall number order, as strace's output shows.
	sort.SliceStable(lines, func(i, j int) bool { return less(lines[i], lines[j]) })
}

func avg(st Stats) int64 {
	if st.Calls == 0 {
		return 0
	}
	return st.Total / int64(st.Calls)
}

// Widths and headers, as strace prints them.
func header(c Column, last bool) string {
	switch c {
	case TimePercent:
		return "% time"
	case TotalTime:
		return fmt.Sprintf("%11s", "seconds")
	case AvgTime:
		return fmt.Sprintf("%11s", "usecs/call")
	case Calls:
		return fmt.Sprintf("%9s", "calls")
	case Errors:
		return fmt.Sprintf("%9s", "errors")
	case MinTime:
		return fmt.Sprintf("%8s", "shortest")
	case MaxTime:
		return fmt.Sprintf("%8s", "longest")
	case P50, P90, P95, P99, P999:
		return fmt.Sprintf("%8s", percentileNames[c])
	case Name:
		if last {
			return "syscall"
		}
		return fmt.Sprintf("%-16s", "syscall")
	}
	return ""
}

func dashes(c Column) string {
	n := map[Column]int{TimePercent: 6, TotalTime: 11, AvgTime: 11, Calls: 9, Errors: 9,
		MinTime: 8, MaxTime: 8, Name: 16, P50: 8, P90: 8, P95: 8, P99: 8, P999: 8}[c]
	return strings.Repeat("-", n)
}

func seconds(ns int64, prec int) string {
	return fmt.Sprintf("%d.%0*d", ns/1e9, prec, (ns%1e9)/pow10(9-prec))
}

func pow10(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

func cell(c Column, last bool, name string, st Stats, totalTime int64) string {
	switch c {
	case TimePercent:
		pct := 0.0
		if totalTime > 0 {
			pct = 100 * float64(st.Total) / float64(totalTime)
		}
		return fmt.Sprintf("%6.2f", pct)
	case TotalTime:
		return fmt.Sprintf("%11s", seconds(st.Total, 6))
	case AvgTime:
		return fmt.Sprintf("%11d", avg(st)/1000)
	case Calls:
		return fmt.Sprintf("%9d", st.Calls)
	case Errors:
		if st.Errors == 0 {
			return strings.Repeat(" ", 9)
		}
		return fmt.Sprintf("%9d", st.Errors)
	case MinTime:
		return fmt.Sprintf("%8s", seconds(st.Min, 6))
	case MaxTime:
		return fmt.Sprintf("%8s", seconds(st.Max, 6))
	case P50, P90, P95, P99, P999:
		return fmt.Sprintf("%8s", seconds(st.percentile(c), 6))
	case Name:
		if last {
			return name
		}
		return fmt.Sprintf("%-16s", name)
	}
	return ""
}

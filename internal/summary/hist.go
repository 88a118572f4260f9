package summary

import "math/bits"

// Percentiles of call times in bounded memory: a log-linear histogram per
// syscall. Times below 16 ns have a bucket each; above, every power of two
// is cut into 16 equal buckets, so a bucket [lo, lo+w) has w <= lo/16 and
// its midpoint is within 1/32 (3.125%) of any time in it. Times up to 2^40
// ns (18 minutes) have buckets of their own, longer ones share the last:
// the reported value is then clamped to the exact maximum, kept apart.
// That is 608 counters per syscall, allocated at its first call and only
// when a percentile column is asked for.

const (
	histSubBits = 4
	histSub     = 1 << histSubBits
	histMaxBits = 40
	histBuckets = histSub + (histMaxBits-histSubBits)*histSub + histSub
)

// Hist counts durations (ns) in log-linear buckets.
type Hist struct {
	counts [histBuckets]uint64
	n      uint64
}

func bucketOf(v int64) int {
	if v < histSub {
		if v < 0 {
			return 0
		}
		return int(v)
	}
	e := bits.Len64(uint64(v)) - histSubBits - 1
	i := histSub + e*histSub + int(uint64(v)>>e)&(histSub-1)
	if i >= histBuckets {
		return histBuckets - 1
	}
	return i
}

// bucketMid returns the middle of bucket i: the value reported for it.
func bucketMid(i int) int64 {
	if i < histSub {
		return int64(i)
	}
	e := (i - histSub) / histSub
	m := (i - histSub) % histSub
	lo := int64(histSub+m) << e
	return lo + (int64(1)<<e)/2
}

// Add records one duration.
func (h *Hist) Add(v int64) {
	h.counts[bucketOf(v)]++
	h.n++
}

// Merge adds o's counts.
func (h *Hist) Merge(o *Hist) {
	for i, c := range o.counts {
		h.counts[i] += c
	}
	h.n += o.n
}

// Quantile returns the duration at quantile q (0 < q <= 1): the bucket
// of the ceil(q*n)-th smallest time (nearest rank), as its midpoint held
// within [lo, hi], the exact extremes.
func (h *Hist) Quantile(q float64, lo, hi int64) int64 {
	if h == nil || h.n == 0 {
		return 0
	}
	rank := uint64(q*float64(h.n) + 0.999999999)
	if rank < 1 {
		rank = 1
	}
	if rank >= h.n {
		return hi // the largest time is known exactly
	}
	var seen uint64
	for i, c := range h.counts {
		seen += c
		if seen >= rank {
			return min(max(bucketMid(i), lo), hi)
		}
	}
	return hi
}

var percentileNames = map[Column]string{P50: "p50", P90: "p90", P95: "p95", P99: "p99", P999: "p99.9"}

var percentileQ = map[Column]float64{P50: 0.5, P90: 0.9, P95: 0.95, P99: 0.99, P999: 0.999}

// percentile returns the time at column c's percentile, less -O's
// overhead as for the other times.
func (st Stats) percentile(c Column) int64 {
	o := st.overhead
	return max(0, st.Hist.Quantile(percentileQ[c], st.Min+o, st.Max+o)-o)
}

// WantsPercentiles reports whether cols has a percentile column.
func WantsPercentiles(cols []Column) bool {
	for _, c := range cols {
		if _, ok := percentileQ[c]; ok {
			return true
		}
	}
	return false
}

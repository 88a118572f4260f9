package summary

import (
	"math"
	"math/rand"
	"sort"
	"testing"
)

// Every time maps to a bucket whose midpoint is within 1/32 of it, and
// buckets are in order of the times.
func TestHistBuckets(t *testing.T) {
	prev := -1
	for _, v := range []int64{0, 1, 15, 16, 17, 31, 32, 33, 100, 1000, 12345, 1e6, 1e9, 1 << 39, 1<<40 - 1} {
		i := bucketOf(v)
		if i < prev {
			t.Errorf("bucket of %d is %d, before %d", v, i, prev)
		}
		prev = i
		mid := bucketMid(i)
		if d := float64(mid-v) / float64(max(v, 1)); d > 1.0/32 || d < -1.0/32 {
			t.Errorf("%d: bucket %d mid %d, off by %.3f", v, i, mid, d)
		}
	}
	if i := bucketOf(1 << 50); i != histBuckets-1 {
		t.Errorf("a huge time is in bucket %d", i)
	}
}

// Quantiles of random times against the exact ones of the sorted list.
func TestHistQuantiles(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var h Hist
	var all []int64
	for i := 0; i < 20000; i++ {
		// Log-uniform from 100 ns to 100 ms.
		v := int64(100 * math.Pow(1e6, r.Float64()))
		h.Add(v)
		all = append(all, v)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	for _, q := range []float64{0.5, 0.9, 0.99, 0.999, 1} {
		exact := all[int(q*float64(len(all))+0.999999999)-1]
		got := h.Quantile(q, all[0], all[len(all)-1])
		if d := float64(got-exact) / float64(exact); d > 1.0/32 || d < -1.0/32 {
			t.Errorf("q%.3f: %d, exact %d (%.3f off)", q, got, exact, d)
		}
	}
	if got := h.Quantile(1, all[0], all[len(all)-1]); got != all[len(all)-1] {
		t.Errorf("q1 %d, max %d", got, all[len(all)-1])
	}
}

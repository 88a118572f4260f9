package bench

import (
	"fmt"
	"sort"
)

// spread is a sample's median and range.
type spread struct {
	med, min, max float64
	n             int
}

// summarize returns the median and range of xs (the mean of the middle
// two when there is an even number of them).
func summarize(xs []float64) spread {
	if len(xs) == 0 {
		return spread{}
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	m := s[len(s)/2]
	if len(s)%2 == 0 {
		m = (s[len(s)/2-1] + m) / 2
	}
	return spread{med: m, min: s[0], max: s[len(s)-1], n: len(s)}
}

// String prints a ratio as "0.62 [0.58-0.70]", the median alone when
// there was one round.
func (s spread) String() string {
	if s.n == 0 {
		return "-"
	}
	if s.n == 1 {
		return fmt.Sprintf("%.2f", s.med)
	}
	return fmt.Sprintf("%.2f [%.2f-%.2f]", s.med, s.min, s.max)
}

package bench

import "testing"

func TestSummarize(t *testing.T) {
	for _, c := range []struct {
		xs   []float64
		want string
	}{
		{nil, "-"},
		{[]float64{2}, "2.00"},
		{[]float64{3, 1, 2}, "2.00 [1.00-3.00]"},
		{[]float64{4, 1, 2, 3}, "2.50 [1.00-4.00]"},
	} {
		if got := summarize(c.xs).String(); got != c.want {
			t.Errorf("%v: %s, want %s", c.xs, got, c.want)
		}
	}
}

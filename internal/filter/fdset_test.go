package filter

import "testing"

func TestFdSet(t *testing.T) {
	for _, tc := range []struct {
		expr      string
		in, notIn []int
	}{
		{"3", []int{3}, []int{0, 4}},
		{"5,3,5", []int{3, 5}, []int{4}},
		{"!3", []int{0, 4, 1 << 30}, []int{3}},
		{"!!3", []int{3}, []int{4}},
		{"all", []int{0, 2147483647}, []int{-1}},
		{"none", nil, []int{0}},
		{" 3,+4,-0", []int{0, 3, 4}, nil}, // strtol's leniency
		{"2147483647", []int{2147483647}, nil},
		{"3,", []int{3}, nil},
	} {
		s, err := ParseFdSet(tc.expr)
		if err != nil {
			t.Errorf("%q: %v", tc.expr, err)
			continue
		}
		for _, fd := range tc.in {
			if !s.Has(fd) {
				t.Errorf("%q: %d missing", tc.expr, fd)
			}
		}
		for _, fd := range tc.notIn {
			if s.Has(fd) {
				t.Errorf("%q: %d should not be in", tc.expr, fd)
			}
		}
	}
	var none *FdSet
	if none.Has(1) || !none.Empty() {
		t.Errorf("a nil FdSet is empty")
	}
}

// Messages from strace 6.1's "-e read=EXPR".
func TestFdSetErrors(t *testing.T) {
	for _, tc := range []struct{ expr, bad string }{
		{"-1", "-1"}, {"x", "x"}, {"", ""}, {"3,x", "x"}, {"3 4", "3 4"}, {"2147483648", "2147483648"},
		{"99999999999", "99999999999"}, {"all,3", "all"}, {"3,all", "all"}, {"?3", "?3"}, {"!", "!"},
		{",,", ",,"}, {"all!", "all!"},
	} {
		_, err := ParseFdSet(tc.expr)
		want := "invalid descriptor '" + tc.bad + "'"
		if err == nil || err.Error() != want {
			t.Errorf("%q: got %v, want %s", tc.expr, err, want)
		}
	}
}

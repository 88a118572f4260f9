package filter

import "testing"

func TestSignalSet(t *testing.T) {
	for _, tc := range []struct {
		expr      string
		in, notIn []int
	}{
		{"all", []int{0, 1, 64, 255, 300}, nil},
		{"none", nil, []int{0, 1, 2, 300}},
		{"!all", nil, []int{1}},
		{"!none", []int{1, 300}, nil},
		{"SIGINT", []int{2}, []int{1, 3}},
		{"INT,term", []int{2, 15}, []int{1}},
		{"sigint", []int{2}, nil},
		{"2,00,255", []int{0, 2, 255}, []int{1}},
		{"!SIGIO", []int{1, 2, 300}, []int{29}},
		{"!!io", []int{29}, []int{1}},
		{"RTMIN,SIGRT_1,rt_32", []int{32, 33, 64}, []int{34}},
		{"sigrtmin", []int{32}, nil},
		{",INT,", []int{2}, nil},
	} {
		s, err := ParseSignalSet(tc.expr)
		if err != nil {
			t.Errorf("%q: %v", tc.expr, err)
			continue
		}
		for _, sig := range tc.in {
			if !s.Has(sig) {
				t.Errorf("%q: %d missing", tc.expr, sig)
			}
		}
		for _, sig := range tc.notIn {
			if s.Has(sig) {
				t.Errorf("%q: %d should not be in", tc.expr, sig)
			}
		}
	}
}

// Messages from strace 6.1's "-e signal=EXPR".
func TestSignalSetErrors(t *testing.T) {
	for _, tc := range []struct{ expr, bad string }{
		{"FOO", "FOO"}, {"256", "256"}, {"-1", "-1"}, {"+2", "+2"}, {" 2", " 2"}, {"2x", "2x"},
		{"SIGRTMAX", "SIGRTMAX"}, {"SIGIOT", "SIGIOT"}, {"SIGPOLL", "SIGPOLL"}, {"SIG", "SIG"},
		{"RT_0", "RT_0"}, {"SIGRT_33", "SIGRT_33"}, {"SIGRTMIN+1", "SIGRTMIN+1"}, {"Sig_1", "Sig_1"},
		{"all,INT", "all"}, {"INT,all", "all"}, {"none,INT", "none"}, {"ALL", "ALL"},
		{"", ""}, {"!", "!"}, {",", ","}, {"!,", "!,"}, {"?INT", "?INT"}, {"! all", " all"},
	} {
		_, err := ParseSignalSet(tc.expr)
		want := "invalid signal '" + tc.bad + "'"
		if err == nil || err.Error() != want {
			t.Errorf("%q: got %v, want %s", tc.expr, err, want)
		}
	}
}

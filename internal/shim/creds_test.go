package shim

import (
	"os"
	"reflect"
	"testing"
)

func TestCredsEncoding(t *testing.T) {
	for _, c := range []*Creds{
		{Uid: 65534, Gid: 65534, Euid: 1, Egid: 2, Groups: []int{65534, 7}},
		{Uid: 3, Gid: 4, Euid: 3, Egid: 4},
	} {
		got := decodeCreds(c.encode())
		if !reflect.DeepEqual(got, c) {
			t.Errorf("%+v: encoded %q, decoded %+v", c, c.encode(), got)
		}
	}
	if s := (*Creds)(nil).encode(); s != "-" || decodeCreds(s) != nil {
		t.Errorf("no creds: %q", s)
	}
	for _, bad := range []string{"", "1,2,3,4", "1,2,3,x,", "1,2,3,4,a:1"} {
		if decodeCreds(bad) != nil {
			t.Errorf("%q decoded", bad)
		}
	}
}

// The shim switches ids just before the exec: real, effective, saved and
// supplementary groups as -u gives them (root only).
func TestShimCreds(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root")
	}
	shims(t, func(t *testing.T, start func(State, string, ...string) *Launch) {
		st := State{Creds: &Creds{Uid: 65534, Gid: 65533, Euid: 1, Egid: 2, Groups: []int{65533, 5, 9}}}
		out, err := runShim(t, start(st, "/bin/cat", "cat", "/proc/self/status"))
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		// setreuid(r, e) with e != r sets the saved id to the new effective one.
		for key, want := range map[string]string{
			"Uid":    "65534\t1\t1\t1",
			"Gid":    "65533\t2\t2\t2",
			"Groups": "5 9 65533",
		} {
			if got := field(out, key); got != want {
				t.Errorf("%s: %q, want %q", key, got, want)
			}
		}
	})
}

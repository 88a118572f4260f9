package xlat

import "testing"

func TestErrnoLookups(t *testing.T) {
	for _, c := range []struct {
		e    int
		name string
		ok   bool
	}{
		{2, "ENOENT", true}, {133, "EHWPOISON", true}, {512, "ERESTARTSYS", true},
		{530, "ERECALLCONFLICT", true},
		{0, "", false}, {-1, "", false}, {134, "", false}, {531, "", false}, {1 << 20, "", false},
	} {
		if name, ok := ErrnoName(c.e); name != c.name || ok != c.ok {
			t.Errorf("ErrnoName(%d) = %q, %v; want %q, %v", c.e, name, ok, c.name, c.ok)
		}
	}
	if m := ErrnoMessage(2); m != "No such file or directory" {
		t.Errorf("ErrnoMessage(2) = %q", m)
	}
	if m := ErrnoMessage(134); m != "Unknown error 134" {
		t.Errorf("ErrnoMessage(134) = %q", m)
	}
	for name, want := range map[string]int{"EIO": 5, "ERECALLCONFLICT": 530, "EWOULDBLOCK": 11} {
		if n, ok := ErrnoByName(name); !ok || n != want {
			t.Errorf("ErrnoByName(%q) = %d, %v; want %d", name, n, ok, want)
		}
	}
	for _, name := range []string{"", "ENOSUCH"} {
		if n, ok := ErrnoByName(name); ok {
			t.Errorf("ErrnoByName(%q) = %d, want none", name, n)
		}
	}
	if got := string(AppendErrno(nil, 999)); got != " (errno 999)" {
		t.Errorf("AppendErrno(999) = %q", got)
	}
	if got := string(AppendErrno(nil, 1)); got != " EPERM (Operation not permitted)" {
		t.Errorf("AppendErrno(1) = %q", got)
	}
}

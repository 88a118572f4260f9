package options

import (
	"strings"
	"testing"
)

// The options of later strace releases: accepted by their exact names,
// with values checked as strace checks numbers.
func TestExtensionOptions(t *testing.T) {
	c := mustParse(t, "--kill-on-exit", "--syscall-limit=3", "x")
	if !c.KillOnExit || c.SyscallLimit != 3 || !c.Set["kill-on-exit"] || !c.Set["syscall-limit"] {
		t.Errorf("kill-on-exit %v, syscall-limit %d, set %v", c.KillOnExit, c.SyscallLimit, c.Set)
	}
	if c := mustParse(t, "--syscall-limit", "12", "x"); c.SyscallLimit != 12 {
		t.Errorf("--syscall-limit 12: %d", c.SyscallLimit)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--syscall-limit=0", "x"}, "invalid --syscall-limit argument: '0'"},
		{[]string{"--syscall-limit=x", "x"}, "invalid --syscall-limit argument: 'x'"},
		{[]string{"--syscall-limit"}, "option '--syscall-limit' requires an argument"},
		{[]string{"--kill-on-exit=1", "x"}, "option '--kill-on-exit' doesn't allow an argument"},
		{[]string{"--kill-on-exit", "-p", "1"}, "--kill-on-exit and -p/--attach are mutually exclusive options"},
		// Exact names only: prefixes stay strace 6.1's.
		{[]string{"--kill", "x"}, "unrecognized option '--kill'"},
		{[]string{"--syscall-l=1", "x"}, "unrecognized option '--syscall-l=1'"},
	} {
		_, err := Parse(append([]string{"gostrace"}, tc.args...))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q: %v, want %q", tc.args, err, tc.want)
		}
	}
}

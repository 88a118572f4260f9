package decode_test

import (
	"testing"

	"gostrace/internal/decode/decodetest"
)

// A string cut by -s after other strings of the same call: the cut must
// count from the string's own start (this used to panic). strace 6.1 -s 4
// printed: execve("./net", ["./ne"...], 0x7ffc2e4e9a90 /* 35 vars */) = 0
func TestCStrAfterOtherStrings(t *testing.T) {
	m := decodetest.NewMemory()
	path := m.CString("./net")
	arg := m.CString("./net")
	argv := m.Ptrs(arg, 0)
	envp := m.Ptrs(0)
	c := call("execve", 0, path, argv, envp)
	c.Opt = opts(4)
	check(t, m, []line{{c, `execve("./net", ["./ne"...], ` + hexAddr(envp) + ` /* 0 vars */) = 0`}})
}

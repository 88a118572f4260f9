package decode

import "gostrace/internal/sysent"

// nr returns a syscall's number on this architecture, -1 if it has none.
func nr(name string) int {
	if n, ok := sysent.Number(name); ok {
		return n
	}
	return -1
}

func sysentLookup(n int) string {
	if e := sysent.Lookup(n); e != nil {
		return e.Name
	}
	return ""
}

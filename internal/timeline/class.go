package timeline

import "gostrace/internal/sysent"

// A call is drawn in the color of one class, the first of these it is in:
// the order puts the more telling class first (openat is %file before
// %desc, mmap %memory before %desc).
type class struct {
	name  string
	set   sysent.Class
	color string
}

var classes = []class{
	{"process", sysent.Process, "#9b6bc2"},
	{"signal", sysent.Signal, "#f28e2b"},
	{"network", sysent.Network, "#3f9e4d"},
	{"ipc", sysent.IPC, "#9c755f"},
	{"memory", sysent.Memory, "#d4b02c"},
	{"file", sysent.File, "#4e79a7"},
	{"desc", sysent.Desc, "#5fb8b2"},
	{"creds", sysent.Creds, "#b5b82a"},
	{"clock", sysent.Clock, "#d672b4"},
	{"other", 0, "#a0a0a0"},
}

// errorColor marks failed calls, whatever their class.
const errorColor = "#e03c3c"

// classOf returns the index in classes of syscall nr's class.
func classOf(nr int) int {
	e := sysent.Lookup(nr)
	if e == nil {
		return len(classes) - 1
	}
	for i, c := range classes {
		if e.Class&c.set != 0 {
			return i
		}
	}
	return len(classes) - 1
}

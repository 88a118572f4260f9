// Package procfind finds running processes by name, for -p NAME: the step
// users otherwise take with "pgrep NAME | tail -n1".
package procfind

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

// Proc is a process that matched.
type Proc struct {
	Pid   int
	Comm  string
	Start uint64 // start time, in clock ticks after boot (/proc/PID/stat field 22)
}

// procRoot is where the process table is read (a test may point it
// elsewhere).
var procRoot = "/proc"

// Find returns the live processes named name, newest first. A process is
// named so when its command name (/proc/PID/comm, the name ps and pgrep
// show, cut by the kernel to 15 bytes) is name, or when the last element
// of its argv[0] is (so that a long name still matches, and "node" finds
// a node whose main thread was renamed). Zombies and the process self are
// left out: neither can be traced.
func Find(name string, self int) []Proc {
	ents, err := os.ReadDir(procRoot)
	if err != nil {
		return nil
	}
	var out []Proc
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid <= 0 || pid == self {
			continue
		}
		p, state, ok := readStat(pid)
		if !ok || state == 'Z' || state == 'X' {
			continue
		}
		if p.Comm == name || argv0Base(pid) == name {
			out = append(out, p)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start > out[j].Start
		}
		return out[i].Pid > out[j].Pid
	})
	return out
}

// readStat reads the command name, state and start time of pid.
func readStat(pid int) (Proc, byte, bool) {
	b, err := os.ReadFile(filepath.Join(procRoot, strconv.Itoa(pid), "stat"))
	if err != nil {
		return Proc{}, 0, false
	}
	// "PID (COMM) S ..." where COMM may hold spaces and parentheses: it
	// ends at the last ')'.
	open, end := bytes.IndexByte(b, '('), bytes.LastIndexByte(b, ')')
	if open < 0 || end < open {
		return Proc{}, 0, false
	}
	fields := bytes.Fields(b[end+1:])
	// fields[0] is the state (field 3); the start time is field 22.
	if len(fields) < 20 {
		return Proc{}, 0, false
	}
	start, _ := strconv.ParseUint(string(fields[19]), 10, 64)
	return Proc{Pid: pid, Comm: string(b[open+1 : end]), Start: start}, fields[0][0], true
}

// argv0Base returns the last path element of pid's argv[0], or "".
func argv0Base(pid int) string {
	b, err := os.ReadFile(filepath.Join(procRoot, strconv.Itoa(pid), "cmdline"))
	if err != nil || len(b) == 0 {
		return ""
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		b = b[:i]
	}
	return filepath.Base(string(b))
}

package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// syscall is one line of a data file.
type syscall struct {
	Nr      int
	Name    string
	NArgs   int
	Classes []string // Go names of the sysent.Class constants, in file order
}

// classIdents maps the data files' class words to sysent's constant names.
// The words are those of strace's command line so that a line can be checked
// against "strace -e trace=%CLASS" by eye.
var classIdents = map[string]string{
	"%file":      "File",
	"%ipc":       "IPC",
	"%network":   "Network",
	"%process":   "Process",
	"%signal":    "Signal",
	"%desc":      "Desc",
	"%memory":    "Memory",
	"%stat":      "Stat",
	"%lstat":     "LStat",
	"%fstat":     "FStat",
	"%%stat":     "StatLike",
	"%statfs":    "Statfs",
	"%fstatfs":   "FStatfs",
	"%%statfs":   "StatfsLike",
	"%pure":      "Pure",
	"%creds":     "Creds",
	"%clock":     "Clock",
	"neverfails": "NeverFails",
	"unknown61":  "UnknownTo61",
}

// maxNr bounds the numbers a data file may use: the table is an array
// indexed by number, so a typo such as 4690 would silently make it huge.
const maxNr = 1023

// parse reads a data file. Lines must be in increasing number order, so a
// misplaced line is caught rather than silently accepted; names must be
// unique because sysent.Number looks calls up by name.
func parse(r io.Reader, file string) ([]syscall, error) {
	var calls []syscall
	names := map[string]int{}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		f := strings.Fields(text)
		if len(f) == 0 {
			continue
		}
		errorf := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: %s", file, line, fmt.Sprintf(format, args...))
		}
		if len(f) < 3 {
			return nil, errorf("want NUMBER NAME NARGS [CLASS...], got %q", text)
		}
		nr, err := strconv.Atoi(f[0])
		if err != nil || nr < 0 || nr > maxNr {
			return nil, errorf("bad number %q", f[0])
		}
		if n := len(calls); n > 0 && nr <= calls[n-1].Nr {
			return nil, errorf("number %d after %d: keep the file in increasing order", nr, calls[n-1].Nr)
		}
		name := f[1]
		if !validName(name) {
			return nil, errorf("bad name %q", name)
		}
		if prev, dup := names[name]; dup {
			return nil, errorf("name %s already used by %d", name, prev)
		}
		names[name] = nr
		nargs, err := strconv.Atoi(f[2])
		if err != nil || nargs < 0 || nargs > 6 {
			return nil, errorf("bad argument count %q (0 to 6)", f[2])
		}
		c := syscall{Nr: nr, Name: name, NArgs: nargs}
		seen := map[string]bool{}
		for _, w := range f[3:] {
			id, ok := classIdents[w]
			if !ok {
				return nil, errorf("unknown class %q", w)
			}
			if seen[w] {
				return nil, errorf("class %s twice", w)
			}
			seen[w] = true
			c.Classes = append(c.Classes, id)
		}
		calls = append(calls, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	if len(calls) == 0 {
		return nil, fmt.Errorf("%s: no system calls", file)
	}
	return calls, nil
}

// validName accepts what may appear in a Go string literal unescaped and in
// strace's -e trace= lists: lower-case letters, digits and underscores.
func validName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

// Package explain describes system calls in a paragraph each, for
// --explain: what the call does and what its arguments mean, in gostrace's
// own words, for the user who would otherwise open "man 2 NAME". It
// covers every call of the public corpus (programs in common use) and the
// calls seen most often besides; for any other syscall it gives the facts
// the tables hold (number, classes, argument count) and points to the
// manual.
package explain

import (
	_ "embed"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"gostrace/internal/sysent"
)

//go:embed calls.txt
var callsText string

type entry struct {
	signature string // "read(fd, buf, count) = bytes read"
	text      string
}

var entries = sync.OnceValue(func() map[string]entry { return parse(callsText) })

// parse reads calls.txt: entries separated by blank lines, each a
// signature line and a paragraph; '#' lines are comments.
func parse(s string) map[string]entry {
	m := map[string]entry{}
	for _, block := range strings.Split(s, "\n\n") {
		var lines []string
		for _, l := range strings.Split(block, "\n") {
			if l != "" && !strings.HasPrefix(l, "#") {
				lines = append(lines, l)
			}
		}
		if len(lines) < 2 {
			continue
		}
		name, _, _ := strings.Cut(lines[0], "(")
		m[name] = entry{signature: lines[0], text: strings.Join(lines[1:], " ")}
	}
	return m
}

// Names returns the syscalls that have a description, sorted.
func Names() []string {
	names := make([]string, 0, len(entries()))
	for n := range entries() {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// archName is the architecture as the kernel and strace name it.
func archName() string {
	if runtime.GOARCH == "arm64" {
		return "aarch64"
	}
	return "x86_64"
}

// facts is the line of what the tables know: "x86_64 syscall 257, in %file
// %desc".
func facts(name string) string {
	nr, ok := sysent.Number(name)
	if !ok {
		return "not a syscall on " + archName()
	}
	s := archName() + " syscall " + strconv.Itoa(nr)
	if cl := classNames(sysent.Lookup(nr).Class); cl != "" {
		s += ", in " + cl
	}
	return s
}

// classOrder is the order classes are named in.
var classOrder = []string{"file", "desc", "network", "process", "signal", "ipc", "memory",
	"creds", "clock", "stat", "lstat", "fstat", "%stat", "statfs", "fstatfs", "%statfs", "pure"}

func classNames(c sysent.Class) string {
	var out []string
	for _, n := range classOrder {
		if c&sysent.ClassNames[n] != 0 {
			out = append(out, "%"+n)
		}
	}
	return strings.Join(out, " ")
}

// Explain returns the description of syscall name, or for a syscall
// without one what the tables say of it; an error for a name that is no
// syscall.
func Explain(name string) (string, error) {
	var b strings.Builder
	if e, ok := entries()[name]; ok {
		b.WriteString(e.signature + "\n")
		b.WriteString("  (" + facts(name) + ")\n\n")
		wrap(&b, e.text, 76)
		return b.String(), nil
	}
	nr, ok := sysent.Number(name)
	if !ok {
		msg := fmt.Sprintf("unknown system call '%s'", name)
		if near := nearest(name); near != "" {
			msg += "; did you mean " + near + "?"
		}
		return "", fmt.Errorf("%s", msg)
	}
	fmt.Fprintf(&b, "%s: %s, with %d arguments.\n", name, facts(name), sysent.Lookup(nr).NArgs)
	fmt.Fprintf(&b, "gostrace has no description of it yet: \"man 2 %s\" has one.\n", name)
	return b.String(), nil
}

// wrap writes text in lines of at most width columns.
func wrap(b *strings.Builder, text string, width int) {
	col := 0
	for _, w := range strings.Fields(text) {
		if col > 0 && col+1+len(w) > width {
			b.WriteByte('\n')
			col = 0
		}
		if col > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += len(w)
	}
	b.WriteByte('\n')
}

// nearest returns the syscall name closest to a misspelt one (an edit
// away for every three letters, or the name with a usual prefix), or "".
func nearest(name string) string {
	best, bestD := "", max(1, len(name)/3)+1
	for nr := 0; nr < sysent.Count(); nr++ {
		e := sysent.Lookup(nr)
		if e == nil {
			continue
		}
		d := distance(name, e.Name)
		if d < bestD || d == bestD && best != "" && e.Name < best {
			best, bestD = e.Name, d
		}
	}
	if best == "" {
		for _, prefix := range []string{"rt_", "new", "f"} {
			if _, ok := sysent.Number(prefix + name); ok {
				return prefix + name
			}
		}
	}
	return best
}

// distance is the Levenshtein distance of a and b.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

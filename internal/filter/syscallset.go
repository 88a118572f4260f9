package filter

import (
	"strings"

	"gostrace/internal/sysent"
)

// ParseSyscallSet compiles a syscall set as -e trace=, abbrev=, verbose=,
// raw=, inject= and fault= take it (strace 6.1's syntax):
//
//	[!]...ITEM[,ITEM]...   or   [!]...none
//
// Each '!' complements the whole set. An ITEM is "[?]SPEC[@PERS]": SPEC is a
// syscall name, a number, "all", "%class" (or one of the old bare class
// names file, process, network, signal, ipc, desc, memory), or "/regex"; '?'
// makes a SPEC that selects nothing not an error; "@64", "@32", "@x32"
// limit it to one personality. Empty items are skipped, but an expression
// without any item is an error.
func ParseSyscallSet(expr string) (*Set, error) {
	s := NewSet(false)
	rest := expr
	neg := false
	for strings.HasPrefix(rest, "!") {
		neg = !neg
		rest = rest[1:]
	}
	if rest != "none" {
		any := false
		for _, item := range strings.Split(rest, ",") {
			if item == "" {
				continue
			}
			any = true
			if err := addSyscallItem(s, item); err != nil {
				return nil, err
			}
		}
		if !any {
			return nil, errorf("invalid system call '%s'", expr)
		}
	}
	if neg {
		s.Invert()
	}
	return s, nil
}

// ParseTrace compiles a -e trace= expression.
func ParseTrace(expr string) (*Set, error) { return ParseSyscallSet(expr) }

// oldClassNames are the classes strace still accepts without their '%'.
var oldClassNames = map[string]sysent.Class{
	"file": sysent.File, "process": sysent.Process, "network": sysent.Network,
	"signal": sysent.Signal, "ipc": sysent.IPC, "desc": sysent.Desc, "memory": sysent.Memory,
}

func addSyscallItem(s *Set, item string) error {
	spec := item
	optional := false
	if strings.HasPrefix(spec, "?") {
		optional = true
		spec = spec[1:]
	}
	qual := spec // what the messages quote: the item without its '?'
	pers := personalities()
	if at := strings.LastIndexByte(spec, '@'); at >= 0 {
		p := personalityByDesignator(spec[at+1:])
		if p == nil {
			return &Error{
				Msg:  "incorrect personality designator '" + spec[at+1:] + "' in qualification '" + qual + "'",
				Hint: true,
			}
		}
		pers = []*personality{p}
		spec = spec[:at]
	}
	wantNative := false
	for _, p := range pers {
		wantNative = wantNative || p.native
	}
	found := false
	switch {
	case spec == "all":
		found = true
		if wantNative {
			s.Fill()
		}
	case strings.HasPrefix(spec, "/"):
		re, msg := compileERE(spec[1:])
		if msg != "" {
			return errorf("regcomp: %s: %s", spec[1:], msg)
		}
		for _, p := range pers {
			for _, name := range p.names() {
				if re.MatchString(name) {
					found = true
					if p.native {
						s.Add(p.byName()[name])
					}
				}
			}
		}
	case strings.HasPrefix(spec, "%"):
		if c, ok := sysent.ClassNames[spec[1:]]; ok {
			found = true
			if wantNative {
				addClass(s, c)
			}
		}
	case oldClassNames[spec] != 0:
		found = true
		if wantNative {
			addClass(s, oldClassNames[spec])
		}
	case spec != "" && spec[0] >= '0' && spec[0] <= '9':
		nr, ok := parseDigits(spec, 1<<30)
		if !ok {
			break
		}
		for _, p := range pers {
			if found && !p.native {
				continue
			}
			if p.valid(int(nr)) {
				found = true
				if p.native {
					s.Add(int(nr))
				}
			}
		}
	default:
		for _, p := range pers {
			if found && !p.native {
				continue // only found matters here: no need to build its table
			}
			if nr, ok := p.lookup(spec); ok {
				found = true
				if p.native {
					s.Add(nr)
				}
			}
		}
	}
	if !found && !optional {
		return errorf("invalid system call '%s'", qual)
	}
	return nil
}

func addClass(s *Set, c sysent.Class) {
	for _, nr := range sysent.InClass(c) {
		s.Add(nr)
	}
}

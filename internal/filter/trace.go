package filter

import (
	"fmt"
	"strings"

	"gostrace/internal/sysent"
)

// ParseTrace compiles a -e trace= expression.
func ParseTrace(expr string) (*Set, error) {
	s := NewSet(false)
	neg := false
	if strings.HasPrefix(expr, "!") {
		neg = true
		expr = expr[1:]
	}
	for _, item := range strings.Split(expr, ",") {
		switch {
		case item == "all":
			s.Invert()
			continue
		case item == "none":
			continue
		case strings.HasPrefix(item, "%"):
			c, ok := sysent.ClassNames[item[1:]]
			if !ok {
				return nil, fmt.Errorf("invalid system call '%s'", item)
			}
			for _, nr := range sysent.InClass(c) {
				s.Add(nr)
			}
			continue
		}
		nr, ok := sysent.Number(item)
		if !ok {
			return nil, fmt.Errorf("invalid system call '%s'", item)
		}
		s.Add(nr)
	}
	if neg {
		s.Invert()
	}
	return s, nil
}

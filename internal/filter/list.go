package filter

import "strings"

// parseList walks the "[!]...all|none|ITEM[,ITEM]..." syntax that strace
// shares between its non-syscall qualifiers. add reports whether an item is
// valid; invert complements the set (called after "all" too, to fill it).
// Items "all" and "none" are only valid alone.
func parseList(expr string, add func(string) bool, invert func(), errFormat string) error {
	rest := expr
	neg := false
	for strings.HasPrefix(rest, "!") {
		neg = !neg
		rest = rest[1:]
	}
	switch rest {
	case "none":
	case "all":
		neg = !neg
	default:
		any := false
		for _, item := range strings.Split(rest, ",") {
			if item == "" {
				continue
			}
			any = true
			if !add(item) {
				return errorf(errFormat, item)
			}
		}
		if !any {
			return errorf(errFormat, expr)
		}
	}
	if neg {
		invert()
	}
	return nil
}

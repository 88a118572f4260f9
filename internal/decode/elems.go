package decode

import "math"

// maxElems is how many elements of an array strace prints before "...":
// as many as -s allows, all of them with -v.
func (c *Call) maxElems() int {
	if c.opt != nil && c.opt.Verbose {
		return math.MaxInt
	}
	return c.limit()
}

// Package explain describes system calls in a paragraph each, for
// --explain: what the call does and what its arguments mean, in gostrace's
// own words.
package explain

import "fmt"

// Explain returns the description of syscall name.
func Explain(name string) (string, error) {
	return "", fmt.Errorf("no description of %s", name)
}

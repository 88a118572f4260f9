package options

import (
	"fmt"
	"io"
)

// UsageError is a command line strace would refuse. Msg is printed after
// "PROG: "; Hint adds strace's "Try 'PROG -h' for more information." line.
// Warnings are the messages strace prints before giving up on this command
// line (they come first). The caller prints it and exits with status 1.
type UsageError struct {
	Msg      string
	Hint     bool
	Warnings []string
}

func (e *UsageError) Error() string { return e.Msg }

// Write prints the error as strace does, for program name prog.
func (e *UsageError) Write(w io.Writer, prog string) {
	writeWarnings(w, prog, e.Warnings)
	fmt.Fprintf(w, "%s: %s\n", prog, e.Msg)
	if e.Hint {
		fmt.Fprintf(w, "Try '%s -h' for more information.\n", prog)
	}
}

// WriteWarnings prints the warnings of a command line that was accepted.
func (c *Config) WriteWarnings(w io.Writer) {
	writeWarnings(w, c.ProgName, c.Warnings)
}

func writeWarnings(w io.Writer, prog string, warnings []string) {
	for _, m := range warnings {
		fmt.Fprintf(w, "%s: %s\n", prog, m)
	}
}

func usageErr(hint bool, format string, a ...any) *UsageError {
	return &UsageError{Msg: fmt.Sprintf(format, a...), Hint: hint}
}

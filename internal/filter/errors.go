package filter

import "fmt"

// Error is a malformed expression. Msg is strace's message without the
// program name; Hint says whether strace follows it with its
// "Try 'PROG -h' for more information." line.
type Error struct {
	Msg  string
	Hint bool
}

func (e *Error) Error() string { return e.Msg }

func errorf(format string, a ...any) *Error {
	return &Error{Msg: fmt.Sprintf(format, a...)}
}

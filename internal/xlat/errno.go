package xlat

import "strconv"

type errnoInfo struct{ name, msg string }

// errnoEntry returns errno e's entry, if it has one.
func errnoEntry(e int) (errnoInfo, bool) {
	if e <= 0 || e >= len(errnos) || errnos[e].name == "" {
		return errnoInfo{}, false
	}
	return errnos[e], true
}

// ErrnoName returns the symbolic name of errno e ("ENOENT").
func ErrnoName(e int) (string, bool) {
	i, ok := errnoEntry(e)
	return i.name, ok
}

// ErrnoMessage returns glibc's message for errno e.
func ErrnoMessage(e int) string {
	if i, ok := errnoEntry(e); ok {
		return i.msg
	}
	return "Unknown error " + strconv.Itoa(e)
}

// IsRestart reports whether e is one of the kernel's restart codes, which
// strace prints as "= ? NAME (...)": the call did not return to the program.
func IsRestart(e int) bool {
	switch e {
	case 512, 513, 514, 516: // ERESTARTSYS, ERESTARTNOINTR, ERESTARTNOHAND, ERESTART_RESTARTBLOCK
		return true
	}
	return false
}

// ErrnoByName returns the number of a name such as "ENOENT" (for -e inject,
// -e status).
func ErrnoByName(name string) (int, bool) {
	for n, i := range errnos {
		if i.name == name && name != "" {
			return n, true
		}
	}
	switch name { // aliases strace accepts
	case "EWOULDBLOCK":
		return 11, true
	case "EDEADLOCK":
		return 35, true
	case "ENOTSUP":
		return 95, true
	}
	return 0, false
}

// AppendErrno appends " NAME (message)" the way strace ends a failed call's
// line, or " (errno N)" when the number has no name.
func AppendErrno(dst []byte, e int) []byte {
	i, ok := errnoEntry(e)
	if !ok {
		dst = append(dst, " (errno "...)
		dst = strconv.AppendInt(dst, int64(e), 10)
		return append(dst, ')')
	}
	dst = append(dst, ' ')
	dst = append(dst, i.name...)
	dst = append(dst, " ("...)
	dst = append(dst, i.msg...)
	return append(dst, ')')
}

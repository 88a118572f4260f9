package session

import (
	"bytes"
	"encoding/binary"

	"gostrace/internal/filter"
	"gostrace/internal/tracer"
)

// maxPollFds bounds the pollfd array and the fd_set bits read for -P (the
// kernel's own limit on descriptors is of this order).
const maxPollFds = 1 << 20

// pathMatch reports whether a call names one of -P's paths: a path
// argument equal to one of them (as the tracee wrote it: relative paths
// are not resolved), or a descriptor whose /proc/PID/fd link is one of
// them (AT_FDCWD is not looked at).
func (s *Session) pathMatch(t *tracer.Task, nr int, args [6]uint64) bool {
	for _, a := range filter.PathArgs(nr) {
		switch a.Kind {
		case filter.ArgPath:
			if s.pathArgMatch(t, args[a.Arg]) {
				return true
			}
		case filter.ArgFd:
			if s.fdMatch(t, int64(int32(args[a.Arg]))) {
				return true
			}
		case filter.ArgPollFds:
			n := args[a.Arg+1]
			for i := uint64(0); i < n && i < maxPollFds; i++ {
				var pfd [8]byte // struct pollfd: int fd, short events, short revents
				if got, _ := t.Read(args[a.Arg]+8*i, pfd[:]); got != len(pfd) {
					break
				}
				if s.fdMatch(t, int64(int32(binary.LittleEndian.Uint32(pfd[:])))) {
					return true
				}
			}
		case filter.ArgFdSets:
			n := int64(int32(args[a.Arg]))
			if n <= 0 || n > maxPollFds {
				continue
			}
			for set := 1; set <= 3; set++ {
				if s.fdSetMatch(t, args[int(a.Arg)+set], n) {
					return true
				}
			}
		}
	}
	return false
}

// pathArgMatch compares the NUL-terminated path at addr with the paths.
func (s *Session) pathArgMatch(t *tracer.Task, addr uint64) bool {
	if addr == 0 {
		return false
	}
	p := s.readPath(t, addr)
	for _, want := range s.paths {
		if bytes.Equal(p, want) {
			return true
		}
	}
	return false
}

// readPath reads a path of at most PATH_MAX bytes in the tracee, up to its
// NUL, a page at most at a time (a string may end just before an
// unmapped page).
func (s *Session) readPath(t *tracer.Task, addr uint64) []byte {
	const pathMax = 4096
	if cap(s.pathBuf) < pathMax {
		s.pathBuf = make([]byte, pathMax)
	}
	buf := s.pathBuf[:pathMax]
	n := 0
	for n < pathMax {
		chunk := min(int(4096-(addr+uint64(n))%4096), pathMax-n)
		got, _ := t.Read(addr+uint64(n), buf[n:n+chunk])
		if i := bytes.IndexByte(buf[n:n+got], 0); i >= 0 {
			return buf[:n+i]
		}
		n += got
		if got < chunk {
			break
		}
	}
	// No NUL: the tracee's string is not a path we could match.
	return nil
}

// fdMatch reports whether descriptor fd of the task is one of the paths.
func (s *Session) fdMatch(t *tracer.Task, fd int64) bool {
	if fd < 0 {
		return false
	}
	s.fdBuf = FdPath(t.Tid, fd, s.fdBuf[:0])
	if len(s.fdBuf) == 0 {
		return false
	}
	for _, want := range s.paths {
		if bytes.Equal(s.fdBuf, want) {
			return true
		}
	}
	return false
}

// fdSetMatch looks at the first n bits of the fd_set at addr.
func (s *Session) fdSetMatch(t *tracer.Task, addr uint64, n int64) bool {
	if addr == 0 {
		return false
	}
	for word := int64(0); word*64 < n; word++ {
		var w [8]byte
		if got, _ := t.Read(addr+uint64(8*word), w[:]); got != len(w) {
			return false
		}
		bits := binary.LittleEndian.Uint64(w[:])
		for b := int64(0); b < 64 && word*64+b < n; b++ {
			if bits&(1<<b) != 0 && s.fdMatch(t, word*64+b) {
				return true
			}
		}
	}
	return false
}

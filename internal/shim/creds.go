package shim

import (
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Creds are the ids -u gives the command: the user's uid and gid, its
// supplementary groups, and the effective ids the command starts with
// (the owner of a setuid or setgid program, as strace 6.1 sets them, so
// that such a program runs with its privileges from the start: even an
// execve that only the owner may make succeeds).
type Creds struct {
	Uid, Gid   int
	Euid, Egid int
	Groups     []int
}

// encode is the shim's argv form of c: "uid,gid,euid,egid,g1:g2:...", or
// "-" for none.
func (c *Creds) encode() string {
	if c == nil {
		return "-"
	}
	var b strings.Builder
	for i, n := range []int{c.Uid, c.Gid, c.Euid, c.Egid} {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(n))
	}
	b.WriteByte(',')
	for i, g := range c.Groups {
		if i > 0 {
			b.WriteByte(':')
		}
		b.WriteString(strconv.Itoa(g))
	}
	return b.String()
}

// decodeCreds reverses encode; nil for "-" or anything malformed.
func decodeCreds(s string) *Creds {
	f := strings.Split(s, ",")
	if len(f) != 5 {
		return nil
	}
	var ids [4]int
	for i := range ids {
		n, err := strconv.Atoi(f[i])
		if err != nil {
			return nil
		}
		ids[i] = n
	}
	c := &Creds{Uid: ids[0], Gid: ids[1], Euid: ids[2], Egid: ids[3]}
	if f[4] != "" {
		for _, g := range strings.Split(f[4], ":") {
			n, err := strconv.Atoi(g)
			if err != nil {
				return nil
			}
			c.Groups = append(c.Groups, n)
		}
	}
	return c
}

// apply switches the calling thread to c, groups first and the uid last
// (changing the uid from root drops the right to change the others). Raw
// system calls on purpose: Go's wrappers change every thread of the
// process with a signal to each, and only the thread that calls execve
// matters (the others die in it).
func (c *Creds) apply() error {
	groups := make([]uint32, len(c.Groups))
	for i, g := range c.Groups {
		groups[i] = uint32(g)
	}
	var p unsafe.Pointer
	if len(groups) > 0 {
		p = unsafe.Pointer(&groups[0])
	}
	if _, _, e := unix.RawSyscall(unix.SYS_SETGROUPS, uintptr(len(groups)), uintptr(p), 0); e != 0 {
		return &callError{"setgroups", e}
	}
	if _, _, e := unix.RawSyscall(unix.SYS_SETREGID, uintptr(c.Gid), uintptr(c.Egid), 0); e != 0 {
		return &callError{"setregid", e}
	}
	if _, _, e := unix.RawSyscall(unix.SYS_SETREUID, uintptr(c.Uid), uintptr(c.Euid), 0); e != 0 {
		return &callError{"setreuid", e}
	}
	return nil
}

// callError names the call that failed, as strace's perror_msg does.
type callError struct {
	call string
	err  syscall.Errno
}

func (e *callError) Error() string { return e.call + ": " + errnoText(e.err) }

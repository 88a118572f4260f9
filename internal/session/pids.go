package session

import (
	"bytes"
	"os"
	"strconv"
	"unsafe"

	"golang.org/x/sys/unix"

	"gostrace/internal/filter"
)

// PidDecor is -Y (decode-pids=comm) and --pidns-translation
// (decode-pids=pidns): what follows a process id.
type PidDecor struct {
	set filter.DecodePidsSet
	// selfNs is our pid namespace's link ("pid:[4026531836]").
	selfNs []byte
	buf    []byte
	last   map[int][]byte // Comm's last command of each thread
}

// NewPidDecor returns the decorator of the set.
func NewPidDecor(set filter.DecodePidsSet) *PidDecor {
	d := &PidDecor{set: set, last: map[int][]byte{}}
	d.selfNs = readLink("/proc/self/ns/pid", nil)
	return d
}

// Comm appends "<comm>" for a traced thread: the -Y line prefix. A thread
// that is gone (its "+++ exited" line comes after we reaped it) keeps the
// command it last had, as in strace.
func (d *PidDecor) Comm(tid int, dst []byte) []byte {
	if d.set&filter.DecodePidComm == 0 {
		return dst
	}
	n := len(dst)
	dst = d.procComm(tid, dst)
	if len(dst) > n {
		if last, ok := d.last[tid]; !ok || !bytes.Equal(last, dst[n:]) {
			d.last[tid] = append(last[:0], dst[n:]...)
		}
		return dst
	}
	return append(dst, d.last[tid]...)
}

// Forget drops what Comm remembers of a thread that is gone.
func (d *PidDecor) Forget(tid int) { delete(d.last, tid) }

// procComm appends "<comm>" from /proc/PID/comm, nothing when the process
// is gone.
func (d *PidDecor) procComm(pid int, dst []byte) []byte {
	var name [64]byte
	p := append(name[:0], "/proc/"...)
	p = strconv.AppendInt(p, int64(pid), 10)
	p = append(p, "/comm"...)
	comm := readSmall(p, d.buf[:0])
	if len(comm) == 0 {
		return dst
	}
	d.buf = comm
	dst = append(dst, '<')
	dst = append(dst, bytes.TrimSuffix(comm, []byte("\n"))...)
	return append(dst, '>')
}

// Decor appends what follows a process id that tracee tid printed: the
// command of that process (-Y) and, when tid lives in another pid
// namespace, the id in ours (--pidns-translation). Ids of another
// namespace are translated first; when that fails, as for a process gone
// already, nothing is appended.
func (d *PidDecor) Decor(tid int, pid int64, dst []byte) []byte {
	if pid <= 0 {
		return dst
	}
	ours := pid
	foreign := false
	var nsName [64]byte
	ns := readLink(string(strconv.AppendInt(append(nsName[:0], "/proc/"...), int64(tid), 10))+"/ns/pid", nil)
	if len(ns) > 0 && len(d.selfNs) > 0 && !bytes.Equal(ns, d.selfNs) {
		foreign = true
		var ok bool
		if ours, ok = translatePid(tid, pid); !ok {
			return dst
		}
	}
	if d.set&filter.DecodePidComm != 0 {
		dst = d.procComm(int(ours), dst)
	}
	if foreign && d.set&filter.DecodePidNs != 0 {
		dst = append(dst, " /* "...)
		dst = strconv.AppendInt(dst, ours, 10)
		dst = append(dst, " in strace's PID NS */"...)
	}
	return dst
}

// translatePid finds the process whose id in tid's pid namespace is pid,
// and returns its id in ours: the one whose NSpid line (ids from our
// namespace inwards) has pid at tid's depth.
func translatePid(tid int, pid int64) (int64, bool) {
	depth := len(nsPids(strconv.Itoa(tid)))
	if depth < 2 {
		return 0, false
	}
	dir, err := os.ReadDir("/proc")
	if err != nil {
		return 0, false
	}
	for _, e := range dir {
		p := e.Name()
		if p[0] < '0' || p[0] > '9' {
			continue
		}
		ids := nsPids(p)
		if len(ids) >= depth && ids[depth-1] == pid {
			return ids[0], true
		}
	}
	return 0, false
}

// nsPids reads the NSpid line of /proc/ID/status.
func nsPids(id string) []int64 {
	b, err := os.ReadFile("/proc/" + id + "/status")
	if err != nil {
		return nil
	}
	i := bytes.Index(b, []byte("\nNSpid:"))
	if i < 0 {
		return nil
	}
	line := b[i+len("\nNSpid:"):]
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	var ids []int64
	for _, f := range bytes.Fields(line) {
		n, err := strconv.ParseInt(string(f), 10, 64)
		if err != nil {
			return nil
		}
		ids = append(ids, n)
	}
	return ids
}

// readLink reads a symbolic link into dst, nil when it cannot.
func readLink(name string, dst []byte) []byte {
	var buf [256]byte
	n, err := unix.Readlink(name, buf[:])
	if err != nil {
		return nil
	}
	return append(dst, buf[:n]...)
}

// readSmall reads a small file (a comm) with raw calls into dst.
func readSmall(name []byte, dst []byte) []byte {
	name = append(name, 0)
	fd, _, e := unix.Syscall6(unix.SYS_OPENAT, atFdcwd, uintptr(unsafe.Pointer(&name[0])),
		unix.O_RDONLY|unix.O_CLOEXEC, 0, 0, 0)
	if e != 0 {
		return dst
	}
	var buf [64]byte
	n, _, e := unix.Syscall(unix.SYS_READ, fd, uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
	unix.Syscall(unix.SYS_CLOSE, fd, 0, 0)
	if e != 0 {
		return dst
	}
	return append(dst, buf[:n]...)
}

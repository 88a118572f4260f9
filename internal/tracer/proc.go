package tracer

import (
	"bytes"
	"os"
	"sort"
	"strconv"
)

// procIDs reads a thread's process id (Tgid) and parent process id
// (PPid) from /proc. A thread that is gone is taken for a process of its
// own: tgid is tid, ppid 0.
func procIDs(tid int) (tgid, ppid int) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(tid) + "/status")
	if err != nil {
		return tid, 0
	}
	tgid = statusField(b, "\nTgid:")
	if tgid <= 0 {
		tgid = tid
	}
	return tgid, statusField(b, "\nPPid:")
}

// tgidOf is procIDs' process id alone.
func tgidOf(tid int) int {
	tgid, _ := procIDs(tid)
	return tgid
}

// statusField parses the number after key (which starts with a newline)
// in the text of a /proc status file; -1 if absent.
func statusField(b []byte, key string) int {
	i := bytes.Index(b, []byte(key))
	if i < 0 {
		return -1
	}
	line := b[i+len(key):]
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	n, err := strconv.Atoi(string(bytes.TrimSpace(line)))
	if err != nil {
		return -1
	}
	return n
}

// threadsOf lists the threads of process pid, leader first.
func threadsOf(pid int) ([]int, error) {
	d, err := os.Open("/proc/" + strconv.Itoa(pid) + "/task")
	if err != nil {
		return nil, err
	}
	defer d.Close()
	names, err := d.Readdirnames(-1)
	if err != nil {
		return nil, err
	}
	tids := make([]int, 0, len(names))
	for _, n := range names {
		if tid, err := strconv.Atoi(n); err == nil {
			tids = append(tids, tid)
		}
	}
	sort.Slice(tids, func(i, j int) bool {
		if tids[i] == pid {
			return true
		}
		if tids[j] == pid {
			return false
		}
		return tids[i] < tids[j]
	})
	return tids, nil
}

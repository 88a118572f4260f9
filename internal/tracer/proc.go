package tracer

import (
	"bytes"
	"os"
	"sort"
	"strconv"
)

// tgidOf reads a thread's process id from /proc; it returns tid when the
// thread is gone (a lone thread is its own process).
func tgidOf(tid int) int {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(tid) + "/status")
	if err != nil {
		return tid
	}
	i := bytes.Index(b, []byte("\nTgid:"))
	if i < 0 {
		return tid
	}
	line := b[i+len("\nTgid:"):]
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	n, err := strconv.Atoi(string(bytes.TrimSpace(line)))
	if err != nil {
		return tid
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

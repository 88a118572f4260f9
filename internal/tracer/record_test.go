package tracer

// A Handler that records every event, for the tests to assert on the
// sequence of each thread.

import (
	"fmt"
	"strings"
	"sync"

	"golang.org/x/sys/unix"

	"gostrace/internal/ptrace"
	"gostrace/internal/sysent"
)

type evKind uint8

const (
	evEntry evKind = iota
	evExit
	evSignal
	evGroupStop
	evExited
	evNewTask
	evDetached
	evExec
)

var evNames = [...]string{"entry", "exit", "signal", "groupstop", "exited", "newtask", "detached", "exec"}

// event is one Handler call, with what the tests look at.
type event struct {
	kind      evKind
	tid, pid  int
	hidden    bool
	nr        int
	rval      int64
	sig       int
	code      int32 // si_code of a signal
	status    ptrace.WaitStatus
	former    int // exec: the tid that called execve
	oldTid    int // exec: the replaced leader, 0 if none
	restartNr int
	inSyscall bool
	// procTgid is the Tgid /proc gave for a new task while it was
	// stopped: what its Pid must be.
	procTgid int
	stime    int64 // Task.Stime at a syscall stop (Config.Rusage)
}

func (e event) String() string {
	s := fmt.Sprintf("%d/%d %s", e.tid, e.pid, evNames[e.kind])
	if e.hidden {
		s += " (hidden)"
	}
	switch e.kind {
	case evEntry:
		s += " " + sysent.Name(e.nr)
	case evExit:
		s += fmt.Sprintf(" %s = %d", sysent.Name(e.nr), e.rval)
	case evSignal, evGroupStop:
		s += fmt.Sprintf(" %v", unix.SignalName(unix.Signal(e.sig)))
	case evExited:
		s += fmt.Sprintf(" %#x", uint32(e.status))
	case evExec:
		s += fmt.Sprintf(" former=%d old=%d", e.former, e.oldTid)
	case evNewTask:
		s += fmt.Sprintf(" tgid=%d", e.procTgid)
	}
	return s
}

// recorder is a Handler that logs every call. Its methods run on the
// tracer's thread; hook, when set, sees each event there too (to act on a
// tracee at a precise point). The log is read by the test after Run has
// returned, or under mu.
type recorder struct {
	mu     sync.Mutex
	events []event
	hook   func(tr *Tracer, t *Task, e event)
	tr     *Tracer
}

func (r *recorder) add(t *Task, e event) {
	e.tid, e.pid, e.hidden, e.inSyscall = t.Tid, t.Pid, t.hidden, t.InSyscall
	r.mu.Lock()
	r.events = append(r.events, e)
	r.mu.Unlock()
	if r.hook != nil {
		r.hook(r.tr, t, e)
	}
}

func (r *recorder) SyscallEntry(t *Task, si *ptrace.SyscallInfo) {
	r.add(t, event{kind: evEntry, nr: int(si.Nr), restartNr: t.RestartNr, stime: t.Stime})
}

func (r *recorder) SyscallExit(t *Task, si *ptrace.SyscallInfo) {
	r.add(t, event{kind: evExit, nr: t.Nr, rval: si.Rval(), stime: t.Stime})
}

func (r *recorder) Signal(t *Task, sig int, si *ptrace.Siginfo) {
	code := int32(uint32(si[8]) | uint32(si[9])<<8 | uint32(si[10])<<16 | uint32(si[11])<<24)
	r.add(t, event{kind: evSignal, sig: sig, code: code})
}

func (r *recorder) GroupStop(t *Task, sig int) { r.add(t, event{kind: evGroupStop, sig: sig}) }

func (r *recorder) Exited(t *Task, st ptrace.WaitStatus) {
	r.add(t, event{kind: evExited, status: st})
}

func (r *recorder) NewTask(t *Task, attach bool) {
	r.add(t, event{kind: evNewTask, procTgid: tgidOf(t.Tid)})
}

func (r *recorder) Detached(t *Task) { r.add(t, event{kind: evDetached}) }

func (r *recorder) Exec(t *Task, former int, old *Task) {
	e := event{kind: evExec, former: former}
	if old != nil {
		e.oldTid = old.Tid
	}
	r.add(t, e)
}

func (r *recorder) Idle() {}

func (r *recorder) log() []event {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]event(nil), r.events...)
}

func dump(evs []event) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString(e.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// byTid splits the log per thread, in order.
func byTid(evs []event) map[int][]event {
	m := make(map[int][]event)
	for _, e := range evs {
		m[e.tid] = append(m[e.tid], e)
	}
	return m
}

func nrOf(name string) int {
	nr, ok := sysent.Number(name)
	if !ok {
		panic("no syscall " + name)
	}
	return nr
}

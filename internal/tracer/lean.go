package tracer

import (
	"golang.org/x/sys/unix"

	"gostrace/internal/ptrace"
)

// Lean entries (Config.LeanEntries): with -c alone, the summary wants of
// a call its number, whether it failed, and the CPU time between its two
// stops, which wait4 reports with each. Nothing of that needs a read at
// the entry stop: the number is still in orig_rax at the exit, next to the
// result. So an entry stop costs a wait4 and a PTRACE_SYSCALL, and an exit
// stop one PTRACE_GETREGS in place of a PTRACE_GET_SYSCALL_INFO. On 8
// threads making calls in a row (W5 -c): 200,546 ptrace requests ->
// 150,414 (perf trace -s), the CPU time of tracer and tracee 1084 ->
// 1017 ms, and in rotating order against strace -c 0.94 -> 0.91 and
// 0.95 -> 0.94 of its time (9 and 15 rounds). Processes spawned one after
// the other (W4 -c), where the stops' wake-ups dominate: 1.09 -> 1.08.
//
// It needs to know which of entry and exit a syscall stop is without
// asking, which InSyscall says once one stop of the task has been read
// (Task.leanOK): not for a task just seized, which may be in the middle of
// a call. And a stop the registers cannot place is
// read as before: rax holds -ENOSYS at every entry stop, so an exit that
// returns -ENOSYS is checked with PTRACE_GET_SYSCALL_INFO. Were the two
// ever to get out of step, that check puts them back.
//
// What the loop loses is the call a task is in between its lean entry and
// its exit, which the poll before a wait (spin.go) looks at to leave
// sleeping tasks out. There, a task in an unknown call for longer than a
// poll lasts is taken as asleep; and at the exit, the time spent in a
// call that sleeps is taken back from the task's running time
// (sleptInCall). Without the two, node's threads asleep in futex counted
// as long runners, the loop stopped polling, and node under -c (W6) ran
// at 0.87-0.94 of strace's time instead of 0.62.
//
// rt_sigreturn leaves orig_rax at -1 (ExitRegs): a call with no number
// at its exit is counted as rt_sigreturn, the one native call that does
// so. An rt_sigreturn into a context whose rax was -ENOSYS would be lost
// from the count; a call made with number -1 is not counted either way.

// leanResult is what leanStop did.
type leanResult uint8

const (
	leanDone   leanResult = iota // the stop is handled (or the task is gone)
	leanRead                     // tr.si describes the stop (Task.Nr set at an exit)
	leanUnread                   // read it as usual
)

// leanStop handles a syscall stop of a task whose state is known.
func (tr *Tracer) leanStop(t *Task, si *ptrace.SyscallInfo) leanResult {
	if !t.InSyscall {
		t.InSyscall = true
		t.shimSignals = false
		t.Nr = -1 // known at the exit
		*si = ptrace.SyscallInfo{Op: ptrace.InfoEntry, Nr: ^uint64(0)}
		tr.leanEntries++
		tr.h.SyscallEntry(t, si)
		tr.resumeSyscall(t)
		return leanDone
	}
	nr, rval, ip, sp, err := ptrace.ExitRegs(t.Tid, &tr.regs)
	switch {
	case err == unix.ESRCH:
		return leanDone // killed while stopped: its exit report follows
	case err != nil:
		return leanUnread
	}
	if rval == -int64(unix.ENOSYS) {
		if err := ptrace.GetSyscallInfo(t.Tid, si); err != nil {
			if err == unix.ESRCH {
				return leanDone
			}
			return leanUnread
		}
		if si.Op == ptrace.InfoExit {
			t.Nr = int(nr)
			t.Args = ptrace.ExitArgs(&tr.regs)
			tr.sleptInCall(t)
		}
		return leanRead
	}
	if nr < 0 {
		nr = int64(nrRtSigreturn)
	}
	t.Nr = int(nr)
	t.Args = ptrace.ExitArgs(&tr.regs)
	tr.sleptInCall(t)
	*si = ptrace.SyscallInfo{Op: ptrace.InfoExit, IP: ip, SP: sp, Nr: uint64(rval)}
	if rval < 0 && rval >= -4095 { // IS_ERR_VALUE, as the kernel's is_error
		si.Args[0] = 1
	}
	tr.leanExits++
	return leanRead
}

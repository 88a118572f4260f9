package tracer

import (
	"golang.org/x/sys/unix"

	"gostrace/internal/ptrace"
)

// When several threads make calls, the loop finds their syscall stops by
// asking each thread it resumed for its syscall info (a probe), before it
// asks wait4.
//
// Why: with many threads and one tracer thread, the tracer's CPU is the
// bottleneck, and each stop cost three system calls: wait4, then
// PTRACE_GET_SYSCALL_INFO, then PTRACE_SYSCALL. The info request fails
// with ESRCH unless the thread is in a ptrace-stop, and says whether that
// stop is a syscall entry or exit: for a thread that is stopped, one
// request does the work of the first two. On the 8-thread benchmark (W5),
// 11 rounds in rotating order: 642 ms with wait4 alone, 556 ms with probes
// (strace 673 ms); with -T, 575 ms (strace 732 ms). About three quarters
// of its stops are found by probes, three or four a round.
//
// What it takes:
//   - A stop found by a probe is not reaped: its report stays with the
//     kernel until the thread is resumed (PTRACE_SYSCALL replaces it), and
//     a wait4 for any child would return it again. Every stop a probe
//     found is handled before the loop waits again; one whose thread is
//     not resumed at once (held by Hold, say) has its report taken by a
//     wait4 for that thread alone (handleProbed).
//   - Only threads resumed with PTRACE_SYSCALL are probed, and not those
//     sitting in a call that waits for something else (sleepingCall): a
//     probe that fails still costs a system call.
//   - Other stops (signals, events) are left to wait4: a probe that finds
//     one asks wait4 for that thread's report. Reports a probe cannot find
//     (a new thread's first stop, a death) come from wait4 too: every
//     probeSweep rounds the loop waits the usual way even when probes
//     would find stops, so that those reports never starve.
//   - With -c, a stop needs the CPU times that only wait4 reports: no
//     probes. Nor with lean entries (lean.go), whose exits must be read
//     from the registers, not from a probe's syscall info. Nor with one task (nothing to gain), nor with many (a round
//     costs a request per task).
//   - Rounds that find nothing space out the next ones (spinBackoff), so
//     threads that compute between their calls cost few failed probes.
type prober struct {
	rounds int         // rounds made
	hits   int         // stops found
	others int         // stops found that were not syscall stops
	settle int         // reports taken after the stop was handled
	back   spinBackoff // rounds skipped after empty ones
}

// probeMax bounds the tasks of a round, probeSweep is how often the loop
// skips a round to let wait4 report what probes do not see.
const (
	probeMax   = 32
	probeSweep = 16
)

// syscallStopStatus is the wait status of a syscall-stop (TRACESYSGOOD).
const syscallStopStatus = ptrace.WaitStatus(syscallTrap<<8 | 0x7f)

// probe looks for stopped threads and adds their stops to tr.batch. It
// reports whether it found any.
func (tr *Tracer) probe() bool {
	p := &tr.prober
	if tr.ruPtr != nil || tr.lean || tr.detaching || len(tr.held.tasks) > 0 ||
		len(tr.tasks) < 2 || len(tr.tasks) > probeMax {
		return false
	}
	if p.back.skip > 0 {
		p.back.skip--
		return false
	}
	p.rounds++
	if p.rounds%probeSweep == 0 {
		return false
	}
	for _, t := range tr.tasks {
		if !t.probeable || (t.InSyscall && sleepingCall(t.Nr, t.Args)) {
			continue
		}
		if ptrace.GetSyscallInfo(t.Tid, &t.probeInfo) != nil {
			continue // running (or dead: wait4 reports that)
		}
		t.probeable = false
		switch t.probeInfo.Op {
		case ptrace.InfoEntry, ptrace.InfoExit:
			t.probed = true
			tr.batch = append(tr.batch, reaped{pid: t.Tid, st: syscallStopStatus})
		default:
			// A seccomp, event or signal stop: its wait status says which.
			pid, st, err := ptrace.Wait4(t.Tid, unix.WNOHANG, nil)
			if pid == t.Tid && err == nil {
				p.others++
				tr.batch = append(tr.batch, reaped{pid: pid, st: st})
			}
		}
	}
	if len(tr.batch) == 0 {
		p.back.missed()
		return false
	}
	p.back.misses = 0
	p.hits += len(tr.batch)
	return true
}

// handleProbed handles a stop that a probe found. If the thread is not
// resumed meanwhile, its report is still pending, and is taken then (a
// death found there, from a SIGKILL while it was stopped, is handled).
func (tr *Tracer) handleProbed(t *Task) {
	resumes := t.resumes
	tr.syscallStop(t)
	t.probed = false
	if t.resumes != resumes || tr.tasks[t.Tid] != t {
		return // resumed (the report is gone), or detached
	}
	tr.prober.settle++
	pid, st, err := ptrace.Wait4(t.Tid, unix.WNOHANG, nil)
	if pid == t.Tid && err == nil && !st.Stopped() {
		tr.handle(pid, st)
	}
}

package inject

import (
	"strconv"
	"time"

	"gostrace/internal/decode"
	"gostrace/internal/filter"
	"gostrace/internal/sysent"
)

// Tracee is what tampering needs of a thread stopped at a syscall stop
// (*tracer.Task).
type Tracee interface {
	// SetSyscall replaces the call being entered; -1 skips it.
	SetSyscall(nr int) error
	// SetReturn replaces the value of the call being left.
	SetReturn(v uint64) error
	// Poke writes into the thread's memory.
	Poke(addr uint64, data []byte) error
	// Hold keeps the thread stopped for d after this stop.
	Hold(d time.Duration)
	// DeliverSignal sends sig to the thread as it leaves this stop.
	DeliverSignal(sig int)
}

// Entry is called at the entry stop of a call the filter selects, before
// it is decoded (so that the decoder sees poked memory). tid names the
// thread in messages.
func (e *Engine) Entry(st *State, t Tracee, tid, nr int, args [6]uint64) {
	st.cur, st.tamper = nil, 0
	in, n := e.rule(st, nr)
	if in == nil || !Applies(in.When, n) {
		return
	}
	st.cur, st.nr, st.args = in, nr, args
	if e.poke(t, tid, nr, in.PokeEnter, &args) {
		st.tamper |= decode.TamperArgs
	}
	if in.Error != 0 || in.HasRetval {
		// The call is not made (or another, harmless one is): its result
		// is set at the exit stop.
		skip := -1
		if in.Syscall >= 0 {
			skip = in.Syscall
		}
		_ = t.SetSyscall(skip) // ESRCH: killed; its end is reported
	}
	switch {
	case in.HasDelay[0]:
		// strace 6.1 restarts a delayed call without the injected signal:
		// with delay_enter= the signal is never sent.
		st.tamper |= decode.TamperDelayed
		t.Hold(in.DelayEnter)
	case in.Signal != 0:
		t.DeliverSignal(in.Signal)
	}
}

// Exit is called at the exit stop of a call Entry saw, before it is
// decoded. It returns the return value and error flag the call ends with.
func (e *Engine) Exit(st *State, t Tracee, tid int, rval int64, isError bool) (int64, bool) {
	in := st.cur
	if in == nil {
		return rval, isError
	}
	st.cur = nil
	if in.Error != 0 || in.HasRetval {
		v, failed := in.Retval, false
		if in.Error != 0 {
			v, failed = uint64(-int64(in.Error)), true
		}
		if t.SetReturn(v) == nil {
			// A retval= in the range of errors is still a success for
			// strace: "= -1 (INJECTED)", no errno.
			rval, isError = int64(v), failed
			st.tamper |= decode.TamperRetval
		}
	}
	if e.poke(t, tid, st.nr, in.PokeExit, &st.args) {
		st.tamper |= decode.TamperArgs
	}
	if in.HasDelay[1] {
		st.tamper |= decode.TamperDelayed
		t.Hold(in.DelayExit)
	}
	return rval, isError
}

// poke writes each poke's data where its argument points. It reports
// whether any succeeded; each failure is reported with strace's words.
func (e *Engine) poke(t Tracee, tid, nr int, pokes []filter.Poke, args *[6]uint64) bool {
	if len(pokes) == 0 {
		return false
	}
	nargs := 6
	if ent := sysent.Lookup(nr); ent != nil {
		nargs = ent.NArgs
	}
	ok := false
	for _, p := range pokes {
		if p.Arg > nargs {
			e.warnf(tid, "requested to tamper with argument #"+strconv.Itoa(p.Arg)+
				", but system call '"+sysent.Name(nr)+"' has only "+strconv.Itoa(nargs)+" arguments")
			continue
		}
		if err := t.Poke(args[p.Arg-1], p.Data); err != nil {
			e.warnf(tid, "couldn't poke")
			continue
		}
		ok = true
	}
	return ok
}

func (e *Engine) warnf(tid int, what string) {
	if e.Warn != nil {
		e.Warn("poke_tcb: Failed to tamper with process " + strconv.Itoa(tid) + ": " + what)
	}
}

package inject

import "gostrace/internal/filter"

// State is one thread's tampering state: its when= counters and what is
// done to its current call. The zero value is a thread that has made no
// call yet.
type State struct {
	counts []uint32       // by rule slot
	beyond map[int]uint32 // numbers beyond the table
	cur    *filter.Inject // the expression applied to the current call
	nr     int            // the current call's number
	args   [6]uint64      // the current call's arguments (for poke_exit)
	tamper uint8          // decode.Tamper* bits for the current call
}

// Tamper returns what was done to the current call (decode.Tamper* bits),
// valid after Exit.
func (st *State) Tamper() uint8 { return st.tamper }

// Returns reports whether the current call will come back from the kernel
// with a result of ours (error= or retval=: it is skipped, or replaced by
// syscall=), valid after Entry. Even exit_group then returns.
func (st *State) Returns() bool {
	return st.cur != nil && (st.cur.Error != 0 || st.cur.HasRetval)
}

package tracer

import (
	"encoding/binary"
	"testing"

	"gostrace/internal/ptrace"
)

// A SIGURG the process sent itself with tgkill (the launch shim's Go
// runtime preempting a goroutine) is the shim's; one from anyone else, or
// sent with kill(2), is the command's business.
func TestShimPreemption(t *testing.T) {
	mk := func(code int32, pid int32) *ptrace.Siginfo {
		var si ptrace.Siginfo
		binary.LittleEndian.PutUint32(si[0:], 23) // SIGURG
		binary.LittleEndian.PutUint32(si[8:], uint32(code))
		binary.LittleEndian.PutUint32(si[16:], uint32(pid))
		return &si
	}
	if !shimPreemption(mk(-6, 100), 100) {
		t.Error("SI_TKILL from itself: not recognised")
	}
	if shimPreemption(mk(-6, 101), 100) {
		t.Error("SI_TKILL from another process taken for the shim's")
	}
	if shimPreemption(mk(0, 100), 100) {
		t.Error("SI_USER (kill) taken for the shim's")
	}
}

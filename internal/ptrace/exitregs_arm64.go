package ptrace

import "golang.org/x/sys/unix"

// ExitRegsSupported: not on arm64, where the number a syscall was made
// with is no register's at its exit stop (x8 may have been restored by
// rt_sigreturn, and reading NT_ARM_SYSTEM_CALL is a second request).
const ExitRegsSupported = false

// Regs is unused on arm64.
type Regs struct{}

// ExitRegs is not supported on arm64: see ExitRegsSupported.
func ExitRegs(tid int, r *Regs) (nr, rval int64, ip, sp uint64, err error) {
	return 0, 0, 0, 0, unix.ENOTSUP
}

// ExitArgs is not supported on arm64: see ExitRegsSupported.
func ExitArgs(r *Regs) [6]uint64 { return [6]uint64{} }

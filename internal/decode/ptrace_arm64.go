package decode

// userOffset appends a PTRACE_PEEKUSER offset: arm64 has no such request
// in the kernel; print it in hex.
func (c *Call) userOffset(off uint64) { c.Hex(off) }

// ptraceArchEntry: the arm64 requests are printed with their raw
// arguments (their structures are not decoded).
func ptraceArchEntry(c *Call, req uint32, addr, data uint64) bool {
	c.Ptr(addr)
	c.Ptr(data)
	return false
}

func ptraceArchExit(c *Call, req uint32, data uint64) {}

// regset: arm64 register sets are not decoded; the address is printed.
func (c *Call) regset(nt, addr, n uint64) bool { return false }

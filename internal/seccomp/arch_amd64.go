package seccomp

// auditArch is AUDIT_ARCH_X86_64; x32 syscalls share it and set x32Bit.
const (
	auditArch = 0xc000003e
	x32       = true
)

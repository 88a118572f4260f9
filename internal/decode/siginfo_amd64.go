package decode

// nativeAuditArch is AUDIT_ARCH_X86_64; x32Bit marks x32 syscall numbers.
const (
	nativeAuditArch = 0xc000003e
	x32Bit          = 0x40000000
)

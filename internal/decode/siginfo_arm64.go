package decode

// nativeAuditArch is AUDIT_ARCH_AARCH64; arm64 has no x32-like ABI.
const (
	nativeAuditArch = 0xc00000b7
	x32Bit          = 0
)

package xlat

// AuditArch names the AUDIT_ARCH_* values (seccomp data, SIGSYS).
var AuditArch = T("AUDIT_ARCH_???",
	Pair{0xc000003e, "AUDIT_ARCH_X86_64"}, Pair{0x40000003, "AUDIT_ARCH_I386"},
	Pair{0xc00000b7, "AUDIT_ARCH_AARCH64"}, Pair{0x40000028, "AUDIT_ARCH_ARM"})

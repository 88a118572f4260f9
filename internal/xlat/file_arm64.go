package xlat

// oLargefile is the kernel's O_LARGEFILE on arm64 (see file_amd64.go).
const oLargefile = 0x20000

package xlat

// oLargefile is the kernel's O_LARGEFILE on x86_64 (x/sys has 0, glibc's
// value for 64-bit programs, but the kernel reports the bit in F_GETFL).
const oLargefile = 0x8000

package decode

// The kernel's struct stat on x86_64 (arch/x86/include/uapi/asm/stat.h):
// st_nlink is 64 bits and comes before st_mode.
var statLayout = statOffsets{
	size: 144, dev: 0, ino: 8, nlink: 16, nlinkSize: 8, mode: 24, uid: 28, gid: 32,
	rdev: 40, sizeOff: 48, blksize: 56, blksizeSize: 8, blocks: 64, atime: 72,
}

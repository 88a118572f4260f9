package decode

// The kernel's struct stat on arm64 (include/uapi/asm-generic/stat.h).
var statLayout = statOffsets{
	size: 128, dev: 0, ino: 8, mode: 16, nlink: 20, nlinkSize: 4, uid: 24, gid: 28,
	rdev: 32, sizeOff: 48, blksize: 56, blksizeSize: 4, blocks: 64, atime: 72,
}

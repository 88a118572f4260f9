package bench

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"unsafe"
)

// W3 walks a directory tree as find or a build tool does: every directory
// opened and listed with getdents64, every file opened, fstat'ed and
// closed. The tree is made for the benchmark in a temporary directory, so
// that its size is the same on every machine.

// filesPerDir is how many files a leaf directory of the tree holds.
const filesPerDir = 20

// makeTree creates files empty files under root, filesPerDir to a leaf
// directory, the leaves ten to a directory below root (root/d0/e0/f0 ...).
func makeTree(root string, files int) error {
	if err := os.Mkdir(root, 0o755); err != nil {
		return err
	}
	for i := 0; i < files; i++ {
		leaf, f := i/filesPerDir, i%filesPerDir
		dir := filepath.Join(root, fmt.Sprintf("d%d", leaf/10), fmt.Sprintf("e%d", leaf%10))
		if f == 0 {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%d", f)), nil, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// treeDirs is how many directories makeTree makes for files files, root
// included.
func treeDirs(files int) int {
	leaves := (files + filesPerDir - 1) / filesPerDir
	return 1 + (leaves+9)/10 + leaves
}

// metaWalk walks the tree at root and fails unless it found want files:
// a walk that read nothing would make a tracer look fast.
func metaWalk(root string, want int) error {
	fd, err := syscall.Open(root, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return err
	}
	w := &walker{st: new(syscall.Stat_t), name: make([]byte, 256)}
	if err := w.dir(fd, 0); err != nil {
		return err
	}
	if w.files != want {
		return fmt.Errorf("%s: %d files, want %d", root, w.files, want)
	}
	return nil
}

// walker holds the walk's buffers, on the heap: raw system calls are
// given their addresses, which must not move (a goroutine's stack can).
type walker struct {
	bufs  [][]byte // a getdents64 buffer per depth
	st    *syscall.Stat_t
	name  []byte // the NUL-terminated name being opened
	files int
}

// dir lists the directory open at fd, descends into subdirectories and
// opens, fstats and closes each regular file, then closes fd.
func (w *walker) dir(fd, depth int) error {
	defer syscall.RawSyscall(syscall.SYS_CLOSE, uintptr(fd), 0, 0)
	if depth == len(w.bufs) {
		w.bufs = append(w.bufs, make([]byte, 32<<10))
	}
	buf := w.bufs[depth]
	for {
		n, _, e := syscall.RawSyscall(syscall.SYS_GETDENTS64, uintptr(fd), uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
		if e != 0 {
			return e
		}
		if n == 0 {
			return nil
		}
		// struct linux_dirent64: d_ino, d_off, d_reclen (16), d_type
		// (18), d_name (19), NUL-terminated.
		for off := 0; off < int(n); {
			reclen := int(binary.NativeEndian.Uint16(buf[off+16:]))
			typ := buf[off+18]
			name := buf[off+19 : off+reclen]
			name = name[:bytes.IndexByte(name, 0)]
			off += reclen
			if string(name) == "." || string(name) == ".." {
				continue
			}
			w.name = append(append(w.name[:0], name...), 0)
			switch typ {
			case syscall.DT_DIR:
				c, err := w.openat(fd, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC)
				if err != nil {
					return err
				}
				if err := w.dir(c, depth+1); err != nil {
					return err
				}
			case syscall.DT_REG:
				f, err := w.openat(fd, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NOFOLLOW|syscall.O_NONBLOCK)
				if err != nil {
					return err
				}
				_, _, e := syscall.RawSyscall(syscall.SYS_FSTAT, uintptr(f), uintptr(unsafe.Pointer(w.st)), 0)
				syscall.RawSyscall(syscall.SYS_CLOSE, uintptr(f), 0, 0)
				if e != 0 {
					return e
				}
				w.files++
			}
		}
	}
}

// openat opens w.name in the directory at dirfd.
func (w *walker) openat(dirfd, flags int) (int, error) {
	fd, _, e := syscall.RawSyscall6(syscall.SYS_OPENAT, uintptr(dirfd), uintptr(unsafe.Pointer(&w.name[0])), uintptr(flags), 0, 0, 0)
	if e != 0 {
		return -1, fmt.Errorf("openat %s: %v", w.name[:len(w.name)-1], e)
	}
	return int(fd), nil
}

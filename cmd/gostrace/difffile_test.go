package main

import (
	"regexp"
	"strings"
	"testing"

	"gostrace/internal/difftest"
)

// freeRE matches the free space a statfs reports, which other processes
// change between runs: masked before comparing.
var freeRE = regexp.MustCompile(`\b(f_bfree|f_bavail|f_ffree)=\d+`)

func maskFree(lines []string) []string {
	for i, l := range lines {
		lines[i] = freeRE.ReplaceAllString(l, "$1=N")
	}
	return lines
}

// fileSyscalls are the calls on files and descriptors: the file decoders'
// share of a trace, compared on their own so that calls decoded elsewhere
// do not hide (or cause) a difference.
var fileSyscalls = []string{
	"open", "openat", "openat2", "creat", "close", "close_range", "read", "write", "pread64",
	"pwrite64", "readv", "writev", "preadv", "pwritev", "preadv2", "pwritev2", "stat", "lstat",
	"fstat", "newfstatat", "statx", "statfs", "fstatfs", "utimensat", "utimes", "futimesat", "utime",
	"dup", "dup2", "dup3", "pipe", "pipe2", "lseek", "sendfile", "splice", "tee", "copy_file_range",
	"getdents", "getdents64", "fcntl", "flock", "ioctl", "access", "faccessat", "faccessat2",
	"mkdir", "mkdirat", "mknod", "mknodat", "rmdir", "unlink", "unlinkat", "rename", "renameat",
	"renameat2", "link", "linkat", "symlink", "symlinkat", "readlink", "readlinkat", "chmod",
	"fchmod", "fchmodat", "chown", "fchown", "lchown", "fchownat", "truncate", "ftruncate", "umask",
	"chdir", "fchdir", "getcwd", "chroot", "fadvise64", "fallocate", "sync_file_range", "fsync",
	"fdatasync", "syncfs", "getxattr", "lgetxattr", "fgetxattr", "setxattr", "lsetxattr",
	"fsetxattr", "listxattr", "llistxattr", "flistxattr", "removexattr", "lremovexattr",
	"fremovexattr", "inotify_init1", "inotify_add_watch", "inotify_rm_watch", "memfd_create",
}

// TestDiffStraceFiles traces commands that work on files with strace and
// with gostrace, restricted to the file and descriptor calls, and requires
// the same lines.
func TestDiffStraceFiles(t *testing.T) {
	strace := needStrace(t)
	trace := "trace=" + strings.Join(fileSyscalls, ",")
	cases := []struct {
		flags []string
		cmd   string
	}{
		{nil, "ls -la /usr/share/doc/bash"},
		{nil, "stat /etc/hostname"},
		{nil, "cp /etc/services s && chmod 600 s && mv s t && rm t"},
		{nil, "mkdir -p d/e/f && touch d/e/f/g && ls -R d && rm -r d"},
		{nil, "find /usr/share/doc/bash -type f"},
		{nil, "du -s /usr/share/doc/bash"},
		{nil, "dd if=/dev/zero of=/dev/null bs=512 count=100 status=none"},
		{nil, "ln -s /etc/hostname link && readlink link && stat link && rm link"},
		{[]string{"-v"}, "ls -la /usr/share/doc/bash"},
		{[]string{"-v"}, "stat /etc/hostname"},
		{[]string{"-s", "8"}, "cat /etc/os-release > /dev/null"},
	}
	for _, tc := range cases {
		flags := append([]string{"-f", "-e", trace}, tc.flags...)
		t.Run(strings.Join(tc.flags, " ")+" "+tc.cmd, func(t *testing.T) {
			res, err := difftest.Check(strace, gostraceBin, flags, tc.cmd, maskFree, "GOSTRACE_TEST_MAIN=1")
			if err != nil {
				t.Fatal(err)
			}
			if !res.OK() {
				t.Errorf("%d/%d lines match%s", res.Matched, res.Total, res.Report(10))
			}
		})
	}
}

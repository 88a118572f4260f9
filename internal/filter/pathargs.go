package filter

import (
	"sync"

	"gostrace/internal/sysent"
)

// PathArg says where a syscall may name a file, for -P (--trace-path):
// strace 6.1 traces a call when one of these names one of the paths.
type PathArg struct {
	Kind PathArgKind
	Arg  uint8 // the argument's index
}

// PathArgKind is what an argument holds.
type PathArgKind uint8

const (
	ArgPath    PathArgKind = iota + 1 // a pointer to a path
	ArgFd                             // a descriptor, matched by its /proc/PID/fd link
	ArgPollFds                        // struct pollfd *, with the count in the next argument
	ArgFdSets                         // select's fd_sets: the count in Arg, the sets in the next three
)

// pathArgs are strace 6.1's rules for the calls that are not simply a path
// (the %file calls) or a descriptor (the %desc calls) in their first
// argument. They were found by tracing each call with strace -P, with
// the path (or a descriptor on it) in each argument in turn.
var pathArgs = map[string][]PathArg{
	// A directory descriptor and a path.
	"faccessat": dirPath, "faccessat2": dirPath, "fchmodat": dirPath, "fchownat": dirPath,
	"futimesat": dirPath, "mkdirat": dirPath, "mknodat": dirPath, "name_to_handle_at": dirPath,
	"newfstatat": dirPath, "openat": dirPath, "openat2": dirPath, "readlinkat": dirPath,
	"statx": dirPath, "unlinkat": dirPath, "utimensat": dirPath, "execveat": dirPath,
	"open_tree": dirPath, "fspick": dirPath, "mount_setattr": dirPath,
	"inotify_add_watch": dirPath,
	// Two of them.
	"renameat": twoDirPaths, "renameat2": twoDirPaths, "linkat": twoDirPaths, "move_mount": twoDirPaths,
	"symlinkat": {{ArgFd, 1}, {ArgPath, 2}},
	// The target of symlink is only text; rename is checked on its first
	// path only (strace 6.1 does not show rename(OTHER, PATH)).
	"symlink": {{ArgPath, 1}},
	"link":    {{ArgPath, 0}, {ArgPath, 1}}, "mount": {{ArgPath, 0}, {ArgPath, 1}},
	"pivot_root":    {{ArgPath, 0}, {ArgPath, 1}},
	"quotactl":      {{ArgPath, 1}},
	"fanotify_mark": {{ArgFd, 0}, {ArgFd, 3}, {ArgPath, 4}},
	// Several descriptors.
	"dup2": {{ArgFd, 0}, {ArgFd, 1}}, "dup3": {{ArgFd, 0}, {ArgFd, 1}},
	"sendfile": {{ArgFd, 0}, {ArgFd, 1}}, "tee": {{ArgFd, 0}, {ArgFd, 1}},
	"splice": {{ArgFd, 0}, {ArgFd, 2}}, "copy_file_range": {{ArgFd, 0}, {ArgFd, 2}},
	"epoll_ctl": {{ArgFd, 0}, {ArgFd, 2}},
	"mmap":      {{ArgFd, 4}},
	"poll":      {{ArgPollFds, 0}}, "ppoll": {{ArgPollFds, 0}},
	"select": {{ArgFdSets, 0}}, "pselect6": {{ArgFdSets, 0}},
	// Calls that make a descriptor, or take one that is no file's, or a
	// range: never traced by -P, whatever their first argument.
	"close_range": nil, "epoll_create": nil, "epoll_create1": nil, "eventfd": nil, "eventfd2": nil,
	"inotify_init": nil, "inotify_init1": nil, "timerfd_create": nil, "userfaultfd": nil,
	"fanotify_init": nil, "pidfd_open": nil, "io_uring_setup": nil, "io_uring_enter": nil,
	"socket": nil, "socketpair": nil, "signalfd": nil, "signalfd4": nil, "pipe": nil, "pipe2": nil,
	"memfd_create": nil, "memfd_secret": nil, "fsopen": nil, "fsconfig": nil, "fsmount": nil,
	"perf_event_open": nil, "bpf": nil, "kcmp": nil, "mq_notify": nil,
	"landlock_create_ruleset": nil, "landlock_add_rule": nil, "landlock_restrict_self": nil,
	"futex_waitv": nil, "ioprio_set": nil,
}

var (
	dirPath     = []PathArg{{ArgFd, 0}, {ArgPath, 1}}
	twoDirPaths = []PathArg{{ArgFd, 0}, {ArgPath, 1}, {ArgFd, 2}, {ArgPath, 3}}
)

// pathArgsByNr is the table by syscall number, built at its first use.
var pathArgsByNr = sync.OnceValue(func() [][]PathArg {
	t := make([][]PathArg, sysent.Count())
	for nr := range t {
		e := sysent.Lookup(nr)
		if e == nil {
			continue
		}
		if a, ok := pathArgs[e.Name]; ok {
			t[nr] = a
		} else if e.Class&sysent.File != 0 {
			t[nr] = firstPath
		} else if e.Class&sysent.Desc != 0 {
			t[nr] = firstFd
		}
	}
	return t
})

var (
	firstPath = []PathArg{{ArgPath, 0}}
	firstFd   = []PathArg{{ArgFd, 0}}
)

// PathArgs returns where syscall nr may name a file, nil when it never
// does (it is then not traced with -P).
func PathArgs(nr int) []PathArg {
	t := pathArgsByNr()
	if nr < 0 || nr >= len(t) {
		return nil
	}
	return t[nr]
}

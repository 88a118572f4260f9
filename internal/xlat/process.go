package xlat

import "golang.org/x/sys/unix"

// cloneFlagPairs are the CLONE_* flags of clone(2), in strace's order.
var cloneFlagPairs = []Pair{
	P(unix.CLONE_VM, "CLONE_VM"), P(unix.CLONE_FS, "CLONE_FS"), P(unix.CLONE_FILES, "CLONE_FILES"),
	P(unix.CLONE_SIGHAND, "CLONE_SIGHAND"), P(unix.CLONE_PIDFD, "CLONE_PIDFD"),
	P(unix.CLONE_PTRACE, "CLONE_PTRACE"), P(unix.CLONE_VFORK, "CLONE_VFORK"),
	P(unix.CLONE_PARENT, "CLONE_PARENT"), P(unix.CLONE_THREAD, "CLONE_THREAD"),
	P(unix.CLONE_NEWNS, "CLONE_NEWNS"), P(unix.CLONE_SYSVSEM, "CLONE_SYSVSEM"),
	P(unix.CLONE_SETTLS, "CLONE_SETTLS"), P(unix.CLONE_PARENT_SETTID, "CLONE_PARENT_SETTID"),
	P(unix.CLONE_CHILD_CLEARTID, "CLONE_CHILD_CLEARTID"), P(unix.CLONE_UNTRACED, "CLONE_UNTRACED"),
	P(unix.CLONE_CHILD_SETTID, "CLONE_CHILD_SETTID"), P(unix.CLONE_NEWCGROUP, "CLONE_NEWCGROUP"),
	P(unix.CLONE_NEWUTS, "CLONE_NEWUTS"), P(unix.CLONE_NEWIPC, "CLONE_NEWIPC"),
	P(unix.CLONE_NEWUSER, "CLONE_NEWUSER"), P(unix.CLONE_NEWPID, "CLONE_NEWPID"),
	P(unix.CLONE_NEWNET, "CLONE_NEWNET"), P(unix.CLONE_IO, "CLONE_IO"),
}

// CloneFlags are clone(2)'s flags above the exit signal byte.
var CloneFlags = T("CLONE_???", cloneFlagPairs...)

// CloneSignalMask is the exit signal's part of clone(2)'s flags (CSIGNAL).
const CloneSignalMask = 0xff

// Clone3Flags are clone_args.flags: clone's, then the clone3-only ones.
var Clone3Flags = T("CLONE_???", append(append([]Pair(nil), cloneFlagPairs...),
	P(unix.CLONE_NEWTIME, "CLONE_NEWTIME"), P(unix.CLONE_CLEAR_SIGHAND, "CLONE_CLEAR_SIGHAND"),
	P(unix.CLONE_INTO_CGROUP, "CLONE_INTO_CGROUP"))...)

// UnshareFlags are unshare(2)'s flags, in strace's order.
var UnshareFlags = &Table{Unknown: "CLONE_???", Pairs: []Pair{
	{unix.CLONE_NEWTIME, "CLONE_NEWTIME"}, {unix.CLONE_VM, "CLONE_VM"}, {unix.CLONE_FS, "CLONE_FS"},
	{unix.CLONE_FILES, "CLONE_FILES"}, {unix.CLONE_SIGHAND, "CLONE_SIGHAND"},
	{unix.CLONE_THREAD, "CLONE_THREAD"}, {unix.CLONE_NEWNS, "CLONE_NEWNS"},
	{unix.CLONE_SYSVSEM, "CLONE_SYSVSEM"}, {unix.CLONE_NEWCGROUP, "CLONE_NEWCGROUP"},
	{unix.CLONE_NEWUTS, "CLONE_NEWUTS"}, {unix.CLONE_NEWIPC, "CLONE_NEWIPC"},
	{unix.CLONE_NEWUSER, "CLONE_NEWUSER"}, {unix.CLONE_NEWPID, "CLONE_NEWPID"},
	{unix.CLONE_NEWNET, "CLONE_NEWNET"}}}

// SetnsTypes are setns(2)'s namespace types.
var SetnsTypes = &Table{Unknown: "CLONE_NEW???", Pairs: []Pair{
	{unix.CLONE_NEWCGROUP, "CLONE_NEWCGROUP"}, {unix.CLONE_NEWIPC, "CLONE_NEWIPC"},
	{unix.CLONE_NEWNET, "CLONE_NEWNET"}, {unix.CLONE_NEWNS, "CLONE_NEWNS"},
	{unix.CLONE_NEWPID, "CLONE_NEWPID"}, {unix.CLONE_NEWTIME, "CLONE_NEWTIME"},
	{unix.CLONE_NEWUSER, "CLONE_NEWUSER"}, {unix.CLONE_NEWUTS, "CLONE_NEWUTS"}}}

// WaitOptions are the W* options of wait4(2) and waitid(2), in strace's
// order (WUNTRACED is WSTOPPED).
var WaitOptions = &Table{Unknown: "W???", Pairs: []Pair{
	{unix.WNOHANG, "WNOHANG"}, {unix.WEXITED, "WEXITED"}, {unix.WSTOPPED, "WSTOPPED"},
	{unix.WCONTINUED, "WCONTINUED"}, {unix.WNOWAIT, "WNOWAIT"}, {unix.WCLONE, "__WCLONE"},
	{unix.WALL, "__WALL"}, {unix.WNOTHREAD, "__WNOTHREAD"}}}

// WaitidTypes are waitid(2)'s idtype values.
var WaitidTypes = &Table{Unknown: "P_???", Pairs: []Pair{
	{unix.P_ALL, "P_ALL"}, {unix.P_PID, "P_PID"}, {unix.P_PGID, "P_PGID"}, {unix.P_PIDFD, "P_PIDFD"}}}

// PtraceEvents are the PTRACE_EVENT_* of a ptrace stop status.
var PtraceEvents = &Table{Unknown: "PTRACE_EVENT_???", Pairs: []Pair{
	{unix.PTRACE_EVENT_FORK, "PTRACE_EVENT_FORK"}, {unix.PTRACE_EVENT_VFORK, "PTRACE_EVENT_VFORK"},
	{unix.PTRACE_EVENT_CLONE, "PTRACE_EVENT_CLONE"}, {unix.PTRACE_EVENT_EXEC, "PTRACE_EVENT_EXEC"},
	{unix.PTRACE_EVENT_VFORK_DONE, "PTRACE_EVENT_VFORK_DONE"}, {unix.PTRACE_EVENT_EXIT, "PTRACE_EVENT_EXIT"},
	{unix.PTRACE_EVENT_SECCOMP, "PTRACE_EVENT_SECCOMP"}, {unix.PTRACE_EVENT_STOP, "PTRACE_EVENT_STOP"}}, wantDense: true}

// RlimitResources are the RLIMIT_* resources.
var RlimitResources = &Table{Unknown: "RLIMIT_???", Pairs: []Pair{
	{unix.RLIMIT_CPU, "RLIMIT_CPU"}, {unix.RLIMIT_FSIZE, "RLIMIT_FSIZE"}, {unix.RLIMIT_DATA, "RLIMIT_DATA"},
	{unix.RLIMIT_STACK, "RLIMIT_STACK"}, {unix.RLIMIT_CORE, "RLIMIT_CORE"}, {unix.RLIMIT_RSS, "RLIMIT_RSS"},
	{unix.RLIMIT_NPROC, "RLIMIT_NPROC"}, {unix.RLIMIT_NOFILE, "RLIMIT_NOFILE"},
	{unix.RLIMIT_MEMLOCK, "RLIMIT_MEMLOCK"}, {unix.RLIMIT_AS, "RLIMIT_AS"},
	{unix.RLIMIT_LOCKS, "RLIMIT_LOCKS"}, {unix.RLIMIT_SIGPENDING, "RLIMIT_SIGPENDING"},
	{unix.RLIMIT_MSGQUEUE, "RLIMIT_MSGQUEUE"}, {unix.RLIMIT_NICE, "RLIMIT_NICE"},
	{unix.RLIMIT_RTPRIO, "RLIMIT_RTPRIO"}, {unix.RLIMIT_RTTIME, "RLIMIT_RTTIME"}}, wantDense: true}

// RusageWho is getrusage(2)'s first argument (an int: compare sign-extended).
var RusageWho = &Table{Unknown: "RUSAGE_???", Pairs: []Pair{
	{unix.RUSAGE_SELF, "RUSAGE_SELF"}, {1<<64 + unix.RUSAGE_CHILDREN, "RUSAGE_CHILDREN"},
	{1<<64 - 2, "RUSAGE_BOTH"}, {unix.RUSAGE_THREAD, "RUSAGE_THREAD"}}}

// PrioWhich is getpriority(2)'s first argument.
var PrioWhich = &Table{Unknown: "PRIO_???", Pairs: []Pair{
	{unix.PRIO_PROCESS, "PRIO_PROCESS"}, {unix.PRIO_PGRP, "PRIO_PGRP"}, {unix.PRIO_USER, "PRIO_USER"}}}

// SchedPolicies are the scheduling policies.
var SchedPolicies = &Table{Unknown: "SCHED_???", Pairs: []Pair{
	{unix.SCHED_NORMAL, "SCHED_OTHER"}, {unix.SCHED_FIFO, "SCHED_FIFO"}, {unix.SCHED_RR, "SCHED_RR"},
	{unix.SCHED_BATCH, "SCHED_BATCH"}, {4, "SCHED_ISO"}, {unix.SCHED_IDLE, "SCHED_IDLE"},
	{unix.SCHED_DEADLINE, "SCHED_DEADLINE"}}, wantDense: true}

// SchedFlags are sched_attr.sched_flags.
var SchedFlags = &Table{Unknown: "SCHED_FLAG_???", Pairs: []Pair{
	{unix.SCHED_FLAG_RESET_ON_FORK, "SCHED_FLAG_RESET_ON_FORK"}, {unix.SCHED_FLAG_RECLAIM, "SCHED_FLAG_RECLAIM"},
	{unix.SCHED_FLAG_DL_OVERRUN, "SCHED_FLAG_DL_OVERRUN"}, {unix.SCHED_FLAG_KEEP_POLICY, "SCHED_FLAG_KEEP_POLICY"},
	{unix.SCHED_FLAG_KEEP_PARAMS, "SCHED_FLAG_KEEP_PARAMS"},
	{unix.SCHED_FLAG_UTIL_CLAMP_MIN, "SCHED_FLAG_UTIL_CLAMP_MIN"},
	{unix.SCHED_FLAG_UTIL_CLAMP_MAX, "SCHED_FLAG_UTIL_CLAMP_MAX"}}}

// GetrandomFlags are getrandom(2)'s flags.
var GetrandomFlags = &Table{Unknown: "GRND_???", Pairs: []Pair{
	{unix.GRND_NONBLOCK, "GRND_NONBLOCK"}, {unix.GRND_RANDOM, "GRND_RANDOM"},
	{unix.GRND_INSECURE, "GRND_INSECURE"}}}

// PidfdFlags are pidfd_open(2)'s flags.
var PidfdFlags = &Table{Unknown: "PIDFD_???", Pairs: []Pair{{unix.O_NONBLOCK, "PIDFD_NONBLOCK"}}}

// KcmpTypes are kcmp(2)'s comparison types.
var KcmpTypes = &Table{Unknown: "KCMP_???", Pairs: []Pair{
	{0, "KCMP_FILE"}, {1, "KCMP_VM"}, {2, "KCMP_FILES"}, {3, "KCMP_FS"}, {4, "KCMP_SIGHAND"},
	{5, "KCMP_IO"}, {6, "KCMP_SYSVSEM"}, {7, "KCMP_EPOLL_TFD"}}} // linux/kcmp.h

// MembarrierCmds are membarrier(2)'s commands; MEMBARRIER_CMD_QUERY
// returns a set of them.
var MembarrierCmds = &Table{Unknown: "MEMBARRIER_CMD_???", Pairs: []Pair{
	{0, "MEMBARRIER_CMD_QUERY"}, {1, "MEMBARRIER_CMD_GLOBAL"}, {2, "MEMBARRIER_CMD_GLOBAL_EXPEDITED"},
	{4, "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED"}, {8, "MEMBARRIER_CMD_PRIVATE_EXPEDITED"},
	{16, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED"},
	{32, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE"},
	{64, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE"},
	{128, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ"},
	{256, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ"}}} // linux/membarrier.h

// MembarrierFlags are membarrier(2)'s flags.
var MembarrierFlags = &Table{Unknown: "MEMBARRIER_CMD_FLAG_???", Pairs: []Pair{{1, "MEMBARRIER_CMD_FLAG_CPU"}}}

// ExecveatFlags are execveat(2)'s flags: strace uses the AT_* set without
// the statx ones.
var ExecveatFlags = &Table{Unknown: "AT_???", Pairs: []Pair{
	{unix.AT_SYMLINK_NOFOLLOW, "AT_SYMLINK_NOFOLLOW"}, {unix.AT_REMOVEDIR, "AT_REMOVEDIR"},
	{unix.AT_SYMLINK_FOLLOW, "AT_SYMLINK_FOLLOW"}, {unix.AT_NO_AUTOMOUNT, "AT_NO_AUTOMOUNT"},
	{unix.AT_EMPTY_PATH, "AT_EMPTY_PATH"}, {unix.AT_RECURSIVE, "AT_RECURSIVE"}}}

// PersonalityTypes are the execution domains, with their flags: strace
// looks up the low byte of a persona among them, so that only those whose
// value is a bare byte ever match.
var PersonalityTypes = &Table{Unknown: "PER_???", Pairs: []Pair{
	{0x0000000, "PER_LINUX"}, {0x0800000, "PER_LINUX_32BIT"}, {0x0080000, "PER_LINUX_FDPIC"},
	{0x4100001, "PER_SVR4"}, {0x5000002, "PER_SVR3"}, {0x7000003, "PER_SCOSVR3"},
	{0x6000003, "PER_OSR5"}, {0x5000004, "PER_WYSEV386"}, {0x4000005, "PER_ISCR4"},
	{0x0000006, "PER_BSD"}, {0x4000006, "PER_SUNOS"}, {0x5000007, "PER_XENIX"},
	{0x0000008, "PER_LINUX32"}, {0x8000008, "PER_LINUX32_3GB"}, {0x4000009, "PER_IRIX32"},
	{0x400000a, "PER_IRIXN32"}, {0x400000b, "PER_IRIX64"}, {0x000000c, "PER_RISCOS"},
	{0x400000d, "PER_SOLARIS"}, {0x410000e, "PER_UW7"}, {0x000000f, "PER_OSF4"},
	{0x0000010, "PER_HPUX"}, {0x00000ff, "PER_MASK"}}} // linux/personality.h

// PersonalityFlags are the personality bits above the type.
var PersonalityFlags = &Table{Unknown: "", Pairs: []Pair{
	{0x0020000, "UNAME26"}, {0x0040000, "ADDR_NO_RANDOMIZE"}, {0x0080000, "FDPIC_FUNCPTRS"},
	{0x0100000, "MMAP_PAGE_ZERO"}, {0x0200000, "ADDR_COMPAT_LAYOUT"}, {0x0400000, "READ_IMPLIES_EXEC"},
	{0x0800000, "ADDR_LIMIT_32BIT"}, {0x1000000, "SHORT_INODE"}, {0x2000000, "WHOLE_SECONDS"},
	{0x4000000, "STICKY_TIMEOUTS"}, {0x8000000, "ADDR_LIMIT_3GB"}}} // linux/personality.h

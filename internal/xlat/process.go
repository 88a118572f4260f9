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
var UnshareFlags = T("CLONE_???",
	P(unix.CLONE_NEWTIME, "CLONE_NEWTIME"), P(unix.CLONE_VM, "CLONE_VM"), P(unix.CLONE_FS, "CLONE_FS"),
	P(unix.CLONE_FILES, "CLONE_FILES"), P(unix.CLONE_SIGHAND, "CLONE_SIGHAND"),
	P(unix.CLONE_THREAD, "CLONE_THREAD"), P(unix.CLONE_NEWNS, "CLONE_NEWNS"),
	P(unix.CLONE_SYSVSEM, "CLONE_SYSVSEM"), P(unix.CLONE_NEWCGROUP, "CLONE_NEWCGROUP"),
	P(unix.CLONE_NEWUTS, "CLONE_NEWUTS"), P(unix.CLONE_NEWIPC, "CLONE_NEWIPC"),
	P(unix.CLONE_NEWUSER, "CLONE_NEWUSER"), P(unix.CLONE_NEWPID, "CLONE_NEWPID"),
	P(unix.CLONE_NEWNET, "CLONE_NEWNET"))

// SetnsTypes are setns(2)'s namespace types.
var SetnsTypes = T("CLONE_NEW???",
	P(unix.CLONE_NEWCGROUP, "CLONE_NEWCGROUP"), P(unix.CLONE_NEWIPC, "CLONE_NEWIPC"),
	P(unix.CLONE_NEWNET, "CLONE_NEWNET"), P(unix.CLONE_NEWNS, "CLONE_NEWNS"),
	P(unix.CLONE_NEWPID, "CLONE_NEWPID"), P(unix.CLONE_NEWTIME, "CLONE_NEWTIME"),
	P(unix.CLONE_NEWUSER, "CLONE_NEWUSER"), P(unix.CLONE_NEWUTS, "CLONE_NEWUTS"))

// WaitOptions are the W* options of wait4(2) and waitid(2), in strace's
// order (WUNTRACED is WSTOPPED).
var WaitOptions = T("W???",
	P(unix.WNOHANG, "WNOHANG"), P(unix.WEXITED, "WEXITED"), P(unix.WSTOPPED, "WSTOPPED"),
	P(unix.WCONTINUED, "WCONTINUED"), P(unix.WNOWAIT, "WNOWAIT"), P(unix.WCLONE, "__WCLONE"),
	P(unix.WALL, "__WALL"), P(unix.WNOTHREAD, "__WNOTHREAD"))

// WaitidTypes are waitid(2)'s idtype values.
var WaitidTypes = T("P_???",
	P(unix.P_ALL, "P_ALL"), P(unix.P_PID, "P_PID"), P(unix.P_PGID, "P_PGID"), P(unix.P_PIDFD, "P_PIDFD"))

// PtraceEvents are the PTRACE_EVENT_* of a ptrace stop status.
var PtraceEvents = T("PTRACE_EVENT_???",
	P(unix.PTRACE_EVENT_FORK, "PTRACE_EVENT_FORK"), P(unix.PTRACE_EVENT_VFORK, "PTRACE_EVENT_VFORK"),
	P(unix.PTRACE_EVENT_CLONE, "PTRACE_EVENT_CLONE"), P(unix.PTRACE_EVENT_EXEC, "PTRACE_EVENT_EXEC"),
	P(unix.PTRACE_EVENT_VFORK_DONE, "PTRACE_EVENT_VFORK_DONE"), P(unix.PTRACE_EVENT_EXIT, "PTRACE_EVENT_EXIT"),
	P(unix.PTRACE_EVENT_SECCOMP, "PTRACE_EVENT_SECCOMP"), P(unix.PTRACE_EVENT_STOP, "PTRACE_EVENT_STOP")).Index()

// RlimitResources are the RLIMIT_* resources.
var RlimitResources = T("RLIMIT_???",
	P(unix.RLIMIT_CPU, "RLIMIT_CPU"), P(unix.RLIMIT_FSIZE, "RLIMIT_FSIZE"), P(unix.RLIMIT_DATA, "RLIMIT_DATA"),
	P(unix.RLIMIT_STACK, "RLIMIT_STACK"), P(unix.RLIMIT_CORE, "RLIMIT_CORE"), P(unix.RLIMIT_RSS, "RLIMIT_RSS"),
	P(unix.RLIMIT_NPROC, "RLIMIT_NPROC"), P(unix.RLIMIT_NOFILE, "RLIMIT_NOFILE"),
	P(unix.RLIMIT_MEMLOCK, "RLIMIT_MEMLOCK"), P(unix.RLIMIT_AS, "RLIMIT_AS"),
	P(unix.RLIMIT_LOCKS, "RLIMIT_LOCKS"), P(unix.RLIMIT_SIGPENDING, "RLIMIT_SIGPENDING"),
	P(unix.RLIMIT_MSGQUEUE, "RLIMIT_MSGQUEUE"), P(unix.RLIMIT_NICE, "RLIMIT_NICE"),
	P(unix.RLIMIT_RTPRIO, "RLIMIT_RTPRIO"), P(unix.RLIMIT_RTTIME, "RLIMIT_RTTIME")).Index()

// RusageWho is getrusage(2)'s first argument (an int: compare sign-extended).
var RusageWho = T("RUSAGE_???",
	P(unix.RUSAGE_SELF, "RUSAGE_SELF"), P(unix.RUSAGE_CHILDREN, "RUSAGE_CHILDREN"),
	P(-2, "RUSAGE_BOTH"), P(unix.RUSAGE_THREAD, "RUSAGE_THREAD"))

// PrioWhich is getpriority(2)'s first argument.
var PrioWhich = T("PRIO_???",
	P(unix.PRIO_PROCESS, "PRIO_PROCESS"), P(unix.PRIO_PGRP, "PRIO_PGRP"), P(unix.PRIO_USER, "PRIO_USER"))

// SchedPolicies are the scheduling policies.
var SchedPolicies = T("SCHED_???",
	P(unix.SCHED_NORMAL, "SCHED_OTHER"), P(unix.SCHED_FIFO, "SCHED_FIFO"), P(unix.SCHED_RR, "SCHED_RR"),
	P(unix.SCHED_BATCH, "SCHED_BATCH"), P(4, "SCHED_ISO"), P(unix.SCHED_IDLE, "SCHED_IDLE"),
	P(unix.SCHED_DEADLINE, "SCHED_DEADLINE")).Index()

// SchedFlags are sched_attr.sched_flags.
var SchedFlags = T("SCHED_FLAG_???",
	P(unix.SCHED_FLAG_RESET_ON_FORK, "SCHED_FLAG_RESET_ON_FORK"), P(unix.SCHED_FLAG_RECLAIM, "SCHED_FLAG_RECLAIM"),
	P(unix.SCHED_FLAG_DL_OVERRUN, "SCHED_FLAG_DL_OVERRUN"), P(unix.SCHED_FLAG_KEEP_POLICY, "SCHED_FLAG_KEEP_POLICY"),
	P(unix.SCHED_FLAG_KEEP_PARAMS, "SCHED_FLAG_KEEP_PARAMS"),
	P(unix.SCHED_FLAG_UTIL_CLAMP_MIN, "SCHED_FLAG_UTIL_CLAMP_MIN"),
	P(unix.SCHED_FLAG_UTIL_CLAMP_MAX, "SCHED_FLAG_UTIL_CLAMP_MAX"))

// GetrandomFlags are getrandom(2)'s flags.
var GetrandomFlags = T("GRND_???",
	P(unix.GRND_NONBLOCK, "GRND_NONBLOCK"), P(unix.GRND_RANDOM, "GRND_RANDOM"),
	P(unix.GRND_INSECURE, "GRND_INSECURE"))

// PidfdFlags are pidfd_open(2)'s flags.
var PidfdFlags = T("PIDFD_???", P(unix.O_NONBLOCK, "PIDFD_NONBLOCK"))

// KcmpTypes are kcmp(2)'s comparison types.
var KcmpTypes = T("KCMP_???",
	P(0, "KCMP_FILE"), P(1, "KCMP_VM"), P(2, "KCMP_FILES"), P(3, "KCMP_FS"), P(4, "KCMP_SIGHAND"),
	P(5, "KCMP_IO"), P(6, "KCMP_SYSVSEM"), P(7, "KCMP_EPOLL_TFD")) // linux/kcmp.h

// MembarrierCmds are membarrier(2)'s commands; MEMBARRIER_CMD_QUERY
// returns a set of them.
var MembarrierCmds = T("MEMBARRIER_CMD_???",
	P(0, "MEMBARRIER_CMD_QUERY"), P(1, "MEMBARRIER_CMD_GLOBAL"), P(2, "MEMBARRIER_CMD_GLOBAL_EXPEDITED"),
	P(4, "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED"), P(8, "MEMBARRIER_CMD_PRIVATE_EXPEDITED"),
	P(16, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED"),
	P(32, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE"),
	P(64, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE"),
	P(128, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ"),
	P(256, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ")) // linux/membarrier.h

// MembarrierFlags are membarrier(2)'s flags.
var MembarrierFlags = T("MEMBARRIER_CMD_FLAG_???", P(1, "MEMBARRIER_CMD_FLAG_CPU"))

// ExecveatFlags are execveat(2)'s flags: strace uses the AT_* set without
// the statx ones.
var ExecveatFlags = T("AT_???",
	P(unix.AT_SYMLINK_NOFOLLOW, "AT_SYMLINK_NOFOLLOW"), P(unix.AT_REMOVEDIR, "AT_REMOVEDIR"),
	P(unix.AT_SYMLINK_FOLLOW, "AT_SYMLINK_FOLLOW"), P(unix.AT_NO_AUTOMOUNT, "AT_NO_AUTOMOUNT"),
	P(unix.AT_EMPTY_PATH, "AT_EMPTY_PATH"), P(unix.AT_RECURSIVE, "AT_RECURSIVE"))

// PersonalityTypes are the execution domains, with their flags: strace
// looks up the low byte of a persona among them, so that only those whose
// value is a bare byte ever match.
var PersonalityTypes = T("PER_???",
	P(0x0000000, "PER_LINUX"), P(0x0800000, "PER_LINUX_32BIT"), P(0x0080000, "PER_LINUX_FDPIC"),
	P(0x4100001, "PER_SVR4"), P(0x5000002, "PER_SVR3"), P(0x7000003, "PER_SCOSVR3"),
	P(0x6000003, "PER_OSR5"), P(0x5000004, "PER_WYSEV386"), P(0x4000005, "PER_ISCR4"),
	P(0x0000006, "PER_BSD"), P(0x4000006, "PER_SUNOS"), P(0x5000007, "PER_XENIX"),
	P(0x0000008, "PER_LINUX32"), P(0x8000008, "PER_LINUX32_3GB"), P(0x4000009, "PER_IRIX32"),
	P(0x400000a, "PER_IRIXN32"), P(0x400000b, "PER_IRIX64"), P(0x000000c, "PER_RISCOS"),
	P(0x400000d, "PER_SOLARIS"), P(0x410000e, "PER_UW7"), P(0x000000f, "PER_OSF4"),
	P(0x0000010, "PER_HPUX"), P(0x00000ff, "PER_MASK")) // linux/personality.h

// PersonalityFlags are the personality bits above the type.
var PersonalityFlags = T("",
	P(0x0020000, "UNAME26"), P(0x0040000, "ADDR_NO_RANDOMIZE"), P(0x0080000, "FDPIC_FUNCPTRS"),
	P(0x0100000, "MMAP_PAGE_ZERO"), P(0x0200000, "ADDR_COMPAT_LAYOUT"), P(0x0400000, "READ_IMPLIES_EXEC"),
	P(0x0800000, "ADDR_LIMIT_32BIT"), P(0x1000000, "SHORT_INODE"), P(0x2000000, "WHOLE_SECONDS"),
	P(0x4000000, "STICKY_TIMEOUTS"), P(0x8000000, "ADDR_LIMIT_3GB")) // linux/personality.h

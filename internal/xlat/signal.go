package xlat

import (
	"math/bits"
	"strconv"

	"golang.org/x/sys/unix"
)

var signalNames = [...]string{
	1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT",
	7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2",
	13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM", 16: "SIGSTKFLT", 17: "SIGCHLD",
	18: "SIGCONT", 19: "SIGSTOP", 20: "SIGTSTP", 21: "SIGTTIN", 22: "SIGTTOU",
	23: "SIGURG", 24: "SIGXCPU", 25: "SIGXFSZ", 26: "SIGVTALRM", 27: "SIGPROF",
	28: "SIGWINCH", 29: "SIGIO", 30: "SIGPWR", 31: "SIGSYS",
}

// The first real-time signal as the kernel numbers them. glibc reserves the
// first two for itself, but strace names them from the kernel's SIGRTMIN.
const sigRTMin = 32

// SignalName returns "SIGHUP", "SIGRTMIN", "SIGRT_3", or "" for a number
// that is not a signal.
func SignalName(sig int) string {
	if sig > 0 && sig < len(signalNames) {
		return signalNames[sig]
	}
	if sig == sigRTMin {
		return "SIGRTMIN"
	}
	if sig > sigRTMin && sig <= 64 {
		return "SIGRT_" + strconv.Itoa(sig-sigRTMin)
	}
	return ""
}

// AppendSignal appends a signal's name, or its number when it has none.
func AppendSignal(dst []byte, sig int) []byte {
	if n := SignalName(sig); n != "" {
		return append(dst, n...)
	}
	return strconv.AppendInt(dst, int64(sig), 10)
}

// SignalByName accepts "SIGHUP", "HUP", "hup", "SIGRTMIN", "RT_3" or a
// number, as strace's -e signal= and inject signal= do.
func SignalByName(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		if n > 0 && n <= 64 {
			return n, true
		}
		return 0, false
	}
	up := make([]byte, 0, len(s)+3)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		up = append(up, c)
	}
	name := string(up)
	if len(name) < 3 || name[:3] != "SIG" {
		name = "SIG" + name
	}
	for sig := 1; sig <= 64; sig++ {
		if SignalName(sig) == name {
			return sig, true
		}
	}
	return 0, false
}

// AppendSigset appends a signal set of nsig bits as strace prints one:
// "[HUP INT]", or "~[...]" listing the signals absent when at least two
// thirds are present. strace 6.1 switches at 42 of 64 signals and at 21 of
// 32 (rt_sigpending with a 4-byte set), that is count >= nsig*2/3 in
// integer arithmetic. Names lose their "SIG" prefix.
func AppendSigset(dst []byte, mask uint64, nsig int) []byte {
	return appendSigset(dst, mask, nsig, StyleAbbrev)
}

// appendSigElem appends a signal as a set lists it: its name without
// "SIG" or its number, or in the other styles its number and in a comment
// its name.
func appendSigElem(dst []byte, sig int, s Style) []byte {
	n := SignalName(sig)
	if n != "" && s == StyleAbbrev {
		return append(dst, n[3:]...)
	}
	dst = strconv.AppendInt(dst, int64(sig), 10)
	if n != "" && s == StyleVerbose {
		dst = append(dst, " /* "...)
		dst = append(dst, n[3:]...)
		dst = append(dst, " */"...)
	}
	return dst
}

func appendSigset(dst []byte, mask uint64, nsig int, s Style) []byte {
	if nsig < 64 {
		mask &= 1<<nsig - 1
	}
	count := bits.OnesCount64(mask)
	neg := count >= nsig*2/3
	if neg {
		dst = append(dst, '~')
		if nsig >= 64 {
			mask = ^mask
		} else {
			mask = ^mask & (1<<nsig - 1)
		}
	}
	dst = append(dst, '[')
	first := true
	for sig := 1; sig <= nsig; sig++ {
		if mask&(1<<(sig-1)) == 0 {
			continue
		}
		if !first {
			dst = append(dst, ' ')
		}
		first = false
		dst = appendSigElem(dst, sig, s)
	}
	return append(dst, ']')
}

// SigactionFlags are sa_flags, in strace's order. x/sys has none of them:
// the values are asm-generic/signal-defs.h's, shared by x86 and arm64.
var SigactionFlags = &Table{Unknown: "SA_???", Pairs: []Pair{
	{0x04000000, "SA_RESTORER"}, {0x08000000, "SA_ONSTACK"}, {0x10000000, "SA_RESTART"},
	{0x20000000, "SA_INTERRUPT"}, {0x40000000, "SA_NODEFER"}, {0x80000000, "SA_RESETHAND"},
	{0x4, "SA_SIGINFO"}, {0x1, "SA_NOCLDSTOP"}, {0x2, "SA_NOCLDWAIT"}}}

// SigactionRestorer is SA_RESTORER: sa_restorer is printed only with it.
const SigactionRestorer = 0x04000000

// SignalHandlers are the special values of sa_handler.
var SignalHandlers = &Table{Unknown: "", Pairs: []Pair{{1<<64 - 1, "SIG_ERR"}, {0, "SIG_DFL"}, {1, "SIG_IGN"}}}

// SigprocmaskHow is rt_sigprocmask's first argument.
var SigprocmaskHow = &Table{Unknown: "SIG_???", Pairs: []Pair{
	{unix.SIG_BLOCK, "SIG_BLOCK"}, {unix.SIG_UNBLOCK, "SIG_UNBLOCK"}, {2, "SIG_SETMASK"}}}

// SigaltstackFlags are ss_flags.
var SigaltstackFlags = &Table{Unknown: "SS_???", Pairs: []Pair{
	{1, "SS_ONSTACK"}, {2, "SS_DISABLE"}, {1 << 31, "SS_AUTODISARM"}}} // asm-generic/signal-defs.h

// SignalfdFlags are signalfd4's flags.
var SignalfdFlags = &Table{Unknown: "SFD_???", Pairs: []Pair{{unix.SFD_CLOEXEC, "SFD_CLOEXEC"}, {unix.SFD_NONBLOCK, "SFD_NONBLOCK"}}}

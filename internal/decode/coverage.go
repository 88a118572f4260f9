package decode

// How completely each syscall is decoded, for the coverage report
// (internal/gen/coverage writes docs/syscalls.md from it). A decoder is
// complete unless listed here; the lists say why, so that the report and
// the next person to work on a decoder see the same gaps.

// Coverage is how a syscall's arguments are decoded.
type Coverage uint8

const (
	// CoverRaw: no decoder; the arguments print in hex, and strace 6.1
	// decodes them.
	CoverRaw Coverage = iota
	// CoverFull: decoded as strace 6.1 decodes it (a call 6.1 does not
	// know: as strace 7.2 does).
	CoverFull
	// CoverPartial: decoded, but some arguments or cases print less than
	// strace shows (see the reason).
	CoverPartial
	// CoverRawAsStrace: no decoder, and strace 6.1 prints the call raw
	// too, so the hex arguments are exactly its output.
	CoverRawAsStrace
)

// partial lists the decoders known to print less than strace in some
// cases.
var partial = map[string]string{
	"ioctl": "requests outside the terminal, file and block families print their argument in hex",
	"sendto": "netlink payloads are decoded only for NETLINK_ROUTE address messages, " +
		"and only when the call carries a netlink address",
	"recvfrom": "netlink payloads are decoded only for NETLINK_ROUTE address messages, " +
		"and only when the call carries a netlink address",
	"sendmsg": "netlink payloads as for sendto; control messages SO_TIMESTAMPING, IP_RECVERR, " +
		"IP_ORIGDSTADDR and other SOL_IP types than IP_PKTINFO, IP_TTL, IP_TOS print their data in hex",
	"recvmsg":  "as sendmsg",
	"sendmmsg": "as sendmsg",
	"recvmmsg": "as sendmsg",
	"setsockopt": "BPF programs (SO_ATTACH_FILTER, SO_ATTACH_REUSEPORT_CBPF) print as an address " +
		"with -v; options of levels other than SOL_SOCKET, SOL_IP, SOL_IPV6, SOL_TCP, SOL_UDP, " +
		"SOL_NETLINK, SOL_PACKET and AF_VSOCK print in strace's generic form",
	"getsockopt": "options of levels other than SOL_SOCKET, SOL_IP, SOL_IPV6, SOL_TCP, SOL_UDP, " +
		"SOL_NETLINK, SOL_PACKET and AF_VSOCK print in strace's generic form",
	"seccomp":           "SECCOMP_SET_MODE_FILTER's BPF program prints as an address with -v",
	"prctl":             "PR_SET_SECCOMP's BPF program prints as an address with -v",
	"io_uring_register": "only IORING_REGISTER_FILES' argument is decoded (strace 6.1 also decodes buffers, probes, restrictions...)",
	"bpf": "values the kernel writes back other than *_GET_NEXT_ID's next_id (info_len and the " +
		"info struct with -v, query and test results, batch counts), BPF_PROG_LOAD's instructions " +
		"with -v and BPF_LINK_CREATE's attach-type members are not decoded; an unfinished " +
		"*_GET_NEXT_ID shows no attribute yet",
	"statmount": "the security options and id maps of struct statmount (STATMOUNT_OPT_SEC_ARRAY, " +
		"STATMOUNT_MNT_UIDMAP/GIDMAP) are printed like opt_array without a strace example to check",
	"lsm_get_self_attr": "the walk of the lsm_ctx entries written follows a single observed strace 7.2 example",
}

// rawAsStrace lists the calls strace 6.1 knows by name but prints
// undecoded (checked in testdata/strace/rawcalls.c).
var rawAsStrace = map[string]bool{
	"create_module": true, "get_kernel_syms": true, "query_module": true, "nfsservctl": true,
	"getpmsg": true, "putpmsg": true, "afs_syscall": true, "tuxcall": true, "security": true,
	"vserver": true, "epoll_ctl_old": true, "epoll_wait_old": true, "sysfs": true,
}

// elsewhere lists the calls printed by the session rather than a decoder.
var elsewhere = map[string]string{
	"restart_syscall": "printed by the session as strace does (<... resuming interrupted ...>)",
}

// CoverageOf reports how the syscall called name is decoded, with the
// reason when partial (or the note when it is handled elsewhere).
func CoverageOf(name string) (Coverage, string) {
	if note, ok := elsewhere[name]; ok {
		return CoverFull, note
	}
	if !Decoded(name) {
		if rawAsStrace[name] {
			return CoverRawAsStrace, ""
		}
		return CoverRaw, ""
	}
	if why, ok := partial[name]; ok {
		return CoverPartial, why
	}
	if why, ok := archPartial[name]; ok {
		return CoverPartial, why
	}
	return CoverFull, ""
}

package xlat

import "golang.org/x/sys/unix"

// Capabilities are the CAP_* numbers, indexed by value.
var Capabilities = &Table{Unknown: "CAP_???", Pairs: []Pair{
	{unix.CAP_CHOWN, "CAP_CHOWN"}, {unix.CAP_DAC_OVERRIDE, "CAP_DAC_OVERRIDE"},
	{unix.CAP_DAC_READ_SEARCH, "CAP_DAC_READ_SEARCH"}, {unix.CAP_FOWNER, "CAP_FOWNER"},
	{unix.CAP_FSETID, "CAP_FSETID"}, {unix.CAP_KILL, "CAP_KILL"}, {unix.CAP_SETGID, "CAP_SETGID"},
	{unix.CAP_SETUID, "CAP_SETUID"}, {unix.CAP_SETPCAP, "CAP_SETPCAP"},
	{unix.CAP_LINUX_IMMUTABLE, "CAP_LINUX_IMMUTABLE"}, {unix.CAP_NET_BIND_SERVICE, "CAP_NET_BIND_SERVICE"},
	{unix.CAP_NET_BROADCAST, "CAP_NET_BROADCAST"}, {unix.CAP_NET_ADMIN, "CAP_NET_ADMIN"},
	{unix.CAP_NET_RAW, "CAP_NET_RAW"}, {unix.CAP_IPC_LOCK, "CAP_IPC_LOCK"},
	{unix.CAP_IPC_OWNER, "CAP_IPC_OWNER"}, {unix.CAP_SYS_MODULE, "CAP_SYS_MODULE"},
	{unix.CAP_SYS_RAWIO, "CAP_SYS_RAWIO"}, {unix.CAP_SYS_CHROOT, "CAP_SYS_CHROOT"},
	{unix.CAP_SYS_PTRACE, "CAP_SYS_PTRACE"}, {unix.CAP_SYS_PACCT, "CAP_SYS_PACCT"},
	{unix.CAP_SYS_ADMIN, "CAP_SYS_ADMIN"}, {unix.CAP_SYS_BOOT, "CAP_SYS_BOOT"},
	{unix.CAP_SYS_NICE, "CAP_SYS_NICE"}, {unix.CAP_SYS_RESOURCE, "CAP_SYS_RESOURCE"},
	{unix.CAP_SYS_TIME, "CAP_SYS_TIME"}, {unix.CAP_SYS_TTY_CONFIG, "CAP_SYS_TTY_CONFIG"},
	{unix.CAP_MKNOD, "CAP_MKNOD"}, {unix.CAP_LEASE, "CAP_LEASE"}, {unix.CAP_AUDIT_WRITE, "CAP_AUDIT_WRITE"},
	{unix.CAP_AUDIT_CONTROL, "CAP_AUDIT_CONTROL"}, {unix.CAP_SETFCAP, "CAP_SETFCAP"},
	{unix.CAP_MAC_OVERRIDE, "CAP_MAC_OVERRIDE"}, {unix.CAP_MAC_ADMIN, "CAP_MAC_ADMIN"},
	{unix.CAP_SYSLOG, "CAP_SYSLOG"}, {unix.CAP_WAKE_ALARM, "CAP_WAKE_ALARM"},
	{unix.CAP_BLOCK_SUSPEND, "CAP_BLOCK_SUSPEND"}, {unix.CAP_AUDIT_READ, "CAP_AUDIT_READ"},
	{unix.CAP_PERFMON, "CAP_PERFMON"}, {unix.CAP_BPF, "CAP_BPF"},
	{unix.CAP_CHECKPOINT_RESTORE, "CAP_CHECKPOINT_RESTORE"}}, wantDense: true}

// CapVersions are the capability header versions.
var CapVersions = &Table{Unknown: "_LINUX_CAPABILITY_VERSION_???", Pairs: []Pair{
	{unix.LINUX_CAPABILITY_VERSION_1, "_LINUX_CAPABILITY_VERSION_1"},
	{unix.LINUX_CAPABILITY_VERSION_2, "_LINUX_CAPABILITY_VERSION_2"},
	{unix.LINUX_CAPABILITY_VERSION_3, "_LINUX_CAPABILITY_VERSION_3"}}}

// AppendCapSet appends a capability set as strace prints one:
// "1<<CAP_CHOWN|1<<CAP_KILL", or "0" for none. The set is made of 32-bit
// words (two for capability versions 2 and 3); bits without a name are
// printed in hex word by word, as the word's value, and a set with no
// named bit gets the /* CAP_??? */ comment.
func AppendCapSet(dst []byte, set uint64, words int) []byte {
	if set == 0 {
		return append(dst, '0')
	}
	named := 0
	var rest [2]uint64
	for i := 0; i < 32*words; i++ {
		if set&(1<<i) == 0 {
			continue
		}
		name, ok := Capabilities.Lookup(uint64(i))
		if !ok {
			rest[i/32] |= 1 << (i % 32)
			continue
		}
		if named > 0 {
			dst = append(dst, '|')
		}
		dst = append(dst, "1<<"...)
		dst = append(dst, name...)
		named++
	}
	n := named
	for _, r := range rest {
		if r == 0 {
			continue
		}
		if n > 0 {
			dst = append(dst, '|')
		}
		dst = appendHex(dst, r)
		n++
	}
	if named == 0 {
		dst = append(dst, " /* CAP_??? */"...)
	}
	return dst
}

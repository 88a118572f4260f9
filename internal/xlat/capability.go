package xlat

import "golang.org/x/sys/unix"

// Capabilities are the CAP_* numbers, indexed by value.
var Capabilities = T("CAP_???",
	P(unix.CAP_CHOWN, "CAP_CHOWN"), P(unix.CAP_DAC_OVERRIDE, "CAP_DAC_OVERRIDE"),
	P(unix.CAP_DAC_READ_SEARCH, "CAP_DAC_READ_SEARCH"), P(unix.CAP_FOWNER, "CAP_FOWNER"),
	P(unix.CAP_FSETID, "CAP_FSETID"), P(unix.CAP_KILL, "CAP_KILL"), P(unix.CAP_SETGID, "CAP_SETGID"),
	P(unix.CAP_SETUID, "CAP_SETUID"), P(unix.CAP_SETPCAP, "CAP_SETPCAP"),
	P(unix.CAP_LINUX_IMMUTABLE, "CAP_LINUX_IMMUTABLE"), P(unix.CAP_NET_BIND_SERVICE, "CAP_NET_BIND_SERVICE"),
	P(unix.CAP_NET_BROADCAST, "CAP_NET_BROADCAST"), P(unix.CAP_NET_ADMIN, "CAP_NET_ADMIN"),
	P(unix.CAP_NET_RAW, "CAP_NET_RAW"), P(unix.CAP_IPC_LOCK, "CAP_IPC_LOCK"),
	P(unix.CAP_IPC_OWNER, "CAP_IPC_OWNER"), P(unix.CAP_SYS_MODULE, "CAP_SYS_MODULE"),
	P(unix.CAP_SYS_RAWIO, "CAP_SYS_RAWIO"), P(unix.CAP_SYS_CHROOT, "CAP_SYS_CHROOT"),
	P(unix.CAP_SYS_PTRACE, "CAP_SYS_PTRACE"), P(unix.CAP_SYS_PACCT, "CAP_SYS_PACCT"),
	P(unix.CAP_SYS_ADMIN, "CAP_SYS_ADMIN"), P(unix.CAP_SYS_BOOT, "CAP_SYS_BOOT"),
	P(unix.CAP_SYS_NICE, "CAP_SYS_NICE"), P(unix.CAP_SYS_RESOURCE, "CAP_SYS_RESOURCE"),
	P(unix.CAP_SYS_TIME, "CAP_SYS_TIME"), P(unix.CAP_SYS_TTY_CONFIG, "CAP_SYS_TTY_CONFIG"),
	P(unix.CAP_MKNOD, "CAP_MKNOD"), P(unix.CAP_LEASE, "CAP_LEASE"), P(unix.CAP_AUDIT_WRITE, "CAP_AUDIT_WRITE"),
	P(unix.CAP_AUDIT_CONTROL, "CAP_AUDIT_CONTROL"), P(unix.CAP_SETFCAP, "CAP_SETFCAP"),
	P(unix.CAP_MAC_OVERRIDE, "CAP_MAC_OVERRIDE"), P(unix.CAP_MAC_ADMIN, "CAP_MAC_ADMIN"),
	P(unix.CAP_SYSLOG, "CAP_SYSLOG"), P(unix.CAP_WAKE_ALARM, "CAP_WAKE_ALARM"),
	P(unix.CAP_BLOCK_SUSPEND, "CAP_BLOCK_SUSPEND"), P(unix.CAP_AUDIT_READ, "CAP_AUDIT_READ"),
	P(unix.CAP_PERFMON, "CAP_PERFMON"), P(unix.CAP_BPF, "CAP_BPF"),
	P(unix.CAP_CHECKPOINT_RESTORE, "CAP_CHECKPOINT_RESTORE")).Index()

// CapVersions are the capability header versions.
var CapVersions = T("_LINUX_CAPABILITY_VERSION_???",
	P(unix.LINUX_CAPABILITY_VERSION_1, "_LINUX_CAPABILITY_VERSION_1"),
	P(unix.LINUX_CAPABILITY_VERSION_2, "_LINUX_CAPABILITY_VERSION_2"),
	P(unix.LINUX_CAPABILITY_VERSION_3, "_LINUX_CAPABILITY_VERSION_3"))

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

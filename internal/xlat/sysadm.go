package xlat

import "golang.org/x/sys/unix"

// Tables of the administration calls (syslog, reboot, swap, modules, I/O
// priorities). Names and order as strace 6.1 prints them (probed).

// SyslogActions are syslog(2)'s types; strace prints them as a number
// with the name in a comment.
var SyslogActions = T("SYSLOG_ACTION_???",
	P(unix.SYSLOG_ACTION_CLOSE, "SYSLOG_ACTION_CLOSE"),
	P(unix.SYSLOG_ACTION_OPEN, "SYSLOG_ACTION_OPEN"),
	P(unix.SYSLOG_ACTION_READ, "SYSLOG_ACTION_READ"),
	P(unix.SYSLOG_ACTION_READ_ALL, "SYSLOG_ACTION_READ_ALL"),
	P(unix.SYSLOG_ACTION_READ_CLEAR, "SYSLOG_ACTION_READ_CLEAR"),
	P(unix.SYSLOG_ACTION_CLEAR, "SYSLOG_ACTION_CLEAR"),
	P(unix.SYSLOG_ACTION_CONSOLE_OFF, "SYSLOG_ACTION_CONSOLE_OFF"),
	P(unix.SYSLOG_ACTION_CONSOLE_ON, "SYSLOG_ACTION_CONSOLE_ON"),
	P(unix.SYSLOG_ACTION_CONSOLE_LEVEL, "SYSLOG_ACTION_CONSOLE_LEVEL"),
	P(unix.SYSLOG_ACTION_SIZE_UNREAD, "SYSLOG_ACTION_SIZE_UNREAD"),
	P(unix.SYSLOG_ACTION_SIZE_BUFFER, "SYSLOG_ACTION_SIZE_BUFFER")).Index()

// LogLevels are the console levels of SYSLOG_ACTION_CONSOLE_LEVEL (the
// kernel's LOGLEVEL_*; 8 is one more than the last, which the kernel
// accepts).
var LogLevels = T("LOGLEVEL_???",
	P(0, "LOGLEVEL_EMERG"), P(1, "LOGLEVEL_ALERT"), P(2, "LOGLEVEL_CRIT"), P(3, "LOGLEVEL_ERR"),
	P(4, "LOGLEVEL_WARNING"), P(5, "LOGLEVEL_NOTICE"), P(6, "LOGLEVEL_INFO"), P(7, "LOGLEVEL_DEBUG"),
	P(8, "LOGLEVEL_DEBUG+1")).Index()

// RebootMagic1 and RebootMagic2 are reboot(2)'s magic numbers.
var (
	RebootMagic1 = T("LINUX_REBOOT_MAGIC_???", P(unix.LINUX_REBOOT_MAGIC1, "LINUX_REBOOT_MAGIC1"))
	RebootMagic2 = T("LINUX_REBOOT_MAGIC_???",
		P(unix.LINUX_REBOOT_MAGIC2, "LINUX_REBOOT_MAGIC2"),
		P(0x05121996, "LINUX_REBOOT_MAGIC2A"),
		P(0x16041998, "LINUX_REBOOT_MAGIC2B"),
		P(0x20112000, "LINUX_REBOOT_MAGIC2C"))
)

// RebootCmds are reboot(2)'s commands.
var RebootCmds = T("LINUX_REBOOT_CMD_???",
	P(unix.LINUX_REBOOT_CMD_CAD_OFF, "LINUX_REBOOT_CMD_CAD_OFF"),
	P(unix.LINUX_REBOOT_CMD_CAD_ON, "LINUX_REBOOT_CMD_CAD_ON"),
	P(unix.LINUX_REBOOT_CMD_HALT, "LINUX_REBOOT_CMD_HALT"),
	P(unix.LINUX_REBOOT_CMD_RESTART, "LINUX_REBOOT_CMD_RESTART"),
	P(unix.LINUX_REBOOT_CMD_POWER_OFF, "LINUX_REBOOT_CMD_POWER_OFF"),
	P(unix.LINUX_REBOOT_CMD_RESTART2, "LINUX_REBOOT_CMD_RESTART2"),
	P(unix.LINUX_REBOOT_CMD_SW_SUSPEND, "LINUX_REBOOT_CMD_SW_SUSPEND"),
	P(unix.LINUX_REBOOT_CMD_KEXEC, "LINUX_REBOOT_CMD_KEXEC"))

// SwapFlags are swapon(2)'s flags above the priority bits
// (<linux/swap.h>; x/sys lacks them).
var SwapFlags = T("SWAP_FLAG_???",
	P(0x8000, "SWAP_FLAG_PREFER"),
	P(0x10000, "SWAP_FLAG_DISCARD"),
	P(0x20000, "SWAP_FLAG_DISCARD_ONCE"),
	P(0x40000, "SWAP_FLAG_DISCARD_PAGES"))

// DeleteModuleFlags are delete_module(2)'s flags.
var DeleteModuleFlags = T("O_???", P(unix.O_NONBLOCK, "O_NONBLOCK"), P(unix.O_TRUNC, "O_TRUNC"))

// ModuleInitFlags are finit_module(2)'s flags.
var ModuleInitFlags = T("MODULE_INIT_???",
	P(unix.MODULE_INIT_IGNORE_MODVERSIONS, "MODULE_INIT_IGNORE_MODVERSIONS"),
	P(unix.MODULE_INIT_IGNORE_VERMAGIC, "MODULE_INIT_IGNORE_VERMAGIC"),
	P(unix.MODULE_INIT_COMPRESSED_FILE, "MODULE_INIT_COMPRESSED_FILE"))

// IoprioWho and IoprioClasses are ioprio_set(2)'s targets and classes
// (<linux/ioprio.h>; x/sys lacks them).
var (
	IoprioWho = T("IOPRIO_WHO_???",
		P(1, "IOPRIO_WHO_PROCESS"), P(2, "IOPRIO_WHO_PGRP"), P(3, "IOPRIO_WHO_USER"))
	IoprioClasses = T("IOPRIO_CLASS_???",
		P(0, "IOPRIO_CLASS_NONE"), P(1, "IOPRIO_CLASS_RT"), P(2, "IOPRIO_CLASS_BE"), P(3, "IOPRIO_CLASS_IDLE"))
)

// UffdFlags are userfaultfd(2)'s flags (UFFD_USER_MODE_ONLY is 1).
var UffdFlags = T("UFFD_???",
	P(1, "UFFD_USER_MODE_ONLY"), P(unix.O_NONBLOCK, "O_NONBLOCK"), P(unix.O_CLOEXEC, "O_CLOEXEC"))

// AioCmds and AioFlags are struct iocb's opcodes and flags
// (<linux/aio_abi.h>; x/sys lacks them).
var (
	AioCmds = T("IOCB_CMD_???",
		P(0, "IOCB_CMD_PREAD"), P(1, "IOCB_CMD_PWRITE"), P(2, "IOCB_CMD_FSYNC"), P(3, "IOCB_CMD_FDSYNC"),
		P(4, "IOCB_CMD_PREADX"), P(5, "IOCB_CMD_POLL"), P(6, "IOCB_CMD_NOOP"), P(7, "IOCB_CMD_PREADV"),
		P(8, "IOCB_CMD_PWRITEV")).Index()
	AioFlags = T("IOCB_FLAG_???", P(1, "IOCB_FLAG_RESFD"), P(2, "IOCB_FLAG_IOPRIO"))
)

// KexecArchs, KexecFlags and KexecFileFlags are kexec_load(2)'s
// architecture (the upper 16 bits) and flags, and kexec_file_load(2)'s
// flags, as strace 6.1 knows them.
var (
	KexecArchs = T("KEXEC_ARCH_???",
		P(unix.KEXEC_ARCH_DEFAULT, "KEXEC_ARCH_DEFAULT"), P(unix.KEXEC_ARCH_386, "KEXEC_ARCH_386"),
		P(unix.KEXEC_ARCH_68K, "KEXEC_ARCH_68K"), P(unix.KEXEC_ARCH_MIPS, "KEXEC_ARCH_MIPS"),
		P(unix.KEXEC_ARCH_MIPS_LE, "KEXEC_ARCH_MIPS_LE"), P(unix.KEXEC_ARCH_PARISC, "KEXEC_ARCH_PARISC"),
		P(unix.KEXEC_ARCH_PPC, "KEXEC_ARCH_PPC"), P(unix.KEXEC_ARCH_PPC64, "KEXEC_ARCH_PPC64"),
		P(unix.KEXEC_ARCH_S390, "KEXEC_ARCH_S390"), P(unix.KEXEC_ARCH_ARM, "KEXEC_ARCH_ARM"),
		P(unix.KEXEC_ARCH_SH, "KEXEC_ARCH_SH"), P(unix.KEXEC_ARCH_IA_64, "KEXEC_ARCH_IA_64"),
		P(unix.KEXEC_ARCH_X86_64, "KEXEC_ARCH_X86_64"), P(unix.KEXEC_ARCH_AARCH64, "KEXEC_ARCH_AARCH64"),
		P(unix.KEXEC_ARCH_RISCV, "KEXEC_ARCH_RISCV"), P(unix.KEXEC_ARCH_LOONGARCH, "KEXEC_ARCH_LOONGARCH"))
	KexecFlags = Composite(KexecArchs, unix.KEXEC_ARCH_MASK, T("KEXEC_???",
		P(unix.KEXEC_ON_CRASH, "KEXEC_ON_CRASH"), P(unix.KEXEC_PRESERVE_CONTEXT, "KEXEC_PRESERVE_CONTEXT")))
	KexecFileFlags = T("KEXEC_FILE_???",
		P(unix.KEXEC_FILE_UNLOAD, "KEXEC_FILE_UNLOAD"), P(unix.KEXEC_FILE_ON_CRASH, "KEXEC_FILE_ON_CRASH"),
		P(unix.KEXEC_FILE_NO_INITRAMFS, "KEXEC_FILE_NO_INITRAMFS"))
)

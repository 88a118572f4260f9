package xlat

import "golang.org/x/sys/unix"

// Tables of the administration calls (syslog, reboot, swap, modules, I/O
// priorities). Names and order as strace 6.1 prints them (probed).

// SyslogActions are syslog(2)'s types; strace prints them as a number
// with the name in a comment.
var SyslogActions = &Table{Unknown: "SYSLOG_ACTION_???", Pairs: []Pair{
	{unix.SYSLOG_ACTION_CLOSE, "SYSLOG_ACTION_CLOSE"},
	{unix.SYSLOG_ACTION_OPEN, "SYSLOG_ACTION_OPEN"},
	{unix.SYSLOG_ACTION_READ, "SYSLOG_ACTION_READ"},
	{unix.SYSLOG_ACTION_READ_ALL, "SYSLOG_ACTION_READ_ALL"},
	{unix.SYSLOG_ACTION_READ_CLEAR, "SYSLOG_ACTION_READ_CLEAR"},
	{unix.SYSLOG_ACTION_CLEAR, "SYSLOG_ACTION_CLEAR"},
	{unix.SYSLOG_ACTION_CONSOLE_OFF, "SYSLOG_ACTION_CONSOLE_OFF"},
	{unix.SYSLOG_ACTION_CONSOLE_ON, "SYSLOG_ACTION_CONSOLE_ON"},
	{unix.SYSLOG_ACTION_CONSOLE_LEVEL, "SYSLOG_ACTION_CONSOLE_LEVEL"},
	{unix.SYSLOG_ACTION_SIZE_UNREAD, "SYSLOG_ACTION_SIZE_UNREAD"},
	{unix.SYSLOG_ACTION_SIZE_BUFFER, "SYSLOG_ACTION_SIZE_BUFFER"}}, wantDense: true}

// LogLevels are the console levels of SYSLOG_ACTION_CONSOLE_LEVEL (the
// kernel's LOGLEVEL_*; 8 is one more than the last, which the kernel
// accepts).
var LogLevels = &Table{Unknown: "LOGLEVEL_???", Pairs: []Pair{
	{0, "LOGLEVEL_EMERG"}, {1, "LOGLEVEL_ALERT"}, {2, "LOGLEVEL_CRIT"}, {3, "LOGLEVEL_ERR"},
	{4, "LOGLEVEL_WARNING"}, {5, "LOGLEVEL_NOTICE"}, {6, "LOGLEVEL_INFO"}, {7, "LOGLEVEL_DEBUG"},
	{8, "LOGLEVEL_DEBUG+1"}}, wantDense: true}

// RebootMagic1 and RebootMagic2 are reboot(2)'s magic numbers.
var (
	RebootMagic1 = &Table{Unknown: "LINUX_REBOOT_MAGIC_???", Pairs: []Pair{{unix.LINUX_REBOOT_MAGIC1, "LINUX_REBOOT_MAGIC1"}}}
	RebootMagic2 = &Table{Unknown: "LINUX_REBOOT_MAGIC_???", Pairs: []Pair{
		{unix.LINUX_REBOOT_MAGIC2, "LINUX_REBOOT_MAGIC2"},
		{0x05121996, "LINUX_REBOOT_MAGIC2A"},
		{0x16041998, "LINUX_REBOOT_MAGIC2B"},
		{0x20112000, "LINUX_REBOOT_MAGIC2C"}}}
)

// RebootCmds are reboot(2)'s commands.
var RebootCmds = &Table{Unknown: "LINUX_REBOOT_CMD_???", Pairs: []Pair{
	{unix.LINUX_REBOOT_CMD_CAD_OFF, "LINUX_REBOOT_CMD_CAD_OFF"},
	{unix.LINUX_REBOOT_CMD_CAD_ON, "LINUX_REBOOT_CMD_CAD_ON"},
	{unix.LINUX_REBOOT_CMD_HALT, "LINUX_REBOOT_CMD_HALT"},
	{unix.LINUX_REBOOT_CMD_RESTART, "LINUX_REBOOT_CMD_RESTART"},
	{unix.LINUX_REBOOT_CMD_POWER_OFF, "LINUX_REBOOT_CMD_POWER_OFF"},
	{unix.LINUX_REBOOT_CMD_RESTART2, "LINUX_REBOOT_CMD_RESTART2"},
	{unix.LINUX_REBOOT_CMD_SW_SUSPEND, "LINUX_REBOOT_CMD_SW_SUSPEND"},
	{unix.LINUX_REBOOT_CMD_KEXEC, "LINUX_REBOOT_CMD_KEXEC"}}}

// SwapFlags are swapon(2)'s flags above the priority bits
// (<linux/swap.h>; x/sys lacks them).
var SwapFlags = &Table{Unknown: "SWAP_FLAG_???", Pairs: []Pair{
	{0x8000, "SWAP_FLAG_PREFER"},
	{0x10000, "SWAP_FLAG_DISCARD"},
	{0x20000, "SWAP_FLAG_DISCARD_ONCE"},
	{0x40000, "SWAP_FLAG_DISCARD_PAGES"}}}

// DeleteModuleFlags are delete_module(2)'s flags.
var DeleteModuleFlags = &Table{Unknown: "O_???", Pairs: []Pair{{unix.O_NONBLOCK, "O_NONBLOCK"}, {unix.O_TRUNC, "O_TRUNC"}}}

// ModuleInitFlags are finit_module(2)'s flags.
var ModuleInitFlags = &Table{Unknown: "MODULE_INIT_???", Pairs: []Pair{
	{unix.MODULE_INIT_IGNORE_MODVERSIONS, "MODULE_INIT_IGNORE_MODVERSIONS"},
	{unix.MODULE_INIT_IGNORE_VERMAGIC, "MODULE_INIT_IGNORE_VERMAGIC"},
	{unix.MODULE_INIT_COMPRESSED_FILE, "MODULE_INIT_COMPRESSED_FILE"}}}

// IoprioWho and IoprioClasses are ioprio_set(2)'s targets and classes
// (<linux/ioprio.h>; x/sys lacks them).
var (
	IoprioWho = &Table{Unknown: "IOPRIO_WHO_???", Pairs: []Pair{
		{1, "IOPRIO_WHO_PROCESS"}, {2, "IOPRIO_WHO_PGRP"}, {3, "IOPRIO_WHO_USER"}}}
	IoprioClasses = &Table{Unknown: "IOPRIO_CLASS_???", Pairs: []Pair{
		{0, "IOPRIO_CLASS_NONE"}, {1, "IOPRIO_CLASS_RT"}, {2, "IOPRIO_CLASS_BE"}, {3, "IOPRIO_CLASS_IDLE"}}}
)

// UffdFlags are userfaultfd(2)'s flags (UFFD_USER_MODE_ONLY is 1).
var UffdFlags = &Table{Unknown: "UFFD_???", Pairs: []Pair{
	{1, "UFFD_USER_MODE_ONLY"}, {unix.O_NONBLOCK, "O_NONBLOCK"}, {unix.O_CLOEXEC, "O_CLOEXEC"}}}

// AioCmds and AioFlags are struct iocb's opcodes and flags
// (<linux/aio_abi.h>; x/sys lacks them).
var (
	AioCmds = &Table{Unknown: "IOCB_CMD_???", Pairs: []Pair{
		{0, "IOCB_CMD_PREAD"}, {1, "IOCB_CMD_PWRITE"}, {2, "IOCB_CMD_FSYNC"}, {3, "IOCB_CMD_FDSYNC"},
		{4, "IOCB_CMD_PREADX"}, {5, "IOCB_CMD_POLL"}, {6, "IOCB_CMD_NOOP"}, {7, "IOCB_CMD_PREADV"},
		{8, "IOCB_CMD_PWRITEV"}}, wantDense: true}
	AioFlags = &Table{Unknown: "IOCB_FLAG_???", Pairs: []Pair{{1, "IOCB_FLAG_RESFD"}, {2, "IOCB_FLAG_IOPRIO"}}}
)

// KexecArchs, KexecFlags and KexecFileFlags are kexec_load(2)'s
// architecture (the upper 16 bits) and flags, and kexec_file_load(2)'s
// flags, as strace 6.1 knows them.
var (
	KexecArchs = &Table{Unknown: "KEXEC_ARCH_???", Pairs: []Pair{
		{unix.KEXEC_ARCH_DEFAULT, "KEXEC_ARCH_DEFAULT"}, {unix.KEXEC_ARCH_386, "KEXEC_ARCH_386"},
		{unix.KEXEC_ARCH_68K, "KEXEC_ARCH_68K"}, {unix.KEXEC_ARCH_MIPS, "KEXEC_ARCH_MIPS"},
		{unix.KEXEC_ARCH_MIPS_LE, "KEXEC_ARCH_MIPS_LE"}, {unix.KEXEC_ARCH_PARISC, "KEXEC_ARCH_PARISC"},
		{unix.KEXEC_ARCH_PPC, "KEXEC_ARCH_PPC"}, {unix.KEXEC_ARCH_PPC64, "KEXEC_ARCH_PPC64"},
		{unix.KEXEC_ARCH_S390, "KEXEC_ARCH_S390"}, {unix.KEXEC_ARCH_ARM, "KEXEC_ARCH_ARM"},
		{unix.KEXEC_ARCH_SH, "KEXEC_ARCH_SH"}, {unix.KEXEC_ARCH_IA_64, "KEXEC_ARCH_IA_64"},
		{unix.KEXEC_ARCH_X86_64, "KEXEC_ARCH_X86_64"}, {unix.KEXEC_ARCH_AARCH64, "KEXEC_ARCH_AARCH64"},
		{unix.KEXEC_ARCH_RISCV, "KEXEC_ARCH_RISCV"}, {unix.KEXEC_ARCH_LOONGARCH, "KEXEC_ARCH_LOONGARCH"}}}
	KexecFlags = Composite(KexecArchs, unix.KEXEC_ARCH_MASK, T("KEXEC_???",
		P(unix.KEXEC_ON_CRASH, "KEXEC_ON_CRASH"), P(unix.KEXEC_PRESERVE_CONTEXT, "KEXEC_PRESERVE_CONTEXT")))
	KexecFileFlags = &Table{Unknown: "KEXEC_FILE_???", Pairs: []Pair{
		{unix.KEXEC_FILE_UNLOAD, "KEXEC_FILE_UNLOAD"}, {unix.KEXEC_FILE_ON_CRASH, "KEXEC_FILE_ON_CRASH"},
		{unix.KEXEC_FILE_NO_INITRAMFS, "KEXEC_FILE_NO_INITRAMFS"}}}
)

package xlat

import "golang.org/x/sys/unix"

// IpcFlags are the flags of shmget, semget and msgget above the mode bits, in strace's order.
var IpcFlags = T("IPC_???",
	P(unix.IPC_CREAT, "IPC_CREAT"),
	P(unix.IPC_EXCL, "IPC_EXCL"),
	P(unix.IPC_NOWAIT, "IPC_NOWAIT"),
)

// ShmFlags are shmget's own flags.
var ShmFlags = T("SHM_???",
	P(0x800, "SHM_HUGETLB"),
	P(0x1000, "SHM_NORESERVE"),
)

// ShmatFlags are shmat's flags.
var ShmatFlags = T("SHM_???",
	P(unix.SHM_RDONLY, "SHM_RDONLY"),
	P(unix.SHM_RND, "SHM_RND"),
	P(0x4000, "SHM_REMAP"),
	P(0x8000, "SHM_EXEC"),
)

// ShmctlCmds are shmctl's commands.
var ShmctlCmds = T("SHM_???",
	P(unix.IPC_RMID, "IPC_RMID"),
	P(unix.IPC_SET, "IPC_SET"),
	P(unix.IPC_STAT, "IPC_STAT"),
	P(3, "IPC_INFO"),
	P(11, "SHM_LOCK"),
	P(12, "SHM_UNLOCK"),
	P(13, "SHM_STAT"),
	P(14, "SHM_INFO"),
	P(15, "SHM_STAT_ANY"),
).Index()

// SemctlCmds are semctl's commands.
var SemctlCmds = T("SEM_???",
	P(unix.IPC_RMID, "IPC_RMID"),
	P(unix.IPC_SET, "IPC_SET"),
	P(unix.IPC_STAT, "IPC_STAT"),
	P(3, "IPC_INFO"),
	P(11, "GETPID"),
	P(12, "GETVAL"),
	P(13, "GETALL"),
	P(14, "GETNCNT"),
	P(15, "GETZCNT"),
	P(16, "SETVAL"),
	P(17, "SETALL"),
	P(18, "SEM_STAT"),
	P(19, "SEM_INFO"),
	P(20, "SEM_STAT_ANY"),
).Index()

// MsgctlCmds are msgctl's commands.
var MsgctlCmds = T("MSG_???",
	P(unix.IPC_RMID, "IPC_RMID"),
	P(unix.IPC_SET, "IPC_SET"),
	P(unix.IPC_STAT, "IPC_STAT"),
	P(3, "IPC_INFO"),
	P(11, "MSG_STAT"),
	P(12, "MSG_INFO"),
	P(13, "MSG_STAT_ANY"),
).Index()

// SemopFlags are struct sembuf's sem_flg bits, in strace's order.
var SemopFlags = T("SEM_???",
	P(0x1000, "SEM_UNDO"),
	P(unix.IPC_NOWAIT, "IPC_NOWAIT"),
)

// MsgFlagsIPC are the flags of msgsnd and msgrcv, in strace's order.
var MsgFlagsIPC = T("MSG_???",
	P(0x1000, "MSG_NOERROR"),
	P(0x2000, "MSG_EXCEPT"),
	P(0x4000, "MSG_COPY"),
	P(unix.IPC_NOWAIT, "IPC_NOWAIT"),
)

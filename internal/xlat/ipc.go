package xlat

import "golang.org/x/sys/unix"

// IpcFlags are the flags of shmget, semget and msgget above the mode bits, in strace's order.
var IpcFlags = &Table{Unknown: "IPC_???", Pairs: []Pair{
	{unix.IPC_CREAT, "IPC_CREAT"},
	{unix.IPC_EXCL, "IPC_EXCL"},
	{unix.IPC_NOWAIT, "IPC_NOWAIT"},
}}

// ShmFlags are shmget's own flags.
var ShmFlags = &Table{Unknown: "SHM_???", Pairs: []Pair{
	{0x800, "SHM_HUGETLB"},
	{0x1000, "SHM_NORESERVE"},
}}

// ShmatFlags are shmat's flags.
var ShmatFlags = &Table{Unknown: "SHM_???", Pairs: []Pair{
	{unix.SHM_RDONLY, "SHM_RDONLY"},
	{unix.SHM_RND, "SHM_RND"},
	{0x4000, "SHM_REMAP"},
	{0x8000, "SHM_EXEC"},
}}

// ShmctlCmds are shmctl's commands.
var ShmctlCmds = &Table{Unknown: "SHM_???", Pairs: []Pair{
	{unix.IPC_RMID, "IPC_RMID"},
	{unix.IPC_SET, "IPC_SET"},
	{unix.IPC_STAT, "IPC_STAT"},
	{3, "IPC_INFO"},
	{11, "SHM_LOCK"},
	{12, "SHM_UNLOCK"},
	{13, "SHM_STAT"},
	{14, "SHM_INFO"},
	{15, "SHM_STAT_ANY"},
}, wantDense: true}

// SemctlCmds are semctl's commands.
var SemctlCmds = &Table{Unknown: "SEM_???", Pairs: []Pair{
	{unix.IPC_RMID, "IPC_RMID"},
	{unix.IPC_SET, "IPC_SET"},
	{unix.IPC_STAT, "IPC_STAT"},
	{3, "IPC_INFO"},
	{11, "GETPID"},
	{12, "GETVAL"},
	{13, "GETALL"},
	{14, "GETNCNT"},
	{15, "GETZCNT"},
	{16, "SETVAL"},
	{17, "SETALL"},
	{18, "SEM_STAT"},
	{19, "SEM_INFO"},
	{20, "SEM_STAT_ANY"},
}, wantDense: true}

// MsgctlCmds are msgctl's commands.
var MsgctlCmds = &Table{Unknown: "MSG_???", Pairs: []Pair{
	{unix.IPC_RMID, "IPC_RMID"},
	{unix.IPC_SET, "IPC_SET"},
	{unix.IPC_STAT, "IPC_STAT"},
	{3, "IPC_INFO"},
	{11, "MSG_STAT"},
	{12, "MSG_INFO"},
	{13, "MSG_STAT_ANY"},
}, wantDense: true}

// SemopFlags are struct sembuf's sem_flg bits, in strace's order.
var SemopFlags = &Table{Unknown: "SEM_???", Pairs: []Pair{
	{0x1000, "SEM_UNDO"},
	{unix.IPC_NOWAIT, "IPC_NOWAIT"},
}}

// MsgFlagsIPC are the flags of msgsnd and msgrcv, in strace's order.
var MsgFlagsIPC = &Table{Unknown: "MSG_???", Pairs: []Pair{
	{0x1000, "MSG_NOERROR"},
	{0x2000, "MSG_EXCEPT"},
	{0x4000, "MSG_COPY"},
	{unix.IPC_NOWAIT, "IPC_NOWAIT"},
}}

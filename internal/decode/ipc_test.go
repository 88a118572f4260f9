package decode_test

import (
	"testing"

	"gostrace/internal/decode/decodetest"
)

func ipcPerm(key int32, uid, gid, cuid, cgid uint32, mode uint16) []byte {
	return cat(u32(uint32(key)), u32(uid), u32(gid), u32(cuid), u32(cgid), u16(mode), pad(26))
}

// Expected lines from strace 6.1 running testdata/ipc.c and a probe of the
// flags (shmget with every flag bit).
func TestIPC(t *testing.T) {
	m := decodetest.NewMemory()
	shmds := m.Alloc(cat(ipcPerm(0, 0, 0, 0, 0, 0600), u64(4096), u64(1795691082), u64(1795691082), u64(1795691082),
		u32(21047), u32(21047), u64(1), pad(16)))
	shminfo := m.Alloc(cat(u64(18446744073692774399), u64(1), u64(4096), u64(4096), u64(18446744073692774399)))
	semds := m.Alloc(cat(ipcPerm(0, 0, 0, 0, 0, 0600), u64(1795691082), u64(0), u64(1795691082), u64(0), u64(2), pad(16)))
	msqds := m.Alloc(cat(ipcPerm(0, 0, 0, 0, 0, 0600), u64(1795691082), u64(1795691082), u64(1795691082), u64(5),
		u64(1), u64(16384), u32(21047), u32(21047), pad(16)))
	sops := m.Alloc(cat(u16(0), u16(1), u16(0x1000), u16(1), u16(0xffff), u16(0x800)))
	msg := m.Alloc(cat(u64(1), []byte("hello"), pad(11)))
	ts := m.Alloc(timespec(0, 1000))
	check(t, m, []line{
		{call("shmget", 0, 0, 4096, 0x200|0x400|0600), `shmget(IPC_PRIVATE, 4096, IPC_CREAT|IPC_EXCL|0600) = 0`},
		{fail("shmget", 12, 0x1234, 4096, 0x200|0x800|0644), `shmget(0x1234, 4096, IPC_CREAT|SHM_HUGETLB|0644) = -1 ENOMEM (Cannot allocate memory)`},
		{fail("shmget", 2, 0x1234, 4096, 0), `shmget(0x1234, 4096, 000) = -1 ENOENT (No such file or directory)`},
		{fail("shmget", 22, 0, 0, 0xfffffe00), `shmget(IPC_PRIVATE, 0, IPC_CREAT|IPC_EXCL|SHM_HUGETLB|SHM_NORESERVE|0x3ffe000|63<<SHM_HUGE_SHIFT|000) = -1 EINVAL (Invalid argument)`},
		{fail("semget", 22, 0, 0, 0xfffffe00), `semget(IPC_PRIVATE, 0, IPC_CREAT|IPC_EXCL|IPC_NOWAIT|0xfffff000|000) = -1 EINVAL (Invalid argument)`},
		{call("semget", 0, 0, 2, 0x200|0600), `semget(IPC_PRIVATE, 2, IPC_CREAT|0600) = 0`},
		{call("msgget", 0, 0, 0x200|0600), `msgget(IPC_PRIVATE, IPC_CREAT|0600) = 0`},
		{call("shmat", 0x7f64940ca000, 0, 0, 0x1000), `shmat(0, NULL, SHM_RDONLY) = 0x7f64940ca000`},
		{call("shmat", 0x10000, 0, 0x10000, 0x2000|0x4000|0x8000), `shmat(0, 0x10000, SHM_RND|SHM_REMAP|SHM_EXEC) = 0x10000`},
		{call("shmdt", 0, 0x7f64940ca000), `shmdt(0x7f64940ca000) = 0`},
		{call("shmctl", 0, 0, 2, shmds), `shmctl(0, IPC_STAT, {shm_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}, shm_segsz=4096, shm_cpid=21047, shm_lpid=21047, shm_nattch=1, shm_atime=1795691082, shm_dtime=1795691082, shm_ctime=1795691082}) = 0`},
		{call("shmctl", 0, 0, 1, shmds), `shmctl(0, IPC_SET, {shm_perm={uid=0, gid=0, mode=0600}}) = 0`},
		{call("shmctl", 0, 0, 11, 0), `shmctl(0, SHM_LOCK, NULL) = 0`},
		{call("shmctl", 0, 0, 3, shminfo), `shmctl(0, IPC_INFO, {shmmax=18446744073692774399, shmmin=1, shmmni=4096, shmseg=4096, shmall=18446744073692774399}) = 0`},
		{fail("shmctl", 22, 0, 99, 0), `shmctl(0, 0x63 /* SHM_??? */, NULL) = -1 EINVAL (Invalid argument)`},
		{fail("semtimedop", 11, 0, sops, 2, 0), `semtimedop(0, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}, {sem_num=1, sem_op=-1, sem_flg=IPC_NOWAIT}], 2, NULL) = -1 EAGAIN (Resource temporarily unavailable)`},
		{fail("semtimedop", 11, 0, sops+6, 1, ts), `semtimedop(0, [{sem_num=1, sem_op=-1, sem_flg=IPC_NOWAIT}], 1, {tv_sec=0, tv_nsec=1000}) = -1 EAGAIN (Resource temporarily unavailable)`},
		{call("semctl", 0, 0, 0, 17, sops), `semctl(0, 0, SETALL, ` + hexAddr(sops) + `) = 0`},
		{call("semctl", 4, 0, 1, 12, 0), `semctl(0, 1, GETVAL, NULL) = 4`},
		{call("semctl", 0, 0, 1, 16, 5), `semctl(0, 1, SETVAL, 0x5) = 0`},
		{call("semctl", 0, 0, 0, 2, semds), `semctl(0, 0, IPC_STAT, {sem_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}, sem_otime=1795691082, sem_ctime=1795691082, sem_nsems=2}) = 0`},
		{call("semctl", 0, 0, 0, 0, 0), `semctl(0, 0, IPC_RMID, NULL) = 0`},
		{call("msgsnd", 0, 0, msg, 5, 0x800), `msgsnd(0, {mtype=1, mtext="hello"}, 5, IPC_NOWAIT) = 0`},
		{call("msgrcv", 5, 0, msg, 16, 0, 0), `msgrcv(0, {mtype=1, mtext="hello\0\0\0\0\0\0\0\0\0\0\0"}, 16, 0, 0) = 5`},
		{fail("msgrcv", 42, 0, msg, 16, 2, 0x1000|0x800), `msgrcv(0, ` + hexAddr(msg) + `, 16, 2, MSG_NOERROR|IPC_NOWAIT) = -1 ENOMSG (No message of desired type)`},
		{call("msgctl", 0, 0, 2, msqds), `msgctl(0, IPC_STAT, {msg_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}, msg_stime=1795691082, msg_rtime=1795691082, msg_ctime=1795691082, msg_qnum=1, msg_qbytes=16384, msg_lspid=21047, msg_lrpid=21047}) = 0`},
		{call("msgctl", 0, 0, 0, 0), `msgctl(0, IPC_RMID, NULL) = 0`},
	})
	// semop as the raw syscall (glibc calls semtimedop).
	sop := m.Alloc(cat(u16(0), u16(0), u16(0xffff)))
	check(t, m, []line{{fail("semop", 22, ^uint64(0), sop, 1), `semop(-1, [{sem_num=0, sem_op=0, sem_flg=SEM_UNDO|IPC_NOWAIT|0xe7ff}], 1) = -1 EINVAL (Invalid argument)`}})
}

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
		{call("semctl", 0, 0, 0, 17, sops), `semctl(0, 0, SETALL, ` + hex(sops) + `) = 0`},
		{call("semctl", 4, 0, 1, 12, 0), `semctl(0, 1, GETVAL, NULL) = 4`},
		{call("semctl", 0, 0, 1, 16, 5), `semctl(0, 1, SETVAL, 0x5) = 0`},
		{call("semctl", 0, 0, 0, 2, semds), `semctl(0, 0, IPC_STAT, {sem_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}, sem_otime=1795691082, sem_ctime=1795691082, sem_nsems=2}) = 0`},
		{call("semctl", 0, 0, 0, 0, 0), `semctl(0, 0, IPC_RMID, NULL) = 0`},
		{call("msgsnd", 0, 0, msg, 5, 0x800), `msgsnd(0, {mtype=1, mtext="hello"}, 5, IPC_NOWAIT) = 0`},
		{call("msgrcv", 5, 0, msg, 16, 0, 0), `msgrcv(0, {mtype=1, mtext="hello\0\0\0\0\0\0\0\0\0\0\0"}, 16, 0, 0) = 5`},
		{fail("msgrcv", 42, 0, msg, 16, 2, 0x1000|0x800), `msgrcv(0, ` + hex(msg) + `, 16, 2, MSG_NOERROR|IPC_NOWAIT) = -1 ENOMSG (No message of desired type)`},
		{call("msgctl", 0, 0, 2, msqds), `msgctl(0, IPC_STAT, {msg_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}, msg_stime=1795691082, msg_rtime=1795691082, msg_ctime=1795691082, msg_qnum=1, msg_qbytes=16384, msg_lspid=21047, msg_lrpid=21047}) = 0`},
		{call("msgctl", 0, 0, 0, 0), `msgctl(0, IPC_RMID, NULL) = 0`},
	})
	// semop as the raw syscall (glibc calls semtimedop).
	sop := m.Alloc(cat(u16(0), u16(0), u16(0xffff)))
	check(t, m, []line{{fail("semop", 22, ^uint64(0), sop, 1), `semop(-1, [{sem_num=0, sem_op=0, sem_flg=SEM_UNDO|IPC_NOWAIT|0xe7ff}], 1) = -1 EINVAL (Invalid argument)`}})
}

func mqAttr(flags, maxmsg, msgsize, cur int64) []byte {
	return cat(u64(uint64(flags)), u64(uint64(maxmsg)), u64(uint64(msgsize)), u64(uint64(cur)), pad(32))
}

func TestMq(t *testing.T) {
	m := decodetest.NewMemory()
	name := m.CString("dnetq")
	attr := m.Alloc(mqAttr(0, 4, 64, 0))
	attrNB := m.Alloc(mqAttr(0x800, 4, 64, 0))
	hi := m.Alloc([]byte("hi"))
	prio := m.Alloc(u32(3))
	ts := m.Alloc(timespec(0, 1000))
	sev := m.Alloc(sigevent(9, 10, 0))
	check(t, m, []line{
		{call("mq_open", 3, name, 0x42, 0600, attr), `mq_open("dnetq", O_RDWR|O_CREAT, 0600, {mq_flags=0, mq_maxmsg=4, mq_msgsize=64, mq_curmsgs=0}) = 3`},
		{fail("mq_open", 2, name, 0), `mq_open("dnetq", O_RDONLY) = -1 ENOENT (No such file or directory)`},
		{call("mq_timedsend", 0, 3, hi, 2, 3, 0), `mq_timedsend(3, "hi", 2, 3, NULL) = 0`},
		{call("mq_timedsend", 0, 3, hi, 2, 1, ts), `mq_timedsend(3, "hi", 2, 1, {tv_sec=0, tv_nsec=1000}) = 0`},
		{call("mq_timedreceive", 2, 3, hi, 64, prio, 0), `mq_timedreceive(3, "hi", 64, [3], NULL) = 2`},
		{call("mq_timedreceive", 2, 3, hi, 64, 0, ts), `mq_timedreceive(3, "hi", 64, NULL, {tv_sec=0, tv_nsec=1000}) = 2`},
		{call("mq_getsetattr", 0, 3, 0, attr), `mq_getsetattr(3, NULL, {mq_flags=0, mq_maxmsg=4, mq_msgsize=64, mq_curmsgs=0}) = 0`},
		{call("mq_getsetattr", 0, 3, attrNB, attr), `mq_getsetattr(3, {mq_flags=O_NONBLOCK, mq_maxmsg=4, mq_msgsize=64, mq_curmsgs=0}, {mq_flags=0, mq_maxmsg=4, mq_msgsize=64, mq_curmsgs=0}) = 0`},
		{call("mq_notify", 0, 3, sev), `mq_notify(3, {sigev_value={sival_int=9, sival_ptr=0x9}, sigev_signo=SIGUSR1, sigev_notify=SIGEV_SIGNAL}) = 0`},
		{call("mq_notify", 0, 3, 0), `mq_notify(3, NULL) = 0`},
		{call("mq_unlink", 0, name), `mq_unlink("dnetq") = 0`},
	})
}

func TestIoUring(t *testing.T) {
	m := decodetest.NewMemory()
	params := func(flags, idle uint32, filled bool) uint64 {
		b := make([]byte, 120)
		copy(b[8:], u32(flags))
		copy(b[16:], u32(idle))
		if filled {
			copy(b[0:], u32(8))
			copy(b[4:], u32(16))
			copy(b[20:], u32(0x3ffff))
			for i, v := range []uint32{0, 4, 16, 24, 36, 32, 320} {
				copy(b[40+4*i:], u32(v))
			}
			for i, v := range []uint32{8, 12, 20, 28, 44, 64, 40} {
				copy(b[80+4*i:], u32(v))
			}
		}
		return m.Alloc(b)
	}
	set := m.Alloc(u64(1 << 1)) // SIGINT
	fds := m.Alloc(cat(u32(0), u32(1)))
	check(t, m, []line{
		{call("io_uring_setup", 3, 8, params(0, 0, true)), `io_uring_setup(8, {flags=0, sq_thread_cpu=0, sq_thread_idle=0, sq_entries=8, cq_entries=16, features=IORING_FEAT_SINGLE_MMAP|IORING_FEAT_NODROP|IORING_FEAT_SUBMIT_STABLE|IORING_FEAT_RW_CUR_POS|IORING_FEAT_CUR_PERSONALITY|IORING_FEAT_FAST_POLL|IORING_FEAT_POLL_32BITS|IORING_FEAT_SQPOLL_NONFIXED|IORING_FEAT_EXT_ARG|IORING_FEAT_NATIVE_WORKERS|IORING_FEAT_RSRC_TAGS|IORING_FEAT_CQE_SKIP|IORING_FEAT_LINKED_FILE|0x3e000, sq_off={head=0, tail=4, ring_mask=16, ring_entries=24, flags=36, dropped=32, array=320}, cq_off={head=8, tail=12, ring_mask=20, ring_entries=28, overflow=44, cqes=64, flags=40}}) = 3`},
		{fail("io_uring_setup", 22, 4, params(0x80000000, 0, false)), `io_uring_setup(4, {flags=0x80000000 /* IORING_SETUP_??? */, sq_thread_cpu=0, sq_thread_idle=0}) = -1 EINVAL (Invalid argument)`},
		{call("io_uring_enter", 0, 3, 0, 0, 0, 0, 0), `io_uring_enter(3, 0, 0, 0, NULL, 0) = 0`},
		{call("io_uring_enter", 0, 3, 1, 1, 3, 0, 0), `io_uring_enter(3, 1, 1, IORING_ENTER_GETEVENTS|IORING_ENTER_SQ_WAKEUP, NULL, 0) = 0`},
		{call("io_uring_enter", 0, 3, 0, 0, 1, set, 8), `io_uring_enter(3, 0, 0, IORING_ENTER_GETEVENTS, [INT], 8) = 0`},
		{call("io_uring_register", 0, 3, 2, fds, 2), `io_uring_register(3, IORING_REGISTER_FILES, [0, 1], 2) = 0`},
		{call("io_uring_register", 0, 3, 3, 0, 0), `io_uring_register(3, IORING_UNREGISTER_FILES, NULL, 0) = 0`},
		{fail("io_uring_register", 22, 3, 99, 0, 0), `io_uring_register(3, 0x63 /* IORING_REGISTER_??? */, NULL, 0) = -1 EINVAL (Invalid argument)`},
	})
}

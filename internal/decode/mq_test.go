package decode_test

import (
	"testing"

	"gostrace/internal/decode/decodetest"
)

// Expected lines from strace 6.1 running testdata/ipc.c and testdata/sev.c.
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

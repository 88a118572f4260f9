package decode

import (
	"encoding/binary"
	"strconv"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// System V IPC: shared memory, semaphores, message queues.

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.ipcKey(c.Args[0])
		c.Uint(c.Args[1])
		c.ipcGetFlags(uint32(c.Args[2]), true)
		return false
	}}, "shmget")
	register(Decoder{Entry: func(c *Call) bool {
		c.ipcKey(c.Args[0])
		c.Int32(c.Args[1])
		c.ipcGetFlags(uint32(c.Args[2]), false)
		return false
	}}, "semget")
	register(Decoder{Entry: func(c *Call) bool {
		c.ipcKey(c.Args[0])
		c.ipcGetFlags(uint32(c.Args[1]), false)
		return false
	}}, "msgget")

	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		c.Ptr(c.Args[1])
		c.Flags(uint64(uint32(c.Args[2])), xlat.ShmatFlags)
		return false
	}, Ret: RetHex}, "shmat")
	register(Decoder{Entry: func(c *Call) bool {
		c.Ptr(c.Args[0])
		return false
	}}, "shmdt")

	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		c.sembufs(c.Args[1], c.Args[2])
		c.Uint(c.Args[2])
		return false
	}}, "semop")
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		c.sembufs(c.Args[1], c.Args[2])
		c.Uint(c.Args[2])
		c.TimespecAt(c.Args[3])
		return false
	}}, "semtimedop")

	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		c.msgbuf(c.Args[1], c.Args[2])
		c.Uint(c.Args[2])
		c.Flags(uint64(uint32(c.Args[3])), xlat.MsgFlagsIPC)
		return false
	}}, "msgsnd")
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		return true
	}, Exit: func(c *Call) {
		if c.Failed() {
			c.Ptr(c.Args[1])
		} else {
			// strace shows the whole buffer, not just the bytes received.
			c.msgbuf(c.Args[1], c.Args[2])
		}
		c.Uint(c.Args[2])
		c.Int(int64(c.Args[3]))
		c.Flags(uint64(uint32(c.Args[4])), xlat.MsgFlagsIPC)
	}}, "msgrcv")

	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		c.Const(uint64(uint32(c.Args[1])), xlat.ShmctlCmds)
		return c.ipcctlEntry(c.Args[1], c.Args[2], ipcShm)
	}, Exit: func(c *Call) { c.ipcctlExit(c.Args[1], c.Args[2], ipcShm) }}, "shmctl")
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		c.Int32(c.Args[1])
		c.Const(uint64(uint32(c.Args[2])), xlat.SemctlCmds)
		switch uint32(c.Args[2]) {
		case ipcStat, semStat, semStatAny, ipcInfo, semInfo:
			return true
		case ipcSet:
			c.ipcPermSet(c.Args[3], "sem_perm")
		case setVal:
			c.Hex(c.Args[3])
		default:
			c.Ptr(c.Args[3])
		}
		return false
	}, Exit: func(c *Call) { c.ipcctlExit(c.Args[2], c.Args[3], ipcSem) }}, "semctl")
	register(Decoder{Entry: func(c *Call) bool {
		c.Int32(c.Args[0])
		c.Const(uint64(uint32(c.Args[1])), xlat.MsgctlCmds)
		return c.ipcctlEntry(c.Args[1], c.Args[2], ipcMsg)
	}, Exit: func(c *Call) { c.ipcctlExit(c.Args[1], c.Args[2], ipcMsg) }}, "msgctl")
}

// IPC command numbers (linux/ipc.h, linux/shm.h, linux/sem.h, linux/msg.h;
// x/sys/unix has only the first two).
const (
	ipcSet     = unix.IPC_SET
	ipcStat    = unix.IPC_STAT
	ipcInfo    = 3
	shmStat    = 13
	shmInfo    = 14
	shmStatAny = 15
	setVal     = 16
	semStat    = 18
	semInfo    = 19
	semStatAny = 20
	msgStat    = 11
	msgInfo    = 12
	msgStatAny = 13
)

type ipcKind int

const (
	ipcShm ipcKind = iota
	ipcSem
	ipcMsg
)

func (c *Call) ipcKey(v uint64) {
	if int32(v) == 0 {
		c.Text("IPC_PRIVATE")
		return
	}
	c.Hex(uint64(uint32(v)))
}

// ipcGetFlags prints the flags of shmget/semget/msgget: the IPC_* (and
// shmget's SHM_*) names, the bits left in hex, shmget's huge page size,
// and the permission bits in octal: IPC_CREAT|IPC_EXCL|0600.
func (c *Call) ipcGetFlags(v uint32, shm bool) {
	var b [160]byte
	dst := b[:0]
	rest := uint64(v &^ 0777)
	huge := uint64(0)
	if shm {
		huge = rest >> 26
		rest &= 1<<26 - 1
	}
	names, left := xlat.IpcFlags.FlagNames(rest &^ 0x800)
	if shm {
		names2, left2 := xlat.ShmFlags.FlagNames(rest & (0x800 | 0x1000))
		names = append(names, names2...)
		left = left&^0x1000 | left2
	} else {
		names2, left2 := xlat.IpcFlags.FlagNames(rest & 0x800)
		names = append(names, names2...)
		left |= left2
	}
	for _, n := range names {
		dst = append(dst, n...)
		dst = append(dst, '|')
	}
	if left != 0 {
		dst = appendCHex(dst, left)
		dst = append(dst, '|')
	}
	if huge != 0 {
		dst = strconv.AppendUint(dst, huge, 10)
		dst = append(dst, "<<SHM_HUGE_SHIFT|"...)
	}
	dst = appendOct03(dst, uint64(v&0777))
	c.TextBytes(dst)
}

// appendOct03 prints like C's "%#03o": 0600, and 000 for zero.
func appendOct03(dst []byte, v uint64) []byte {
	if v == 0 {
		return append(dst, "000"...)
	}
	dst = append(dst, '0')
	return strconv.AppendUint(dst, v, 8)
}

const sizeofSembuf = 6

func (c *Call) sembufs(addr, n uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	if _, ok := c.ReadU32(addr); !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i := uint64(0); i < n; i++ {
		if i >= uint64(c.maxElems()) {
			c.Ellipsis()
			break
		}
		b := c.ReadStruct(addr+i*sizeofSembuf, sizeofSembuf)
		if b == nil {
			c.Ellipsis()
			break
		}
		le := binary.LittleEndian
		c.Struct()
		c.Field("sem_num")
		c.Uint(uint64(le.Uint16(b)))
		c.Field("sem_op")
		c.Int(int64(int16(le.Uint16(b[2:]))))
		c.Field("sem_flg")
		c.Flags(uint64(le.Uint16(b[4:])), xlat.SemopFlags)
		c.End()
	}
	c.End()
}

// msgbuf prints a struct msgbuf: {mtype=1, mtext="hello"}.
func (c *Call) msgbuf(addr, size uint64) {
	mtype, ok := c.ReadU64(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Struct()
	c.Field("mtype")
	c.Int(int64(mtype))
	c.Field("mtext")
	c.Buf(addr+8, size)
	c.End()
}

// ipcctlEntry prints shmctl's and msgctl's buffer when it is an input
// (IPC_SET) or meaningless, and reports whether it is an output.
func (c *Call) ipcctlEntry(cmd, addr uint64, kind ipcKind) bool {
	switch cm := uint32(cmd); {
	case cm == ipcStat || cm == ipcInfo:
		return true
	case kind == ipcShm && (cm == shmStat || cm == shmInfo || cm == shmStatAny):
		return true
	case kind == ipcMsg && (cm == msgStat || cm == msgInfo || cm == msgStatAny):
		return true
	case cm == ipcSet && kind == ipcShm:
		c.ipcPermSet(addr, "shm_perm")
		return false
	case cm == ipcSet:
		c.ipcPermSet(addr, "msg_perm")
		return false
	}
	c.Ptr(addr)
	return false
}

// ipcPermSet prints the part of a *id_ds structure IPC_SET uses.
func (c *Call) ipcPermSet(addr uint64, field string) {
	b := c.ReadStruct(addr, 48)
	if b == nil {
		c.Ptr(addr)
		return
	}
	le := binary.LittleEndian
	c.Struct()
	c.Field(field)
	c.Struct()
	c.Field("uid")
	c.Uint(uint64(le.Uint32(b[4:])))
	c.Field("gid")
	c.Uint(uint64(le.Uint32(b[8:])))
	c.Field("mode")
	c.Oct(uint64(le.Uint16(b[20:])))
	c.End()
	if field == "msg_perm" {
		if q, ok := c.ReadU64(addr + 88); ok {
			c.Field("msg_qbytes")
			c.Uint(q)
		}
	}
	c.End()
}

// ipcctlExit prints the structure a *ctl command filled in.
func (c *Call) ipcctlExit(cmd, addr uint64, kind ipcKind) {
	if c.Failed() {
		c.Ptr(addr)
		return
	}
	cm := uint32(cmd)
	stat := cm == ipcStat
	info := cm == ipcInfo
	switch kind {
	case ipcShm:
		stat = stat || cm == shmStat || cm == shmStatAny
	case ipcSem:
		stat = stat || cm == semStat || cm == semStatAny
		info = info || cm == semInfo
	case ipcMsg:
		stat = stat || cm == msgStat || cm == msgStatAny
		info = info || cm == msgInfo
	}
	switch {
	case stat && kind == ipcShm:
		c.fieldsAt(addr, 112, func(b []byte) {
			c.ipcPerm(b, "shm_perm")
			c.longFields(b, []string{"shm_segsz"}, []int{48}, false)
			c.intFields(b, []string{"shm_cpid", "shm_lpid"}, []int{80, 84})
			c.longFields(b, []string{"shm_nattch"}, []int{88}, false)
			c.longFields(b, []string{"shm_atime", "shm_dtime", "shm_ctime"}, []int{56, 64, 72}, true)
		})
	case stat && kind == ipcSem:
		c.fieldsAt(addr, 104, func(b []byte) {
			c.ipcPerm(b, "sem_perm")
			c.longFields(b, []string{"sem_otime", "sem_ctime"}, []int{48, 64}, true)
			c.longFields(b, []string{"sem_nsems"}, []int{80}, false)
		})
	case stat && kind == ipcMsg:
		c.fieldsAt(addr, 120, func(b []byte) {
			c.ipcPerm(b, "msg_perm")
			c.longFields(b, []string{"msg_stime", "msg_rtime", "msg_ctime"}, []int{48, 56, 64}, true)
			c.longFields(b, []string{"msg_qnum", "msg_qbytes"}, []int{80, 88}, false)
			c.intFields(b, []string{"msg_lspid", "msg_lrpid"}, []int{96, 100})
		})
	case info && kind == ipcShm && cm == ipcInfo:
		c.fieldsAt(addr, 40, func(b []byte) {
			c.longFields(b, []string{"shmmax", "shmmin", "shmmni", "shmseg", "shmall"},
				[]int{0, 8, 16, 24, 32}, false)
		})
	default:
		c.Ptr(addr)
	}
}

func (c *Call) fieldsAt(addr uint64, size int, f func([]byte)) {
	b := c.ReadStruct(addr, size)
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Struct()
	f(b)
	c.End()
}

// ipcPerm prints a struct ipc64_perm.
func (c *Call) ipcPerm(b []byte, field string) {
	le := binary.LittleEndian
	c.Field(field)
	c.Struct()
	c.Field("uid")
	c.Uint(uint64(le.Uint32(b[4:])))
	c.Field("gid")
	c.Uint(uint64(le.Uint32(b[8:])))
	c.Field("mode")
	c.Oct(uint64(le.Uint16(b[20:])))
	c.Field("key")
	c.Int(int64(int32(le.Uint32(b))))
	c.Field("cuid")
	c.Uint(uint64(le.Uint32(b[12:])))
	c.Field("cgid")
	c.Uint(uint64(le.Uint32(b[16:])))
	c.End()
}

func (c *Call) longFields(b []byte, names []string, offs []int, signed bool) {
	for i, n := range names {
		v := binary.LittleEndian.Uint64(b[offs[i]:])
		c.Field(n)
		if signed {
			c.Int(int64(v))
		} else {
			c.Uint(v)
		}
	}
}

func (c *Call) intFields(b []byte, names []string, offs []int) {
	for i, n := range names {
		c.Field(n)
		c.Int(int64(int32(binary.LittleEndian.Uint32(b[offs[i]:]))))
	}
}

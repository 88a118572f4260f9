package decode

import (
	"encoding/binary"

	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

func init() {
	register(Decoder{Entry: fcntlEntry, Exit: fcntlExit}, "fcntl")
}

// Flag tables for values fcntl returns: bits without a name print in hex
// with no comment ("0xa (flags FD_CLOEXEC|0x8)").
var (
	fdFlagsRet = &xlat.Table{Pairs: xlat.FdFlags.Pairs}
	fSealsRet  = &xlat.Table{Pairs: xlat.FSeals.Pairs}
)

func fcntlEntry(c *Call) bool {
	c.Fd(c.Args[0])
	cmd := uint64(uint32(c.Args[1]))
	c.Const(cmd, xlat.FcntlCmds)
	arg := c.Args[2]
	switch cmd {
	case unix.F_GETFD, unix.F_GETFL, unix.F_GETOWN, unix.F_GETSIG, unix.F_GETLEASE,
		unix.F_GETPIPE_SZ, unix.F_GET_SEALS:
		// No argument; the exit explains the result.
		c.LateSep = true
		return true
	case unix.F_DUPFD, unix.F_DUPFD_CLOEXEC:
		c.Int32(arg)
		c.RetKind = RetFd
	case unix.F_SETFD:
		c.Flags(uint64(uint32(arg)), xlat.FdFlags)
	case unix.F_SETFL:
		c.Flags(uint64(uint32(arg)), xlat.OpenMode)
	case unix.F_SETLK, unix.F_SETLKW, unix.F_OFD_SETLK, unix.F_OFD_SETLKW:
		c.flockStruct(arg, false)
	case unix.F_GETLK, unix.F_OFD_GETLK, unix.F_GETOWN_EX:
		return true // the structure is the result
	case unix.F_SETOWN:
		c.PidArg(arg)
	case unix.F_SETPIPE_SZ:
		c.Int32(arg)
	case unix.F_SETOWN_EX:
		c.fOwnerEx(arg)
	case unix.F_SETSIG:
		c.SignalNum(uint64(uint32(arg)))
	case unix.F_SETLEASE:
		c.Const(uint64(uint32(arg)), xlat.LockTypes)
	case unix.F_NOTIFY:
		c.Flags(uint64(uint32(arg)), xlat.NotifyFlags)
	case unix.F_ADD_SEALS:
		c.Flags(uint64(uint32(arg)), xlat.FSeals)
	default:
		c.Hex(arg)
	}
	return false
}

func fcntlExit(c *Call) {
	cmd := uint64(uint32(c.Args[1]))
	switch cmd {
	case unix.F_GETLK, unix.F_OFD_GETLK:
		c.flockStruct(c.Args[2], true)
		return
	case unix.F_GETOWN_EX:
		if c.Failed() {
			c.Ptr(c.Args[2])
		} else {
			c.fOwnerEx(c.Args[2])
		}
		return
	}
	if c.Failed() {
		return
	}
	rv := uint64(c.Rval)
	switch cmd {
	case unix.F_GETFD:
		if rv != 0 {
			c.fcntlRetFlags("flags ", rv, fdFlagsRet)
		}
	case unix.F_GETFL:
		c.fcntlRetFlags("flags ", rv, xlat.OpenMode)
	case unix.F_GET_SEALS:
		if rv != 0 {
			c.fcntlRetFlags("seals ", rv, fSealsRet)
		}
	case unix.F_GETLEASE:
		c.RetKind = RetHex
		if name, ok := xlat.LockTypes.Lookup(rv); ok {
			c.BeginRet()
			c.Text(name)
		}
	case unix.F_GETSIG:
		c.RetKind = RetUdec
		if xlat.SignalName(int(rv)) != "" && rv <= 64 {
			c.BeginRet()
			c.SignalNum(rv)
		}
	case unix.F_GETPIPE_SZ:
		c.RetKind = RetUdec
	}
}

// fcntlRetFlags prints the return value in hex followed by "(prefix FLAGS)".
func (c *Call) fcntlRetFlags(prefix string, v uint64, t *xlat.Table) {
	c.RetKind = RetHex
	c.BeginRet()
	c.Group()
	c.Text(prefix)
	c.Flags(v, t)
	c.End()
}

// flockStruct appends a struct flock (the same on every 64-bit architecture);
// l_pid only for the result of F_GETLK. At exit, a failed call prints the
// address.
func (c *Call) flockStruct(addr uint64, result bool) {
	var b []byte
	if result {
		b = c.structAtExit(addr, 32)
	} else if b = c.ReadStruct(addr, 32); b == nil {
		c.Ptr(addr)
	}
	if b == nil {
		return
	}
	le := binary.LittleEndian
	c.Struct()
	c.Field("l_type")
	c.Const(uint64(le.Uint16(b[0:])), xlat.LockTypes)
	c.Field("l_whence")
	c.Const(uint64(le.Uint16(b[2:])), xlat.Whence)
	c.Field("l_start")
	c.Int(int64(le.Uint64(b[8:])))
	c.Field("l_len")
	c.Int(int64(le.Uint64(b[16:])))
	if result {
		c.Field("l_pid")
		c.Int(int64(int32(le.Uint32(b[24:]))))
	}
	c.End()
}

// fOwnerEx appends a struct f_owner_ex, or its address when unreadable.
func (c *Call) fOwnerEx(addr uint64) {
	b := c.ReadStruct(addr, 8)
	if b == nil {
		c.Ptr(addr)
		return
	}
	le := binary.LittleEndian
	c.Struct()
	c.Field("type")
	c.Const(uint64(le.Uint32(b[0:])), xlat.OwnerTypes)
	c.Field("pid")
	// F_OWNER_TID (0) and F_OWNER_PID (1) name a process, F_OWNER_PGRP a group.
	if typ := le.Uint32(b[0:]); typ <= 1 {
		c.PidArg(uint64(le.Uint32(b[4:])))
	} else {
		c.Int(int64(int32(le.Uint32(b[4:]))))
	}
	c.End()
}

package xlat

import "golang.org/x/sys/unix"

// SockTypes are the socket types in the low four bits of socket's type.
var SockTypes = &Table{Unknown: "SOCK_???", Pairs: []Pair{
	{unix.SOCK_STREAM, "SOCK_STREAM"},
	{unix.SOCK_DGRAM, "SOCK_DGRAM"},
	{unix.SOCK_RAW, "SOCK_RAW"},
	{unix.SOCK_RDM, "SOCK_RDM"},
	{unix.SOCK_SEQPACKET, "SOCK_SEQPACKET"},
	{unix.SOCK_DCCP, "SOCK_DCCP"},
	{unix.SOCK_PACKET, "SOCK_PACKET"},
}, wantDense: true}

// SockTypeFlags are the flags of socket's type argument, in strace's order.
var SockTypeFlags = &Table{Unknown: "SOCK_???", Pairs: []Pair{
	{unix.SOCK_CLOEXEC, "SOCK_CLOEXEC"},
	{unix.SOCK_NONBLOCK, "SOCK_NONBLOCK"},
}}

// MsgFlags are the MSG_* flags of send and recv calls, in strace's order.
var MsgFlags = &Table{Unknown: "MSG_???", Pairs: []Pair{
	{unix.MSG_OOB, "MSG_OOB"},
	{unix.MSG_PEEK, "MSG_PEEK"},
	{unix.MSG_DONTROUTE, "MSG_DONTROUTE"},
	{unix.MSG_CTRUNC, "MSG_CTRUNC"},
	{0x10, "MSG_PROBE"},
	{unix.MSG_TRUNC, "MSG_TRUNC"},
	{unix.MSG_DONTWAIT, "MSG_DONTWAIT"},
	{unix.MSG_EOR, "MSG_EOR"},
	{unix.MSG_WAITALL, "MSG_WAITALL"},
	{unix.MSG_FIN, "MSG_FIN"},
	{unix.MSG_SYN, "MSG_SYN"},
	{unix.MSG_CONFIRM, "MSG_CONFIRM"},
	{unix.MSG_RST, "MSG_RST"},
	{unix.MSG_ERRQUEUE, "MSG_ERRQUEUE"},
	{unix.MSG_NOSIGNAL, "MSG_NOSIGNAL"},
	{unix.MSG_MORE, "MSG_MORE"},
	{unix.MSG_WAITFORONE, "MSG_WAITFORONE"},
	{0x20000, "MSG_SENDPAGE_NOTLAST"},
	{unix.MSG_BATCH, "MSG_BATCH"},
	{0x80000, "MSG_NO_SHARED_FRAGS"},
	{unix.MSG_ZEROCOPY, "MSG_ZEROCOPY"},
	{unix.MSG_FASTOPEN, "MSG_FASTOPEN"},
	{unix.MSG_CMSG_CLOEXEC, "MSG_CMSG_CLOEXEC"},
	{0x80000000, "MSG_CMSG_COMPAT"},
}}

// ShutdownModes are shutdown's how argument.
var ShutdownModes = &Table{Unknown: "SHUT_???", Pairs: []Pair{
	{unix.SHUT_RD, "SHUT_RD"},
	{unix.SHUT_WR, "SHUT_WR"},
	{unix.SHUT_RDWR, "SHUT_RDWR"},
}, wantDense: true}

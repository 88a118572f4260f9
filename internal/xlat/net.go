package xlat

import "golang.org/x/sys/unix"

// SockTypes are the socket types in the low four bits of socket's type.
var SockTypes = T("SOCK_???",
	P(unix.SOCK_STREAM, "SOCK_STREAM"),
	P(unix.SOCK_DGRAM, "SOCK_DGRAM"),
	P(unix.SOCK_RAW, "SOCK_RAW"),
	P(unix.SOCK_RDM, "SOCK_RDM"),
	P(unix.SOCK_SEQPACKET, "SOCK_SEQPACKET"),
	P(unix.SOCK_DCCP, "SOCK_DCCP"),
	P(unix.SOCK_PACKET, "SOCK_PACKET"),
).Index()

// SockTypeFlags are the flags of socket's type argument, in strace's order.
var SockTypeFlags = T("SOCK_???",
	P(unix.SOCK_CLOEXEC, "SOCK_CLOEXEC"),
	P(unix.SOCK_NONBLOCK, "SOCK_NONBLOCK"),
)

// MsgFlags are the MSG_* flags of send and recv calls, in strace's order.
var MsgFlags = T("MSG_???",
	P(unix.MSG_OOB, "MSG_OOB"),
	P(unix.MSG_PEEK, "MSG_PEEK"),
	P(unix.MSG_DONTROUTE, "MSG_DONTROUTE"),
	P(unix.MSG_CTRUNC, "MSG_CTRUNC"),
	P(0x10, "MSG_PROBE"),
	P(unix.MSG_TRUNC, "MSG_TRUNC"),
	P(unix.MSG_DONTWAIT, "MSG_DONTWAIT"),
	P(unix.MSG_EOR, "MSG_EOR"),
	P(unix.MSG_WAITALL, "MSG_WAITALL"),
	P(unix.MSG_FIN, "MSG_FIN"),
	P(unix.MSG_SYN, "MSG_SYN"),
	P(unix.MSG_CONFIRM, "MSG_CONFIRM"),
	P(unix.MSG_RST, "MSG_RST"),
	P(unix.MSG_ERRQUEUE, "MSG_ERRQUEUE"),
	P(unix.MSG_NOSIGNAL, "MSG_NOSIGNAL"),
	P(unix.MSG_MORE, "MSG_MORE"),
	P(unix.MSG_WAITFORONE, "MSG_WAITFORONE"),
	P(0x20000, "MSG_SENDPAGE_NOTLAST"),
	P(unix.MSG_BATCH, "MSG_BATCH"),
	P(0x80000, "MSG_NO_SHARED_FRAGS"),
	P(unix.MSG_ZEROCOPY, "MSG_ZEROCOPY"),
	P(unix.MSG_FASTOPEN, "MSG_FASTOPEN"),
	P(unix.MSG_CMSG_CLOEXEC, "MSG_CMSG_CLOEXEC"),
	P(0x80000000, "MSG_CMSG_COMPAT"),
)

// ShutdownModes are shutdown's how argument.
var ShutdownModes = T("SHUT_???",
	P(unix.SHUT_RD, "SHUT_RD"),
	P(unix.SHUT_WR, "SHUT_WR"),
	P(unix.SHUT_RDWR, "SHUT_RDWR"),
).Index()

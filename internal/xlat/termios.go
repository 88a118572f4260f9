package xlat

import "golang.org/x/sys/unix"

// Terminal attribute tables. strace prints an empty set as nothing at all
// ("c_lflag=,") and unnamed bits in hex without a comment, so these tables
// name zero "" and have no unknown text.

// TermIflags are c_iflag's bits.
var TermIflags = T("", P(0, ""),
	P(unix.IGNBRK, "IGNBRK"), P(unix.BRKINT, "BRKINT"), P(unix.IGNPAR, "IGNPAR"), P(unix.PARMRK, "PARMRK"),
	P(unix.INPCK, "INPCK"), P(unix.ISTRIP, "ISTRIP"), P(unix.INLCR, "INLCR"), P(unix.IGNCR, "IGNCR"),
	P(unix.ICRNL, "ICRNL"), P(unix.IUCLC, "IUCLC"), P(unix.IXON, "IXON"), P(unix.IXANY, "IXANY"),
	P(unix.IXOFF, "IXOFF"), P(unix.IMAXBEL, "IMAXBEL"), P(unix.IUTF8, "IUTF8"))

// TermOflags are c_oflag's bits other than the delay fields.
var TermOflags = T("", P(0, ""),
	P(unix.OPOST, "OPOST"), P(unix.OLCUC, "OLCUC"), P(unix.ONLCR, "ONLCR"), P(unix.OCRNL, "OCRNL"),
	P(unix.ONOCR, "ONOCR"), P(unix.ONLRET, "ONLRET"), P(unix.OFILL, "OFILL"), P(unix.OFDEL, "OFDEL"))

// TermOdelays are c_oflag's delay fields, each an enumeration in its mask,
// in the order strace prints them.
var TermOdelays = []struct {
	Mask  uint64
	Table *Table
}{
	{unix.NLDLY, T("", P(unix.NL0, "NL0"), P(unix.NL1, "NL1"))},
	{unix.CRDLY, T("", P(unix.CR0, "CR0"), P(unix.CR1, "CR1"), P(unix.CR2, "CR2"), P(unix.CR3, "CR3"))},
	{unix.TABDLY, T("", P(unix.TAB0, "TAB0"), P(unix.TAB1, "TAB1"), P(unix.TAB2, "TAB2"), P(unix.TABDLY, "XTABS"))},
	{unix.BSDLY, T("", P(unix.BS0, "BS0"), P(unix.BS1, "BS1"))},
	{unix.VTDLY, T("", P(unix.VT0, "VT0"), P(unix.VT1, "VT1"))},
	{unix.FFDLY, T("", P(unix.FF0, "FF0"), P(unix.FF1, "FF1"))},
}

// TermCflags are c_cflag's bits other than the speeds and the size.
var TermCflags = T("", P(0, ""),
	P(unix.CSTOPB, "CSTOPB"), P(unix.CREAD, "CREAD"), P(unix.PARENB, "PARENB"), P(unix.PARODD, "PARODD"),
	P(unix.HUPCL, "HUPCL"), P(unix.CLOCAL, "CLOCAL"), P(unix.CMSPAR, "CMSPAR"), P(unix.CRTSCTS, "CRTSCTS"))

// TermCsize is c_cflag's character size.
var TermCsize = T("", P(unix.CS5, "CS5"), P(unix.CS6, "CS6"), P(unix.CS7, "CS7"), P(unix.CS8, "CS8"))

// TermSpeeds are the baud rates of c_cflag's CBAUD bits (and, shifted by
// IBSHIFT, of CIBAUD). EXTA and EXTB alias B19200 and B38400.
var TermSpeeds = T("",
	P(unix.B0, "B0"), P(unix.B50, "B50"), P(unix.B75, "B75"), P(unix.B110, "B110"), P(unix.B134, "B134"),
	P(unix.B150, "B150"), P(unix.B200, "B200"), P(unix.B300, "B300"), P(unix.B600, "B600"),
	P(unix.B1200, "B1200"), P(unix.B1800, "B1800"), P(unix.B2400, "B2400"), P(unix.B4800, "B4800"),
	P(unix.B9600, "B9600"), P(unix.B19200, "B19200"), P(unix.B38400, "B38400"), P(unix.B57600, "B57600"),
	P(unix.B115200, "B115200"), P(unix.B230400, "B230400"), P(unix.B460800, "B460800"),
	P(unix.B500000, "B500000"), P(unix.B576000, "B576000"), P(unix.B921600, "B921600"),
	P(unix.B1000000, "B1000000"), P(unix.B1152000, "B1152000"), P(unix.B1500000, "B1500000"),
	P(unix.B2000000, "B2000000"), P(unix.B2500000, "B2500000"), P(unix.B3000000, "B3000000"),
	P(unix.B3500000, "B3500000"), P(unix.B4000000, "B4000000"), P(unix.BOTHER, "BOTHER"))

// TermLflags are c_lflag's bits.
var TermLflags = T("", P(0, ""),
	P(unix.ISIG, "ISIG"), P(unix.ICANON, "ICANON"), P(unix.XCASE, "XCASE"), P(unix.ECHO, "ECHO"),
	P(unix.ECHOE, "ECHOE"), P(unix.ECHOK, "ECHOK"), P(unix.ECHONL, "ECHONL"), P(unix.NOFLSH, "NOFLSH"),
	P(unix.IEXTEN, "IEXTEN"), P(unix.ECHOCTL, "ECHOCTL"), P(unix.ECHOPRT, "ECHOPRT"), P(unix.ECHOKE, "ECHOKE"),
	P(unix.FLUSHO, "FLUSHO"), P(unix.PENDIN, "PENDIN"), P(unix.TOSTOP, "TOSTOP"), P(unix.EXTPROC, "EXTPROC"))

// LineDiscs are the N_* line disciplines of c_line.
var LineDiscs = T("N_???",
	P(0, "N_TTY"), P(1, "N_SLIP"), P(2, "N_MOUSE"), P(3, "N_PPP"), P(4, "N_STRIP"), P(5, "N_AX25"),
	P(6, "N_X25"), P(7, "N_6PACK"), P(8, "N_MASC"), P(9, "N_R3964"), P(10, "N_PROFIBUS_FDL"),
	P(11, "N_IRDA"), P(12, "N_SMSBLOCK"), P(13, "N_HDLC"), P(14, "N_SYNC_PPP"), P(15, "N_HCI"),
	P(16, "N_GIGASET_M101"), P(17, "N_SLCAN"), P(18, "N_PPS"), P(19, "N_V253"), P(20, "N_CAIF"),
	P(21, "N_GSM0710"), P(22, "N_TI_WL"), P(23, "N_TRACESINK"), P(24, "N_TRACEROUTER"), P(25, "N_NCI"),
	P(26, "N_SPEAKUP"), P(27, "N_NULL")).Index()

// CcNames name the c_cc slots.
var CcNames = [...]string{
	"VINTR", "VQUIT", "VERASE", "VKILL", "VEOF", "VTIME", "VMIN", "VSWTC", "VSTART", "VSTOP",
	"VSUSP", "VEOL", "VREPRINT", "VDISCARD", "VWERASE", "VLNEXT", "VEOL2",
}

// TcflshArgs and TcxoncArgs are the arguments of TCFLSH and TCXONC.
var (
	TcflshArgs = T("TC???", P(unix.TCIFLUSH, "TCIFLUSH"), P(unix.TCOFLUSH, "TCOFLUSH"), P(unix.TCIOFLUSH, "TCIOFLUSH"))
	TcxoncArgs = T("TC???", P(unix.TCOOFF, "TCOOFF"), P(unix.TCOON, "TCOON"), P(unix.TCIOFF, "TCIOFF"), P(unix.TCION, "TCION"))
)

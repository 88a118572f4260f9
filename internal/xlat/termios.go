package xlat

import "golang.org/x/sys/unix"

// Terminal attribute tables. strace prints an empty set as nothing at all
// ("c_lflag=,") and unnamed bits in hex without a comment, so these tables
// name zero "" and have no unknown text.

// TermIflags are c_iflag's bits.
var TermIflags = &Table{Unknown: "", Pairs: []Pair{{0, ""},
	{unix.IGNBRK, "IGNBRK"}, {unix.BRKINT, "BRKINT"}, {unix.IGNPAR, "IGNPAR"}, {unix.PARMRK, "PARMRK"},
	{unix.INPCK, "INPCK"}, {unix.ISTRIP, "ISTRIP"}, {unix.INLCR, "INLCR"}, {unix.IGNCR, "IGNCR"},
	{unix.ICRNL, "ICRNL"}, {unix.IUCLC, "IUCLC"}, {unix.IXON, "IXON"}, {unix.IXANY, "IXANY"},
	{unix.IXOFF, "IXOFF"}, {unix.IMAXBEL, "IMAXBEL"}, {unix.IUTF8, "IUTF8"}}}

// TermOflags are c_oflag's bits other than the delay fields.
var TermOflags = &Table{Unknown: "", Pairs: []Pair{{0, ""},
	{unix.OPOST, "OPOST"}, {unix.OLCUC, "OLCUC"}, {unix.ONLCR, "ONLCR"}, {unix.OCRNL, "OCRNL"},
	{unix.ONOCR, "ONOCR"}, {unix.ONLRET, "ONLRET"}, {unix.OFILL, "OFILL"}, {unix.OFDEL, "OFDEL"}}}

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
var TermCflags = &Table{Unknown: "", Pairs: []Pair{{0, ""},
	{unix.CSTOPB, "CSTOPB"}, {unix.CREAD, "CREAD"}, {unix.PARENB, "PARENB"}, {unix.PARODD, "PARODD"},
	{unix.HUPCL, "HUPCL"}, {unix.CLOCAL, "CLOCAL"}, {unix.CMSPAR, "CMSPAR"}, {unix.CRTSCTS, "CRTSCTS"}}}

// TermCsize is c_cflag's character size.
var TermCsize = &Table{Unknown: "", Pairs: []Pair{{unix.CS5, "CS5"}, {unix.CS6, "CS6"}, {unix.CS7, "CS7"}, {unix.CS8, "CS8"}}}

// TermSpeeds are the baud rates of c_cflag's CBAUD bits (and, shifted by
// IBSHIFT, of CIBAUD). EXTA and EXTB alias B19200 and B38400.
var TermSpeeds = &Table{Unknown: "", Pairs: []Pair{
	{unix.B0, "B0"}, {unix.B50, "B50"}, {unix.B75, "B75"}, {unix.B110, "B110"}, {unix.B134, "B134"},
	{unix.B150, "B150"}, {unix.B200, "B200"}, {unix.B300, "B300"}, {unix.B600, "B600"},
	{unix.B1200, "B1200"}, {unix.B1800, "B1800"}, {unix.B2400, "B2400"}, {unix.B4800, "B4800"},
	{unix.B9600, "B9600"}, {unix.B19200, "B19200"}, {unix.B38400, "B38400"}, {unix.B57600, "B57600"},
	{unix.B115200, "B115200"}, {unix.B230400, "B230400"}, {unix.B460800, "B460800"},
	{unix.B500000, "B500000"}, {unix.B576000, "B576000"}, {unix.B921600, "B921600"},
	{unix.B1000000, "B1000000"}, {unix.B1152000, "B1152000"}, {unix.B1500000, "B1500000"},
	{unix.B2000000, "B2000000"}, {unix.B2500000, "B2500000"}, {unix.B3000000, "B3000000"},
	{unix.B3500000, "B3500000"}, {unix.B4000000, "B4000000"}, {unix.BOTHER, "BOTHER"}}}

// TermLflags are c_lflag's bits.
var TermLflags = &Table{Unknown: "", Pairs: []Pair{{0, ""},
	{unix.ISIG, "ISIG"}, {unix.ICANON, "ICANON"}, {unix.XCASE, "XCASE"}, {unix.ECHO, "ECHO"},
	{unix.ECHOE, "ECHOE"}, {unix.ECHOK, "ECHOK"}, {unix.ECHONL, "ECHONL"}, {unix.NOFLSH, "NOFLSH"},
	{unix.IEXTEN, "IEXTEN"}, {unix.ECHOCTL, "ECHOCTL"}, {unix.ECHOPRT, "ECHOPRT"}, {unix.ECHOKE, "ECHOKE"},
	{unix.FLUSHO, "FLUSHO"}, {unix.PENDIN, "PENDIN"}, {unix.TOSTOP, "TOSTOP"}, {unix.EXTPROC, "EXTPROC"}}}

// LineDiscs are the N_* line disciplines of c_line.
var LineDiscs = &Table{Unknown: "N_???", Pairs: []Pair{
	{0, "N_TTY"}, {1, "N_SLIP"}, {2, "N_MOUSE"}, {3, "N_PPP"}, {4, "N_STRIP"}, {5, "N_AX25"},
	{6, "N_X25"}, {7, "N_6PACK"}, {8, "N_MASC"}, {9, "N_R3964"}, {10, "N_PROFIBUS_FDL"},
	{11, "N_IRDA"}, {12, "N_SMSBLOCK"}, {13, "N_HDLC"}, {14, "N_SYNC_PPP"}, {15, "N_HCI"},
	{16, "N_GIGASET_M101"}, {17, "N_SLCAN"}, {18, "N_PPS"}, {19, "N_V253"}, {20, "N_CAIF"},
	{21, "N_GSM0710"}, {22, "N_TI_WL"}, {23, "N_TRACESINK"}, {24, "N_TRACEROUTER"}, {25, "N_NCI"},
	{26, "N_SPEAKUP"}, {27, "N_NULL"}}, wantDense: true}

// CcNames name the c_cc slots.
var CcNames = [...]string{
	"VINTR", "VQUIT", "VERASE", "VKILL", "VEOF", "VTIME", "VMIN", "VSWTC", "VSTART", "VSTOP",
	"VSUSP", "VEOL", "VREPRINT", "VDISCARD", "VWERASE", "VLNEXT", "VEOL2",
}

// TcflshArgs and TcxoncArgs are the arguments of TCFLSH and TCXONC.
var (
	TcflshArgs = &Table{Unknown: "TC???", Pairs: []Pair{{unix.TCIFLUSH, "TCIFLUSH"}, {unix.TCOFLUSH, "TCOFLUSH"}, {unix.TCIOFLUSH, "TCIOFLUSH"}}}
	TcxoncArgs = &Table{Unknown: "TC???", Pairs: []Pair{{unix.TCOOFF, "TCOOFF"}, {unix.TCOON, "TCOON"}, {unix.TCIOFF, "TCIOFF"}, {unix.TCION, "TCION"}}}
)

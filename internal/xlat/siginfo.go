package xlat

// SiCodes are the si_code values every signal can carry.
var SiCodes = &Table{Unknown: "SI_???", Pairs: []Pair{
	{0, "SI_USER"}, {0x80, "SI_KERNEL"}, {1<<64 - 1, "SI_QUEUE"}, {1<<64 - 2, "SI_TIMER"},
	{1<<64 - 3, "SI_MESGQ"}, {1<<64 - 4, "SI_ASYNCIO"}, {1<<64 - 5, "SI_SIGIO"}, {1<<64 - 6, "SI_TKILL"},
	{1<<64 - 7, "SI_DETHREAD"}, {1<<64 - 60, "SI_ASYNCNL"}}}

// Per-signal si_code values (positive codes).
var (
	SigchldCodes = &Table{Unknown: "CLD_???", Pairs: []Pair{{1, "CLD_EXITED"}, {2, "CLD_KILLED"}, {3, "CLD_DUMPED"},
		{4, "CLD_TRAPPED"}, {5, "CLD_STOPPED"}, {6, "CLD_CONTINUED"}}}
	SigsegvCodes = &Table{Unknown: "SEGV_???", Pairs: []Pair{{1, "SEGV_MAPERR"}, {2, "SEGV_ACCERR"}, {3, "SEGV_BNDERR"},
		{4, "SEGV_PKUERR"}, {5, "SEGV_ACCADI"}, {6, "SEGV_ADIDERR"}, {7, "SEGV_ADIPERR"},
		{8, "SEGV_MTEAERR"}, {9, "SEGV_MTESERR"}}} // strace 6.1 does not know SEGV_CPERR (10)
	SigbusCodes = &Table{Unknown: "BUS_???", Pairs: []Pair{{1, "BUS_ADRALN"}, {2, "BUS_ADRERR"}, {3, "BUS_OBJERR"},
		{4, "BUS_MCEERR_AR"}, {5, "BUS_MCEERR_AO"}}}
	SigillCodes = &Table{Unknown: "ILL_???", Pairs: []Pair{{1, "ILL_ILLOPC"}, {2, "ILL_ILLOPN"}, {3, "ILL_ILLADR"},
		{4, "ILL_ILLTRP"}, {5, "ILL_PRVOPC"}, {6, "ILL_PRVREG"}, {7, "ILL_COPROC"},
		{8, "ILL_BADSTK"}, {9, "ILL_BADIADDR"}}}
	SigfpeCodes = &Table{Unknown: "FPE_???", Pairs: []Pair{{1, "FPE_INTDIV"}, {2, "FPE_INTOVF"}, {3, "FPE_FLTDIV"},
		{4, "FPE_FLTOVF"}, {5, "FPE_FLTUND"}, {6, "FPE_FLTRES"}, {7, "FPE_FLTINV"},
		{8, "FPE_FLTSUB"}, {14, "FPE_FLTUNK"}, {15, "FPE_CONDTRAP"}}}
	SigtrapCodes = &Table{Unknown: "TRAP_???", Pairs: []Pair{{1, "TRAP_BRKPT"}, {2, "TRAP_TRACE"}, {3, "TRAP_BRANCH"},
		{4, "TRAP_HWBKPT"}, {5, "TRAP_UNK"}, {6, "TRAP_PERF"}}}
	SigpollCodes = &Table{Unknown: "POLL_???", Pairs: []Pair{{1, "POLL_IN"}, {2, "POLL_OUT"}, {3, "POLL_MSG"},
		{4, "POLL_ERR"}, {5, "POLL_PRI"}, {6, "POLL_HUP"}}}
	SigsysCodes = &Table{Unknown: "SYS_???", Pairs: []Pair{{1, "SYS_SECCOMP"}, {2, "SYS_USER_DISPATCH"}}}
)

// Signals is the table of signal names, for printing a signal number as a
// value (kill's second argument, si_signo).
var Signals = func() *Table {
	t := &Table{}
	for sig := 1; sig <= 64; sig++ {
		t.Pairs = append(t.Pairs, Pair{Val: uint64(sig), Name: SignalName(sig)})
	}
	return t.Index()
}()

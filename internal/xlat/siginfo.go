package xlat

// SiCodes are the si_code values every signal can carry.
var SiCodes = T("SI_???",
	P(0, "SI_USER"), P(0x80, "SI_KERNEL"), P(-1, "SI_QUEUE"), P(-2, "SI_TIMER"),
	P(-3, "SI_MESGQ"), P(-4, "SI_ASYNCIO"), P(-5, "SI_SIGIO"), P(-6, "SI_TKILL"),
	P(-7, "SI_DETHREAD"), P(-60, "SI_ASYNCNL"))

// Per-signal si_code values (positive codes).
var (
	SigchldCodes = T("CLD_???", P(1, "CLD_EXITED"), P(2, "CLD_KILLED"), P(3, "CLD_DUMPED"),
		P(4, "CLD_TRAPPED"), P(5, "CLD_STOPPED"), P(6, "CLD_CONTINUED"))
	SigsegvCodes = T("SEGV_???", P(1, "SEGV_MAPERR"), P(2, "SEGV_ACCERR"), P(3, "SEGV_BNDERR"),
		P(4, "SEGV_PKUERR"), P(5, "SEGV_ACCADI"), P(6, "SEGV_ADIDERR"), P(7, "SEGV_ADIPERR"),
		P(8, "SEGV_MTEAERR"), P(9, "SEGV_MTESERR")) // strace 6.1 does not know SEGV_CPERR (10)
	SigbusCodes = T("BUS_???", P(1, "BUS_ADRALN"), P(2, "BUS_ADRERR"), P(3, "BUS_OBJERR"),
		P(4, "BUS_MCEERR_AR"), P(5, "BUS_MCEERR_AO"))
	SigillCodes = T("ILL_???", P(1, "ILL_ILLOPC"), P(2, "ILL_ILLOPN"), P(3, "ILL_ILLADR"),
		P(4, "ILL_ILLTRP"), P(5, "ILL_PRVOPC"), P(6, "ILL_PRVREG"), P(7, "ILL_COPROC"),
		P(8, "ILL_BADSTK"), P(9, "ILL_BADIADDR"))
	SigfpeCodes = T("FPE_???", P(1, "FPE_INTDIV"), P(2, "FPE_INTOVF"), P(3, "FPE_FLTDIV"),
		P(4, "FPE_FLTOVF"), P(5, "FPE_FLTUND"), P(6, "FPE_FLTRES"), P(7, "FPE_FLTINV"),
		P(8, "FPE_FLTSUB"), P(14, "FPE_FLTUNK"), P(15, "FPE_CONDTRAP"))
	SigtrapCodes = T("TRAP_???", P(1, "TRAP_BRKPT"), P(2, "TRAP_TRACE"), P(3, "TRAP_BRANCH"),
		P(4, "TRAP_HWBKPT"), P(5, "TRAP_UNK"), P(6, "TRAP_PERF"))
	SigpollCodes = T("POLL_???", P(1, "POLL_IN"), P(2, "POLL_OUT"), P(3, "POLL_MSG"),
		P(4, "POLL_ERR"), P(5, "POLL_PRI"), P(6, "POLL_HUP"))
	SigsysCodes = T("SYS_???", P(1, "SYS_SECCOMP"), P(2, "SYS_USER_DISPATCH"))
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

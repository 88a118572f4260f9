package xlat

import "golang.org/x/sys/unix"

// TimerFlags are the flags of clock_nanosleep and timer_settime.
var TimerFlags = T("TIMER_???",
	P(unix.TIMER_ABSTIME, "TIMER_ABSTIME"),
)

// TimerfdFlags are the flags of timerfd_create and timerfd_settime, in strace's order.
var TimerfdFlags = T("TFD_???",
	P(unix.TFD_TIMER_ABSTIME, "TFD_TIMER_ABSTIME"),
	P(unix.TFD_TIMER_CANCEL_ON_SET, "TFD_TIMER_CANCEL_ON_SET"),
	P(unix.TFD_CLOEXEC, "TFD_CLOEXEC"),
	P(unix.TFD_NONBLOCK, "TFD_NONBLOCK"),
)

// SigevNotify are struct sigevent's sigev_notify values.
var SigevNotify = T("SIGEV_???",
	P(0, "SIGEV_SIGNAL"),
	P(1, "SIGEV_NONE"),
	P(2, "SIGEV_THREAD"),
	P(4, "SIGEV_THREAD_ID"),
).Index()

// AdjtimexModes are struct timex's modes, in strace's order.
var AdjtimexModes = T("ADJ_???",
	P(unix.ADJ_OFFSET_SS_READ, "ADJ_OFFSET_SS_READ"),
	P(unix.ADJ_OFFSET_SINGLESHOT, "ADJ_OFFSET_SINGLESHOT"),
	P(unix.ADJ_OFFSET, "ADJ_OFFSET"),
	P(unix.ADJ_FREQUENCY, "ADJ_FREQUENCY"),
	P(unix.ADJ_MAXERROR, "ADJ_MAXERROR"),
	P(unix.ADJ_ESTERROR, "ADJ_ESTERROR"),
	P(unix.ADJ_STATUS, "ADJ_STATUS"),
	P(unix.ADJ_TIMECONST, "ADJ_TIMECONST"),
	P(unix.ADJ_TAI, "ADJ_TAI"),
	P(unix.ADJ_SETOFFSET, "ADJ_SETOFFSET"),
	P(unix.ADJ_MICRO, "ADJ_MICRO"),
	P(unix.ADJ_NANO, "ADJ_NANO"),
	P(unix.ADJ_TICK, "ADJ_TICK"),
)

// AdjtimexStatus are struct timex's status bits.
var AdjtimexStatus = T("STA_???",
	P(unix.STA_PLL, "STA_PLL"),
	P(unix.STA_PPSFREQ, "STA_PPSFREQ"),
	P(unix.STA_PPSTIME, "STA_PPSTIME"),
	P(unix.STA_FLL, "STA_FLL"),
	P(unix.STA_INS, "STA_INS"),
	P(unix.STA_DEL, "STA_DEL"),
	P(unix.STA_UNSYNC, "STA_UNSYNC"),
	P(unix.STA_FREQHOLD, "STA_FREQHOLD"),
	P(unix.STA_PPSSIGNAL, "STA_PPSSIGNAL"),
	P(unix.STA_PPSJITTER, "STA_PPSJITTER"),
	P(unix.STA_PPSWANDER, "STA_PPSWANDER"),
	P(unix.STA_PPSERROR, "STA_PPSERROR"),
	P(unix.STA_CLOCKERR, "STA_CLOCKERR"),
	P(unix.STA_NANO, "STA_NANO"),
	P(unix.STA_MODE, "STA_MODE"),
	P(unix.STA_CLK, "STA_CLK"),
)

// AdjtimexState are adjtimex's return values, the clock state.
var AdjtimexState = T("TIME_???",
	P(unix.TIME_OK, "TIME_OK"),
	P(unix.TIME_INS, "TIME_INS"),
	P(unix.TIME_DEL, "TIME_DEL"),
	P(unix.TIME_OOP, "TIME_OOP"),
	P(unix.TIME_WAIT, "TIME_WAIT"),
	P(unix.TIME_ERROR, "TIME_ERROR"),
).Index()

// ItimerWhich are the timers of setitimer and getitimer.
var ItimerWhich = T("ITIMER_???",
	P(unix.ITIMER_REAL, "ITIMER_REAL"),
	P(unix.ITIMER_VIRTUAL, "ITIMER_VIRTUAL"),
	P(unix.ITIMER_PROF, "ITIMER_PROF"),
).Index()

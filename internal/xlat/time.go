package xlat

import "golang.org/x/sys/unix"

// TimerFlags are the flags of clock_nanosleep and timer_settime.
var TimerFlags = &Table{Unknown: "TIMER_???", Pairs: []Pair{
	{unix.TIMER_ABSTIME, "TIMER_ABSTIME"},
}}

// TimerfdFlags are the flags of timerfd_create and timerfd_settime, in strace's order.
var TimerfdFlags = &Table{Unknown: "TFD_???", Pairs: []Pair{
	{unix.TFD_TIMER_ABSTIME, "TFD_TIMER_ABSTIME"},
	{unix.TFD_TIMER_CANCEL_ON_SET, "TFD_TIMER_CANCEL_ON_SET"},
	{unix.TFD_CLOEXEC, "TFD_CLOEXEC"},
	{unix.TFD_NONBLOCK, "TFD_NONBLOCK"},
}}

// SigevNotify are struct sigevent's sigev_notify values.
var SigevNotify = &Table{Unknown: "SIGEV_???", Pairs: []Pair{
	{0, "SIGEV_SIGNAL"},
	{1, "SIGEV_NONE"},
	{2, "SIGEV_THREAD"},
	{4, "SIGEV_THREAD_ID"},
}, wantDense: true}

// AdjtimexModes are struct timex's modes, in strace's order.
var AdjtimexModes = &Table{Unknown: "ADJ_???", Pairs: []Pair{
	{unix.ADJ_OFFSET_SS_READ, "ADJ_OFFSET_SS_READ"},
	{unix.ADJ_OFFSET_SINGLESHOT, "ADJ_OFFSET_SINGLESHOT"},
	{unix.ADJ_OFFSET, "ADJ_OFFSET"},
	{unix.ADJ_FREQUENCY, "ADJ_FREQUENCY"},
	{unix.ADJ_MAXERROR, "ADJ_MAXERROR"},
	{unix.ADJ_ESTERROR, "ADJ_ESTERROR"},
	{unix.ADJ_STATUS, "ADJ_STATUS"},
	{unix.ADJ_TIMECONST, "ADJ_TIMECONST"},
	{unix.ADJ_TAI, "ADJ_TAI"},
	{unix.ADJ_SETOFFSET, "ADJ_SETOFFSET"},
	{unix.ADJ_MICRO, "ADJ_MICRO"},
	{unix.ADJ_NANO, "ADJ_NANO"},
	{unix.ADJ_TICK, "ADJ_TICK"},
}}

// AdjtimexStatus are struct timex's status bits.
var AdjtimexStatus = &Table{Unknown: "STA_???", Pairs: []Pair{
	{unix.STA_PLL, "STA_PLL"},
	{unix.STA_PPSFREQ, "STA_PPSFREQ"},
	{unix.STA_PPSTIME, "STA_PPSTIME"},
	{unix.STA_FLL, "STA_FLL"},
	{unix.STA_INS, "STA_INS"},
	{unix.STA_DEL, "STA_DEL"},
	{unix.STA_UNSYNC, "STA_UNSYNC"},
	{unix.STA_FREQHOLD, "STA_FREQHOLD"},
	{unix.STA_PPSSIGNAL, "STA_PPSSIGNAL"},
	{unix.STA_PPSJITTER, "STA_PPSJITTER"},
	{unix.STA_PPSWANDER, "STA_PPSWANDER"},
	{unix.STA_PPSERROR, "STA_PPSERROR"},
	{unix.STA_CLOCKERR, "STA_CLOCKERR"},
	{unix.STA_NANO, "STA_NANO"},
	{unix.STA_MODE, "STA_MODE"},
	{unix.STA_CLK, "STA_CLK"},
}}

// AdjtimexState are adjtimex's return values, the clock state.
var AdjtimexState = &Table{Unknown: "TIME_???", Pairs: []Pair{
	{unix.TIME_OK, "TIME_OK"},
	{unix.TIME_INS, "TIME_INS"},
	{unix.TIME_DEL, "TIME_DEL"},
	{unix.TIME_OOP, "TIME_OOP"},
	{unix.TIME_WAIT, "TIME_WAIT"},
	{unix.TIME_ERROR, "TIME_ERROR"},
}, wantDense: true}

// ItimerWhich are the timers of setitimer and getitimer.
var ItimerWhich = &Table{Unknown: "ITIMER_???", Pairs: []Pair{
	{unix.ITIMER_REAL, "ITIMER_REAL"},
	{unix.ITIMER_VIRTUAL, "ITIMER_VIRTUAL"},
	{unix.ITIMER_PROF, "ITIMER_PROF"},
}, wantDense: true}

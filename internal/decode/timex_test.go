package decode_test

import (
	"testing"

	"gostrace/internal/decode/decodetest"
)

// Expected lines from strace 6.1 running testdata/tm.c and testdata/sev.c.
func timex(modes uint32, tvsec, tvusec uint64) []byte {
	b := make([]byte, 208)
	copy(b, u32(modes))
	copy(b[24:], u64(16000000))
	copy(b[32:], u64(16000000))
	copy(b[40:], u32(0x40)) // STA_UNSYNC
	copy(b[48:], u64(2))
	copy(b[56:], u64(1))
	copy(b[64:], u64(32768000))
	copy(b[72:], u64(tvsec))
	copy(b[80:], u64(tvusec))
	copy(b[88:], u64(10000))
	return b
}

func TestAdjtimex(t *testing.T) {
	m := decodetest.NewMemory()
	tx := m.Alloc(timex(0, 1795690400, 924432))
	tx2 := m.Alloc(timex(3, 1795690400, 924458))
	const fields = `offset=0, freq=0, maxerror=16000000, esterror=16000000, status=STA_UNSYNC, constant=2, precision=1, tolerance=32768000, time={tv_sec=1795690400, tv_usec=`
	const tail = `}, tick=10000, ppsfreq=0, jitter=0, shift=0, stabil=0, jitcnt=0, calcnt=0, errcnt=0, stbcnt=0, tai=0}`
	check(t, m, []line{
		{call("adjtimex", 5, tx), `adjtimex({modes=0, ` + fields + `924432` + tail + `) = 5 (TIME_ERROR)`},
		{call("adjtimex", 5, tx2), `adjtimex({modes=ADJ_OFFSET|ADJ_FREQUENCY, ` + fields + `924458` + tail + `) = 5 (TIME_ERROR)`},
		{call("clock_adjtime", 5, 0, tx), `clock_adjtime(CLOCK_REALTIME, {modes=0, ` + fields + `924432` + tail + `) = 5 (TIME_ERROR)`},
		{fail("adjtimex", 14, 8), `adjtimex(0x8) = -1 EFAULT (Bad address)`},
		{fail("adjtimex", 22, tx), `adjtimex(` + hexAddr(tx) + `) = -1 EINVAL (Invalid argument)`},
		{fail("clock_adjtime", 22, 99, tx), `clock_adjtime(0x63 /* CLOCK_??? */, ` + hexAddr(tx) + `) = -1 EINVAL (Invalid argument)`},
	})
}

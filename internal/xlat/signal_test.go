package xlat

import "testing"

// TestAppendSigset checks the switch to the complement: strace 6.1 printed
// sa_mask=[HUP ... RT_9] for 41 signals of 64 and ~[RT_11 ... RT_32] for
// 42, and for rt_sigpending's 4-byte sets [HUP ... URG] for 20 signals and
// ~[KILL CONT STOP XFSZ VTALRM PROF WINCH IO PWR SYS RTMIN] for 21.
func TestAppendSigset(t *testing.T) {
	tests := []struct {
		mask uint64
		nsig int
		want string
	}{
		{0, 64, "[]"},
		{^uint64(0), 64, "~[]"},
		{^uint64(0) >> 1, 64, "~[RT_32]"},
		{1<<9 | 1<<11, 64, "[USR1 USR2]"},
		{1<<41 - 1, 64, "[HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO PWR SYS RTMIN RT_1 RT_2 RT_3 RT_4 RT_5 RT_6 RT_7 RT_8 RT_9]"},
		{1<<42 - 1, 64, "~[RT_11 RT_12 RT_13 RT_14 RT_15 RT_16 RT_17 RT_18 RT_19 RT_20 RT_21 RT_22 RT_23 RT_24 RT_25 RT_26 RT_27 RT_28 RT_29 RT_30 RT_31 RT_32]"},
		{^uint64(0) &^ (1<<8 | 1<<18), 64, "~[KILL STOP]"},
		{0xffffffff &^ (1<<8 | 1<<17 | 1<<18 | 1<<24 | 1<<25 | 1<<26 | 1<<27 | 1<<28 | 1<<29 | 1<<30 | 1<<31 | 1<<23), 32,
			"[HUP INT QUIT ILL TRAP ABRT BUS FPE USR1 SEGV USR2 PIPE ALRM TERM STKFLT CHLD TSTP TTIN TTOU URG]"},
		{0xffffffff &^ (1<<8 | 1<<17 | 1<<18 | 1<<24 | 1<<25 | 1<<26 | 1<<27 | 1<<28 | 1<<29 | 1<<30 | 1<<31), 32,
			"~[KILL CONT STOP XFSZ VTALRM PROF WINCH IO PWR SYS RTMIN]"},
	}
	for _, tt := range tests {
		if got := string(AppendSigset(nil, tt.mask, tt.nsig)); got != tt.want {
			t.Errorf("%#x/%d: got %s, want %s", tt.mask, tt.nsig, got, tt.want)
		}
	}
}

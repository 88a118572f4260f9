package xlat

// FutexWakeOps are the operations encoded in FUTEX_WAKE_OP's val3.
var FutexWakeOps = T("FUTEX_OP_???",
	P(0, "FUTEX_OP_SET"),
	P(1, "FUTEX_OP_ADD"),
	P(2, "FUTEX_OP_OR"),
	P(3, "FUTEX_OP_ANDN"),
	P(4, "FUTEX_OP_XOR"),
)

// FutexWakeCmps are the comparisons encoded in FUTEX_WAKE_OP's val3.
var FutexWakeCmps = T("FUTEX_OP_CMP_???",
	P(0, "FUTEX_OP_CMP_EQ"),
	P(1, "FUTEX_OP_CMP_NE"),
	P(2, "FUTEX_OP_CMP_LT"),
	P(3, "FUTEX_OP_CMP_LE"),
	P(4, "FUTEX_OP_CMP_GT"),
	P(5, "FUTEX_OP_CMP_GE"),
)

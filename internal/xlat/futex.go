package xlat

// FutexWakeOps are the operations encoded in FUTEX_WAKE_OP's val3.
var FutexWakeOps = &Table{Unknown: "FUTEX_OP_???", Pairs: []Pair{
	{0, "FUTEX_OP_SET"},
	{1, "FUTEX_OP_ADD"},
	{2, "FUTEX_OP_OR"},
	{3, "FUTEX_OP_ANDN"},
	{4, "FUTEX_OP_XOR"},
}}

// FutexWakeCmps are the comparisons encoded in FUTEX_WAKE_OP's val3.
var FutexWakeCmps = &Table{Unknown: "FUTEX_OP_CMP_???", Pairs: []Pair{
	{0, "FUTEX_OP_CMP_EQ"},
	{1, "FUTEX_OP_CMP_NE"},
	{2, "FUTEX_OP_CMP_LT"},
	{3, "FUTEX_OP_CMP_LE"},
	{4, "FUTEX_OP_CMP_GT"},
	{5, "FUTEX_OP_CMP_GE"},
}}

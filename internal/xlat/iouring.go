package xlat

// IoUringSetupFlags are struct io_uring_params's flags.
var IoUringSetupFlags = &Table{Unknown: "IORING_SETUP_???", Pairs: []Pair{
	{0x1, "IORING_SETUP_IOPOLL"},
	{0x2, "IORING_SETUP_SQPOLL"},
	{0x4, "IORING_SETUP_SQ_AFF"},
	{0x8, "IORING_SETUP_CQSIZE"},
	{0x10, "IORING_SETUP_CLAMP"},
	{0x20, "IORING_SETUP_ATTACH_WQ"},
	{0x40, "IORING_SETUP_R_DISABLED"},
	{0x80, "IORING_SETUP_SUBMIT_ALL"},
	{0x100, "IORING_SETUP_COOP_TASKRUN"},
	{0x200, "IORING_SETUP_TASKRUN_FLAG"},
	{0x400, "IORING_SETUP_SQE128"},
	{0x800, "IORING_SETUP_CQE32"},
}}

// IoUringFeatures are struct io_uring_params's features, as far as strace 6.1 knows them.
var IoUringFeatures = &Table{Unknown: "IORING_FEAT_???", Pairs: []Pair{
	{0x1, "IORING_FEAT_SINGLE_MMAP"},
	{0x2, "IORING_FEAT_NODROP"},
	{0x4, "IORING_FEAT_SUBMIT_STABLE"},
	{0x8, "IORING_FEAT_RW_CUR_POS"},
	{0x10, "IORING_FEAT_CUR_PERSONALITY"},
	{0x20, "IORING_FEAT_FAST_POLL"},
	{0x40, "IORING_FEAT_POLL_32BITS"},
	{0x80, "IORING_FEAT_SQPOLL_NONFIXED"},
	{0x100, "IORING_FEAT_EXT_ARG"},
	{0x200, "IORING_FEAT_NATIVE_WORKERS"},
	{0x400, "IORING_FEAT_RSRC_TAGS"},
	{0x800, "IORING_FEAT_CQE_SKIP"},
	{0x1000, "IORING_FEAT_LINKED_FILE"},
}}

// IoUringEnterFlags are io_uring_enter's flags.
var IoUringEnterFlags = &Table{Unknown: "IORING_ENTER_???", Pairs: []Pair{
	{0x1, "IORING_ENTER_GETEVENTS"},
	{0x2, "IORING_ENTER_SQ_WAKEUP"},
	{0x4, "IORING_ENTER_SQ_WAIT"},
	{0x8, "IORING_ENTER_EXT_ARG"},
	{0x10, "IORING_ENTER_REGISTERED_RING"},
}}

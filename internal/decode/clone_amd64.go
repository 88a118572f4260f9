package decode

// clone's arguments on x86_64: flags, stack, parent_tid, child_tid, tls.
const (
	cloneArgChildTid = 3
	cloneArgTLS      = 4
)

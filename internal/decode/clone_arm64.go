package decode

// clone's arguments on arm64 (CLONE_BACKWARDS): flags, stack, parent_tid,
// tls, child_tid.
const (
	cloneArgTLS      = 3
	cloneArgChildTid = 4
)

package filter

import "sync"

// strace on x86_64 knows three personalities: the native one ("@64"), i386
// ("@32") and x32 ("@x32").
//
// x32 is approximated: its numbers are the native ones plus 512-547 (the
// x32-only entries, which strace 6.1 accepts as "520@x32"), and its names
// the native names. strace's real x32 table lacks a few 64-bit-only names
// (uselib, for one), which gostrace therefore accepts with @x32.
var personalities = sync.OnceValue(func() []*personality {
	x32Valid := func(nr int) bool { return nativeValid(nr) || (nr >= 512 && nr <= 547) }
	// A nil table: the native names.
	return []*personality{
		newPersonality("64", true, nil, nativeValid),
		newPersonality("32", false, i386Syscalls, nil),
		newPersonality("x32", false, nil, x32Valid),
	}
})

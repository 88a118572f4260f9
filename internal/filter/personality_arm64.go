package filter

import "sync"

// strace on AArch64 knows the native personality ("@64") and 32-bit ARM
// EABI ("@32"). gostrace has no ARM EABI table, so "@32" is approximated
// with the native names and numbers; such a selection never adds anything
// to a native Set anyway.
var personalities = sync.OnceValue(func() []*personality {
	// A nil table: the native names.
	return []*personality{
		newPersonality("64", true, nil, nativeValid),
		newPersonality("32", false, nil, nativeValid),
	}
})

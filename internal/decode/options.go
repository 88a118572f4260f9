package decode

// Options are the user's choices that change how values are decoded.
type Options struct {
	StringLimit int  // -s: bytes of a string, elements of an array
	DecodeFds   int  // -y: 1 paths, 2 also socket/device details (-yy)
	HexStrings  int  // -x: 1 non-ASCII in hex, 2 everything in hex
	Verbose     bool // -v: print structures whole
	// NoDeref (-e verbose= leaves the call out): structures, arrays and
	// values behind pointers print as their addresses; strings still print.
	NoDeref bool
	// FdPath returns the path of a tracee's descriptor for -y (nil without
	// -y). A result that begins with a NUL byte is formatted already (the
	// details -yy prints for sockets, devices, pidfds): sinks print the
	// rest as it is instead of quoting it as a path.
	FdPath func(pid int, fd int64, dst []byte) []byte
}

// DefaultOptions are strace's defaults.
func DefaultOptions() *Options { return &Options{StringLimit: 32} }

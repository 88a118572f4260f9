//go:build !amd64

package shim

// No machine-code shim for this architecture: Prepare falls back to the
// Go shim. (arm64 has none because no arm64 assembler was at hand to
// generate and test one.)
var nativeCode []byte

const (
	nativeDataAddr = 0
	nativeMachine  = 0
)

// Command gostrace traces system calls and signals, like strace.
package main

import (
	"fmt"
	"os"
	"runtime"

	"gostrace/internal/options"
	"gostrace/internal/shim"
)

func init() {
	if shim.IsShim() {
		// Before anything else: the shim must exec from the main thread.
		runtime.LockOSThread()
		shim.Main()
	}
}

func main() {
	orig := shim.Capture()
	cfg, err := options.Parse(os.Args)
	if err != nil {
		prog := progName()
		fmt.Fprintf(os.Stderr, "%s: %s\n", prog, err)
		if ue, ok := err.(*options.UsageError); ok && ue.Hint {
			fmt.Fprintf(os.Stderr, "Try '%s -h' for more information.\n", prog)
		}
		os.Exit(1)
	}
	os.Exit(run(cfg, orig))
}

func progName() string {
	p := os.Args[0]
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' {
			return p[i+1:]
		}
	}
	return p
}

// Command gostrace traces system calls and signals, like strace.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"

	"gostrace/internal/options"
	"gostrace/internal/shim"
)

func init() {
	// main runs on the main thread: the shim, and with -D gostrace
	// itself, exec the command from it, the thread the tracer seized.
	runtime.LockOSThread()
	if shim.IsShim() {
		shim.Main()
	}
	if stage, pid, args, ok := isDaemonRole(); ok {
		daemonMain(stage, pid, args)
	}
}

func main() {
	orig := shim.Capture()
	cfg, err := options.Parse(os.Args)
	if err != nil {
		var ue *options.UsageError
		if errors.As(err, &ue) {
			ue.Write(os.Stderr, options.ProgName(os.Args))
		} else {
			fmt.Fprintf(os.Stderr, "%s: %s\n", options.ProgName(os.Args), err)
		}
		os.Exit(1)
	}
	cfg.WriteWarnings(os.Stderr)
	if !cfg.Help && !cfg.Version {
		if key := unimplemented(cfg); key != "" {
			fmt.Fprintf(os.Stderr, "%s: %s is not implemented yet\n", cfg.ProgName, options.Label(key))
			os.Exit(1)
		}
	}
	os.Exit(run(cfg, orig))
}

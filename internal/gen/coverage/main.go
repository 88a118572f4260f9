// Command coverage writes docs/syscalls.md: for every x86_64 system call,
// its name, classes and how completely gostrace decodes its arguments, as
// the decoders declare it (internal/decode/coverage.go).
//
// Run it from anywhere in the module: go run ./internal/gen/coverage
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"gostrace/internal/gen/genfile"
)

// output is the report's path relative to the module root.
const output = "docs/syscalls.md"

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen/coverage:", err)
		os.Exit(1)
	}
}

func run() error {
	// The report describes the x86_64 table, which only an amd64 build has.
	if runtime.GOARCH != "amd64" {
		return fmt.Errorf("the report is of x86_64: run on amd64 (or with GOARCH=amd64 under emulation)")
	}
	root, err := genfile.ModuleRoot()
	if err != nil {
		return err
	}
	return genfile.WriteIfChanged(filepath.Join(root, output), render())
}

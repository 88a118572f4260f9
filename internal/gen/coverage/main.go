// Command coverage writes docs/syscalls.md: for every x86_64 system call,
// its name, classes and how completely gostrace decodes its arguments, as
// the decoders declare it (internal/decode/coverage.go).
//
// Run it from anywhere in the module: go run ./internal/gen/coverage
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
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
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	out := filepath.Join(root, output)
	src := render()
	if old, err := os.ReadFile(out); err == nil && bytes.Equal(old, src) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	return os.WriteFile(out, src, 0o644)
}

// moduleRoot walks up from the working directory to the nearest go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

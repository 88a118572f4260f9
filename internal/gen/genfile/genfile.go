// Package genfile holds what the generators under internal/gen share:
// finding the module's root, and writing a generated file only when its
// contents change.
package genfile

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// ModuleRoot walks up from the working directory to the nearest go.mod, so
// that a generator runs the same from go generate and from anywhere in the
// module.
func ModuleRoot() (string, error) {
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

// WriteIfChanged writes src to path, creating its directory, unless the
// file holds src already: its time is then left alone, and so are the
// builds that depend on it.
func WriteIfChanged(path string, src []byte) error {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, src) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, src, 0o644)
}

// Output is one generated file: its path relative to the module root, and
// its contents.
type Output struct {
	Path string
	Src  []byte
}

// Main is a generator's main function: it takes the module root from -root
// or finds it, has gen make the outputs, and writes those that changed. A
// failure is printed after name, and the program exits 1.
func Main(name string, gen func(root string) ([]Output, error)) {
	root := flag.String("root", "", "module root (default: the directory of the nearest go.mod)")
	flag.Parse()
	if err := run(*root, gen); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		os.Exit(1)
	}
}

func run(root string, gen func(root string) ([]Output, error)) error {
	if root == "" {
		var err error
		if root, err = ModuleRoot(); err != nil {
			return err
		}
	}
	outs, err := gen(root)
	if err != nil {
		return err
	}
	for _, o := range outs {
		if err := WriteIfChanged(filepath.Join(root, o.Path), o.Src); err != nil {
			return err
		}
	}
	return nil
}

// Fresh reports whether the file of o under root holds o's contents: the
// generators' tests fail on a stale or hand-edited output with it.
func Fresh(root string, o Output) (bool, error) {
	got, err := os.ReadFile(filepath.Join(root, o.Path))
	if err != nil {
		return false, err
	}
	return bytes.Equal(got, o.Src), nil
}

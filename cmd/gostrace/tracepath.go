package main

import (
	"fmt"
	"os"
	"path/filepath"

	"gostrace/internal/filter"
	"gostrace/internal/options"
)

// tracePaths returns -P's paths as strace 6.1 matches them: each path as
// given, and also its canonical form (realpath) when that differs, which
// it announces on stderr unless told to be quiet about path resolution.
func tracePaths(cfg *options.Config) []string {
	var paths []string
	for _, p := range cfg.Paths {
		paths = append(paths, p)
		real, err := realpath(p)
		if err != nil || real == p {
			continue
		}
		if cfg.Quiet&filter.QuietPathResolution == 0 {
			fmt.Fprintf(os.Stderr, "%s: Requested path \"%s\" resolved into \"%s\"\n", cfg.ProgName, p, real)
		}
		paths = append(paths, real)
	}
	return paths
}

// realpath is C's realpath(3): absolute, without symbolic links, "." or
// "..", for a path that exists.
func realpath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	return filepath.EvalSymlinks(abs)
}

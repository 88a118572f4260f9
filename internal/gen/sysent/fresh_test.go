package main

import (
	"testing"

	"gostrace/internal/gen/genfile"
)

// TestGeneratedFilesFresh fails when a data file changed without the tables
// being regenerated (or a table was edited by hand).
func TestGeneratedFilesFresh(t *testing.T) {
	root, err := genfile.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arches {
		want, err := generate(root, a)
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := genfile.Fresh(root, genfile.Output{Path: a.Out, Src: want})
		if err != nil {
			t.Fatal(err)
		}
		if !fresh {
			t.Errorf("%s is stale or edited by hand: run go generate ./internal/sysent", a.Out)
		}
	}
}

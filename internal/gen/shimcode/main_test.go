package main

import (
	"os/exec"
	"testing"

	"gostrace/internal/gen/genfile"
)

// The committed machine code is what its source assembles to.
func TestGeneratedFresh(t *testing.T) {
	root, err := genfile.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arches {
		missing := ""
		for _, tool := range []string{a.As, a.Objcopy} {
			if _, err := exec.LookPath(tool); err != nil {
				missing = tool
			}
		}
		if missing != "" {
			// CI installs both (.ci/run); a machine without them cannot
			// regenerate, and says which.
			t.Logf("%s: no %s to assemble the shim with: not checked", a.GOARCH, missing)
			continue
		}
		want, err := generate(root, a)
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := genfile.Fresh(root, genfile.Output{Path: a.Out, Src: want})
		if err != nil {
			t.Fatal(err)
		}
		if !fresh {
			t.Errorf("%s is stale: run go run ./internal/gen/shimcode", a.Out)
		}
	}
}

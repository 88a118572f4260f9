// Command sysent writes internal/sysent's per-architecture syscall tables
// (zsysent_linux_*.go) from the data files in internal/gen/sysent/data.
//
// Run it with go generate in internal/sysent, or as
// "go run ./internal/gen/sysent" from anywhere in the module: it finds the
// module root itself.
package main

import (
	"os"
	"path/filepath"

	"gostrace/internal/gen/genfile"
)

// arch pairs a data file with the table generated from it. The output's
// file name carries the build constraint (_linux_GOARCH.go).
type arch struct {
	Data string // relative to the module root
	Out  string // relative to the module root
}

var arches = []arch{
	{Data: "internal/gen/sysent/data/x86_64.txt", Out: "internal/sysent/zsysent_linux_amd64.go"},
	{Data: "internal/gen/sysent/data/aarch64.txt", Out: "internal/sysent/zsysent_linux_arm64.go"},
}

func main() {
	genfile.Main("gen/sysent", func(root string) ([]genfile.Output, error) {
		var outs []genfile.Output
		for _, a := range arches {
			src, err := generate(root, a)
			if err != nil {
				return nil, err
			}
			outs = append(outs, genfile.Output{Path: a.Out, Src: src})
		}
		return outs, nil
	})
}

// generate reads one architecture's data file and returns its table's source.
func generate(root string, a arch) ([]byte, error) {
	f, err := os.Open(filepath.Join(root, a.Data))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	calls, err := parse(f, a.Data)
	if err != nil {
		return nil, err
	}
	return render(a.Data, calls)
}

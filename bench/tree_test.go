package bench

import (
	"io/fs"
	"path/filepath"
	"testing"
)

// The tree has the files and directories asked for, and the walk finds
// every file (and fails when told to expect another number).
func TestTree(t *testing.T) {
	for _, files := range []int{1, 20, 21, 250} {
		root := filepath.Join(t.TempDir(), "tree")
		if err := makeTree(root, files); err != nil {
			t.Fatal(err)
		}
		var nf, nd int
		filepath.WalkDir(root, func(_ string, d fs.DirEntry, err error) error {
			if err != nil {
				t.Fatal(err)
			}
			if d.IsDir() {
				nd++
			} else {
				nf++
			}
			return nil
		})
		if nf != files || nd != treeDirs(files) {
			t.Errorf("%d files: made %d files, %d directories (want %d)", files, nf, nd, treeDirs(files))
		}
		if err := metaWalk(root, files); err != nil {
			t.Errorf("%d files: %v", files, err)
		}
		if err := metaWalk(root, files+1); err == nil {
			t.Errorf("%d files: the walk found %d", files, files+1)
		}
	}
}

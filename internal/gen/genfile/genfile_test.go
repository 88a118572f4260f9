package genfile

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestModuleRoot(t *testing.T) {
	root, err := ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Errorf("%s has no go.mod", root)
	}
	if _, err := os.Stat(filepath.Join(root, "internal", "gen", "genfile")); err != nil {
		t.Errorf("%s is not this module's root", root)
	}
}

// An unchanged file is not rewritten: its modification time stays.
func TestWriteIfChanged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "f.go")
	if err := WriteIfChanged(path, []byte("a")); err != nil {
		t.Fatal(err)
	}
	past := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(path, past, past); err != nil {
		t.Fatal(err)
	}
	if err := WriteIfChanged(path, []byte("a")); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(path); err != nil || !st.ModTime().Equal(past) {
		t.Errorf("unchanged contents rewritten: %v %v", st.ModTime(), err)
	}
	if err := WriteIfChanged(path, []byte("b")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "b" {
		t.Errorf("contents %q, want b", b)
	}
}

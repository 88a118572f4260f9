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

// Main's work: the outputs written under the root given, a failure of the
// generator returned.
func TestRun(t *testing.T) {
	root := t.TempDir()
	gen := func(r string) ([]Output, error) {
		if r != root {
			t.Errorf("root %q, want %q", r, root)
		}
		return []Output{{Path: "a/x.go", Src: []byte("x")}, {Path: "y.go", Src: []byte("y")}}, nil
	}
	if err := run(root, gen); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{"a/x.go": "x", "y.go": "y"} {
		if b, err := os.ReadFile(filepath.Join(root, path)); err != nil || string(b) != want {
			t.Errorf("%s: %q %v, want %q", path, b, err, want)
		}
	}
	failing := func(string) ([]Output, error) { return nil, os.ErrNotExist }
	if err := run(root, failing); err != os.ErrNotExist {
		t.Errorf("run: %v, want the generator's error", err)
	}
}

func TestFresh(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "f.go"), []byte("a"), 0o644); err != nil {
		t.Fatal(err)
	}
	if ok, err := Fresh(root, Output{Path: "f.go", Src: []byte("a")}); !ok || err != nil {
		t.Errorf("same contents: %v %v", ok, err)
	}
	if ok, err := Fresh(root, Output{Path: "f.go", Src: []byte("b")}); ok || err != nil {
		t.Errorf("other contents: %v %v", ok, err)
	}
	if _, err := Fresh(root, Output{Path: "missing.go"}); err == nil {
		t.Errorf("a missing file is not fresh")
	}
}

package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestLookupUser(t *testing.T) {
	dir := t.TempDir()
	passwdFile, groupFile = filepath.Join(dir, "passwd"), filepath.Join(dir, "group")
	defer func() { passwdFile, groupFile = "/etc/passwd", "/etc/group" }()
	os.WriteFile(passwdFile, []byte("root:x:0:0:root:/root:/bin/sh\n# comment\nbad:x:y:1::/:/bin/sh\nalice:x:1000:100:A:/home/a:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n"), 0o644)
	os.WriteFile(groupFile, []byte("users:x:100:\nwheel:x:10:root,alice\naudio:x:29:bob,alice\nstaff:x:50:alicex\nalice:x:100:alice\n"), 0o644)
	uid, gid, groups, err := lookupUser("alice")
	if err != nil || uid != 1000 || gid != 100 || !reflect.DeepEqual(groups, []int{100, 10, 29}) {
		t.Errorf("alice: %d %d %v %v", uid, gid, groups, err)
	}
	if _, _, groups, err := lookupUser("nobody"); err != nil || !reflect.DeepEqual(groups, []int{65534}) {
		t.Errorf("nobody: %v %v", groups, err)
	}
	for _, name := range []string{"bob", "", "bad", "1000", "alice:x"} {
		if _, _, _, err := lookupUser(name); err != errNoUser {
			t.Errorf("%q: %v, want no such user", name, err)
		}
	}
}

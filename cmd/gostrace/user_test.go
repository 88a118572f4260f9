package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
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

// needRoot skips a test of -u when not root (strace refuses -u then).
func needRoot(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("-u needs root")
	}
}

// copyProgram copies a program into a directory anyone may enter, with the
// given owner and mode (setuid and setgid bits included).
func copyProgram(t *testing.T, dir, src, name string, uid, gid int, mode os.FileMode) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(p, uid, gid); err != nil {
		t.Fatal(err)
	}
	// After the chown, which clears the setuid and setgid bits.
	if err := os.Chmod(p, mode); err != nil {
		t.Fatal(err)
	}
	return p
}

// -u runs the command with the user's ids and groups, and a setuid or
// setgid program with its owner's ids as effective ones from the start:
// the same `id` output as under strace, program by program. Mode 4700
// (only the owner may execute) and 2705 (its group may not) tell whether
// the effective ids are set before the execve, as strace does.
func TestUserOption(t *testing.T) {
	needRoot(t)
	tracers := bothTracers(t)
	dir, err := os.MkdirTemp("", "gostrace-u")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	os.Chmod(dir, 0o755)
	id, err := exec.LookPath("id")
	if err != nil {
		t.Skip("no id")
	}
	daemonUID, binGID := 1, 2 // Debian's daemon user and bin group
	progs := map[string]string{
		"id":          id,
		"suid-4755":   copyProgram(t, dir, id, "suid-4755", daemonUID, binGID, 0o755|os.ModeSetuid),
		"suid-4700":   copyProgram(t, dir, id, "suid-4700", daemonUID, binGID, 0o700|os.ModeSetuid),
		"sgid-2755":   copyProgram(t, dir, id, "sgid-2755", 0, binGID, 0o755|os.ModeSetgid),
		"sgid-2705":   copyProgram(t, dir, id, "sgid-2705", 0, binGID, 0o705|os.ModeSetgid),
		"suidsg-6755": copyProgram(t, dir, id, "suidsg-6755", daemonUID, binGID, 0o755|os.ModeSetuid|os.ModeSetgid),
	}
	for name, prog := range progs {
		for _, user := range []string{"nobody", "daemon", "root"} {
			var got [2]string
			for i, tr := range tracers {
				stdout, stderr, code := runOut(t, tr, tracerCmd(tr, "-o", os.DevNull, "-u", user, prog))
				got[i] = stdout + stderr + " exit " + strconv.Itoa(code)
			}
			if got[0] != got[1] {
				t.Errorf("-u %s %s:\nstrace: %s\nours:   %s", user, name, got[0], got[1])
			}
			if user == "nobody" && name == "id" && !strings.HasPrefix(got[1], "uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)") {
				t.Errorf("-u nobody id: %s", got[1])
			}
		}
	}
}

// The messages and exit status of -u's failures, as strace's, before
// anything starts.
func TestUserErrors(t *testing.T) {
	tracers := bothTracers(t)
	cases := [][]string{
		{"-u", "gostrace-no-such-user", "true"},
		{"-u", "gostrace-no-such-user", "/no/such/program"},
		{"-o", "/no/such/dir/f", "-u", "gostrace-no-such-user", "true"},
		{"-u", "1:1", "true"},
		{"-S", "calls", "-u", "gostrace-no-such-user", "true"},
	}
	for _, args := range cases {
		var got [2]string
		for i, tr := range tracers {
			stdout, stderr, code := runOut(t, tr, tracerCmd(tr, args...))
			got[i] = stdout + stderr + " exit " + strconv.Itoa(code)
		}
		if got[0] != got[1] {
			t.Errorf("%q:\nstrace: %q\nours:   %q", args, got[0], got[1])
		}
	}
	if os.Getuid() != 0 {
		return
	}
	// Not root: refused. setpriv drops to nobody for both tracers.
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		return
	}
	var got [2]string
	for i, tr := range tracers {
		c := tracerCmd(setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", tr, "-u", "daemon", "true")
		if tr == gostraceBin {
			c.Env = append(c.Env, "GOSTRACE_TEST_MAIN=1")
		}
		stdout, stderr, code := runOut(t, tr, c)
		got[i] = stdout + stderr + " exit " + strconv.Itoa(code)
	}
	if got[0] != got[1] || !strings.Contains(got[1], "You must be root") {
		t.Errorf("not root:\nstrace: %q\nours:   %q", got[0], got[1])
	}
}

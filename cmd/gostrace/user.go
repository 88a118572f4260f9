package main

import (
	"bufio"
	"errors"
	"os"
	"strconv"
	"strings"
	"syscall"

	"gostrace/internal/shim"
)

// Files -u reads: the binary is static and does not go through NSS.
var (
	passwdFile = "/etc/passwd"
	groupFile  = "/etc/group"
)

// errNoUser is strace's "Cannot find user".
var errNoUser = errors.New("no such user")

// lookupUser finds name in the passwd file and its supplementary groups in
// the group file, as initgroups(3) does: the primary group, then every
// group that lists the user as a member, each once.
func lookupUser(name string) (uid, gid int, groups []int, err error) {
	uid, gid = -1, -1
	err = eachLine(passwdFile, func(f []string) bool {
		if len(f) < 4 || f[0] != name {
			return true
		}
		u, err1 := strconv.Atoi(f[2])
		g, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil {
			return true
		}
		uid, gid = u, g
		return false
	})
	if err != nil || uid < 0 {
		return 0, 0, nil, errNoUser
	}
	groups = []int{gid}
	seen := map[int]bool{gid: true}
	eachLine(groupFile, func(f []string) bool {
		if len(f) < 4 {
			return true
		}
		g, err := strconv.Atoi(f[2])
		if err != nil || seen[g] {
			return true
		}
		for _, m := range strings.Split(f[3], ",") {
			if m == name {
				groups = append(groups, g)
				seen[g] = true
				break
			}
		}
		return true
	})
	return uid, gid, groups, nil
}

// eachLine calls fn with the ':'-separated fields of each line of a
// passwd-like file until fn returns false.
func eachLine(path string, fn func([]string) bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if !fn(strings.Split(line, ":")) {
			break
		}
	}
	return sc.Err()
}

// userCreds resolves -u with strace 6.1's checks and messages: only root
// may use it, and the user must exist.
func userCreds(user string) (*shim.Creds, string) {
	if os.Getuid() != 0 || os.Geteuid() != 0 {
		return nil, "You must be root to use the -u/--username option"
	}
	uid, gid, groups, err := lookupUser(user)
	if err != nil {
		return nil, "Cannot find user '" + user + "'"
	}
	return &shim.Creds{Uid: uid, Gid: gid, Euid: uid, Egid: gid, Groups: groups}, ""
}

// setuidIDs gives c the effective ids a setuid or setgid program at path
// runs with (strace 6.1 sets them before the exec).
func setuidIDs(c *shim.Creds, path string) {
	if c == nil {
		return
	}
	var st syscall.Stat_t
	if syscall.Stat(path, &st) == nil {
		if st.Mode&syscall.S_ISUID != 0 {
			c.Euid = int(st.Uid)
		}
		// The bit alone, even without group execute (strace 6.1: a
		// mode 2705 program owned by another group then fails with
		// EACCES, as its group may not execute it).
		if st.Mode&syscall.S_ISGID != 0 {
			c.Egid = int(st.Gid)
		}
	}
}

package main

import "strings"

// commandEnv applies -E to env, in order, as strace 6.1 does: VAR=VAL
// replaces the first VAR (and drops any other) or is appended; VAR alone
// removes every VAR. A variable's name is what comes before its first
// '=' (the whole entry if it has none, and "" for "=x").
func commandEnv(env, changes []string) []string {
	if len(changes) == 0 {
		return env
	}
	env = append([]string(nil), env...)
	for _, ch := range changes {
		name, _, set := strings.Cut(ch, "=")
		out := env[:0]
		replaced := false
		for _, e := range env {
			if envName(e) != name {
				out = append(out, e)
				continue
			}
			if set && !replaced {
				out = append(out, ch)
				replaced = true
			}
		}
		if set && !replaced {
			out = append(out, ch)
		}
		env = out
	}
	return env
}

func envName(e string) string {
	name, _, _ := strings.Cut(e, "=")
	return name
}

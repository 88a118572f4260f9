package filter

import "testing"

// Each message is what strace 6.1 printed after "regcomp: PATTERN: " for
// "strace -e trace=/PATTERN" (glibc 2.36).
func TestEREErrors(t *testing.T) {
	for _, tc := range []struct{ pat, msg string }{
		{"(", "Unmatched ( or \\("},
		{"(()", "Unmatched ( or \\("},
		{"(a", "Unmatched ( or \\("},
		{"[", "Invalid regular expression"},
		{"a[", "Invalid regular expression"},
		{"[^", "Invalid regular expression"},
		{"[]", "Unmatched [, [^, [:, [., or [="},
		{"[^]", "Unmatched [, [^, [:, [., or [="},
		{"[a", "Unmatched [, [^, [:, [., or [="},
		{"[a-", "Unmatched [, [^, [:, [., or [="},
		{"[[:alpha:]", "Unmatched [, [^, [:, [., or [="},
		{"[[:alpha:]x", "Unmatched [, [^, [:, [., or [="},
		{"[x[:]", "Unmatched [, [^, [:, [., or [="},
		{"[[.a", "Unmatched [, [^, [:, [., or [="},
		{"[[=a", "Unmatched [, [^, [:, [., or [="},
		{"[z-a]", "Invalid range end"},
		{"[a-z-9]", "Invalid range end"},
		{"[a-[:alpha:]]", "Invalid range end"},
		{"[[:alpha:]-z]", "Invalid range end"},
		{"[[:foo:]]", "Invalid character class name"},
		{"[[:ALPHA:]]", "Invalid character class name"},
		{"[[.space.]]", "Invalid collation character"},
		{"\\", "Trailing backslash"},
		{"a\\", "Trailing backslash"},
		{"\\1", "Invalid back reference"},
		{"\\9", "Invalid back reference"},
		{"*", "Invalid preceding regular expression"},
		{"+", "Invalid preceding regular expression"},
		{"^*", "Invalid preceding regular expression"},
		{"$*", "Invalid preceding regular expression"},
		{"a|*", "Invalid preceding regular expression"},
		{"(*a)", "Invalid preceding regular expression"},
		{"(?i)OPEN", "Invalid preceding regular expression"},
		{"{", "Invalid preceding regular expression"},
		{"{1}", "Invalid preceding regular expression"},
		{"a{", "Unmatched \\{"},
		{"a{x", "Unmatched \\{"},
		{"a{2", "Unmatched \\{"},
		{"a{1a}", "Invalid content of \\{\\}"},
		{"a{}", "Invalid content of \\{\\}"},
		{"a{ 1}", "Invalid content of \\{\\}"},
		{"a{99999}", "Regular expression too big"},
		{"a{32768}", "Regular expression too big"},
	} {
		_, msg := compileERE(tc.pat)
		if msg != tc.msg {
			t.Errorf("%q: got %q, want %q", tc.pat, msg, tc.msg)
		}
	}
}

// What glibc's ERE matches, by its documented rules; where a pattern was
// also given to strace, the comment says what strace did with it.
func TestEREMatches(t *testing.T) {
	for _, tc := range []struct {
		pat, s string
		want   bool
	}{
		{"^open", "openat", true},
		{"^open", "mq_open", false},
		{"open$", "mq_open", true},
		{"", "anything", true}, // strace: "/" selects every syscall
		{"a**", "a", true},     // accepted by strace; Go rejects "a**" as such
		{"a+*", "aa", true},
		{"a)", "a)", true}, // an unmatched ')' is literal
		{"\\(", "(", true},
		{"}", "}", true},
		{"a{2}", "aa", true},
		{"a{2}", "a", false},
		{"a{1}{2}", "aa", true},
		{"x{0}y", "y", true},
		{"a{100}", "aaaa", false}, // counts above 64 lowered: still no match
		{"a{32767}", "a", false},  // strace: valid, matches nothing
		{"(a|)", "b", true},
		{"|a", "b", true},
		{"[]a]", "]", true},
		{"[^]a]", "b", true},
		{"[^]a]", "a", false},
		{"[a-]", "-", true},
		{"[---]", "-", true},
		{"[%--]", ",", true},
		{"[\\d]", "\\", true}, // a backslash is literal in brackets
		{"[\\d]", "1", false},
		{"[[:digit:]]", "x1", true},
		{"[[:alpha:][:digit:]]", "9", true},
		{"[[.a.]-c]", "b", true},
		{"[[=e=]]x", "ex", true},
		{"[[]", "[", true},
		{"\\.", ".", true},
		{"\\.", "x", false},
		{"\\n", "n", true}, // GNU: an escaped ordinary character is itself
		{"\\d", "d", true},
		{"\\w+$", "x_1", true},
		{"\\W", "a_b", false},
		{"\\<open", "openat", true},
		{"\\bopen", "mq_open", false},
		{"(a|b)\\1", "aa", true},
		{"(a)(b)\\2", "abb", true},
		{"a^b", "a^b", false}, // '^' is an anchor anywhere
		{"a$b", "a$b", false},
		{"^^open", "open", true},
		{"^OPEN", "open", false},
		{".", "x", true},
		{"\xe9", "open", false},
		{"[^\xe9]", "o", true},
	} {
		re, msg := compileERE(tc.pat)
		if msg != "" {
			t.Errorf("%q: unexpected error %q", tc.pat, msg)
			continue
		}
		if got := re.MatchString(tc.s); got != tc.want {
			t.Errorf("%q on %q: got %v, want %v", tc.pat, tc.s, got, tc.want)
		}
	}
}

package options

import (
	"reflect"
	"strings"
	"testing"
)

// scan runs the getopt emulation over args and renders what it found:
// "name=arg" per option, then "| operands" or "! error".
func scan(args ...string) string {
	g := newGetopt(append([]string{"prog"}, args...))
	var out []string
	for {
		opt, ok, err := g.next()
		if err != nil {
			return strings.Join(append(out, "! "+err.Msg), " ")
		}
		if !ok {
			break
		}
		s := opt.name
		if opt.hasArg {
			s += "=" + opt.arg
		}
		out = append(out, s)
	}
	out = append(out, "|")
	out = append(out, g.argv[g.ind:]...)
	return strings.Join(out, " ")
}

func TestGetopt(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		// Options stop at the first operand; its own options are its own.
		{[]string{"-f", "ls", "-l"}, "-f | ls -l"},
		{[]string{"ls", "-f"}, "| ls -f"},
		// "--" ends the options and is consumed; "-" is an operand.
		{[]string{"-f", "--", "-f"}, "-f | -f"},
		{[]string{"--"}, "|"},
		{[]string{"-", "x"}, "| - x"},
		// Short options combine; values attach or follow.
		{[]string{"-fT"}, "-f -T |"},
		{[]string{"-ff", "-qq"}, "-f -f -q -q |"},
		{[]string{"-p123"}, "-p=123 |"},
		{[]string{"-p", "123", "x"}, "-p=123 | x"},
		{[]string{"-fs64", "x"}, "-f -s=64 | x"},
		{[]string{"-fo", "out", "x"}, "-f -o=out | x"},
		{[]string{"-o", "-f"}, "-o=-f |"},
		{[]string{"-e", "--"}, "-e=-- |"},
		{[]string{"-s", ""}, "-s= |"},
		// Long options: "=VALUE", or the next word when required.
		{[]string{"--string-limit=64"}, "--string-limit=64 |"},
		{[]string{"--string-limit", "64", "x"}, "--string-limit=64 | x"},
		{[]string{"--string-limit="}, "--string-limit= |"},
		{[]string{"--output", "-f"}, "--output=-f |"},
		// An optional value must be attached.
		{[]string{"--quiet", "exit"}, "--quiet | exit"},
		{[]string{"--quiet=exit"}, "--quiet=exit |"},
		// Unambiguous prefixes select the option and report its full name.
		{[]string{"--follow", "x"}, "--follow-forks | x"},
		{[]string{"--str=64"}, "! option '--str=64' is ambiguous; possibilities: '--string-limit' '--strings-in-hex'"},
		{[]string{"--string-l=64"}, "--string-limit=64 |"},
		{[]string{"--sig=INT"}, "--signals=INT |"},
		{[]string{"--vers"}, "--version |"},
		// Aliases with one meaning are not ambiguous: the first one wins.
		{[]string{"--fai"}, "--failed-only |"},
		{[]string{"--dae"}, "--daemonize |"},
		{[]string{"--sil=exit"}, "--silent=exit |"},
		// An exact name wins over longer ones it is a prefix of.
		{[]string{"--trace=open"}, "--trace=open |"},
		{[]string{"--summary"}, "--summary |"},
		{[]string{"--output=x"}, "--output=x |"},
		// Errors, with glibc's wording.
		{[]string{"-Q"}, "! invalid option -- 'Q'"},
		{[]string{"-fQ"}, "-f ! invalid option -- 'Q'"},
		{[]string{"-\xe9"}, "! invalid option -- '\xe9'"},
		{[]string{"-s"}, "! option requires an argument -- 's'"},
		{[]string{"-fs"}, "-f ! option requires an argument -- 's'"},
		{[]string{"--foo"}, "! unrecognized option '--foo'"},
		{[]string{"--foo=bar"}, "! unrecognized option '--foo=bar'"},
		{[]string{"---x"}, "! unrecognized option '---x'"},
		{[]string{"--output"}, "! option '--output' requires an argument"},
		{[]string{"--follow-forks=1"}, "! option '--follow-forks' doesn't allow an argument"},
		{[]string{"--h=1"}, "! option '--help' doesn't allow an argument"},
		{[]string{"--fa"}, "! option '--fa' is ambiguous; possibilities: '--failed-only' '--fault'"},
		{[]string{"--d=5"}, "! option '--d=5' is ambiguous; possibilities: '--detach-on' '--debug' '--daemonize' '--daemonised' '--daemonized' '--decode-fds' '--decode-pids'"},
	} {
		if got := scan(tc.args...); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.args, got, tc.want)
		}
	}
}

// TestEmptyPrefixListsEverything checks the table against strace's order:
// "--=x" makes glibc list every option (all differ from the first).
func TestEmptyPrefixListsEverything(t *testing.T) {
	got := scan("--=x")
	want := "! option '--=x' is ambiguous; possibilities: '--columns' '--output-append-mode' '--detach-on' '--summary-only' '--summary' '--debug' '--daemonize' '--daemonised' '--daemonized' '--env' '--follow-forks' '--output-separately' '--help' '--instruction-pointer' '--interruptible' '--stack-traces' '--syscall-number' '--output' '--summary-syscall-overhead' '--attach' '--trace-path' '--relative-timestamps' '--string-limit' '--summary-sort-by' '--absolute-timestamps' '--timestamps' '--syscall-times' '--user' '--summary-columns' '--no-abbrev' '--version' '--summary-wall-clock' '--strings-in-hex' '--const-print-style' '--pidns-translation' '--successful-only' '--failed-only' '--failing-only' '--seccomp-bpf' '--tips' '--trace' '--abbrev' '--verbose' '--raw' '--signals' '--status' '--read' '--write' '--fault' '--inject' '--kvm' '--quiet' '--silent' '--silence' '--decode-fds' '--decode-pids' '--secontext'"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestShortOptionsMatchOptstring(t *testing.T) {
	// strace 6.1's optstring, as "strace -X" for every letter reveals.
	const optstring = "a:Ab:cCdDe:E:fFhiI:kno:O:p:P:qrs:S:tTu:U:vVwxX:yYzZ"
	want := map[byte]bool{}
	for i := 0; i < len(optstring); i++ {
		arg := i+1 < len(optstring) && optstring[i+1] == ':'
		want[optstring[i]] = arg
		if arg {
			i++
		}
	}
	got := map[byte]bool{}
	for c, so := range shortOptions {
		got[c] = so.arg
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("short options %v, want %v", got, want)
	}
}

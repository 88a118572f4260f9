package jsontrace

import (
	"strings"
	"testing"

	"gostrace/internal/output"
)

// Hand-written events and the lines they stand for: each value kind and
// each mark, as the text sink prints them (the tests of package decode
// and cmd/gostrace prove the same on real calls, against the text sink).
func TestConvertValues(t *testing.T) {
	const head = `{"type":"syscall","pid":7,"tid":7,"syscall":"x","nr":1,"entry_ns":0,"exit_ns":0,"duration_ns":0,`
	for _, tc := range []struct{ args, ret, want string }{
		{`[3,-1,18446744073709551615,null,"a\"b\n\u0001"]`, `0`, `x(3, -1, 18446744073709551615, NULL, "a\"b\n\1") = 0`},
		{`[{"str":"ab","trunc":true},{"str":"a\ufffd","bytes":"61ff"},{"str":"\u0001","bytes":"01","binary":true}]`, `0`,
			`x("ab"..., "a\377", "\x01") = 0`},
		{`[{"ptr":"0x7f00"},{"ptr":null,"comment":"c"},{"hex":"0"},{"oct":"0644"}]`, `{"hex":"0x10"}`,
			`x(0x7f00, NULL /* c */, 0, 0644) = 0x10`},
		{`[{"fd":3,"path":"/a<b>"},{"fd":-100,"name":"AT_FDCWD","path":"/tmp"},{"fd":4,"details":"TCP:[1]"},{"fd":5,"path":"\ufffd","path_hex":"ff"}]`,
			`{"fd":6,"path":"/x"}`, `x(3</a\74b\76>, AT_FDCWD</tmp>, 4<TCP:[1]>, 5<\377>) = 6</x>`},
		{`[{"flags":["A","B"],"rest":"0x8","value":11},{"flags":[],"value":0},{"const":"SEEK_SET"},{"hex":"0x9","comment":"X_???"}]`, `0`,
			`x(A|B|0x8, 0, SEEK_SET, 0x9 /* X_??? */) = 0`},
		{`[{"sigset":["SIGHUP",40]},{"sigset":["SIGKILL","SIGRTMIN"],"complement":true}]`, `0`, `x([HUP 40], ~[KILL RTMIN]) = 0`},
		{`[{"struct":{"a":1,"b":{"struct":{}}},"more":true},{"struct":[{"text":"T"},{"raw":"|"},2]}]`, `0`, `x({a=1, b={}, ...}, {T|, 2}) = 0`},
		{`[{"array":[1],"more":true},{"array":[],"comment":"empty"},[{"raw":"<"},1,{"arrow":true},2]]`, `0`,
			`x([1, ...], [] /* empty */, [<1 => 2]) = 0`},
		{`[{"func":"makedev","args":[{"hex":"0x1"},{"hex":"0x3"}]},{"named":420,"sym":[{"text":"S_IFREG|"},{"oct":"0644"}]},{"group":[{"text":"@"},"x"]}]`, `0`,
			`x(makedev(0x1, 0x3), S_IFREG|0644, @"x") = 0`},
		{`[{"field":"n","value":{"in":[0],"out":[5]}},{"commented":{"int":1,"comment":"a"},"comment":"b"},{"ellipsis":true},{"comment":"alone"},{"field":"e"}]`, `0`,
			`x(n=[0] => [5], 1 /* a */ /* b */, ... /* alone */, e=) = 0`},
		{`[{"int":9,"decor":"<sh>"}]`, `{"int":10,"decor":"<sh>"}`, `x(9<sh>) = 10<sh>`},
	} {
		got, err := ConvertString(head+`"args":`+tc.args+`,"ret":`+tc.ret+"}\n", Options{})
		if err != nil {
			t.Errorf("%s: %v", tc.args, err)
			continue
		}
		if got != tc.want+"\n" {
			t.Errorf("%s:\n got  %q\n want %q", tc.args, got, tc.want+"\n")
		}
	}
}

// Returns: errors, restart codes, unnamed errnos, details, marks, -T.
func TestConvertReturns(t *testing.T) {
	const head = `{"type":"syscall","pid":7,"tid":7,"syscall":"x","nr":1,"entry_ns":0,"exit_ns":5000,"duration_ns":5000,"args":[],`
	opt := Options{Timing: output.Timing{Durations: true, DurPrecision: 6}}
	for _, tc := range []struct{ tail, want string }{
		{`"ret":-1,"errno":"ENOENT","errno_num":2,"strerror":"No such file or directory"}`, `x() = -1 ENOENT (No such file or directory) <0.000005>`},
		{`"ret":null,"errno":"ERESTARTSYS","errno_num":512,"strerror":"To be restarted","restart":true}`, `x() = ? ERESTARTSYS (To be restarted) <0.000005>`},
		{`"ret":-1,"errno_num":600,"strerror":"Unknown error 600"}`, `x() = -1 (errno 600) <0.000005>`},
		{`"ret":1,"ret_detail":[[{"struct":{"fd":3}}]],"injected_retval":true,"injected_args":true,"delayed":true}`,
			`x() = 1 ([{fd=3}]) (INJECTED: args, retval) (DELAYED) <0.000005>`},
		{`"ret":null}`, `x() = ? <0.000005>`},
	} {
		got, err := ConvertString(head+tc.tail+"\n", opt)
		if err != nil || got != tc.want+"\n" {
			t.Errorf("%s:\n got  %q %v\n want %q", tc.tail, got, err, tc.want+"\n")
		}
	}
}

// The text's layout around interrupted and abandoned calls, signals and
// ends of processes.
func TestConvertLines(t *testing.T) {
	events := strings.Join([]string{
		`{"type":"unfinished","pid":1,"tid":1,"syscall":"read","nr":0,"entry_ns":0,"args":[{"fd":0}],"exit_args":"yes"}`,
		`{"type":"unfinished","pid":1,"tid":2,"syscall":"clone","nr":56,"entry_ns":0,"args":[{"field":"flags","value":1}],"exit_args":"maybe"}`,
		`{"type":"signal","pid":3,"tid":3,"time_ns":0,"signal":"SIGCHLD","signo":17,"siginfo":{"struct":{"si_signo":{"const":"SIGCHLD"}}}}`,
		`{"type":"syscall","pid":1,"tid":1,"syscall":"read","nr":0,"entry_ns":0,"exit_ns":0,"duration_ns":0,"args":[{"fd":0},"a",1],"ret":1,"resumed":true}`,
		`{"type":"syscall","pid":1,"tid":2,"syscall":"clone","nr":56,"entry_ns":0,"exit_ns":0,"duration_ns":0,"args":[{"field":"flags","value":1},{"field":"tid","value":[9]}],"ret":9,"resumed":true}`,
		`{"type":"stopped","pid":3,"tid":3,"time_ns":0,"signo":40}`,
		`{"type":"syscall","pid":3,"tid":3,"syscall":"wait4","nr":61,"entry_ns":0,"time_ns":0,"args":[-1],"unfinished":true,"exit_args":"yes"}`,
		`{"type":"syscall","pid":4,"tid":4,"syscall":"exit_group","nr":231,"entry_ns":0,"time_ns":0,"args":[0],"unfinished":true}`,
		`{"type":"unfinished","pid":5,"tid":5,"syscall":"pause","nr":34,"entry_ns":0,"args":[]}`,
		`{"type":"syscall","pid":5,"tid":5,"syscall":"pause","nr":34,"entry_ns":0,"time_ns":0,"args":[],"detached":true,"resumed":true}`,
		`{"type":"attach","pid":6,"tid":6}`,
		`{"type":"killed","pid":3,"tid":3,"time_ns":0,"signal":"SIGSEGV","signo":11,"core_dumped":true}`,
		`{"type":"superseded","pid":1,"tid":2,"time_ns":0,"by_tid":1}`,
		`{"type":"exit","pid":1,"tid":1,"time_ns":0,"status":0}`,
		`{"type":"dump","pid":1,"tid":1,"text":" | 00000  61  a |\n"}`,
	}, "\n") + "\n"
	want := `[pid     1] read(0,  <unfinished ...>
[pid     2] clone(flags=1 <unfinished ...>
[pid     3] --- SIGCHLD {si_signo=SIGCHLD} ---
[pid     1] <... read resumed>"a", 1) = 1
[pid     2] <... clone resumed>, tid=[9]) = 9
[pid     3] --- stopped by 40 ---
[pid     3] wait4(-1,  <unfinished ...>) = ?
[pid     4] exit_group(0) = ?
[pid     5] pause( <unfinished ...>
[pid     5] <... pause resumed> <detached ...>
[pid     3] +++ killed by SIGSEGV (core dumped) +++
[pid     2] +++ superseded by execve in pid 1 +++
[pid     1] +++ exited with 0 +++
 | 00000  61  a |
`
	got, err := ConvertString(events, Options{Prefix: output.PrefixBracket})
	if err != nil || got != want {
		t.Errorf("got %v\n%s\nwant\n%s", err, got, want)
	}
	// Messages, when the trace and the messages shared stderr.
	got, _ = ConvertString(`{"type":"attach","pid":6,"tid":6,"threads":3}`+"\n"+`{"type":"detach","pid":6,"tid":6}`+"\n"+`{"type":"message","text":"hi"}`+"\n",
		Options{Messages: true, ProgName: "gs"})
	if want := "gs: Process 6 attached with 3 threads\ngs: Process 6 detached\ngs: hi\n"; got != want {
		t.Errorf("messages: %q, want %q", got, want)
	}
	if _, err := ConvertString(`{"type":"what"}`+"\n", Options{}); err == nil {
		t.Error("an unknown event is accepted")
	}
	if _, err := ConvertString("{\n", Options{}); err == nil {
		t.Error("a broken line is accepted")
	}
}

package main

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"gostrace/internal/difftest"
	"gostrace/internal/jsontrace"
	"gostrace/internal/output"
)

// corpus reads testdata/corpus.txt: one shell command a line.
func corpus(t *testing.T) []string {
	f, err := os.Open("testdata/corpus.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cmds []string
	s := bufio.NewScanner(f)
	for s.Scan() {
		if l := strings.TrimSpace(s.Text()); l != "" && !strings.HasPrefix(l, "#") {
			cmds = append(cmds, l)
		}
	}
	return cmds
}

var traceSchema *jsontrace.Schema

func schema(t *testing.T) *jsontrace.Schema {
	t.Helper()
	if traceSchema == nil {
		s, err := jsontrace.LoadSchema(filepath.Join("..", "..", "docs", "trace.schema.json"))
		if err != nil {
			t.Fatal(err)
		}
		traceSchema = s
	}
	return traceSchema
}

var sigreturnRet = regexp.MustCompile(`^(.*rt_sigreturn\(.*\)\s+= )\d+`)

// workDir is the scratch directory difftest runs commands in: -y shows it.
var workDir = regexp.MustCompile(`</tmp/difftest-work\d+`)

// jsonToText validates a JSON trace's lines and turns them into text.
func jsonToText(t *testing.T, lines []string, opt jsontrace.Options) []string {
	t.Helper()
	for i, l := range lines {
		if err := schema(t).Validate([]byte(l)); err != nil {
			t.Fatalf("line %d: %v\n%s", i+1, err, l)
		}
	}
	text, err := jsontrace.ConvertString(strings.Join(lines, "\n")+"\n", opt)
	if err != nil {
		t.Fatal(err)
	}
	text = workDir.ReplaceAllString(text, "</WORK")
	return strings.Split(strings.TrimSuffix(text, "\n"), "\n")
}

// TestJSONOption traces commands with the text output (twice, to know
// which lines change from run to run) and with --output-format=json,
// validates every JSON line against the schema, turns the JSON back into
// text and requires the same lines as the text runs, process by process
// (difftest's normalisation: pids renamed, addresses and times masked,
// the lines that changed between the two text runs compared with their
// numbers masked). TestJSONSameRun compares byte for byte, within one
// run; this test goes through the option itself, and through the
// options that shape the text (times, columns, -x), which two sessions of
// one run could not share.
func TestJSONOption(t *testing.T) {
	for _, r := range []struct {
		flags []string
		cmd   string
		opt   func(*jsontrace.Options)
	}{
		{[]string{"-f"}, "cat /no/such/file", nil},
		{[]string{"-f"}, "echo hello > a.txt && cat a.txt && rm a.txt", nil},
		{[]string{"-f"}, "sh -c 'kill -TERM $$'", nil},
		{[]string{"-f"}, "python3 -c 'import subprocess; subprocess.run([\"true\"])'", nil},
		{[]string{"-f", "-yy", "-s", "100"}, "cp /etc/services s && chmod 600 s && mv s t && rm t", nil},
		{[]string{"-f", "-y", "-x", "-T", "-ttt"}, "python3 -c 'import os; os.open(\"/nonexistent\", os.O_RDONLY)'", func(o *jsontrace.Options) {
			o.Hex = output.HexNonText
			o.Timing = output.Timing{Format: output.StampUnix, Precision: 6, Durations: true, DurPrecision: 6}
		}},
		{[]string{"-f", "-xx", "-r", "-a", "20"}, "cat /etc/hostname /etc/os-release > /dev/null", func(o *jsontrace.Options) {
			o.Hex = output.HexAll
			o.Timing = output.Timing{Relative: true, RelPrecision: 6}
			o.Column = 19
		}},
		{[]string{"-f", "-tt"}, "sleep 0.05", func(o *jsontrace.Options) {
			o.Timing = output.Timing{Format: output.StampTime, Precision: 6}
		}},
	} {
		testJSONRun(t, r.flags, r.cmd, r.opt)
	}
}

func testJSONRun(t *testing.T, flags []string, cmd string, opt func(*jsontrace.Options)) {
	t.Run(strings.Join(flags, " ")+" "+cmd, func(t *testing.T) {
		r1, err := difftest.Trace(gostraceBin, flags, cmd, "GOSTRACE_TEST_MAIN=1")
		if err != nil {
			t.Fatal(err)
		}
		r2, err := difftest.Trace(gostraceBin, flags, cmd, "GOSTRACE_TEST_MAIN=1")
		if err != nil {
			t.Fatal(err)
		}
		js, err := difftest.Trace(gostraceBin, append([]string{"--output-format=json"}, flags...), cmd, "GOSTRACE_TEST_MAIN=1")
		if err != nil {
			t.Fatal(err)
		}
		o := jsontrace.DefaultOptions()
		if opt != nil {
			opt(&o)
		}
		back := jsonToText(t, js, o)
		// What rt_sigreturn returns is whatever the call the signal
		// interrupted had in its register: it changes with where the
		// signal lands.
		for _, ls := range [][]string{r1, r2, back} {
			for i, l := range ls {
				ls[i] = sigreturnRet.ReplaceAllString(l, "${1}R")
			}
		}
		ref, ours := difftest.Split(r1), difftest.Split(back)
		m, total, bad := difftest.Compare(ref, difftest.Split(r2), ours)
		n := 0
		for _, ls := range ours {
			n += len(ls)
		}
		if m != total || n != total {
			var b strings.Builder
			for i, x := range bad {
				if i == 10 {
					break
				}
				b.WriteString("\n  " + x.Proc + "\n    text: " + x.Want + "\n    json: " + x.Got)
			}
			t.Errorf("%d/%d lines match, %d lines from JSON%s", m, total, n, b.String())
		}
	})
}

// TestJSONSeparately checks -ff: each thread's JSON file validates and
// turns into the text file of its thread.
func TestJSONSeparately(t *testing.T) {
	const cmd = "cat /etc/hostname > /dev/null; ls /no/such > /dev/null 2>&1; true"
	files := func(args ...string) []string {
		dir := t.TempDir()
		c := gostrace(append(args, "-ff", "-o", filepath.Join(dir, "t"), "sh", "-c", cmd)...)
		c.Dir = dir
		if out, err := c.CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		names, _ := filepath.Glob(filepath.Join(dir, "t.*"))
		var texts []string
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
		return texts
	}
	// Numbers change from run to run, and getrandom's bytes; so does
	// whether a CPU time is long enough to get its "/* 0.01 s */".
	mask := regexp.MustCompile(`\b(0x[0-9a-f]+|\d+)\b|\\x[0-9a-f]{2}| +=`)
	seconds := regexp.MustCompile(` /\* [\d.]+ s \*/`)
	norm := func(texts []string) []string {
		for i, s := range texts {
			texts[i] = mask.ReplaceAllString(seconds.ReplaceAllString(s, ""), "N")
		}
		sort.Strings(texts)
		return texts
	}
	text := norm(files())
	var back []string
	for _, f := range files("--output-format=json") {
		o := jsontrace.DefaultOptions()
		o.Prefix = output.PrefixNone
		lines := jsonToText(t, strings.Split(strings.TrimSuffix(f, "\n"), "\n"), o)
		back = append(back, strings.Join(lines, "\n")+"\n")
	}
	back = norm(back)
	if len(text) != len(back) || len(text) < 3 {
		t.Fatalf("%d text files, %d JSON files", len(text), len(back))
	}
	for i := range text {
		if text[i] != back[i] {
			t.Errorf("file %d:\n text %s\n json %s", i, text[i], back[i])
		}
	}
}

// TestJSONEvents checks the shape of the events of a real trace: a
// failed call, a call interrupted by another process (unfinished, then
// resumed), a signal, exits, a death by a signal, and the summary.
func TestJSONEvents(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "t.json")
	c := gostrace("--output-format=json", "-f", "-C", "-o", out, "sh", "-c", "cat /no/such; sh -c 'kill -TERM $$'; true")
	c.Dir = dir
	if b, err := c.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var evs []*jsontrace.Value
	types := map[string]int{}
	for _, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if err := schema(t).Validate([]byte(l)); err != nil {
			t.Fatalf("%v\n%s", err, l)
		}
		v, err := jsontrace.Parse([]byte(l))
		if err != nil {
			t.Fatal(err)
		}
		evs = append(evs, v)
		types[v.String("type")]++
	}
	find := func(what string, ok func(v *jsontrace.Value) bool) *jsontrace.Value {
		t.Helper()
		for _, v := range evs {
			if ok(v) {
				return v
			}
		}
		t.Errorf("no %s in\n%s", what, b)
		return &jsontrace.Value{}
	}
	open := find("failed openat", func(v *jsontrace.Value) bool {
		return v.String("syscall") == "openat" && v.String("errno") == "ENOENT" &&
			len(v.Get("args").Arr) == 3 && v.Get("args").Arr[1].Str == "/no/such"
	})
	if open.Get("ret").Num != "-1" || open.String("strerror") != "No such file or directory" || open.Get("errno_num").Num != "2" {
		t.Errorf("failed openat: ret %v, strerror %q", open.Get("ret"), open.String("strerror"))
	}
	if fd := open.Get("args").Arr[0]; fd.Tag() != "fd" || fd.String("name") != "AT_FDCWD" {
		t.Errorf("openat's dirfd: %+v", fd)
	}
	flags := open.Get("args").Arr[2]
	if flags.Tag() != "flags" || len(flags.Get("flags").Arr) == 0 || flags.Get("flags").Arr[0].Str != "O_RDONLY" {
		t.Errorf("openat's flags: %+v", flags)
	}
	u := find("unfinished wait4", func(v *jsontrace.Value) bool {
		return v.String("type") == "unfinished" && v.String("syscall") == "wait4"
	})
	find("resumed wait4", func(v *jsontrace.Value) bool {
		return v.String("type") == "syscall" && v.String("syscall") == "wait4" && v.True("resumed") &&
			v.Get("entry_ns").Num == u.Get("entry_ns").Num
	})
	find("SIGCHLD", func(v *jsontrace.Value) bool {
		return v.String("type") == "signal" && v.String("signal") == "SIGCHLD" && v.Get("siginfo").Tag() == "struct"
	})
	find("killed by SIGTERM", func(v *jsontrace.Value) bool {
		return v.String("type") == "killed" && v.String("signal") == "SIGTERM" && v.Get("signo").Num == "15"
	})
	find("exit 0", func(v *jsontrace.Value) bool { return v.String("type") == "exit" && v.Get("status").Num == "0" })
	find("exit 1", func(v *jsontrace.Value) bool { return v.String("type") == "exit" && v.Get("status").Num == "1" })
	find("exit_group, never returning", func(v *jsontrace.Value) bool {
		return v.String("syscall") == "exit_group" && v.True("unfinished") && !v.Has("exit_args")
	})
	s := find("summary", func(v *jsontrace.Value) bool { return v.String("type") == "summary" })
	if evs[len(evs)-1] != s {
		t.Errorf("the summary is not the last event")
	}
	for _, v := range evs {
		if v.String("type") != "syscall" || v.True("unfinished") {
			continue
		}
		entry, exit, d := num(v.Get("entry_ns")), num(v.Get("exit_ns")), num(v.Get("duration_ns"))
		if entry <= 0 || exit < entry || d != exit-entry {
			t.Errorf("times of %s: entry %d exit %d duration %d", v.String("syscall"), entry, exit, d)
		}
	}
	if types["syscall"] < 20 || types["exit"] < 2 {
		t.Errorf("events: %v", types)
	}
}

func num(v *jsontrace.Value) int64 {
	if v == nil {
		return -1
	}
	var n int64
	for _, c := range v.Num {
		n = n*10 + int64(c-'0')
	}
	return n
}

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gostrace/internal/difftest"
	"gostrace/internal/jsontrace"
	"gostrace/internal/options"
	"gostrace/internal/output"
	"gostrace/internal/ptrace"
	"gostrace/internal/session"
	"gostrace/internal/tracer"
)

// A test can ask gostrace (this test binary playing it) to write, next to
// its text, the same run's events as JSON lines: a second session, fed
// the same tracer events, writes them to $GOSTRACE_TEST_JSON_TEE. The
// text and the JSON then describe exactly the same calls, and the JSON
// turned back into text must equal the text byte for byte.
func init() {
	path := os.Getenv("GOSTRACE_TEST_JSON_TEE")
	if path == "" {
		return
	}
	sessionHook = func(s *session.Session, cfg session.Config, opts *options.Config) tracer.Handler {
		f, err := os.Create(path)
		if err != nil {
			panic(err)
		}
		// Only the first session tampers, counts and limits; -Y's
		// memory of the commands of threads gone is each session's.
		cfg.JSON, cfg.Color, cfg.Inject, cfg.CallDone = true, nil, nil, nil
		cfg.Count, cfg.CountOnly, cfg.PerThread = nil, false, false
		cfg.Pids = pidDecor(opts.DecodePids)
		j := session.New(cfg, f)
		return &tee{a: s, b: j, j: j, other: map[*tracer.Task]any{}}
	}
}

// tee hands every tracer event to two sessions. Each keeps its own state
// in Task.Data: the tee swaps them around the second one's calls.
type tee struct {
	a, b  tracer.Handler
	j     *session.Session
	other map[*tracer.Task]any
}

func (e *tee) swap(ts ...*tracer.Task) {
	for _, t := range ts {
		if t != nil {
			t.Data, e.other[t] = e.other[t], t.Data
		}
	}
}

func (e *tee) both(f func(h tracer.Handler), ts ...*tracer.Task) {
	f(e.a)
	e.swap(ts...)
	f(e.b)
	e.swap(ts...)
	e.j.Flush()
}

func (e *tee) SyscallEntry(t *tracer.Task, info *ptrace.SyscallInfo) {
	e.both(func(h tracer.Handler) { h.SyscallEntry(t, info) }, t)
}

func (e *tee) SyscallExit(t *tracer.Task, info *ptrace.SyscallInfo) {
	e.both(func(h tracer.Handler) { h.SyscallExit(t, info) }, t)
}

func (e *tee) Signal(t *tracer.Task, sig int, si *ptrace.Siginfo) {
	e.both(func(h tracer.Handler) { h.Signal(t, sig, si) }, t)
}

func (e *tee) GroupStop(t *tracer.Task, sig int) {
	e.both(func(h tracer.Handler) { h.GroupStop(t, sig) }, t)
}

func (e *tee) Exited(t *tracer.Task, st ptrace.WaitStatus) {
	e.both(func(h tracer.Handler) { h.Exited(t, st) }, t)
}

func (e *tee) NewTask(t *tracer.Task, attach bool) {
	e.both(func(h tracer.Handler) { h.NewTask(t, attach) }, t)
}

func (e *tee) Detached(t *tracer.Task) {
	e.both(func(h tracer.Handler) { h.Detached(t) }, t)
}

func (e *tee) Exec(t *tracer.Task, former int, old *tracer.Task) {
	e.both(func(h tracer.Handler) { h.Exec(t, former, old) }, t, old)
}

func (e *tee) Idle() { e.both(func(h tracer.Handler) { h.Idle() }) }

// TestJSONSameRun traces the public corpus (testdata/corpus.txt, the
// commands of ../shared/compat) with text and JSON out of the same run,
// turns the JSON back into strace's text (package jsontrace), and
// requires the very same bytes, line for line: the JSON carries all the
// text shows, including which calls other events interrupted. Every
// JSON line must also satisfy docs/trace.schema.json.
func TestJSONSameRun(t *testing.T) {
	type flagSet struct {
		flags []string
		opt   func(*jsontrace.Options)
	}
	cmds := corpus(t)
	sets := []flagSet{{[]string{"-f"}, nil}}
	if !testing.Short() {
		sets = append(sets,
			flagSet{[]string{"-f", "-yy", "-s", "80", "-v"}, nil},
			flagSet{[]string{"-f", "-x", "-y", "-a", "30"}, func(o *jsontrace.Options) {
				o.Hex, o.Column = output.HexNonText, 29
			}},
			flagSet{[]string{"-f", "-xx", "-e", "trace=%file,%desc,%process"}, func(o *jsontrace.Options) {
				o.Hex = output.HexAll
			}},
			// Status filtering: calls held back until their exit, and
			// strace's lines cut while a call was held.
			flagSet{[]string{"-f", "-z"}, nil},
			flagSet{[]string{"-f", "-Z", "-e", "read=all", "-e", "write=1,2"}, nil},
		)
	}
	for _, set := range sets {
		for i, cmd := range cmds {
			if len(set.flags) > 1 && i%2 == 1 {
				continue // half of the corpus for the other option sets
			}
			t.Run(strings.Join(set.flags, " ")+" "+cmd, func(t *testing.T) {
				text, js := sameRun(t, set.flags, cmd)
				o := jsontrace.DefaultOptions()
				if set.opt != nil {
					set.opt(&o)
				}
				back := jsonToText(t, js, o)
				if strings.Join(back, "\n") != strings.Join(text, "\n") {
					t.Errorf("%s", firstDiff(text, back))
				}
			})
		}
	}
}

// sameRun traces cmd as difftest does, with text to one file and JSON to
// another, and returns both as lines.
func sameRun(t *testing.T, flags []string, cmd string) (text, json []string) {
	t.Helper()
	dir := t.TempDir()
	jsonPath := filepath.Join(dir, "trace.json")
	text, err := difftest.Trace(gostraceBin, flags, cmd, "GOSTRACE_TEST_MAIN=1", "GOSTRACE_TEST_JSON_TEE="+jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	return text, strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

func firstDiff(want, got []string) string {
	for i := 0; i < len(want) || i < len(got); i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\n text: " + w + "\n json: " + g
		}
	}
	return "same lines"
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

package decode_test

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"gostrace/internal/decode"
	"gostrace/internal/decode/decodetest"
	"gostrace/internal/output"
	"gostrace/internal/sysent"
)

// TestStraceGolden replays the calls recorded by the case programs of
// testdata/strace (see harness.h and gen.py): each call, decoded over a
// fake memory holding the bytes the real call saw before and after, must
// print exactly the line the real strace 6.1 printed for it.
func TestStraceGolden(t *testing.T) {
	// The programs ran with TZ=UTC: the dates in comments are UTC.
	defer func(l *time.Location) { time.Local = l }(time.Local)
	time.Local = time.UTC

	files, _ := filepath.Glob("testdata/strace/*.golden")
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".golden"), func(t *testing.T) {
			for _, g := range readGolden(t, f) {
				if got := g.replay(t); got != g.want {
					t.Errorf("%s:%d [%s]\n got  %s\n want %s", f, g.line, g.flags, got, g.want)
				}
			}
		})
	}
}

type goldenCall struct {
	line          int
	name          string
	args          [6]uint64
	ret           int64
	before, after *decodetest.Memory
	flags, want   string
}

func readGolden(t *testing.T, path string) []goldenCall {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var calls []goldenCall
	var g goldenCall
	// Strings ("keep") are logged once and stay in the memory of the
	// later calls of the same run.
	var keeps [][2]any
	s := bufio.NewScanner(f)
	s.Buffer(nil, 16<<20)
	for n := 1; s.Scan(); n++ {
		key, rest, _ := strings.Cut(s.Text(), " ")
		switch key {
		case "run":
			keeps = keeps[:0]
		case "name":
			g = goldenCall{line: n, name: rest, before: decodetest.NewMemory(), after: decodetest.NewMemory()}
		case "args":
			for i, a := range strings.Fields(rest) {
				g.args[i], err = strconv.ParseUint(a, 0, 64)
				if err != nil {
					t.Fatalf("%s:%d: %v", path, n, err)
				}
			}
		case "ret":
			g.ret, _ = strconv.ParseInt(rest, 10, 64)
		case "before", "after", "both", "keep":
			a, h, _ := strings.Cut(rest, " ")
			addr, err1 := strconv.ParseUint(a, 0, 64)
			b, err2 := hex.DecodeString(h)
			if err1 != nil || err2 != nil {
				t.Fatalf("%s:%d: bad region", path, n)
			}
			if key == "keep" {
				keeps = append(keeps, [2]any{addr, b})
				continue
			}
			if key != "after" {
				g.before.Map(addr, b)
			}
			if key != "before" {
				g.after.Map(addr, b)
			}
		case "want":
			flags, line, _ := strings.Cut(rest, "] ")
			g.flags, g.want = strings.TrimPrefix(flags, "["), line
		case "end":
			for _, k := range keeps {
				g.before.Map(k[0].(uint64), k[1].([]byte))
				g.after.Map(k[0].(uint64), k[1].([]byte))
			}
			calls = append(calls, g)
		}
	}
	return calls
}

// replay decodes the call as the tracer does, the entry over the memory
// before the call and the exit over the memory after it, and returns the
// line the text sink prints.
func (g *goldenCall) replay(t *testing.T) string {
	nr, ok := sysent.Number(g.name)
	if !ok {
		t.Fatalf("unknown syscall %s", g.name)
	}
	opt := decode.DefaultOptions()
	var buf bytes.Buffer
	text := output.NewText(&buf)
	f := strings.Fields(g.flags)
	for i := 0; i < len(f); i++ {
		switch f[i] {
		case "-v":
			opt.Verbose = true
		case "-s":
			i++
			opt.StringLimit, _ = strconv.Atoi(f[i])
		case "-x":
			text.Hex = output.HexNonText
		case "-xx":
			text.Hex = output.HexAll
		default:
			t.Fatalf("flag %s not supported by the replay", f[i])
		}
	}
	var c decode.Call
	c.Reset(nr, g.name, g.args, g.before, opt, 1)
	c.DecodeEntry()
	text.Entry(1, &c)
	c.SetMemory(g.after)
	c.DecodeExit(g.ret, g.ret < 0 && g.ret > -4096)
	text.Exit(1, &c)
	text.Flush()
	return strings.TrimSuffix(buf.String(), "\n")
}

package decode_test

import (
	"bytes"
	"math/rand"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"gostrace/internal/decode"
	"gostrace/internal/decode/decodetest"
	"gostrace/internal/jsontrace"
	"gostrace/internal/output"
	"gostrace/internal/sysent"
)

// The JSON sink writes the tokens every decoder produces as data; these
// tests prove that the data loses nothing the text shows, over the real
// calls of the golden files and over every decoder fed random memory:
// the text the JSON is turned back into (by package jsontrace) must be
// the text sink's, byte for byte, and the JSON must satisfy the schema.

// sinks drives a text sink and a JSON sink with the same events.
type sinks struct {
	tb, jb     bytes.Buffer
	text, json *output.Text
}

func newSinks(hex int, prefix output.PidPrefix) *sinks {
	s := &sinks{}
	s.text, s.json = output.NewText(&s.tb), output.NewJSON(&s.jb)
	s.text.Hex = hex
	s.text.Prefix = func(int) output.PidPrefix { return prefix }
	s.text.Timing = output.Timing{Format: output.StampUnix, Precision: 6, Durations: true, DurPrecision: 6}
	return s
}

// call decodes one call into both sinks: entry, an interrupting line of
// another thread when split is set, exit.
func (s *sinks) call(nr int, name string, args [6]uint64, before, after decode.Memory, opt *decode.Options, ret int64, isErr, split bool) {
	var c decode.Call
	c.Reset(nr, name, args, before, opt, 7)
	c.EntryTime = 1700000000_123456789
	s.text.Now = c.EntryTime
	s.json.Now = c.EntryTime
	s.json.Tgid = 7
	c.DecodeEntry()
	s.text.Entry(7, &c)
	s.json.Entry(7, &c)
	if split {
		s.text.Now += 1000
		s.json.Now += 1000
		s.json.Tgid = 8
		s.text.Line(8, []byte("--- SIGCHLD ---"))
		s.json.Line(8, []byte("--- SIGCHLD ---"))
		s.json.Tgid = 7
	}
	c.SetMemory(after)
	c.ExitTime = c.EntryTime + 5432100
	s.text.Now = c.ExitTime
	s.json.Now = c.ExitTime
	c.DecodeExit(ret, isErr)
	s.text.Exit(7, &c)
	s.json.Exit(7, &c)
	s.text.Flush()
	s.json.Flush()
}

// check compares the text with the JSON made text again, and validates
// every JSON line.
func (s *sinks) check(t *testing.T, what string, hex int, prefix output.PidPrefix) bool {
	t.Helper()
	opt := jsontrace.Options{Prefix: prefix, Column: output.DefaultColumn, Hex: hex,
		Timing: output.Timing{Format: output.StampUnix, Precision: 6, Durations: true, DurPrecision: 6}}
	got, err := jsontrace.ConvertString(s.jb.String(), opt)
	if err != nil {
		t.Errorf("%s: %v\n%s", what, err, s.jb.String())
		return false
	}
	if got != s.tb.String() {
		t.Errorf("%s:\n text %q\n json %q\n back %q", what, s.tb.String(), s.jb.String(), got)
		return false
	}
	for _, line := range strings.SplitAfter(strings.TrimSuffix(s.jb.String(), "\n"), "\n") {
		if err := testSchema(t).Validate([]byte(line)); err != nil {
			t.Errorf("%s: %v\n%s", what, err, line)
			return false
		}
	}
	return true
}

var schemaCache *jsontrace.Schema

func testSchema(t *testing.T) *jsontrace.Schema {
	if schemaCache == nil {
		s, err := jsontrace.LoadSchema(filepath.Join("..", "..", "docs", "trace.schema.json"))
		if err != nil {
			t.Fatal(err)
		}
		schemaCache = s
	}
	return schemaCache
}

func TestJSONGolden(t *testing.T) {
	defer func(l *time.Location) { time.Local = l }(time.Local)
	time.Local = time.UTC
	files, _ := filepath.Glob("testdata/strace/*.golden")
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	n := 0
	for _, f := range files {
		for _, g := range readGolden(t, f) {
			nr, _ := sysent.Number(g.name)
			opt := decode.DefaultOptions()
			hex := output.HexNone
			fl := strings.Fields(g.flags)
			for i := 0; i < len(fl); i++ {
				switch fl[i] {
				case "-v":
					opt.Verbose = true
				case "-s":
					i++
					opt.StringLimit, _ = strconv.Atoi(fl[i])
				case "-x":
					hex = output.HexNonText
				case "-xx":
					hex = output.HexAll
				}
			}
			for _, split := range []bool{false, true} {
				prefix := output.PrefixNone
				if split {
					prefix = output.PrefixBracket
				}
				s := newSinks(hex, prefix)
				s.call(nr, g.name, g.args, g.before, g.after, opt, g.ret, g.ret < 0 && g.ret > -4096, split)
				if !s.check(t, f+":"+strconv.Itoa(g.line), hex, prefix) {
					break
				}
				n++
			}
		}
	}
	t.Logf("%d lines", n)
}

// TestJSONRandom decodes every syscall with random arguments over random
// memory, whole and split.
func TestJSONRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	const base = 0x7f0000000000
	mem := decodetest.NewMemory()
	data := make([]byte, 1<<16)
	rng.Read(data)
	// Some text, some small numbers, some pointers into the region: what
	// decoders dig into.
	for i := 0; i < len(data); i += 64 {
		switch rng.Intn(4) {
		case 0:
			copy(data[i:], "/tmp/some\tpath\n\x00")
		case 1:
			for j := 0; j < 64; j += 8 {
				v := base + uint64(rng.Intn(len(data)-4096))
				for k := 0; k < 8; k++ {
					data[i+j+k] = byte(v >> (8 * k))
				}
			}
		case 2:
			for j := 0; j < 64; j++ {
				data[i+j] = byte(rng.Intn(3))
			}
		}
	}
	mem.Map(base, data)
	arg := func() uint64 {
		switch rng.Intn(7) {
		case 0:
			return uint64(rng.Intn(4))
		case 1:
			return base + uint64(rng.Intn(len(data)-256))
		case 2:
			return uint64(rng.Uint32())
		case 3:
			return ^uint64(99) // AT_FDCWD
		case 4:
			return rng.Uint64()
		case 5:
			return 0
		}
		return uint64(1) << rng.Intn(32)
	}
	fails, panics := 0, 0
	for nr := 0; nr < sysent.Count(); nr++ {
		e := sysent.Lookup(nr)
		if e == nil {
			continue
		}
		for trial := 0; trial < 12 && fails < 20; trial++ {
			var args [6]uint64
			for i := range args {
				args[i] = arg()
			}
			ret, isErr := int64(rng.Intn(64)), false
			switch rng.Intn(4) {
			case 0:
				ret, isErr = -int64(1+rng.Intn(133)), true
			case 1:
				ret = int64(base + uint64(rng.Intn(len(data))))
			}
			opt := decode.DefaultOptions()
			opt.Verbose = trial%3 == 0
			hex := trial % 4
			split := trial%2 == 1
			prefix := output.PrefixFile
			s := newSinks(hex, prefix)
			func() {
				defer func() {
					if r := recover(); r != nil {
						// A decoder's own failing, found here by chance:
						// other tests own decoders.
						panics++
					}
				}()
				s.call(nr, e.Name, args, mem, mem, opt, ret, isErr, split)
			}()
			if s.tb.Len() == 0 {
				continue
			}
			if !s.check(t, e.Name+" "+strconv.Itoa(trial), hex, prefix) {
				fails++
			}
		}
	}
	if panics > 0 {
		t.Logf("%d decodings panicked", panics)
	}
}

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"gostrace/internal/explain"
	"gostrace/internal/options"
	"gostrace/internal/session"
	"gostrace/internal/summary"
	"gostrace/internal/sysent"
	"gostrace/internal/timeline"
)

// runMode carries out the options that ask for something other than a
// trace (--list-syscalls, --explain); done is false for a trace.
func runMode(cfg *options.Config) (code int, done bool) {
	switch {
	case cfg.ListSyscalls != nil:
		var names []string
		for nr := 0; nr < sysent.Count(); nr++ {
			if e := sysent.Lookup(nr); e != nil && cfg.ListSyscalls.Has(nr) {
				names = append(names, e.Name)
			}
		}
		sort.Strings(names)
		var b strings.Builder
		for _, n := range names {
			b.WriteString(n)
			b.WriteByte('\n')
		}
		fmt.Print(b.String())
		return 0, true
	case cfg.Explain != "":
		text, err := explain.Explain(cfg.Explain)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %s\n", cfg.ProgName, err)
			return 1, true
		}
		fmt.Print(text)
		return 0, true
	}
	return 0, false
}

// openTimeline creates --timeline's file, nil without the option.
func openTimeline(cfg *options.Config) (session.Recorder, error) {
	if cfg.Timeline == "" {
		return nil, nil
	}
	title := filepath.Base(cfg.ProgName) + " " + strings.Join(os.Args[1:], " ")
	w, err := timeline.Create(cfg.Timeline, title)
	if err != nil {
		return nil, fmt.Errorf("Can't fopen '%s': %s", cfg.Timeline, errText(err))
	}
	return w, nil
}

// closeTimeline ends --timeline's file, once.
func closeTimeline(cfg *options.Config, r session.Recorder) {
	w, ok := r.(*timeline.Writer)
	if !ok || w.Closed() {
		return
	}
	if err := w.Close(); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %s: %s\n", cfg.ProgName, cfg.Timeline, errText(err))
	}
}

// writeTables prints the -c/-C table, after --per-process's tables.
func writeTables(w io.Writer, s *session.Session, cfg *options.Config, count *summary.Summary) error {
	opt := summaryOptions(cfg)
	ew := &errWriter{w: w}
	if procs := s.PerProcess(); procs != nil {
		for _, p := range procs {
			fmt.Fprintf(ew, "Process %d (%s):\n", p.Pid, p.Comm)
			p.Count.Write(ew, opt, sysent.Name)
			io.WriteString(ew, "\n")
		}
		io.WriteString(ew, "All processes:\n")
	}
	count.Write(ew, opt, sysent.Name)
	return ew.err
}

// errWriter keeps the first error of the writes to w and drops the writes
// after it: a table that cannot be written is reported once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(b []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(b)
	e.err = err
	return n, err
}

// periodicSummary returns what --summary-interval does at each period:
// print the tables so far under a line that says when; nil without it.
func periodicSummary(s *session.Session, cfg *options.Config, count *summary.Summary) func() {
	if cfg.SummaryInterval <= 0 || count == nil {
		return nil
	}
	start := time.Now()
	var b bytes.Buffer
	return func() {
		b.Reset()
		fmt.Fprintf(&b, "Summary after %.3fs:\n", time.Since(start).Seconds())
		writeTables(&b, s, cfg, count)
		b.WriteByte('\n')
		s.Interject(b.Bytes())
	}
}

package jsontrace

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"gostrace/internal/output"
)

// Options are the text options the trace is rebuilt with: what the text
// sink would have been told by the command line. The JSON holds data;
// how it looks is chosen here.
type Options struct {
	Prefix output.PidPrefix // "1234  " (-o FILE with -f), "[pid  1234] "
	Timing output.Timing    // -t, -tt, -ttt, -r, -T
	Column int              // the call is padded to this width before " = " (-a N is N-1)
	Hex    int              // -x level (output.HexNone...)
	// Messages: write attach, detach and other messages as the text has
	// them when they share its stream ("PROG: Process 12 attached"),
	// with ProgName; else leave them out, as from an -o file.
	Messages bool
	ProgName string
}

// DefaultOptions are strace's defaults for an -o FILE trace with -f.
func DefaultOptions() Options {
	return Options{Prefix: output.PrefixFile, Column: output.DefaultColumn, ProgName: "gostrace"}
}

// Convert reads JSON lines from r and writes the strace text they stand
// for to w.
func Convert(r io.Reader, w io.Writer, opt Options) error {
	c := &converter{opt: opt, entries: map[int]entry{}}
	s := bufio.NewScanner(r)
	s.Buffer(nil, 64<<20)
	for n := 1; s.Scan(); n++ {
		if len(s.Bytes()) == 0 {
			continue
		}
		ev, err := Parse(s.Bytes())
		if err != nil {
			return fmt.Errorf("line %d: %v", n, err)
		}
		if err := c.event(ev); err != nil {
			return fmt.Errorf("line %d: %v", n, err)
		}
		if len(c.out) > 32<<10 {
			if _, err := w.Write(c.out); err != nil {
				return err
			}
			c.out, c.lineOff = c.out[:0], 0
		}
	}
	if err := s.Err(); err != nil {
		return err
	}
	_, err := w.Write(c.out)
	return err
}

// ConvertString is Convert on strings.
func ConvertString(jsonLines string, opt Options) (string, error) {
	var b strings.Builder
	err := Convert(strings.NewReader(jsonLines), &b, opt)
	return b.String(), err
}

type converter struct {
	opt     Options
	out     []byte
	lineOff int
	// entries are the arguments of each thread's call reported
	// unfinished, as they were printed, and whether a separator followed
	// them: its "resumed" line prints the rest.
	entries map[int]entry
}

type entry struct {
	args string
	sep  bool
}

func num(v *Value) int64 {
	if v == nil {
		return 0
	}
	n, _ := strconv.ParseInt(v.Num, 10, 64)
	return n
}

// begin starts a line of tid's at time ns, with -Y's command of the
// thread after the pid when the event has it.
func (c *converter) begin(ev *Value, tid int64, ns int64) {
	c.lineOff = len(c.out)
	comm := ev.Get("comm")
	switch c.opt.Prefix {
	case output.PrefixFile:
		s := strconv.FormatInt(tid, 10)
		c.out = append(c.out, s...)
		if comm != nil {
			// strace drops the padding when it prints the command.
			c.out = append(c.out, '<')
			c.out = append(c.out, comm.Str...)
			c.out = append(c.out, "> "...)
			break
		}
		for i := len(s); i < 5; i++ {
			c.out = append(c.out, ' ')
		}
		c.out = append(c.out, ' ')
	case output.PrefixBracket:
		c.out = append(c.out, "[pid "...)
		s := strconv.FormatInt(tid, 10)
		for i := len(s); i < 5; i++ {
			c.out = append(c.out, ' ')
		}
		c.out = append(c.out, s...)
		if comm != nil {
			c.out = append(c.out, '<')
			c.out = append(c.out, comm.Str...)
			c.out = append(c.out, '>')
		}
		c.out = append(c.out, "] "...)
	}
	c.out = c.opt.Timing.AppendStamp(c.out, ns)
}

func (c *converter) end() { c.out = append(c.out, '\n') }

func (c *converter) pad() {
	for col := len(c.out) - c.lineOff; col < c.opt.Column; col++ {
		c.out = append(c.out, ' ')
	}
}

func (c *converter) event(ev *Value) error {
	tid := num(ev.Get("tid"))
	switch typ := ev.String("type"); typ {
	case "syscall":
		return c.syscall(ev, tid)
	case "unfinished":
		args := c.seq(nil, ev.Get("args").Arr, false)
		sep := ev.String("exit_args") == "yes" && len(ev.Get("args").Arr) > 0
		c.entries[int(tid)] = entry{string(args), sep}
		c.begin(ev, tid, num(ev.Get("entry_ns")))
		c.out = append(c.out, ev.String("syscall")...)
		c.out = append(c.out, '(')
		c.out = append(c.out, args...)
		if sep {
			c.out = append(c.out, ", "...)
		}
		c.out = append(c.out, " <unfinished ...>"...)
		c.end()
	case "signal":
		c.begin(ev, tid, num(ev.Get("time_ns")))
		c.out = append(c.out, "--- "...)
		c.signal(ev)
		c.out = append(c.out, ' ')
		if si := ev.Get("siginfo"); si != nil {
			c.out = c.value(c.out, si)
		} else {
			c.out = c.seq(c.out, ev.Get("siginfo_items").Arr, false)
		}
		c.out = append(c.out, " ---"...)
		c.end()
	case "stopped":
		c.begin(ev, tid, num(ev.Get("time_ns")))
		c.out = append(c.out, "--- stopped by "...)
		c.signal(ev)
		c.out = append(c.out, " ---"...)
		c.end()
	case "exit":
		c.begin(ev, tid, num(ev.Get("time_ns")))
		c.out = append(c.out, "+++ exited with "...)
		c.out = strconv.AppendInt(c.out, num(ev.Get("status")), 10)
		c.out = append(c.out, " +++"...)
		c.end()
	case "killed":
		c.begin(ev, tid, num(ev.Get("time_ns")))
		c.out = append(c.out, "+++ killed by "...)
		c.signal(ev)
		if ev.True("core_dumped") {
			c.out = append(c.out, " (core dumped)"...)
		}
		c.out = append(c.out, " +++"...)
		c.end()
	case "superseded":
		c.begin(ev, tid, num(ev.Get("time_ns")))
		c.out = append(c.out, "+++ superseded by execve in pid "...)
		c.out = strconv.AppendInt(c.out, num(ev.Get("by_tid")), 10)
		c.out = append(c.out, " +++"...)
		c.end()
	case "line":
		c.begin(ev, tid, num(ev.Get("time_ns")))
		c.out = append(c.out, ev.String("text")...)
		c.end()
	case "dump":
		c.out = append(c.out, ev.String("text")...)
		c.lineOff = len(c.out)
	case "attach", "detach", "message":
		if !c.opt.Messages {
			return nil
		}
		c.out = append(c.out, c.opt.ProgName...)
		c.out = append(c.out, ": "...)
		switch typ {
		case "message":
			c.out = append(c.out, ev.String("text")...)
		case "attach":
			c.out = append(c.out, "Process "...)
			c.out = strconv.AppendInt(c.out, tid, 10)
			c.out = append(c.out, " attached"...)
			if n := num(ev.Get("threads")); n > 1 {
				c.out = append(c.out, " with "...)
				c.out = strconv.AppendInt(c.out, n, 10)
				c.out = append(c.out, " threads"...)
			}
		case "detach":
			c.out = append(c.out, "Process "...)
			c.out = strconv.AppendInt(c.out, tid, 10)
			c.out = append(c.out, " detached"...)
		}
		c.end()
		c.lineOff = len(c.out)
	case "summary":
		// The -c table is not part of what is rebuilt.
	default:
		return fmt.Errorf("unknown event type %q", typ)
	}
	return nil
}

// signal appends an event's signal: its name, or its number.
func (c *converter) signal(ev *Value) {
	if s := ev.String("signal"); s != "" {
		c.out = append(c.out, s...)
		return
	}
	c.out = strconv.AppendInt(c.out, num(ev.Get("signo")), 10)
}

func (c *converter) syscall(ev *Value, tid int64) error {
	name := ev.String("syscall")
	args := c.seq(nil, ev.Get("args").Arr, false)
	resumed := ev.True("resumed")
	abandoned := ev.True("unfinished") || ev.True("detached")
	e := c.entries[int(tid)]
	delete(c.entries, int(tid))
	if ev.True("split") {
		// The rest of a line cut while it was staged: on a line of its
		// own, without prefix or header.
		c.lineOff = len(c.out)
		if !abandoned {
			c.out = append(c.out, rest(string(args), e)...)
		}
	} else if resumed {
		at := num(ev.Get("exit_ns"))
		if abandoned {
			at = num(ev.Get("time_ns"))
		}
		c.begin(ev, tid, at)
		c.out = append(c.out, "<... "...)
		c.out = append(c.out, name...)
		c.out = append(c.out, " resumed>"...)
		if !abandoned {
			c.out = append(c.out, rest(string(args), e)...)
		}
	} else {
		c.begin(ev, tid, num(ev.Get("entry_ns")))
		c.out = append(c.out, name...)
		c.out = append(c.out, '(')
		c.out = append(c.out, args...)
		if abandoned && ev.String("exit_args") == "yes" && len(ev.Get("args").Arr) > 0 {
			c.out = append(c.out, ", "...)
		}
	}
	if abandoned {
		if ev.True("detached") {
			c.out = append(c.out, " <detached ...>"...)
		} else {
			if ev.Has("exit_args") {
				c.out = append(c.out, " <unfinished ...>"...)
			}
			c.out = append(c.out, ')')
			c.pad()
			c.out = append(c.out, " = ?"...)
		}
		c.end()
		return nil
	}
	c.out = append(c.out, ')')
	c.pad()
	c.out = append(c.out, " = "...)
	ret := ev.Get("ret")
	if errno := ev.Get("errno_num"); errno != nil {
		if ret != nil && ret.Kind == 'n' {
			c.out = append(c.out, '?')
		} else {
			c.out = append(c.out, "-1"...)
		}
		if name := ev.String("errno"); name != "" {
			c.out = append(c.out, ' ')
			c.out = append(c.out, name...)
			c.out = append(c.out, " ("...)
			c.out = append(c.out, ev.String("strerror")...)
			c.out = append(c.out, ')')
		} else {
			c.out = append(c.out, " (errno "...)
			c.out = append(c.out, errno.Num...)
			c.out = append(c.out, ')')
		}
	} else if ret == nil || ret.Kind == 'n' {
		c.out = append(c.out, '?')
	} else {
		c.out = c.value(c.out, ret)
	}
	if d := ev.Get("ret_detail"); d != nil {
		c.out = append(c.out, " ("...)
		c.out = c.seq(c.out, d.Arr, false)
		c.out = append(c.out, ')')
	}
	switch {
	case ev.True("injected_retval") && ev.True("injected_args"):
		c.out = append(c.out, " (INJECTED: args, retval)"...)
	case ev.True("injected_retval"):
		c.out = append(c.out, " (INJECTED)"...)
	case ev.True("injected_args"):
		c.out = append(c.out, " (INJECTED: args)"...)
	}
	if ev.True("delayed") {
		c.out = append(c.out, " (DELAYED)"...)
	}
	if c.opt.Timing.Durations {
		c.out = c.opt.Timing.AppendDuration(c.out, num(ev.Get("duration_ns")))
	}
	c.end()
	return nil
}

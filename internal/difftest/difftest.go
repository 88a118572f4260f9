// Package difftest compares gostrace's output with the real strace's on the
// same command: the project's own, smaller version of ../shared/compat's
// stracediff. Each trace is split per process, "<unfinished ...>" and
// "<... resumed>" halves are joined, pids are renamed in order of
// appearance, and addresses and times are masked. Lines that differ between
// two runs of strace itself (random bytes, the tracer's own pid) are
// compared with their numbers masked; all others must match byte for byte.
package difftest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

var (
	lineRE      = regexp.MustCompile(`^(?:\[pid\s+)?(\d+)\]?\s+(.*)$`)
	unfinished  = regexp.MustCompile(`^(.*?) ?<unfinished \.\.\.>$`)
	resumed     = regexp.MustCompile(`^(?:T )?<\.\.\. ([\w?]+) resumed>(.*)$`)
	pidRet      = regexp.MustCompile(`^(?:clone3?|fork|vfork)\(.*\)\s+= (\d+)$`)
	numRE       = regexp.MustCompile(`\b(?:0x[0-9a-f]+|\d+)\b`)
	addrRE      = regexp.MustCompile(`\b0x[0-9a-f]{7,16}\b`)
	strRE       = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)
	padRE       = regexp.MustCompile(`\s+= `)
	timeRE      = regexp.MustCompile(`(\s<\d+\.\d+>)$|^(\d\d:\d\d:\d\d(?:\.\d+)?|\d+\.\d+)\s`)
	sigreturnRE = regexp.MustCompile(`^(rt_sigreturn\(.*\)\s+= )-?\d+`)
	cpuRE       = regexp.MustCompile(`((?:si_[us]time|uptime|freeram|sharedram|bufferram|procs)=)\d+(?: /\* [\d.]+ s \*/)?|(loads=)\[[\d, ]+\]`)
)

// Env is the fixed environment commands run in.
func Env(home string) []string {
	return []string{"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=" + home, "LANG=C",
		"LC_ALL=C", "TERM=dumb", "TZ=UTC"}
}

// Trace runs `setarch -R TRACER FLAGS -o OUT -- sh -c CMD` in a fresh
// directory and returns the trace's lines. extraEnv is added to the fixed
// environment (a tracer under test must keep it out of the command's).
func Trace(tracer string, flags []string, cmd string, extraEnv ...string) ([]string, error) {
	work, err := os.MkdirTemp("", "difftest-work")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(work)
	out := filepath.Join(work, ".trace")
	args := append([]string{"-R", tracer}, flags...)
	args = append(args, "-o", out, "--", "sh", "-c", cmd)
	c := exec.Command("setarch", args...)
	c.Dir = work
	c.Env = append(Env(work), extraEnv...)
	var stderr strings.Builder
	c.Stderr = &stderr
	runErr := c.Run()
	b, err := os.ReadFile(out)
	if err != nil {
		return nil, fmt.Errorf("%s: no trace: %v (%v: %s)", tracer, err, runErr, stderr.String())
	}
	// The directory's name is random: -y shows it (AT_FDCWD</tmp/...>).
	// Only there: elsewhere (getcwd's string and length) the lines are
	// found volatile, by comparing two runs of strace.
	text := strings.ReplaceAll(string(b), "<"+work, "</WORK")
	return strings.Split(strings.TrimSuffix(text, "\n"), "\n"), nil
}

// Procs is a trace split per process: names P1, P2... in order of appearance.
type Procs map[string][]string

// Split normalises a trace.
func Split(lines []string) Procs {
	procs := map[string][]string{}
	var order []string
	pending := map[string]int{}
	last := ""
	for _, raw := range lines {
		pid, text := "?", raw
		if m := lineRE.FindStringSubmatch(raw); m != nil {
			pid, text = m[1], m[2]
		} else if i, ok := pending[last]; ok {
			// With -z/-Z strace may close a staged line with
			// " <unfinished ...>" and finish it on a line of its own with
			// no pid prefix, depending on timing: join the halves.
			delete(pending, last)
			procs[last][i] += text
			continue
		}
		last = pid
		text = timeRE.ReplaceAllStringFunc(text, func(s string) string {
			if strings.HasPrefix(s, " ") || strings.HasPrefix(s, "\t") {
				return " <T>"
			}
			return "T "
		})
		text = cpuRE.ReplaceAllString(text, "${1}${2}N")
		// rt_sigreturn returns what the interrupted code had in its
		// return register: which call a signal interrupted is timing.
		text = sigreturnRE.ReplaceAllString(text, "${1}N")
		if _, ok := procs[pid]; !ok {
			procs[pid] = nil
			order = append(order, pid)
		}
		if u := unfinished.FindStringSubmatch(text); u != nil {
			pending[pid] = len(procs[pid])
			procs[pid] = append(procs[pid], u[1])
			continue
		}
		if r := resumed.FindStringSubmatch(text); r != nil {
			if i, ok := pending[pid]; ok {
				delete(pending, pid)
				procs[pid][i] += r[2]
				continue
			}
		}
		procs[pid] = append(procs[pid], text)
	}
	for pid, ls := range procs {
		for i, t := range ls {
			ls[i] = padRE.ReplaceAllString(t, " = ")
		}
		procs[pid] = ls
	}
	// Rename pids by the process tree, not by the order lines happen to
	// interleave: the first process is P1, then each process's children
	// in the order its own fork/vfork/clone calls returned them,
	// breadth first. Each process's own lines are in a deterministic
	// order, so the names are too.
	var known []string
	seen := map[string]bool{}
	if len(order) > 0 {
		known = append(known, order[0])
		seen[order[0]] = true
	}
	for i := 0; i < len(known); i++ {
		for _, t := range procs[known[i]] {
			if m := pidRet.FindStringSubmatch(t); m != nil && !seen[m[1]] {
				seen[m[1]] = true
				known = append(known, m[1])
			}
		}
	}
	for _, p := range order { // processes no fork line led to
		if !seen[p] {
			seen[p] = true
			known = append(known, p)
		}
	}
	names := map[string]string{}
	for i, p := range known {
		names[p] = fmt.Sprintf("P%d", i+1)
	}
	var pidPat *regexp.Regexp
	if len(known) > 0 {
		alts := make([]string, len(known))
		for i, p := range known {
			alts[i] = regexp.QuoteMeta(p)
		}
		pidPat = regexp.MustCompile(`\b(` + strings.Join(alts, "|") + `)\b`)
	}
	out := Procs{}
	for _, p := range order {
		ls := make([]string, len(procs[p]))
		for i, t := range procs[p] {
			if pidPat != nil {
				t = pidPat.ReplaceAllStringFunc(t, func(s string) string { return names[s] })
			}
			ls[i] = addrRE.ReplaceAllString(t, "0xADDR")
		}
		name := names[p]
		if name == "" {
			name = p
		}
		out[name] = ls
	}
	return out
}

func mask(s string) string { return numRE.ReplaceAllString(strRE.ReplaceAllString(s, `"S"`), "N") }

// Mismatch is a reference line gostrace did not reproduce.
type Mismatch struct {
	Proc, Want, Got string
}

// Compare scores ours against the reference ref, using ref2 (a second
// strace run) to find volatile lines. It returns matched and total line
// counts, and the mismatches.
func Compare(ref, ref2, ours Procs) (matched, total int, bad []Mismatch) {
	for pid, rl := range ref {
		ol := ours[pid]
		volatile := map[int]bool{}
		for _, op := range align(rl, ref2[pid], func(s string) string { return s }) {
			if !op.equal {
				for i := op.i1; i < op.i2; i++ {
					volatile[i] = true
				}
			}
		}
		ok := make([]bool, len(rl))
		used := map[int]bool{}
		for _, op := range align(rl, ol, mask) {
			if op.equal {
				for k := 0; k < op.i2-op.i1; k++ {
					i, j := op.i1+k, op.j1+k
					ok[i] = volatile[i] || rl[i] == ol[j]
					used[j] = true
				}
			}
		}
		spare := map[string][]string{}
		for j, t := range ol {
			if !used[j] {
				spare[mask(t)] = append(spare[mask(t)], t)
			}
		}
		for i := range rl {
			if ok[i] {
				continue
			}
			cands := spare[mask(rl[i])]
			for k, c := range cands {
				if volatile[i] || c == rl[i] {
					spare[mask(rl[i])] = append(cands[:k], cands[k+1:]...)
					ok[i] = true
					break
				}
			}
		}
		total += len(rl)
		for i, good := range ok {
			if good {
				matched++
			} else {
				bad = append(bad, Mismatch{pid, rl[i], closest(rl[i], ol)})
			}
		}
	}
	for pid, ol := range ours {
		if _, ok := ref[pid]; !ok {
			total += len(ol)
			for _, l := range ol {
				bad = append(bad, Mismatch{pid, "(nothing)", l})
			}
		}
	}
	return matched, total, bad
}

func closest(want string, got []string) string {
	m := mask(want)
	for _, g := range got {
		if mask(g) == m {
			return g
		}
	}
	name, _, _ := strings.Cut(want, "(")
	for _, g := range got {
		if strings.HasPrefix(g, name+"(") {
			return g
		}
	}
	return "(nothing alike)"
}

type opcode struct {
	equal          bool
	i1, i2, j1, j2 int
}

// align matches two line sequences by their longest common subsequence
// (under key) and returns runs of equal and differing lines.
func align(a, b []string, key func(string) string) []opcode {
	ka := make([]string, len(a))
	for i := range a {
		ka[i] = key(a[i])
	}
	kb := make([]string, len(b))
	for j := range b {
		kb[j] = key(b[j])
	}
	n, m := len(ka), len(kb)
	// lcs[i][j]: LCS length of ka[i:] and kb[j:].
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if ka[i] == kb[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else if lcs[i+1][j] >= lcs[i][j+1] {
				lcs[i][j] = lcs[i+1][j]
			} else {
				lcs[i][j] = lcs[i][j+1]
			}
		}
	}
	var ops []opcode
	i, j := 0, 0
	for i < n && j < m {
		if ka[i] == kb[j] {
			i0, j0 := i, j
			for i < n && j < m && ka[i] == kb[j] {
				i++
				j++
			}
			ops = append(ops, opcode{true, i0, i, j0, j})
			continue
		}
		i0, j0 := i, j
		for i < n && j < m && ka[i] != kb[j] {
			if lcs[i+1][j] >= lcs[i][j+1] {
				i++
			} else {
				j++
			}
		}
		ops = append(ops, opcode{false, i0, i, j0, j})
	}
	if i < n || j < m {
		ops = append(ops, opcode{false, i, n, j, m})
	}
	return ops
}

// Result is the outcome of Check.
type Result struct {
	Matched, Total int
	Bad            []Mismatch
}

// OK reports whether every reference line was matched.
func (r Result) OK() bool { return r.Total > 0 && r.Matched == r.Total }

// Report renders up to n mismatches, one "strace:"/"ours:" pair each.
func (r Result) Report(n int) string {
	var b strings.Builder
	for i, x := range r.Bad {
		if i == n {
			break
		}
		b.WriteString("\n  " + x.Proc + "\n    strace: " + x.Want + "\n    ours:   " + x.Got)
	}
	return b.String()
}

// Check traces cmd twice with the reference strace and with the tracer
// under test (with extraEnv), normalises all three with fix (may be nil)
// and compares. Where a signal lands and which thread runs first vary from
// run to run, for strace as for us; strace's two runs only cover the
// lines they happened to disagree on. So a mismatch gets two more runs of
// ours before it counts: an interleaving strace could have produced too
// is not a difference.
func Check(strace, tracer string, flags []string, cmd string, fix func([]string) []string, extraEnv ...string) (Result, error) {
	if fix == nil {
		fix = func(l []string) []string { return l }
	}
	r1, err := Trace(strace, flags, cmd)
	if err != nil {
		return Result{}, err
	}
	r2, err := Trace(strace, flags, cmd)
	if err != nil {
		return Result{}, err
	}
	ref, ref2 := Split(fix(r1)), Split(fix(r2))
	var res Result
	for attempt := 0; attempt < 3; attempt++ {
		ours, err := Trace(tracer, flags, cmd, extraEnv...)
		if err != nil {
			return Result{}, err
		}
		m, total, bad := Compare(ref, ref2, Split(fix(ours)))
		if attempt == 0 || m > res.Matched {
			res = Result{m, total, bad}
		}
		if res.OK() {
			break
		}
	}
	return res, nil
}

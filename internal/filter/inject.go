package filter

import (
	"fmt"
	"strings"
	"time"

	"gostrace/internal/sysent"
	"gostrace/internal/xlat"
)

// WhenInfinite is the Last of a when= range without an end. It is above
// any LAST or FIRST one can write, so that when=65535 (that invocation
// only) and when=65535+ (every one from it) stay apart, as in strace.
const WhenInfinite = 1<<31 - 1

// When says which invocations (counted from 1, per syscall and tracee) an
// injection applies to: First, First+Step, ... up to Last.
type When struct {
	First, Last, Step int
}

// Poke overwrites tracee memory at the address in argument Arg (1-7).
type Poke struct {
	Arg  int
	Data []byte
}

// Inject is one -e inject= or -e fault= expression, parsed and checked;
// carrying it out is the tampering package's business.
type Inject struct {
	Syscalls *Set
	Fault    bool // written as fault=: only error=, syscall= and when= allowed

	Error      int // errno to inject, 0 for none
	Retval     uint64
	HasRetval  bool
	Signal     int // signal to deliver on entry, 0 for none
	Syscall    int // the pure syscall run instead, -1 for none
	DelayEnter time.Duration
	DelayExit  time.Duration
	HasDelay   [2]bool // delay_enter, delay_exit given
	PokeEnter  []Poke
	PokeExit   []Poke
	When       When
}

// maxPokeData is the longest poke data strace accepts, in bytes.
const maxPokeData = 1024

// errnoByName maps strace 6.1's errno names (no aliases such as EWOULDBLOCK)
// to numbers.
var errnoByName = func() map[string]int {
	m := map[string]int{}
	for e := 1; e < 4096; e++ {
		if name, ok := xlat.ErrnoName(e); ok {
			m[name] = e
		}
	}
	// Newer than strace 6.1's errno table.
	delete(m, "ENOPARAM")
	return m
}()

// ParseInject compiles an inject= (fault false) or fault= (fault true)
// expression: "SET[:OPTION=VALUE]...". It returns the warnings strace
// prints about suspicious return values, in order, even when it fails.
//
// strace checks the options before the set, and that some action was
// asked for last; any option error is "invalid inject argument 'EXPR'".
func ParseInject(expr string, fault bool) (*Inject, []string, error) {
	kind := "inject"
	if fault {
		kind = "fault"
	}
	bad := func() error { return errorf("invalid %s argument '%s'", kind, expr) }
	in := &Inject{Fault: fault, Syscall: -1, When: When{First: 1, Last: WhenInfinite, Step: 1}}
	var warnings []string

	setExpr, opts, _ := strings.Cut(expr, ":")
	seen := map[string]bool{}
	for _, opt := range strings.Split(opts, ":") {
		if opt == "" {
			continue
		}
		name, val, ok := strings.Cut(opt, "=")
		if !ok {
			return nil, warnings, bad()
		}
		if name != "when" && seen[name] {
			return nil, warnings, bad()
		}
		seen[name] = true
		if fault && name != "error" && name != "when" && name != "syscall" {
			return nil, warnings, bad()
		}
		switch name {
		case "error":
			if seen["retval"] {
				return nil, warnings, bad()
			}
			e, ok := parseErrno(val)
			if !ok {
				return nil, warnings, bad()
			}
			in.Error = e
		case "retval":
			if seen["error"] {
				return nil, warnings, bad()
			}
			v, rest, ok := strtoull(val)
			if !ok || rest != "" {
				return nil, warnings, bad()
			}
			in.Retval, in.HasRetval = v, true
			if w := retvalWarning(v); w != "" {
				warnings = append(warnings, w)
			}
		case "signal":
			sig, ok := signalNumber(val, 64)
			if !ok || sig == 0 {
				return nil, warnings, bad()
			}
			in.Signal = sig
		case "syscall":
			nr, ok := sysent.Number(val)
			if !ok || sysent.Lookup(nr).Class&sysent.Pure == 0 {
				return nil, warnings, bad()
			}
			in.Syscall = nr
		case "delay_enter", "delay_exit":
			d, ok := ParseTimeSpec(val)
			if !ok {
				return nil, warnings, bad()
			}
			if name == "delay_enter" {
				in.DelayEnter, in.HasDelay[0] = d, true
			} else {
				in.DelayExit, in.HasDelay[1] = d, true
			}
		case "poke_enter", "poke_exit":
			pokes, ok := parsePokes(val)
			if !ok {
				return nil, warnings, bad()
			}
			if name == "poke_enter" {
				in.PokeEnter = pokes
			} else {
				in.PokeExit = pokes
			}
		case "when":
			w, ok := parseWhen(val)
			if !ok {
				return nil, warnings, bad()
			}
			in.When = w
		default:
			return nil, warnings, bad()
		}
	}

	set, err := ParseSyscallSet(setExpr)
	if err != nil {
		return nil, warnings, err
	}
	in.Syscalls = set

	if fault && in.Error == 0 {
		in.Error = int(errnoENOSYS)
	}
	if in.Error == 0 && !in.HasRetval && in.Signal == 0 && !in.HasDelay[0] && !in.HasDelay[1] &&
		in.PokeEnter == nil && in.PokeExit == nil {
		return nil, warnings, bad()
	}
	return in, warnings, nil
}

const errnoENOSYS = 38 // ENOSYS on every Linux architecture gostrace supports

func parseErrno(s string) (int, bool) {
	if e, ok := ParseDecimal(s, 1, 4095); ok {
		return int(e), true
	}
	e, ok := errnoByName[strings.ToUpper(s)]
	return e, ok
}

// retvalWarning is strace's warning about a return value the tracee would
// take for an error, or one the 32-bit personality cannot carry.
func retvalWarning(v uint64) string {
	if int64(v) < 0 && int64(v) >= -4095 {
		return fmt.Sprintf("Inadvertent injection of error %d is possible for retval=%d", -int64(v), v)
	}
	if int32(v) < 0 && int32(v) >= -4095 {
		return fmt.Sprintf("Inadvertent injection of error %d is possible in compat personality for retval=%d", -int32(v), v)
	}
	if uint64(uint32(v)) != v {
		return fmt.Sprintf("Injected return value %d will be clipped to %d in compat personality", v, uint32(v))
	}
	return ""
}

// parseWhen reads FIRST[..LAST][+[STEP]]; the numbers follow strtol.
// FIRST alone means that invocation only; a '+' without LAST means no end.
func parseWhen(s string) (When, bool) {
	first, rest, ok := Strtol(s)
	if !ok || first < 1 || first > 65535 {
		return When{}, false
	}
	w := When{First: int(first), Last: int(first), Step: 1}
	hasLast := false
	if strings.HasPrefix(rest, "..") {
		last, r, ok := Strtol(rest[2:])
		if !ok || last < first || last > 65534 {
			return When{}, false
		}
		w.Last, rest, hasLast = int(last), r, true
	}
	if strings.HasPrefix(rest, "+") {
		if !hasLast {
			w.Last = WhenInfinite
		}
		rest = rest[1:]
		if rest != "" {
			step, r, ok := Strtol(rest)
			if !ok || step < 1 || step > 65535 {
				return When{}, false
			}
			w.Step, rest = int(step), r
		}
	}
	return w, rest == ""
}

// parsePokes reads "@argN=HEX[,@argM=HEX]...".
func parsePokes(s string) ([]Poke, bool) {
	var pokes []Poke
	used := [8]bool{}
	for _, item := range strings.Split(s, ",") {
		if item == "" {
			continue
		}
		if len(item) < len("@argN=") || !strings.HasPrefix(item, "@arg") || item[5] != '=' {
			return nil, false
		}
		n := int(item[4] - '0')
		if n < 1 || n > 7 || used[n] {
			return nil, false
		}
		used[n] = true
		data, ok := parseHexData(item[6:])
		if !ok {
			return nil, false
		}
		pokes = append(pokes, Poke{Arg: n, Data: data})
	}
	return pokes, pokes != nil
}

// parseHexData decodes poke data two characters at a time the way
// sscanf("%2hhx") reads them, so "0g" and "-1" pass as strace lets them.
func parseHexData(s string) ([]byte, bool) {
	if s == "" || len(s)%2 != 0 || len(s)/2 > maxPokeData {
		return nil, false
	}
	data := make([]byte, 0, len(s)/2)
	for i := 0; i < len(s); i += 2 {
		b, ok := scanHexByte(s[i:])
		if !ok {
			return nil, false
		}
		data = append(data, b)
	}
	return data, true
}

// scanHexByte is sscanf(s, "%2hhx"): white space skipped, then at most two
// characters of an optionally signed, optionally 0x-prefixed hex number.
func scanHexByte(s string) (byte, bool) {
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	width := 2
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
		width--
	}
	var v int
	digits := 0
	if width == 2 && i+1 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') {
		// "0x" uses up the width: the number is the 0.
		return 0, true
	}
	for width > 0 && i < len(s) && hexVal(s[i]) >= 0 {
		v = v*16 + hexVal(s[i])
		i++
		width--
		digits++
	}
	if digits == 0 {
		return 0, false
	}
	if neg {
		v = -v
	}
	return byte(v), true
}

package output

import (
	"math/bits"
	"strconv"

	"gostrace/internal/xlat"
)

// Flag sets and signal sets as data: the names strace prints, as a list.

// appendFlagsJSON appends a flag set as strace splits it: the names of
// the bits set, in strace's order (for a composite set, the name of the
// low enumeration first), and the bits no name covers in "rest";
// "value" is the whole number. When strace finds no name at all it
// prints the number with the table's "unknown" comment: so does this,
// {"hex":"0x...","comment":"O_???"}.
func appendFlagsJSON(dst []byte, t *xlat.Table, v uint64) []byte {
	if t.Low == nil {
		return appendFlagPart(dst, t, v, v, "")
	}
	low, rest := v&t.LowMask, v&^t.LowMask
	name, ok := t.Low.Lookup(low)
	if ok {
		return appendFlagPart(dst, t, rest, v, name)
	}
	if rest == 0 {
		return appendUnknownNum(dst, low, t.Low.Unknown)
	}
	// "0x3 /* O_??? */|O_CLOEXEC"
	dst = append(dst, `{"group":[`...)
	dst = appendUnknownNum(dst, low, t.Low.Unknown)
	dst = append(dst, `,{"raw":"|"},`...)
	dst = appendFlagPart(dst, t, rest, rest, "")
	return append(dst, "]}"...)
}

// appendFlagPart appends the flags of v (whole is the value to report)
// after lead, the name of a composite's low part, if any.
func appendFlagPart(dst []byte, t *xlat.Table, v, whole uint64, lead string) []byte {
	start := len(dst)
	dst = append(dst, `{"flags":[`...)
	n := 0
	if lead != "" {
		dst = appendJSONText(dst, lead)
		n++
	}
	rest := v
	if v == 0 && lead == "" {
		for _, p := range t.Pairs {
			if p.Val == 0 {
				dst = appendJSONText(dst, p.Name)
				n++
				break
			}
		}
	}
	named := 0
	for _, p := range t.Pairs {
		if p.Val != 0 && rest&p.Val == p.Val {
			if n > 0 {
				dst = append(dst, ',')
			}
			dst = appendJSONText(dst, p.Name)
			rest &^= p.Val
			n++
			named++
		}
	}
	if v != 0 && named == 0 {
		// No name for any bit: strace prints the number.
		if lead == "" {
			return appendUnknownNum(dst[:start], v, t.Unknown)
		}
		// "O_RDONLY|0x40000000 /* O_??? */"
		dst = dst[:start]
		dst = append(dst, `{"group":[{"flags":[`...)
		dst = appendJSONText(dst, lead)
		dst = append(dst, `],"value":`...)
		dst = strconv.AppendUint(dst, whole&^v, 10)
		dst = append(dst, `},{"raw":"|"},`...)
		dst = appendUnknownNum(dst, v, t.Unknown)
		return append(dst, "]}"...)
	}
	dst = append(dst, ']')
	if rest != 0 {
		dst = appendKeyHex(dst, "rest", rest)
	}
	dst = append(dst, `,"value":`...)
	dst = strconv.AppendUint(dst, whole, 10)
	return append(dst, '}')
}

// appendUnknownNum appends a number no name covers, as strace prints it:
// in hex, with the table's "unknown" comment if it has one.
func appendUnknownNum(dst []byte, v uint64, unknown string) []byte {
	dst = appendHex(append(dst, `{"hex":"`...), v)
	dst = append(dst, '"')
	if unknown != "" {
		dst = appendKeyText(dst, "comment", unknown)
	}
	return append(dst, '}')
}

// appendSigsetJSON appends a signal set as strace lists it: the names of
// its signals, or, when at least two thirds of them are in it, the names
// of those that are not, with "complement":true ("~[...]").
func appendSigsetJSON(dst []byte, mask uint64, nsig int) []byte {
	if nsig < 64 {
		mask &= 1<<nsig - 1
	}
	neg := bits.OnesCount64(mask) >= nsig*2/3
	if neg {
		mask = ^mask
		if nsig < 64 {
			mask &= 1<<nsig - 1
		}
	}
	dst = append(dst, `{"sigset":[`...)
	first := true
	for sig := 1; sig <= nsig; sig++ {
		if mask&(1<<(sig-1)) == 0 {
			continue
		}
		if !first {
			dst = append(dst, ',')
		}
		first = false
		if n := xlat.SignalName(sig); n != "" {
			dst = appendJSONText(dst, n)
		} else {
			dst = strconv.AppendInt(dst, int64(sig), 10)
		}
	}
	dst = append(dst, ']')
	if neg {
		dst = append(dst, `,"complement":true`...)
	}
	return append(dst, '}')
}

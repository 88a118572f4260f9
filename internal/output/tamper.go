package output

import "gostrace/internal/decode"

// appendTamper appends strace's marks of an injected call, after the
// return value and its explanations, before -T's duration:
// " (INJECTED)" for a return value set, " (INJECTED: args)" for memory
// poked, " (INJECTED: args, retval)" for both, then " (DELAYED)".
func appendTamper(dst []byte, tamper uint8) []byte {
	switch tamper & (decode.TamperRetval | decode.TamperArgs) {
	case decode.TamperRetval:
		dst = append(dst, " (INJECTED)"...)
	case decode.TamperArgs:
		dst = append(dst, " (INJECTED: args)"...)
	case decode.TamperRetval | decode.TamperArgs:
		dst = append(dst, " (INJECTED: args, retval)"...)
	}
	if tamper&decode.TamperDelayed != 0 {
		dst = append(dst, " (DELAYED)"...)
	}
	return dst
}

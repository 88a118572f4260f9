package decode

// Call.Tamper bits: what -e inject= did to a call.
const (
	// TamperRetval: the return value (or error) is one the tracer set.
	TamperRetval uint8 = 1 << iota
	// TamperArgs: the tracer wrote into memory an argument points to
	// (poke_enter=, poke_exit=).
	TamperArgs
	// TamperDelayed: the tracer kept the call waiting (delay_enter=,
	// delay_exit=).
	TamperDelayed
)

package decode

// PidValue on a KInt token: the number is a process or thread id of the
// tracee's pid namespace, which -Y follows with the process's command
// ("1234<sleep>") and --pidns-translation with its id in ours.
const PidValue uint8 = 1 << 6

// PidArg appends an int argument that is a process or thread id.
func (c *Call) PidArg(v uint64) {
	c.push(Token{Kind: KInt, Flags: PidValue, Num: uint64(int64(int32(v)))})
}

// pidAt appends "[PID]" for the process id at addr (clone's parent_tid),
// or the address when it cannot be read.
func (c *Call) pidAt(addr uint64) {
	v, ok := c.ReadU32(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	c.PidArg(uint64(v))
	c.End()
}

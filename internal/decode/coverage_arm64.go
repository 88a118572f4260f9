package decode

// archPartial adds this architecture's own gaps to the partial list.
var archPartial = map[string]string{
	"ptrace": "arm64 register sets (PTRACE_GETREGSET/SETREGSET) print as an address",
}

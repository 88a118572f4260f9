package decode

// sigframeMaskOffset is where the saved signal mask lies from the stack
// pointer at rt_sigreturn's entry. The handler's return popped the frame's
// return address, so the stack pointer is at the struct ucontext: uc_flags
// (8), uc_link (8), uc_stack (24) and uc_mcontext (a 256-byte sigcontext)
// come before uc_sigmask.
const sigframeMaskOffset = 8 + 8 + 24 + 256

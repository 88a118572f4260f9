package decode

// sigframeMaskOffset is where the saved signal mask lies from the stack
// pointer at rt_sigreturn's entry: the stack pointer is at the struct
// rt_sigframe, whose siginfo (128 bytes) precedes the ucontext, in which
// uc_flags (8), uc_link (8) and uc_stack (24) precede uc_sigmask.
const sigframeMaskOffset = 128 + 8 + 8 + 24

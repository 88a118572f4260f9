package shim

// nativeMachine is the ELF machine of nativeCode (EM_X86_64).
const nativeMachine = 62

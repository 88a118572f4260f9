package tracer

// cloneFlagsArg is the argument of clone(2) that holds its flags.
const cloneFlagsArg = 0

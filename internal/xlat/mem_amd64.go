package xlat

import "golang.org/x/sys/unix"

// mapArchFlags are the mmap flags only x86 has.
var mapArchFlags = []Pair{P(unix.MAP_32BIT, "MAP_32BIT")}

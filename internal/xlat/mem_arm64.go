package xlat

// mapArchFlags are the mmap flags only some architectures have: none here.
var mapArchFlags []Pair

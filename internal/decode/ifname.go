package decode

import "golang.org/x/sys/unix"

// ifSock is a socket of the tracer's own, opened on first use, through
// which interface indexes are turned into names (as strace does with
// if_indextoname in its own network namespace).
var ifSock = -2

// ifIndexToName writes the name of interface idx into name and returns its
// length, 0 when no interface has that index.
func ifIndexToName(idx uint32, name []byte) int {
	if ifSock == -2 {
		fd, err := unix.Socket(unix.AF_UNIX, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
		if err != nil {
			fd = -1
		}
		ifSock = fd
	}
	if ifSock < 0 || idx == 0 {
		return 0
	}
	ifr, err := unix.NewIfreq("")
	if err != nil {
		return 0
	}
	ifr.SetUint32(idx)
	if unix.IoctlIfreq(ifSock, unix.SIOCGIFNAME, ifr) != nil {
		return 0
	}
	return copy(name, ifr.Name())
}

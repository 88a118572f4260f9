package filter

import "strings"

// StatusSet selects syscalls by how they ended (-e status=, -z, -Z).
type StatusSet uint8

const (
	StatusSuccessful StatusSet = 1 << iota
	StatusFailed
	StatusUnfinished
	StatusUnavailable
	StatusDetached

	StatusAll = StatusSuccessful | StatusFailed | StatusUnfinished | StatusUnavailable | StatusDetached
)

// QuietSet names the informational messages to suppress (-e quiet=, -q).
type QuietSet uint8

const (
	QuietAttach QuietSet = 1 << iota
	QuietExit
	QuietPathResolution
	QuietPersonality
	QuietThreadExecve

	QuietAll = QuietAttach | QuietExit | QuietPathResolution | QuietPersonality | QuietThreadExecve
)

// DecodeFdsSet names what to print about file descriptors (-e decode-fds=, -y).
type DecodeFdsSet uint8

const (
	DecodeFdPath DecodeFdsSet = 1 << iota
	DecodeFdSocket
	DecodeFdDev
	DecodeFdPidfd

	DecodeFdAll = DecodeFdPath | DecodeFdSocket | DecodeFdDev | DecodeFdPidfd
)

// DecodePidsSet names what to print about process ids (-e decode-pids=, -Y).
type DecodePidsSet uint8

const (
	DecodePidComm DecodePidsSet = 1 << iota
	DecodePidNs

	DecodePidAll = DecodePidComm | DecodePidNs
)

type namedBit struct {
	name string
	bit  uint8
}

var statusNames = []namedBit{
	{"successful", uint8(StatusSuccessful)}, {"failed", uint8(StatusFailed)},
	{"unfinished", uint8(StatusUnfinished)}, {"unavailable", uint8(StatusUnavailable)},
	{"detached", uint8(StatusDetached)},
}

var quietNames = []namedBit{
	{"attach", uint8(QuietAttach)}, {"exit", uint8(QuietExit)}, {"exits", uint8(QuietExit)},
	{"path-resolution", uint8(QuietPathResolution)}, {"personality", uint8(QuietPersonality)},
	{"thread-execve", uint8(QuietThreadExecve)}, {"superseded", uint8(QuietThreadExecve)},
}

var decodeFdsNames = []namedBit{
	{"path", uint8(DecodeFdPath)}, {"socket", uint8(DecodeFdSocket)},
	{"dev", uint8(DecodeFdDev)}, {"pidfd", uint8(DecodeFdPidfd)},
}

var decodePidsNames = []namedBit{{"comm", uint8(DecodePidComm)}, {"pidns", uint8(DecodePidNs)}}

// parseNamed compiles a set of names (matched without regard to case) into
// bits; "invalid KIND 'ITEM'" on an unknown one.
func parseNamed(expr string, names []namedBit, all uint8, kind string) (uint8, error) {
	var v uint8
	err := parseList(expr, func(item string) bool {
		for _, n := range names {
			if strings.EqualFold(item, n.name) {
				v |= n.bit
				return true
			}
		}
		return false
	}, func() { v = ^v & all }, "invalid "+kind+" '%s'")
	return v, err
}

// ParseStatusSet compiles -e status=.
func ParseStatusSet(expr string) (StatusSet, error) {
	v, err := parseNamed(expr, statusNames, uint8(StatusAll), "status")
	return StatusSet(v), err
}

// ParseQuietSet compiles -e quiet=.
func ParseQuietSet(expr string) (QuietSet, error) {
	v, err := parseNamed(expr, quietNames, uint8(QuietAll), "quiet")
	return QuietSet(v), err
}

// ParseDecodeFdsSet compiles -e decode-fds=.
func ParseDecodeFdsSet(expr string) (DecodeFdsSet, error) {
	v, err := parseNamed(expr, decodeFdsNames, uint8(DecodeFdAll), "decode-fds")
	return DecodeFdsSet(v), err
}

// ParseDecodePidsSet compiles -e decode-pids=.
func ParseDecodePidsSet(expr string) (DecodePidsSet, error) {
	v, err := parseNamed(expr, decodePidsNames, uint8(DecodePidAll), "decode-pids")
	return DecodePidsSet(v), err
}

package filter

import "testing"

func TestNamedSets(t *testing.T) {
	st := func(e string) (uint8, error) { v, err := ParseStatusSet(e); return uint8(v), err }
	qu := func(e string) (uint8, error) { v, err := ParseQuietSet(e); return uint8(v), err }
	fd := func(e string) (uint8, error) { v, err := ParseDecodeFdsSet(e); return uint8(v), err }
	pd := func(e string) (uint8, error) { v, err := ParseDecodePidsSet(e); return uint8(v), err }
	for _, tc := range []struct {
		parse func(string) (uint8, error)
		expr  string
		want  uint8
	}{
		{st, "successful", uint8(StatusSuccessful)},
		{st, "SUCCESSFUL,failed", uint8(StatusSuccessful | StatusFailed)},
		{st, "!failed", uint8(StatusAll &^ StatusFailed)},
		{st, "all", uint8(StatusAll)},
		{st, "none", 0},
		{st, "!none", uint8(StatusAll)},
		{st, "unfinished,unavailable,detached", uint8(StatusUnfinished | StatusUnavailable | StatusDetached)},
		{qu, "attach,exits", uint8(QuietAttach | QuietExit)},
		{qu, "superseded", uint8(QuietThreadExecve)},
		{qu, "thread-execve,path-resolution,personality", uint8(QuietThreadExecve | QuietPathResolution | QuietPersonality)},
		{qu, "!!attach", uint8(QuietAttach)},
		{fd, "PATH,dev", uint8(DecodeFdPath | DecodeFdDev)},
		{fd, "socket,pidfd,", uint8(DecodeFdSocket | DecodeFdPidfd)},
		{fd, "all", uint8(DecodeFdAll)},
		{pd, "comm", uint8(DecodePidComm)},
		{pd, "!comm", uint8(DecodePidNs)},
	} {
		got, err := tc.parse(tc.expr)
		if err != nil || got != tc.want {
			t.Errorf("%q: got %b %v, want %b", tc.expr, got, err, tc.want)
		}
	}
}

// Messages from strace 6.1.
func TestNamedSetErrors(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{second(ParseStatusSet("success")), "invalid status 'success'"},
		{second(ParseStatusSet("all,failed")), "invalid status 'all'"},
		{second(ParseStatusSet("")), "invalid status ''"},
		{second(ParseQuietSet("detach")), "invalid quiet 'detach'"},
		{second(ParseQuietSet("path_resolution")), "invalid quiet 'path_resolution'"},
		{second(ParseQuietSet("!all,x")), "invalid quiet 'all'"},
		{second(ParseQuietSet("!?x")), "invalid quiet '?x'"},
		{second(ParseDecodeFdsSet("none,path")), "invalid decode-fds 'none'"},
		{second(ParseDecodeFdsSet(",")), "invalid decode-fds ','"},
		{second(ParseDecodePidsSet("COMMS")), "invalid decode-pids 'COMMS'"},
	} {
		if tc.err == nil || tc.err.Error() != tc.want {
			t.Errorf("got %v, want %s", tc.err, tc.want)
		}
	}
}

func second[T any](_ T, err error) error { return err }

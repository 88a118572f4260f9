package xlat

import "testing"

// strace prints an unknown value with C's "%#x", which prints zero as "0":
// epoll_ctl(-1, 0 /* EPOLL_CTL_??? */, -1, NULL) (strace 6.1).
func TestAppendConstZero(t *testing.T) {
	if got := string(EpollCtlOps.AppendConst(nil, 0, false)); got != "0 /* EPOLL_CTL_??? */" {
		t.Errorf("got %q", got)
	}
	if got := string(EpollCtlOps.AppendConst(nil, 9, false)); got != "0x9 /* EPOLL_CTL_??? */" {
		t.Errorf("got %q", got)
	}
}

// The enumerations are looked up by value: a value named twice would make
// the table's order decide, which none of them is meant to.
func TestEnumerationsUnique(t *testing.T) {
	for name, tab := range map[string]*Table{
		"AddrFamilies": AddrFamilies, "InetProtocols": InetProtocols, "NetlinkProtocols": NetlinkProtocols,
		"SocketLevels": SocketLevels, "SockOptions": SockOptions, "SockIPSetOptions": SockIPSetOptions,
		"SockIPGetOptions": SockIPGetOptions, "SockIPv6SetOptions": SockIPv6SetOptions,
		"SockIPv6GetOptions": SockIPv6GetOptions, "SockTCPOptions": SockTCPOptions,
		"ScmTypes": ScmTypes, "ArpHardwareTypes": ArpHardwareTypes, "EthProtocols": EthProtocols,
		"Clocks": Clocks, "FutexOps": FutexOps, "IoUringRegisterOps": IoUringRegisterOps,
		"RouteTypes": RouteTypes, "IfaAttrs": IfaAttrs, "ShmctlCmds": ShmctlCmds, "SemctlCmds": SemctlCmds,
	} {
		seen := map[uint64]string{}
		for _, p := range tab.Pairs {
			if prev, ok := seen[p.Val]; ok {
				t.Errorf("%s: %#x is both %s and %s", name, p.Val, prev, p.Name)
			}
			seen[p.Val] = p.Name
		}
	}
}

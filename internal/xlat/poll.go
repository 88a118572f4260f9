package xlat

import "golang.org/x/sys/unix"

// PollEvents are poll's event bits, in strace's order.
var PollEvents = &Table{Unknown: "POLL???", Pairs: []Pair{
	{unix.POLLIN, "POLLIN"},
	{unix.POLLPRI, "POLLPRI"},
	{unix.POLLOUT, "POLLOUT"},
	{unix.POLLERR, "POLLERR"},
	{unix.POLLHUP, "POLLHUP"},
	{unix.POLLNVAL, "POLLNVAL"},
	{0x40, "POLLRDNORM"},
	{0x80, "POLLRDBAND"},
	{0x100, "POLLWRNORM"},
	{0x200, "POLLWRBAND"},
	{0x400, "POLLMSG"},
	{0x1000, "POLLREMOVE"},
	{unix.POLLRDHUP, "POLLRDHUP"},
	{0x8000, "POLL_BUSY_LOOP"},
}}

// EpollEvents are the events of struct epoll_event, in strace's order.
var EpollEvents = &Table{Unknown: "EPOLL???", Pairs: []Pair{
	{unix.EPOLLIN, "EPOLLIN"},
	{unix.EPOLLPRI, "EPOLLPRI"},
	{unix.EPOLLOUT, "EPOLLOUT"},
	{unix.EPOLLERR, "EPOLLERR"},
	{unix.EPOLLHUP, "EPOLLHUP"},
	{0x20, "EPOLLNVAL"},
	{unix.EPOLLRDNORM, "EPOLLRDNORM"},
	{unix.EPOLLRDBAND, "EPOLLRDBAND"},
	{unix.EPOLLWRNORM, "EPOLLWRNORM"},
	{unix.EPOLLWRBAND, "EPOLLWRBAND"},
	{unix.EPOLLMSG, "EPOLLMSG"},
	{unix.EPOLLRDHUP, "EPOLLRDHUP"},
	{unix.EPOLLEXCLUSIVE, "EPOLLEXCLUSIVE"},
	{unix.EPOLLWAKEUP, "EPOLLWAKEUP"},
	{unix.EPOLLONESHOT, "EPOLLONESHOT"},
	{unix.EPOLLET, "EPOLLET"},
}}

// EpollCtlOps are epoll_ctl's operations.
var EpollCtlOps = &Table{Unknown: "EPOLL_CTL_???", Pairs: []Pair{
	{unix.EPOLL_CTL_ADD, "EPOLL_CTL_ADD"},
	{unix.EPOLL_CTL_DEL, "EPOLL_CTL_DEL"},
	{unix.EPOLL_CTL_MOD, "EPOLL_CTL_MOD"},
}, wantDense: true}

// EpollCreateFlags are epoll_create1's flags.
var EpollCreateFlags = &Table{Unknown: "EPOLL_???", Pairs: []Pair{
	{unix.EPOLL_CLOEXEC, "EPOLL_CLOEXEC"},
}}

// EventfdFlags are eventfd2's flags, in strace's order.
var EventfdFlags = &Table{Unknown: "EFD_???", Pairs: []Pair{
	{unix.EFD_SEMAPHORE, "EFD_SEMAPHORE"},
	{unix.EFD_CLOEXEC, "EFD_CLOEXEC"},
	{unix.EFD_NONBLOCK, "EFD_NONBLOCK"},
}}

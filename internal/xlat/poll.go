package xlat

import "golang.org/x/sys/unix"

// PollEvents are poll's event bits, in strace's order.
var PollEvents = T("POLL???",
	P(unix.POLLIN, "POLLIN"),
	P(unix.POLLPRI, "POLLPRI"),
	P(unix.POLLOUT, "POLLOUT"),
	P(unix.POLLERR, "POLLERR"),
	P(unix.POLLHUP, "POLLHUP"),
	P(unix.POLLNVAL, "POLLNVAL"),
	P(0x40, "POLLRDNORM"),
	P(0x80, "POLLRDBAND"),
	P(0x100, "POLLWRNORM"),
	P(0x200, "POLLWRBAND"),
	P(0x400, "POLLMSG"),
	P(0x1000, "POLLREMOVE"),
	P(unix.POLLRDHUP, "POLLRDHUP"),
	P(0x8000, "POLL_BUSY_LOOP"),
)

// EpollEvents are the events of struct epoll_event, in strace's order.
var EpollEvents = T("EPOLL???",
	P(unix.EPOLLIN, "EPOLLIN"),
	P(unix.EPOLLPRI, "EPOLLPRI"),
	P(unix.EPOLLOUT, "EPOLLOUT"),
	P(unix.EPOLLERR, "EPOLLERR"),
	P(unix.EPOLLHUP, "EPOLLHUP"),
	P(0x20, "EPOLLNVAL"),
	P(unix.EPOLLRDNORM, "EPOLLRDNORM"),
	P(unix.EPOLLRDBAND, "EPOLLRDBAND"),
	P(unix.EPOLLWRNORM, "EPOLLWRNORM"),
	P(unix.EPOLLWRBAND, "EPOLLWRBAND"),
	P(unix.EPOLLMSG, "EPOLLMSG"),
	P(unix.EPOLLRDHUP, "EPOLLRDHUP"),
	P(unix.EPOLLEXCLUSIVE, "EPOLLEXCLUSIVE"),
	P(unix.EPOLLWAKEUP, "EPOLLWAKEUP"),
	P(unix.EPOLLONESHOT, "EPOLLONESHOT"),
	P(unix.EPOLLET, "EPOLLET"),
)

// EpollCtlOps are epoll_ctl's operations.
var EpollCtlOps = T("EPOLL_CTL_???",
	P(unix.EPOLL_CTL_ADD, "EPOLL_CTL_ADD"),
	P(unix.EPOLL_CTL_DEL, "EPOLL_CTL_DEL"),
	P(unix.EPOLL_CTL_MOD, "EPOLL_CTL_MOD"),
).Index()

// EpollCreateFlags are epoll_create1's flags.
var EpollCreateFlags = T("EPOLL_???",
	P(unix.EPOLL_CLOEXEC, "EPOLL_CLOEXEC"),
)

// EventfdFlags are eventfd2's flags, in strace's order.
var EventfdFlags = T("EFD_???",
	P(unix.EFD_SEMAPHORE, "EFD_SEMAPHORE"),
	P(unix.EFD_CLOEXEC, "EFD_CLOEXEC"),
	P(unix.EFD_NONBLOCK, "EFD_NONBLOCK"),
)

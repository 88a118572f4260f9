package decode

// x86_64 packs struct epoll_event: 12 bytes, the data right after events.
const (
	sizeofEpollEvent = 12
	epollDataOff     = 4
)

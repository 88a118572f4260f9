package decode

// arm64 aligns struct epoll_event's 64-bit data: 16 bytes.
const (
	sizeofEpollEvent = 16
	epollDataOff     = 8
)

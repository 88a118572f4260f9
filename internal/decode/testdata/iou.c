#define _GNU_SOURCE
#include <linux/io_uring.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <string.h>
#include <signal.h>

int main(void) {
	struct io_uring_params p; memset(&p, 0, sizeof p);
	int fd = syscall(SYS_io_uring_setup, 8, &p);
	memset(&p, 0, sizeof p); p.flags = IORING_SETUP_SQPOLL|IORING_SETUP_CLAMP; p.sq_thread_idle = 100;
	syscall(SYS_io_uring_setup, 4, &p);
	memset(&p, 0, sizeof p); p.flags = 0x80000000;
	syscall(SYS_io_uring_setup, 4, &p);
	syscall(SYS_io_uring_enter, fd, 0, 0, 0, NULL, 0);
	syscall(SYS_io_uring_enter, fd, 1, 1, IORING_ENTER_GETEVENTS|IORING_ENTER_SQ_WAKEUP, NULL, 0);
	sigset_t ss; sigemptyset(&ss); sigaddset(&ss, SIGINT);
	syscall(SYS_io_uring_enter, fd, 0, 0, IORING_ENTER_GETEVENTS, &ss, 8);
	int fds[2] = {0, 1};
	syscall(SYS_io_uring_register, fd, IORING_REGISTER_FILES, fds, 2);
	syscall(SYS_io_uring_register, fd, IORING_UNREGISTER_FILES, NULL, 0);
	syscall(SYS_io_uring_register, fd, IORING_REGISTER_PROBE, NULL, 0);
	syscall(SYS_io_uring_register, fd, 99, NULL, 0);
	return 0;
}

// ioctl on a pseudo-terminal and on other descriptors: terminal requests,
// requests with int arguments, and requests strace has no name for.
// flags: -v
#define _GNU_SOURCE
#include "harness.h"
#include <fcntl.h>
#include <sys/ioctl.h>
#include <asm/termbits.h>
#include <linux/fs.h>

int main(void) {
	mark();
	char *p = str("/dev/ptmx");
	long m = CALL(openat, AT_FDCWD, (long)p, O_RDWR | O_NOCTTY);
	int *n = bufr(4); mem(n, 4);
	CALL(ioctl, m, TIOCGPTN, (long)n);
	int pts = *n;
	*n = 0; mem(n, 4);
	CALL(ioctl, m, TIOCSPTLCK, (long)n);
	char name[32];
	snprintf(name, sizeof name, "/dev/pts/%d", pts);
	p = str(name);
	long s = CALL(openat, AT_FDCWD, (long)p, O_RDWR | O_NOCTTY);
	struct termios *t = bufr(sizeof *t); mem(t, sizeof *t);
	CALL(ioctl, s, TCGETS, (long)t);
	mem(t, sizeof *t);
	CALL(ioctl, s, TCSETS, (long)t);
	mem(t, sizeof *t);
	CALL(ioctl, s, TCSETSW, (long)t);
	mem(t, sizeof *t);
	CALL(ioctl, s, TCSETSF, (long)t);
	struct termio *to = bufr(sizeof *to); mem(to, sizeof *to);
	CALL(ioctl, s, TCGETA, (long)to);
	mem(to, sizeof *to);
	CALL(ioctl, s, TCSETA, (long)to);
	struct termios2 *t2 = bufr(sizeof *t2); mem(t2, sizeof *t2);
	CALL(ioctl, s, TCGETS2, (long)t2);
	struct winsize *w = bufr(sizeof *w);
	w->ws_row = 24; w->ws_col = 80; mem(w, sizeof *w);
	CALL(ioctl, s, TIOCSWINSZ, (long)w);
	w = bufr(sizeof *w); mem(w, sizeof *w);
	CALL(ioctl, s, TIOCGWINSZ, (long)w);
	mem(n, 4);
	CALL(ioctl, s, TIOCGPGRP, (long)n);
	*n = 1234; mem(n, 4);
	CALL(ioctl, s, TIOCSPGRP, (long)n);
	mem(n, 4);
	CALL(ioctl, m, FIONREAD, (long)n);
	*n = 1; mem(n, 4);
	CALL(ioctl, m, FIONBIO, (long)n);
	CALL(ioctl, m, FIOCLEX);
	CALL(ioctl, m, FIONCLEX);
	CALL(ioctl, s, TCFLSH, TCIFLUSH);
	CALL(ioctl, s, TCFLSH, TCIOFLUSH);
	CALL(ioctl, s, TCFLSH, 5);
	CALL(ioctl, s, TCXONC, TCOON);
	CALL(ioctl, s, TCSBRK, 1);
	CALL(ioctl, s, TIOCSCTTY, 0);
	CALL(ioctl, s, TIOCNOTTY);
	CALL(ioctl, s, TIOCEXCL);
	CALL(ioctl, s, TIOCNXCL);
	mem(n, 4);
	CALL(ioctl, s, TIOCOUTQ, (long)n);
	char *c = bufr(2); c[0] = 'a'; mem(c, 2);
	CALL(ioctl, s, TIOCSTI, (long)c);
	mem(n, 4);
	CALL(ioctl, s, TIOCMGET, (long)n);
	mem(n, 4);
	CALL(ioctl, s, TIOCGETD, (long)n);
	mem(n, 4);
	CALL(ioctl, s, TIOCSETD, (long)n);
	mem(n, 4);
	CALL(ioctl, m, TIOCGPTLCK, (long)n);
	CALL(ioctl, m, TIOCGPTPEER, O_RDWR | O_NOCTTY);
	CALL(ioctl, 0, TCGETS, 0);
	CALL(ioctl, s, TCGETS, 16);
	CALL(ioctl, -1, TIOCGWINSZ, 0);
	CALL(ioctl, m, 0x12345678, 0);
	CALL(ioctl, m, _IOR('x', 7, int), 0x1000);
	CALL(ioctl, m, _IOW('T', 0x99, long), 0x1000);
	CALL(ioctl, m, _IOWR('f', 1, long), 0x1000);
	CALL(ioctl, m, 0x5499, 0);
	CALL(ioctl, m, 0, 0);
	CALL(ioctl, m, 0xc0000000, 0);
	CALL(ioctl, m, 0x100005499, 0);
	CALL(ioctl, m, 0x40000100, 0);
	CALL(ioctl, m, FS_IOC_GETFLAGS, 0);
	CALL(ioctl, m, FS_IOC_SETFLAGS, 0);
	CALL(ioctl, m, FICLONE, 3);
	CALL(ioctl, m, FIBMAP, 3);
	mark();
	return 0;
}

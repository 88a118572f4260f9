// The structures and values of terminal and file ioctls with chosen
// contents: strace injects a success and prints what the program wrote.
// flags: -v
// strace: -e inject=ioctl:retval=0
#include "harness.h"
#include <sys/ioctl.h>
#include <asm/termbits.h>
#include <linux/fs.h>

static void tc(unsigned long req, struct termios *v) {
	struct termios *t = bufr(sizeof *t);
	*t = *v;
	mem(t, sizeof *t);
	CALL(ioctl, 0, req, (long)t);
}

int main(void) {
	struct termios t;
	mark();
	memset(&t, 0, sizeof t);
	tc(TCGETS, &t);
	t.c_iflag = t.c_oflag = t.c_cflag = t.c_lflag = 0xffffffff;
	t.c_line = 200;
	memset(t.c_cc, 0xff, sizeof t.c_cc);
	tc(TCGETS, &t);
	t.c_oflag = NL1 | CR2 | TAB3 | BS1 | VT1 | FF1 | OCRNL;
	t.c_cflag = B9600 | (B4800 << 16) | CS5 | HUPCL;
	t.c_line = 1; t.c_lflag = 0; t.c_iflag = 0x10000000;
	tc(TCSETS, &t);
	t.c_cflag = 0x1005 | CS7 | (0x100f << 16); t.c_oflag = 0; t.c_line = 2;
	tc(TIOCGLCKTRMIOS, &t);
	t.c_cflag = BOTHER | CS6; t.c_line = 28;
	tc(TIOCSLCKTRMIOS, &t);
	struct termios2 *t2 = bufr(sizeof *t2);
	memcpy(t2, &t, sizeof t); t2->c_ispeed = 9600; t2->c_ospeed = 115200;
	mem(t2, sizeof *t2);
	CALL(ioctl, 0, TCSETS2, (long)t2);
	struct termio *to = bufr(sizeof *to);
	to->c_iflag = 0x500; to->c_oflag = 5; to->c_cflag = 0xbf; to->c_lflag = 0x8a3b;
	to->c_line = 3; memset(to->c_cc, 7, sizeof to->c_cc);
	mem(to, sizeof *to);
	CALL(ioctl, 0, TCGETA, (long)to);
	int *n = bufr(4);
	unsigned long ints[] = {TIOCMGET, TIOCMSET, TIOCMBIS, TIOCMBIC, TIOCGSOFTCAR,
		TIOCSSOFTCAR, TIOCPKT, TIOCGEXCL, TIOCGDEV, FIOASYNC, 0x8903, 0x8901, 0x8904,
		0x8902, FS_IOC_GETFLAGS, FS_IOC_SETFLAGS, TIOCGPKT, TIOCSIG, FIOQSIZE,
		FS_IOC_GETVERSION, FIGETBSZ, TIOCLINUX, BLKSSZGET, TCXONC, TCFLSH};
	for (int i = 0; i < sizeof ints / sizeof ints[0]; i++) {
		*n = 0x6; mem(n, 4);
		CALL(ioctl, 0, ints[i], (long)n);
	}
	*n = -1; mem(n, 4);
	CALL(ioctl, 0, FS_IOC_GETFLAGS, (long)n);
	*n = -1; mem(n, 4);
	CALL(ioctl, 0, TIOCMSET, (long)n);
	*n = 0; mem(n, 4);
	CALL(ioctl, 0, TIOCMGET, (long)n);
	unsigned long long *u = bufr(8); *u = 53021371269126ULL; mem(u, 8);
	CALL(ioctl, 0, BLKGETSIZE64, (long)u);
	CALL(ioctl, 0, TCSBRKP, 5);
	CALL(ioctl, 0, TIOCSBRK);
	CALL(ioctl, 0, TIOCCBRK);
	CALL(ioctl, 0, TIOCVHANGUP);
	CALL(ioctl, 0, TIOCCONS);
	CALL(ioctl, 0, TIOCMGET, 5);
	mark();
	return 0;
}

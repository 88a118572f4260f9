// How fcntl explains its results: the calls are not made, strace injects
// each variant's return value.
// strace: -e inject=fcntl:retval=0
// strace: -e inject=fcntl:retval=1
// strace: -e inject=fcntl:retval=10
// strace: -e inject=fcntl:retval=3
// strace: -e inject=fcntl:retval=65
// strace: -e inject=fcntl:retval=0x80000
// strace: -e inject=fcntl:retval=0x8c02
#include "harness.h"
#include <fcntl.h>

int main(void) {
	mark();
	int cmds[] = {F_GETFD, F_GETFL, F_GETOWN, F_GETSIG, F_GETLEASE, F_GET_SEALS,
		F_GETPIPE_SZ, F_DUPFD, F_DUPFD_CLOEXEC, F_SETFD, F_SETLK, F_GETLK};
	for (int i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
		CALL(fcntl, 0, cmds[i], 0);
	mark();
	return 0;
}

// statmount and listmount really made on the first mounts of the
// machine's namespace (they only read): the struct statmount the kernel
// fills, with its strings and option arrays, as strace 7.2 prints it.
// strace-binary: STRACE7
// flags: -v -s 4
#define _GNU_SOURCE
#include "harness.h"
#include <stdint.h>

#define SYS_statmount 457
#define SYS_listmount 458

int main(void) {
	mark();
	uint64_t *req = bufr(32);
	uint64_t *ids = bufr(8 * 8);
	req[0] = 24; req[1] = ~0ULL; req[2] = 0;
	mem(req, 32); mem(ids, 64);
	long n = CALL(listmount, (long)req, (long)ids, 3, 0);
	char *sm = bufr(1024);
	for (long i = 0; i < n; i++) {
		req[0] = 24; req[1] = ids[i]; req[2] = 0x1ff;
		mem(req, 32); mem(sm, 1024);
		CALL(statmount, (long)req, (long)sm, 1024, 0);
		req[2] = 0x7fff;
		mem(req, 32); mem(sm, 1024);
		CALL(statmount, (long)req, (long)sm, 1024, 0);
	}
	req[2] = 0x7fff;
	mem(req, 32); mem(sm, 1024);
	CALL(statmount, (long)req, (long)sm, 600, 0);
	mark();
	return 0;
}

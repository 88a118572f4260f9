// Directory entries with chosen contents, some malformed: strace injects
// the return value (24 bytes) and parses what the program wrote.
// flags: -v
// flags: -v -s 3
// strace: -e inject=getdents64:retval=24 -e inject=getdents:retval=24
#include "harness.h"
#include <stdint.h>

struct d64 { uint64_t ino; int64_t off; uint16_t reclen; uint8_t type; char name[]; };
struct d { uint64_t ino; uint64_t off; uint16_t reclen; char name[]; };

static char *b;

static void d64(uint16_t reclen, uint8_t type, const char *name, int fill) {
	struct d64 *d = (void *)b;
	memset(b, 0, 256);
	d->ino = 1; d->off = 2; d->reclen = reclen; d->type = type;
	strcpy(d->name, name);
	if (fill) memset(d->name, 'x', fill);
	mem(b, 256);
	CALL(getdents64, 0, (long)b, 256);
}

static void dold(uint16_t reclen, const char *name, int fill, int type) {
	struct d *d = (void *)b;
	memset(b, 0, 256);
	d->ino = 1; d->off = 2; d->reclen = reclen;
	strcpy(d->name, name);
	b[23] = type;
	if (fill) memset(d->name, 'x', fill);
	mem(b, 256);
	CALL(getdents, 0, (long)b, 256);
}

int main(void) {
	b = bufr(256);
	mark();
	d64(24, 4, "abc", 0);
	d64(0, 4, "abc", 0);
	d64(100, 4, "abc", 0);
	d64(24, 99, "", 5);
	d64(10, 99, "", 5);
	d64(20, 99, "", 5);
	d64(19, 8, "", 5);
	dold(24, "abc", 0, 4);
	dold(0, "abc", 0, 4);
	dold(18, "abc", 0, 4);
	dold(19, "abc", 0, 4);
	dold(20, "abc", 0, 4);
	dold(100, "abc", 0, 4);
	dold(24, "", 5, 4);
	dold(24, "", 6, 4);
	dold(22, "", 6, 4);
	mark();
	return 0;
}

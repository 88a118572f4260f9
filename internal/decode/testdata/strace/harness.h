/*
 * Harness for the strace golden tests of internal/decode.
 *
 * A case program makes system calls through CALL(); for each one it
 * records the arguments, the return value and the memory the call reads or
 * writes (registered with mem(), or allocated with buf()/str()), before and
 * after the call. gen.py runs the program under the real strace and pairs
 * each recorded call with the line strace printed for it; the Go test
 * replays the call through the decoder over a fake memory made of the
 * recorded bytes and requires the same line.
 *
 * mark() brackets the cases: gen.py ignores what strace prints before the
 * first mark (the C library's start-up) and after the second.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

#define MAXREG 16

static char arena[1 << 20], snap[1 << 20], logbuf[1 << 22];
static size_t used, snapused;
static struct { void *p; size_t n; unsigned char *before; } regs[MAXREG];
static int nregs;
static FILE *logf;

/* mem registers n bytes at p as memory of the next call. */
static void *bufr(size_t n);
static void mem(const void *p, size_t n) {
	if (nregs == MAXREG) abort();
	regs[nregs].p = (void *)p;
	regs[nregs].n = n;
	/* The copy comes from a second arena: no malloc (and no brk) between
	 * the marks. */
	if (snapused + n > sizeof snap) abort();
	regs[nregs].before = (unsigned char *)snap + snapused;
	snapused += n;
	memcpy(regs[nregs].before, p, n);
	nregs++;
}

/* buf allocates n zeroed bytes from the arena and registers them. The
 * registration snapshots the bytes, so fill the buffer before calling
 * mem() again, or use bufr() and register it yourself. */
static void *bufr(size_t n) {
	void *p;
	used = (used + 15) & ~(size_t)15;
	if (used + n > sizeof arena) abort();
	p = arena + used;
	memset(p, 0, n);
	used += n;
	return p;
}

/* Strings stay registered for every later call. */
#define MAXKEEP 256
static struct { const char *p; size_t n; } keeps[MAXKEEP];
static int nkeeps, nlogged;

/* str copies s into the arena and registers it, with its NUL, for this
 * and every later call. */
static char *str(const char *s) {
	char *p = bufr(strlen(s) + 1);
	strcpy(p, s);
	if (nkeeps == MAXKEEP) abort();
	keeps[nkeeps].p = p;
	keeps[nkeeps].n = strlen(s) + 1;
	nkeeps++;
	return p;
}

static void hex(const unsigned char *b, size_t n) {
	for (size_t i = 0; i < n; i++) fprintf(logf, "%02x", b[i]);
}

static void mark(void) {
	if (!logf) {
		const char *path = getenv("GOLDEN_LOG");
		logf = fopen(path ? path : "/dev/null", "w");
		setvbuf(logf, logbuf, _IOFBF, sizeof logbuf);
	}
	syscall(SYS_getppid);
}

static void record(const char *name, long a[6], long r) {
	fprintf(logf, "name %s\nargs", name);
	for (int i = 0; i < 6; i++) fprintf(logf, " %#lx", (unsigned long)a[i]);
	fprintf(logf, "\nret %ld\n", r);
	for (int i = 0; i < nregs; i++) {
		if (!memcmp(regs[i].before, regs[i].p, regs[i].n)) {
			fprintf(logf, "both %#lx ", (unsigned long)regs[i].p);
			hex(regs[i].before, regs[i].n);
			fprintf(logf, "\n");
			continue;
		}
		fprintf(logf, "before %#lx ", (unsigned long)regs[i].p);
		hex(regs[i].before, regs[i].n);
		fprintf(logf, "\nafter %#lx ", (unsigned long)regs[i].p);
		hex(regs[i].p, regs[i].n);
		fprintf(logf, "\n");
	}
	/* A string is logged once, with the first call after its creation;
	 * it stays in the fake memory of the later calls. */
	for (; nlogged < nkeeps; nlogged++) {
		fprintf(logf, "keep %#lx ", (unsigned long)keeps[nlogged].p);
		hex((const unsigned char *)keeps[nlogged].p, keeps[nlogged].n);
		fprintf(logf, "\n");
	}
	fprintf(logf, "end\n");
	nregs = 0;
	snapused = 0;
}

/* CALL makes system call SYS_name with up to six arguments and records
 * it; the return is the kernel's: a negative errno on failure. */
#define CALL(name, ...) call_(#name, SYS_##name, (long[6]){__VA_ARGS__})
static long call_(const char *name, long nr, long a[6]) {
	long r;
	errno = 0;
	r = syscall(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
	if (r == -1 && errno) r = -errno;
	errno = 0;
	record(name, a, r);
	return r;
}

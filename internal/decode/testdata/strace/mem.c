// Memory calls: mappings and their flags (MAP_HUGE_* sizes included),
// remapping, advice, locking, residency, protection keys and NUMA
// policies with node masks of every length.
// flags: -s 3
// flags: -v -s 3
#define _GNU_SOURCE
#include "harness.h"
#include <sys/mman.h>
#include <sys/uio.h>
#include <stdint.h>
#include <linux/mempolicy.h>

int main(void) {
	char *p = mmap(NULL, 16384, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *q = mmap(NULL, 50 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	p[0] = 1; p[8192] = 1; q[3 * 4096] = 1;
	mark();
	CALL(mmap, 0, 4096, 0xffffffff, 0xffffffff, -1, 0);
	CALL(mmap, 0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | (21 << 26), -1, 0);
	long m = CALL(mmap, 0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | (30 << 26), -1, 0);
	CALL(munmap, m, 4096);
	CALL(mmap, 0, 4096, PROT_READ, 0, -1, 0);
	CALL(mmap, 0, 4096, PROT_READ, 4 | MAP_ANONYMOUS, -1, 0);
	CALL(mmap, 0, 4096, 0x10, 0x20 | 0x80000000, -1, 0);
	CALL(mmap, 0, 4096, 0x100000, 0x20 | 0x40 | 0x80, -1, 0);
	m = CALL(mmap, 0, 4096, 0x100000001, 0x100000022, 0x100000003, 0x1000);
	CALL(munmap, m, 4096);
	m = CALL(mmap, 0x10000, 4096, PROT_NONE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE | MAP_NORESERVE, -1, 0);
	CALL(munmap, m, 4096);
	CALL(mprotect, (long)p, 4096, PROT_READ);
	CALL(mprotect, (long)p, 4096, 0xffffffff);
	CALL(pkey_mprotect, (long)p, 4096, PROT_READ, -1);
	CALL(pkey_mprotect, (long)p, 4096, PROT_READ, 1);
	m = CALL(mremap, (long)p + 12288, 4096, 8192, MREMAP_MAYMOVE);
	CALL(munmap, m, 8192);
	CALL(mremap, (long)p, 4096, 8192, 0xff, 0x12345000);
	CALL(mremap, (long)p, 4096, 8192, MREMAP_DONTUNMAP, 0x5000);
	CALL(mremap, (long)p, 4096, 8192, MREMAP_MAYMOVE | MREMAP_FIXED, 0x12345000);
	CALL(mremap, (long)p, 4096, 8192, 8, 0);
	int adv[] = {0, 1, 2, 3, 5, 8, 12, 14, 20, 25, 26, 100, 101, 102, 1000};
	for (int i = 0; i < 15; i++)
		CALL(madvise, (long)q, 4096, adv[i]);
	struct iovec *iov = bufr(2 * sizeof *iov);
	iov[0].iov_base = q; iov[0].iov_len = 4096;
	iov[1].iov_base = q + 4096; iov[1].iov_len = 4096;
	mem(iov, 2 * sizeof *iov);
	CALL(process_madvise, -1, (long)iov, 2, MADV_COLD, 0);
	CALL(process_madvise, 0, 0, 2, 9999, 5);
	CALL(msync, (long)q, 4096, MS_SYNC);
	CALL(msync, (long)q, 4096, 0);
	CALL(msync, (long)q, 4096, 0xff);
	CALL(mlock, (long)q, 4096);
	CALL(munlock, (long)q, 4096);
	CALL(mlock2, (long)q, 4096, 1);
	CALL(mlock2, (long)q, 4096, 0xff);
	CALL(munlock, (long)q, 4096);
	CALL(mlockall, 0);
	CALL(mlockall, 0xff);
	unsigned char *vec = bufr(64);
	mem(vec, 64);
	CALL(mincore, (long)p, 5 * 4096, (long)vec);
	mem(vec, 64);
	CALL(mincore, (long)p, 4095, (long)vec);
	mem(vec, 64);
	CALL(mincore, (long)q, 50 * 4096, (long)vec);
	CALL(mincore, (long)p, 4096, 0);
	CALL(mincore, 1, 4096, (long)vec);
	CALL(pkey_alloc, 0, 0);
	CALL(pkey_alloc, 5, 3);
	CALL(pkey_alloc, 0, 0xff);
	CALL(pkey_free, 1);
	CALL(memfd_secret, 0xff);
	CALL(memfd_secret, 0x80001);
	CALL(brk, 0);

	/* NUMA policies: node masks of 0 to 80 words. */
	unsigned long *nm = bufr(80 * 8);
	for (int i = 0; i < 80; i++)
		nm[i] = i == 1 ? 0 : 0x100 + i;
	long sizes[] = {0, 1, 2, 64, 65, 128, 129, 64 * 40};
	for (int i = 0; i < 8; i++) {
		mem(nm, 80 * 8);
		CALL(set_mempolicy, MPOL_BIND, (long)nm, sizes[i]);
	}
	mem(nm, 80 * 8);
	CALL(set_mempolicy, MPOL_INTERLEAVE | MPOL_F_STATIC_NODES, (long)nm, 64);
	CALL(set_mempolicy, 0xff, 0, 64);
	CALL(set_mempolicy, MPOL_DEFAULT, 0, 0);
	CALL(set_mempolicy, MPOL_BIND, 1, 64);
	for (int i = 0; i < 8; i++) {
		int *mode = bufr(4);
		mem(mode, 4);
		mem(nm, 80 * 8);
		CALL(get_mempolicy, (long)mode, (long)nm, sizes[i], 0, 0);
	}
	int *mode = bufr(4);
	mem(mode, 4);
	CALL(get_mempolicy, (long)mode, 0, 0, (long)p, MPOL_F_ADDR);
	CALL(get_mempolicy, (long)mode, (long)nm, 128, 0, 0xff);
	mem(nm, 80 * 8);
	CALL(mbind, (long)q, 4096, MPOL_BIND, (long)nm, 64, MPOL_MF_STRICT | MPOL_MF_MOVE);
	CALL(mbind, (long)q, 4096, MPOL_DEFAULT, 0, 0, 0);
	mem(nm, 80 * 8);
	CALL(mbind, (long)q, 4096, MPOL_PREFERRED, (long)nm, 3, 0xff);
	CALL(remap_file_pages, (long)q, 4096, 0, 0, 0);
	mark();
	return 0;
}

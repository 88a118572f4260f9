// Kernel keys: add_key, request_key and every keyctl command strace 6.1
// knows, with their argument kinds (key serials by name, permissions,
// buffers written back, iovecs, DH and public-key parameters).
// flags: -v -s 8
// strace: -e trace=all
// strace: -e inject=keyctl:retval=5 -e inject=add_key:retval=7 -e inject=request_key:retval=8
#define _GNU_SOURCE
#include "harness.h"
#include <stdint.h>
#include <sys/uio.h>
#include <linux/keyctl.h>

int main(void) {
	mark();
	char *user = str("user"), *desc = str("mykey");
	char *pay = bufr(16);
	memcpy(pay, "secret\0payload!", 16);
	mem(pay, 16);
	CALL(add_key, (long)user, (long)desc, (long)pay, 6, KEY_SPEC_PROCESS_KEYRING);
	mem(pay, 16);
	CALL(add_key, (long)user, (long)desc, (long)pay, 16, -100);
	CALL(add_key, (long)str("keyring"), (long)str("kr"), 0, 0, KEY_SPEC_THREAD_KEYRING);
	CALL(add_key, 0, 0, 0, 0, 0);
	CALL(request_key, (long)user, (long)desc, (long)str("callout info"), KEY_SPEC_SESSION_KEYRING);
	CALL(request_key, (long)user, (long)str("nokey"), 0, 0);
	CALL(request_key, (long)user, (long)desc, 0, 12345);
	for (long id = -8; id <= 0; id++)
		CALL(keyctl, KEYCTL_GET_KEYRING_ID, id, id & 1);
	CALL(keyctl, KEYCTL_JOIN_SESSION_KEYRING, (long)str("sess"));
	CALL(keyctl, KEYCTL_JOIN_SESSION_KEYRING, 0);
	mem(pay, 16);
	CALL(keyctl, KEYCTL_UPDATE, 12345, (long)pay, 16);
	CALL(keyctl, KEYCTL_REVOKE, 12345);
	CALL(keyctl, KEYCTL_CHOWN, KEY_SPEC_PROCESS_KEYRING, -1, 1000);
	CALL(keyctl, KEYCTL_SETPERM, KEY_SPEC_PROCESS_KEYRING, 0x3f3f0000);
	CALL(keyctl, KEYCTL_SETPERM, KEY_SPEC_PROCESS_KEYRING, 0);
	CALL(keyctl, KEYCTL_SETPERM, KEY_SPEC_PROCESS_KEYRING, 0xc0c0c0c0);
	char *b = bufr(64);
	memcpy(b, "keyring;0;0;3f010000;_pid", 26);
	mem(b, 64);
	CALL(keyctl, KEYCTL_DESCRIBE, KEY_SPEC_PROCESS_KEYRING, (long)b, 64);
	/* A description ends with its NUL, which strace leaves out. */
	mem(b, 64);
	CALL(keyctl, KEYCTL_DESCRIBE, KEY_SPEC_THREAD_KEYRING, (long)b, 64);
	mem(b, 64);
	CALL(keyctl, KEYCTL_DESCRIBE, KEY_SPEC_THREAD_KEYRING, (long)b, 10);
	CALL(keyctl, KEYCTL_CLEAR, KEY_SPEC_PROCESS_KEYRING);
	CALL(keyctl, KEYCTL_LINK, 12345, KEY_SPEC_SESSION_KEYRING);
	CALL(keyctl, KEYCTL_UNLINK, 12345, KEY_SPEC_PROCESS_KEYRING);
	CALL(keyctl, KEYCTL_SEARCH, KEY_SPEC_PROCESS_KEYRING, (long)user, (long)desc, 0);
	CALL(keyctl, KEYCTL_SEARCH, KEY_SPEC_PROCESS_KEYRING, (long)user, (long)desc, KEY_SPEC_USER_KEYRING);
	mem(b, 64);
	CALL(keyctl, KEYCTL_READ, KEY_SPEC_PROCESS_KEYRING, (long)b, 64);
	mem(b, 64);
	CALL(keyctl, KEYCTL_READ, 12345, (long)b, 3);
	CALL(keyctl, KEYCTL_READ, 12345, 0, 0);
	mem(pay, 16);
	CALL(keyctl, KEYCTL_INSTANTIATE, 12345, (long)pay, 7, KEY_SPEC_SESSION_KEYRING);
	CALL(keyctl, KEYCTL_NEGATE, 12345, 60, KEY_SPEC_SESSION_KEYRING);
	for (long r = -1; r <= 8; r++)
		CALL(keyctl, KEYCTL_SET_REQKEY_KEYRING, r);
	CALL(keyctl, KEYCTL_SET_TIMEOUT, KEY_SPEC_PROCESS_KEYRING, 100);
	CALL(keyctl, KEYCTL_ASSUME_AUTHORITY, 0);
	mem(b, 64);
	CALL(keyctl, KEYCTL_GET_SECURITY, KEY_SPEC_PROCESS_KEYRING, (long)b, 64);
	CALL(keyctl, KEYCTL_SESSION_TO_PARENT);
	CALL(keyctl, KEYCTL_REJECT, 12345, 60, 22, 0);
	struct iovec *iov = bufr(2 * sizeof *iov);
	iov[0] = (struct iovec){pay, 3};
	iov[1] = (struct iovec){pay + 7, 7};
	mem(iov, 2 * sizeof *iov); mem(pay, 16);
	CALL(keyctl, KEYCTL_INSTANTIATE_IOV, 12345, (long)iov, 2, KEY_SPEC_SESSION_KEYRING);
	CALL(keyctl, KEYCTL_INVALIDATE, 12345);
	CALL(keyctl, KEYCTL_GET_PERSISTENT, -1, KEY_SPEC_PROCESS_KEYRING);
	CALL(keyctl, KEYCTL_GET_PERSISTENT, 1000, 0);
	struct keyctl_dh_params *dh = bufr(sizeof *dh);
	*dh = (struct keyctl_dh_params){.private = 1, .prime = 2, .base = 3};
	struct keyctl_kdf_params *kdf = bufr(sizeof *kdf);
	*kdf = (struct keyctl_kdf_params){.hashname = str("sha256"), .otherinfo = pay, .otherinfolen = 4};
	mem(dh, sizeof *dh); mem(b, 64); mem(kdf, sizeof *kdf); mem(pay, 16);
	CALL(keyctl, KEYCTL_DH_COMPUTE, (long)dh, (long)b, 64, (long)kdf);
	mem(dh, sizeof *dh); mem(b, 64);
	CALL(keyctl, KEYCTL_DH_COMPUTE, (long)dh, (long)b, 64, 0);
	struct keyctl_pkey_query *pq = bufr(sizeof *pq);
	mem(pq, sizeof *pq);
	CALL(keyctl, KEYCTL_PKEY_QUERY, 12345, 0, (long)str("enc=pkcs1"), (long)pq);
	struct keyctl_pkey_params *pp = bufr(sizeof *pp);
	*pp = (struct keyctl_pkey_params){.key_id = 12345, .in_len = 4, .out_len = 8};
	mem(pp, sizeof *pp); mem(pay, 16); mem(b, 64);
	CALL(keyctl, KEYCTL_PKEY_ENCRYPT, (long)pp, (long)str("enc=raw"), (long)pay, (long)b);
	mem(pp, sizeof *pp); mem(pay, 16); mem(b, 64);
	CALL(keyctl, KEYCTL_PKEY_DECRYPT, (long)pp, (long)str("enc=raw"), (long)pay, (long)b);
	mem(pp, sizeof *pp); mem(pay, 16); mem(b, 64);
	CALL(keyctl, KEYCTL_PKEY_SIGN, (long)pp, (long)str("enc=raw"), (long)pay, (long)b);
	mem(pp, sizeof *pp); mem(pay, 16); mem(b, 64);
	CALL(keyctl, KEYCTL_PKEY_VERIFY, (long)pp, (long)str("enc=raw"), (long)pay, (long)b);
	CALL(keyctl, KEYCTL_RESTRICT_KEYRING, KEY_SPEC_PROCESS_KEYRING, (long)str("asymmetric"), (long)str("builtin_trusted"));
	CALL(keyctl, KEYCTL_RESTRICT_KEYRING, KEY_SPEC_PROCESS_KEYRING, 0, 0);
	CALL(keyctl, KEYCTL_MOVE, 12345, KEY_SPEC_PROCESS_KEYRING, KEY_SPEC_SESSION_KEYRING, KEYCTL_MOVE_EXCL);
	CALL(keyctl, KEYCTL_MOVE, 12345, KEY_SPEC_PROCESS_KEYRING, KEY_SPEC_SESSION_KEYRING, 6);
	memset(b, 0, 64);
	b[0] = 0x7f; b[1] = 3;
	mem(b, 64);
	CALL(keyctl, KEYCTL_CAPABILITIES, (long)b, 2);
	mem(b, 64);
	CALL(keyctl, KEYCTL_CAPABILITIES, (long)b, 10);
	CALL(keyctl, KEYCTL_WATCH_KEY, 12345, 3, 1);
	CALL(keyctl, 9999, 1, 2, 3, 4);
	CALL(keyctl, -1, 1, 2, 3, 4);
	mark();
	return 0;
}

// The new mount API (open_tree, move_mount, fsopen, fsconfig, fsmount,
// fspick, mount_setattr) and Landlock. The mount calls are refused by a
// seccomp filter; the injected variant shows the returned descriptors.
// flags: -v -s 4
// strace: -e trace=all
// strace: -e inject=open_tree:retval=5 -e inject=fsopen:retval=6 -e inject=fsmount:retval=7 -e inject=fspick:retval=8 -e inject=landlock_create_ruleset:retval=9
#define _GNU_SOURCE
#include "harness.h"
#include "guard.h"
#include <fcntl.h>
#include <linux/mount.h>
#include <linux/landlock.h>

int main(void) {
	GUARD(SYS_open_tree, SYS_move_mount, SYS_fsopen, SYS_fsconfig, SYS_fsmount, SYS_fspick, SYS_mount_setattr);
	mark();
	char *tmp = str("/tmp"), *empty = str(""), *mnt = str("/mnt");
	CALL(open_tree, AT_FDCWD, (long)tmp, OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_RECURSIVE);
	CALL(open_tree, 3, (long)empty, AT_EMPTY_PATH | 0x100000);
	CALL(open_tree, -1, 0, 0);
	CALL(move_mount, -1, (long)empty, AT_FDCWD, (long)mnt, MOVE_MOUNT_F_EMPTY_PATH);
	CALL(move_mount, 3, (long)tmp, 4, (long)mnt, MOVE_MOUNT_T_SYMLINKS | MOVE_MOUNT_SET_GROUP | 0x1000);
	CALL(move_mount, AT_FDCWD, 0, AT_FDCWD, 0, 0);
	CALL(fsopen, (long)str("ext4"), FSOPEN_CLOEXEC);
	CALL(fsopen, (long)str("tmpfs"), 0);
	CALL(fsopen, 0, 2);
	char *key = str("source"), *val = str("/dev/sda1");
	CALL(fsconfig, 3, FSCONFIG_SET_FLAG, (long)str("ro"), 0, 0);
	CALL(fsconfig, 3, FSCONFIG_SET_FLAG, (long)key, (long)val, 5);
	CALL(fsconfig, 3, FSCONFIG_SET_STRING, (long)key, (long)val, 0);
	CALL(fsconfig, 3, FSCONFIG_SET_STRING, (long)key, 0, -1);
	char *bin = bufr(8);
	memcpy(bin, "ab\0\n\xff", 5);
	mem(bin, 8);
	CALL(fsconfig, 3, FSCONFIG_SET_BINARY, (long)key, (long)bin, 5);
	CALL(fsconfig, 3, FSCONFIG_SET_BINARY, (long)key, (long)bin, -1);
	CALL(fsconfig, 3, FSCONFIG_SET_BINARY, (long)key, 0, 0);
	CALL(fsconfig, 3, FSCONFIG_SET_PATH, (long)key, (long)val, AT_FDCWD);
	CALL(fsconfig, 3, FSCONFIG_SET_PATH, (long)key, (long)val, 4);
	CALL(fsconfig, 3, FSCONFIG_SET_PATH_EMPTY, (long)key, (long)empty, 5);
	CALL(fsconfig, 3, FSCONFIG_SET_FD, (long)key, 0, 6);
	CALL(fsconfig, 3, FSCONFIG_SET_FD, (long)key, (long)val, -1);
	CALL(fsconfig, 3, FSCONFIG_CMD_CREATE, 0, 0, 0);
	CALL(fsconfig, 3, FSCONFIG_CMD_RECONFIGURE, (long)key, (long)val, 7);
	CALL(fsconfig, 3, 99, (long)key, (long)val, 7);
	CALL(fsmount, 3, FSMOUNT_CLOEXEC, MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID | MOUNT_ATTR_RELATIME);
	CALL(fsmount, 3, 2, MOUNT_ATTR_IDMAP | MOUNT_ATTR_NODIRATIME | 0x40);
	CALL(fsmount, -1, 0, 0);
	CALL(fspick, AT_FDCWD, (long)str("/"), FSPICK_CLOEXEC | FSPICK_NO_AUTOMOUNT);
	CALL(fspick, 3, (long)empty, FSPICK_EMPTY_PATH | 0x20);
	struct mount_attr *ma = bufr(64);
	*ma = (struct mount_attr){.attr_set = MOUNT_ATTR_RDONLY | MOUNT_ATTR_IDMAP, .attr_clr = MOUNT_ATTR__ATIME, .propagation = MS_SHARED, .userns_fd = 4};
	mem(ma, 64);
	CALL(mount_setattr, AT_FDCWD, (long)mnt, AT_RECURSIVE, (long)ma, 32);
	mem(ma, 64);
	CALL(mount_setattr, 3, (long)empty, AT_EMPTY_PATH, (long)ma, 40);
	((char *)ma)[40] = 1;
	mem(ma, 64);
	CALL(mount_setattr, 3, (long)empty, AT_EMPTY_PATH, (long)ma, 48);
	*ma = (struct mount_attr){.attr_set = -1, .attr_clr = 0, .propagation = 1, .userns_fd = -1};
	mem(ma, 64);
	CALL(mount_setattr, 3, (long)empty, 0, (long)ma, 32);
	mem(ma, 64);
	CALL(mount_setattr, 3, (long)empty, 0, (long)ma, 16);
	CALL(mount_setattr, 3, (long)empty, 0, 0, 32);
	struct landlock_ruleset_attr *ra = bufr(32);
	ra->handled_access_fs = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_EXECUTE;
	mem(ra, 32);
	CALL(landlock_create_ruleset, (long)ra, 8, 0);
	mem(ra, 32);
	CALL(landlock_create_ruleset, (long)ra, 16, 0);
	mem(ra, 32);
	CALL(landlock_create_ruleset, (long)ra, 4, 0);
	CALL(landlock_create_ruleset, 0, 0, LANDLOCK_CREATE_RULESET_VERSION);
	CALL(landlock_create_ruleset, 0, 0, 3);
	ra->handled_access_fs = -1;
	mem(ra, 32);
	CALL(landlock_create_ruleset, (long)ra, 8, 0);
	struct landlock_path_beneath_attr *pb = bufr(sizeof *pb);
	*pb = (struct landlock_path_beneath_attr){.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE, .parent_fd = 3};
	mem(pb, sizeof *pb);
	CALL(landlock_add_rule, 7, LANDLOCK_RULE_PATH_BENEATH, (long)pb, 0);
	mem(pb, sizeof *pb);
	CALL(landlock_add_rule, 7, 2, (long)pb, 1);
	CALL(landlock_add_rule, 7, LANDLOCK_RULE_PATH_BENEATH, 0, 0);
	CALL(landlock_restrict_self, 7, 0);
	CALL(landlock_restrict_self, -1, -1);
	mark();
	return 0;
}

/*
 * rt_sigreturn with an unreadable frame (procunit_test.go): the stack
 * pointer is set to 0x1000 and rt_sigreturn called directly. strace 6.1
 * prints "rt_sigreturn({mask=0x1128})": the address of the saved mask in
 * the frame (0x1000 + 296), then the process dies of SIGSEGV.
 */
int main(void) {
	__asm__ volatile("mov $0x1000, %%rsp; mov $15, %%eax; syscall" ::: "memory");
	return 0;
}

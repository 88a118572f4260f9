# The launch shim of gostrace on x86-64, as machine code: the program
# that stops itself for the tracer's seize and then execs the command.
# internal/shim/native.go builds an ELF file around it for each command.
#
# It is a loop over a list of system calls that gostrace writes into the
# data segment: the shim itself knows nothing of signals, filters or ids,
# so that all of that stays in Go, next to the Go shim that does the same.
# A Go program here would cost a second Go runtime start-up (about 2.5 ms
# of every traced command on the machines we measured).
#
# Data segment (at DATA), all fields 8 bytes:
#   +0   number of records
#   +8   address of the errno table: {address, length} of each message
#   +16  number of entries in it (an errno past its end prints entry 0)
#   +24  address of "\n"
#   +32  address of the first record
# A record (RECSIZE bytes): syscall number, six arguments, flags, and the
# address and length of the message that precedes the errno's text when
# the call fails and the record is fatal. Flags:
#   F_FATAL  a failure writes the message and exits with status 1
#   F_PREV   the first argument is the previous call's result
#   F_ARGV   the second and third arguments are our argv and envp
#   bits 8-15: how many of the following records a success skips
# After the last record (the execve, when it fails without F_FATAL, or
# a list without one), the shim exits with status 127.

	.intel_syntax noprefix
	# At 64 GiB: far from the stack and mmap areas, within the 39-bit
	# address space of some arm64 kernels (the arm64 shim uses the same),
	# and printed like any other pointer by -e raw=all (execve's path is
	# here). qemu-user reserves guest space up to it: 16 TiB made it hang.
	.set DATA, 0x1000000000
	.set H_NRECS, 0
	.set H_ERRTAB, 8
	.set H_NERR, 16
	.set H_NEWLINE, 24
	.set H_RECS, 32
	.set RECSIZE, 80
	.set R_FLAGS, 56
	.set R_MSG, 64
	.set R_MSGLEN, 72
	.set F_FATAL, 1
	.set F_PREV, 2
	.set F_ARGV, 4
	.set SYS_WRITEV, 20
	.set SYS_EXIT_GROUP, 231

	.text
	.globl _start
_start:
	mov	rax, [rsp]		# argc
	lea	r14, [rsp+8]		# argv
	lea	r15, [r14+rax*8+8]	# envp
	mov	rbx, DATA
	mov	rbp, [rbx+H_NRECS]
	mov	rbx, [rbx+H_RECS]
	xor	r12d, r12d
next:
	test	rbp, rbp
	jle	end
	mov	rax, [rbx]
	mov	rdi, [rbx+8]
	mov	rsi, [rbx+16]
	mov	rdx, [rbx+24]
	mov	r10, [rbx+32]
	mov	r8, [rbx+40]
	mov	r9, [rbx+48]
	mov	rcx, [rbx+R_FLAGS]
	test	cl, F_PREV
	jz	1f
	mov	rdi, r12
1:	test	cl, F_ARGV
	jz	2f
	mov	rsi, r14
	mov	rdx, r15
2:	syscall
	mov	r12, rax
	mov	rcx, [rbx+R_FLAGS]	# syscall clobbers rcx
	cmp	rax, -4095
	jae	failed
	movzx	eax, ch			# the records this success skips
	inc	eax
	sub	rbp, rax
	imul	eax, eax, RECSIZE
	add	rbx, rax
	jmp	next
failed:
	test	cl, F_FATAL
	jnz	fatal
	add	rbx, RECSIZE
	dec	rbp
	jmp	next

# One writev, so that the line is not split by the tracer's own output:
# the record's message, the errno's text, a newline.
fatal:
	neg	r12			# errno
	mov	r13, DATA
	xor	eax, eax
	cmp	r12, [r13+H_NERR]
	cmovb	rax, r12
	shl	rax, 4
	add	rax, [r13+H_ERRTAB]
	sub	rsp, 48
	mov	rcx, [rbx+R_MSG]
	mov	[rsp], rcx
	mov	rcx, [rbx+R_MSGLEN]
	mov	[rsp+8], rcx
	mov	rcx, [rax]
	mov	[rsp+16], rcx
	mov	rcx, [rax+8]
	mov	[rsp+24], rcx
	mov	rcx, [r13+H_NEWLINE]
	mov	[rsp+32], rcx
	mov	qword ptr [rsp+40], 1
	mov	eax, SYS_WRITEV
	mov	edi, 2
	mov	rsi, rsp
	mov	edx, 3
	syscall
	mov	edi, 1
	jmp	exit
end:
	mov	edi, 127
exit:
	mov	eax, SYS_EXIT_GROUP
	syscall
	hlt

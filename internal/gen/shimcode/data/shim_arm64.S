// The launch shim of gostrace on AArch64, as machine code: the same
// program as shim_amd64.S (read that file's comment for the data segment
// and the records), for the arm64 build.

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
	.set SYS_WRITEV, 66
	.set SYS_EXIT_GROUP, 94

	.text
	.globl _start
_start:
	ldr	x9, [sp]		// argc
	add	x20, sp, #8		// argv
	add	x21, x20, x9, lsl #3
	add	x21, x21, #8		// envp
	mov	x19, #DATA
	ldr	x22, [x19, #H_NRECS]
	ldr	x23, [x19, #H_RECS]
	mov	x24, #0
next:
	cmp	x22, #0
	b.le	end
	ldr	x8, [x23]
	ldp	x0, x1, [x23, #8]
	ldp	x2, x3, [x23, #24]
	ldp	x4, x5, [x23, #40]
	ldr	x25, [x23, #R_FLAGS]
	tbz	x25, #1, 1f		// F_PREV
	mov	x0, x24
1:	tbz	x25, #2, 2f		// F_ARGV
	mov	x1, x20
	mov	x2, x21
2:	svc	#0
	mov	x24, x0
	cmn	x0, #4095		// carry: x0 is -4095..-1, an error
	b.hs	failed
	ubfx	x9, x25, #8, #8		// the records this success skips
	add	x9, x9, #1
	sub	x22, x22, x9
	mov	x10, #RECSIZE
	madd	x23, x9, x10, x23
	b	next
failed:
	tbnz	x25, #0, fatal		// F_FATAL
	add	x23, x23, #RECSIZE
	sub	x22, x22, #1
	b	next

// One writev: the record's message, the errno's text, a newline.
fatal:
	neg	x24, x24		// errno
	ldr	x9, [x19, #H_NERR]
	cmp	x24, x9
	csel	x10, x24, xzr, lo
	ldr	x11, [x19, #H_ERRTAB]
	add	x10, x11, x10, lsl #4
	sub	sp, sp, #48
	ldr	x12, [x23, #R_MSG]
	ldr	x13, [x23, #R_MSGLEN]
	stp	x12, x13, [sp]
	ldp	x12, x13, [x10]
	stp	x12, x13, [sp, #16]
	ldr	x12, [x19, #H_NEWLINE]
	mov	x13, #1
	stp	x12, x13, [sp, #32]
	mov	x0, #2
	mov	x1, sp
	mov	x2, #3
	mov	x8, #SYS_WRITEV
	svc	#0
	mov	x0, #1
	b	exit
end:
	mov	x0, #127
exit:
	mov	x8, #SYS_EXIT_GROUP
	svc	#0
	brk	#0

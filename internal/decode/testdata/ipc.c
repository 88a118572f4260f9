#define _GNU_SOURCE
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/sem.h>
#include <sys/msg.h>
#include <mqueue.h>
#include <unistd.h>
#include <time.h>
#include <signal.h>
#include <sys/syscall.h>
#include <string.h>
#include <fcntl.h>

int main(void) {
	int shm = shmget(IPC_PRIVATE, 4096, IPC_CREAT|IPC_EXCL|0600);
	shmget(0x1234, 4096, IPC_CREAT|SHM_HUGETLB|0644);
	shmget(0x1234, 4096, 0);
	void *p = shmat(shm, NULL, SHM_RDONLY);
	shmat(shm, (void*)0x10000, SHM_RND|SHM_REMAP|SHM_EXEC);
	shmdt(p);
	struct shmid_ds ds;
	shmctl(shm, IPC_STAT, &ds);
	shmctl(shm, IPC_SET, &ds);
	shmctl(shm, SHM_LOCK, NULL);
	shmctl(shm, IPC_INFO, (void*)&ds);
	shmctl(shm, IPC_RMID, NULL);
	shmctl(shm, 99, NULL);
	int sem = semget(IPC_PRIVATE, 2, IPC_CREAT|0600);
	struct sembuf sb[2] = {{0, 1, SEM_UNDO}, {1, -1, IPC_NOWAIT}};
	semop(sem, sb, 1);
	semop(sem, sb, 2);
	struct timespec ts = {0, 1000};
	semtimedop(sem, sb+1, 1, &ts);
	semtimedop(sem, sb, 1, NULL);
	unsigned short vals[2] = {3, 4};
	semctl(sem, 0, SETALL, vals);
	semctl(sem, 0, GETALL, vals);
	semctl(sem, 1, GETVAL);
	semctl(sem, 1, SETVAL, 5);
	struct semid_ds sds;
	semctl(sem, 0, IPC_STAT, &sds);
	semctl(sem, 0, IPC_RMID);
	int mq = msgget(IPC_PRIVATE, IPC_CREAT|0600);
	struct { long t; char x[16]; } m = {1, "hello"};
	msgsnd(mq, &m, 5, 0);
	msgsnd(mq, &m, 5, IPC_NOWAIT);
	msgrcv(mq, &m, 16, 0, 0);
	msgrcv(mq, &m, 16, 2, IPC_NOWAIT|MSG_NOERROR);
	struct msqid_ds mds;
	msgctl(mq, IPC_STAT, &mds);
	msgctl(mq, IPC_RMID, NULL);
	struct mq_attr at = {.mq_maxmsg = 4, .mq_msgsize = 64};
	mqd_t q = mq_open("/dnetq", O_CREAT|O_RDWR, 0600, &at);
	mq_open("/dnetq2", O_RDONLY);
	mq_send(q, "hi", 2, 3);
	char buf[64]; unsigned pr;
	mq_receive(q, buf, 64, &pr);
	mq_timedsend(q, "yo", 2, 1, &ts);
	mq_timedreceive(q, buf, 64, NULL, &ts);
	struct mq_attr old;
	mq_getattr(q, &old);
	at.mq_flags = O_NONBLOCK;
	mq_setattr(q, &at, &old);
	struct sigevent sev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1};
	mq_notify(q, &sev);
	mq_notify(q, NULL);
	mq_unlink("/dnetq");
	return 0;
}

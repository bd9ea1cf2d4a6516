// SPDX-License-Identifier: GPL-2.0
/*
 * Throughput with and without SO_ZERO_ON_FREE, for scripts/bench
 * zero-on-free: TCP stream and AF_UNIX stream (64 KiB writes) and UDP
 * request/response (1 KiB each way), over loopback, between two processes;
 * and "mixed": a process churning processes and files, which frees memory
 * that has nothing to do with the sockets, beside a TCP stream held to
 * MIXED_MBPS, as a connection carrying secrets on a busy machine. Its
 * figure is the churn's rate; the stream's is printed as mixed_stream.
 *
 *   zof_bench [-t SECONDS] [-r RUNS] MODE...
 *     MODE is off or on: the option on neither or on every socket.
 *     Runs alternate between the modes. One line per run:
 *     "zof: WORKLOAD MODE VALUE UNIT".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"

#ifndef SO_ZERO_ON_FREE
#define SO_ZERO_ON_FREE 86
#endif

static double seconds = 2;

/* The pace of the stream in the mixed workload, a tenth or so of what
 * loopback TCP reaches in the guest
 */
#define MIXED_MBPS	25

static void set_zof(int fd, int on)
{
	if (on && setsockopt(fd, SOL_SOCKET, SO_ZERO_ON_FREE, &on, sizeof(on)))
		die("setsockopt(SO_ZERO_ON_FREE)");
}

/* A connected pair: TCP over 127.0.0.1 (type SOCK_STREAM, tcp set), UDP
 * (SOCK_DGRAM), or AF_UNIX stream.
 */
static void make_pair(int type, int tcp, int fds[2], int zof)
{
	struct sockaddr_in sin = { .sin_family = AF_INET };
	socklen_t len = sizeof(sin);
	int lfd;

	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (!tcp && type == SOCK_STREAM) {
		if (socketpair(AF_UNIX, SOCK_STREAM, 0, fds))
			die("socketpair");
	} else if (type == SOCK_STREAM) {
		lfd = socket(AF_INET, SOCK_STREAM, 0);
		set_zof(lfd, zof);
		if (lfd < 0 || bind(lfd, (void *)&sin, len) || listen(lfd, 1) ||
		    getsockname(lfd, (void *)&sin, &len))
			die("listen");
		fds[0] = socket(AF_INET, SOCK_STREAM, 0);
		set_zof(fds[0], zof);
		if (connect(fds[0], (void *)&sin, len))
			die("connect");
		fds[1] = accept(lfd, NULL, NULL);
		if (fds[1] < 0)
			die("accept");
		close(lfd);
		return;
	} else {
		fds[0] = socket(AF_INET, SOCK_DGRAM, 0);
		fds[1] = socket(AF_INET, SOCK_DGRAM, 0);
		if (bind(fds[1], (void *)&sin, len) ||
		    getsockname(fds[1], (void *)&sin, &len) ||
		    connect(fds[0], (void *)&sin, len) ||
		    getsockname(fds[0], (void *)&sin, &len) ||
		    connect(fds[1], (void *)&sin, len))
			die("udp");
	}
	set_zof(fds[0], zof);
	set_zof(fds[1], zof);
}

/* MB/s from a child writing 64 KiB at a time for the set time, no faster
 * than @mbps if it is not 0
 */
static double stream(int tcp, int zof, double mbps)
{
	static char buf[65536];
	double start, bytes = 0;
	int fds[2], status;
	ssize_t n;
	pid_t pid;

	make_pair(SOCK_STREAM, tcp, fds, zof);
	memset(buf, 0x42, sizeof(buf));
	pid = fork();
	if (pid < 0)
		die("fork");
	if (!pid) {
		double sent = 0, t0 = now();

		close(fds[1]);
		while (send(fds[0], buf, sizeof(buf), MSG_NOSIGNAL) > 0) {
			sent += sizeof(buf);
			while (mbps && sent / 1e6 > mbps * (now() - t0))
				usleep(1000);
		}
		_exit(0);
	}
	close(fds[0]);
	start = now();
	while (now() - start < seconds) {
		n = recv(fds[1], buf, sizeof(buf), 0);
		if (n <= 0)
			die("recv");
		bytes += n;
	}
	bytes /= now() - start;
	close(fds[1]);
	waitpid(pid, &status, 0);
	return bytes / 1e6;
}

/* One round of churn: a child that exits at once, and a 1 MiB file
 * written and removed; both free memory no socket ever held.
 */
static void churn_round(const char *path, const char *buf, size_t len)
{
	int fd, status;
	pid_t pid;

	pid = fork();
	if (pid < 0)
		die("fork");
	if (!pid)
		_exit(0);
	waitpid(pid, &status, 0);
	fd = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0600);
	if (fd < 0 || write(fd, buf, len) != (ssize_t)len)
		die("churn file");
	close(fd);
	unlink(path);
}

/* Churn beside the paced TCP stream: print the stream's rate, return the
 * churn's
 */
static double mixed(int zof, const char *mode)
{
	static char buf[1 << 20];
	volatile unsigned long *rounds;
	double start, mbps, churn;
	int status;
	pid_t pid;

	rounds = mmap(NULL, sizeof(*rounds), PROT_READ | PROT_WRITE,
		      MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (rounds == MAP_FAILED)
		die("mmap");
	memset(buf, 0x42, sizeof(buf));
	pid = fork();
	if (pid < 0)
		die("fork");
	if (!pid) {
		for (;;) {
			churn_round("/tmp/zof_bench.churn", buf, sizeof(buf));
			(*rounds)++;
		}
	}
	start = now();
	mbps = stream(1, zof, MIXED_MBPS);
	churn = *rounds / (now() - start);
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	unlink("/tmp/zof_bench.churn");
	munmap((void *)rounds, sizeof(*rounds));
	printf("zof: mixed_stream %s %.1f MB/s\n", mode, mbps);
	return churn;
}

/* Transactions per second: 1 KiB requests answered by a child */
static double udp_rr(int zof)
{
	double start, count = 0;
	int fds[2], status;
	char buf[1024];
	pid_t pid;

	make_pair(SOCK_DGRAM, 0, fds, zof);
	memset(buf, 0x42, sizeof(buf));
	pid = fork();
	if (pid < 0)
		die("fork");
	if (!pid) {
		while (recv(fds[1], buf, sizeof(buf), 0) == sizeof(buf) &&
		       send(fds[1], buf, sizeof(buf), 0) == sizeof(buf))
			;
		_exit(0);
	}
	start = now();
	while (now() - start < seconds) {
		if (send(fds[0], buf, sizeof(buf), 0) != sizeof(buf) ||
		    recv(fds[0], buf, sizeof(buf), 0) != sizeof(buf))
			die("udp_rr");
		count++;
	}
	count /= now() - start;
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	close(fds[0]);
	close(fds[1]);
	return count;
}

int main(int argc, char **argv)
{
	int runs = 5, opt, r, m;

	while ((opt = getopt(argc, argv, "t:r:")) != -1) {
		if (opt == 't')
			seconds = atof(optarg);
		else if (opt == 'r')
			runs = atoi(optarg);
		else
			return 2;
	}
	if (optind == argc) {
		fprintf(stderr, "usage: %s [-t SECONDS] [-r RUNS] off|on...\n", argv[0]);
		return 2;
	}
	for (r = 0; r < runs; r++) {
		for (m = optind; m < argc; m++) {
			int zof = !strcmp(argv[m], "on");

			printf("zof: tcp_stream %s %.1f MB/s\n", argv[m], stream(1, zof, 0));
			printf("zof: udp_rr %s %.0f trans/s\n", argv[m], udp_rr(zof));
			printf("zof: unix_stream %s %.1f MB/s\n", argv[m], stream(0, zof, 0));
			printf("zof: mixed %s %.0f rounds/s\n", argv[m], mixed(zof, argv[m]));
			fflush(stdout);
		}
	}
	return 0;
}

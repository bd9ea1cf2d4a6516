// SPDX-License-Identifier: GPL-2.0
/*
 * Small UDP datagrams through a tunnel, for scripts/bench wireguard.
 *
 *   wg_udp flood ADDR PORT SECONDS   send 64-byte datagrams with sendmmsg()
 *   wg_udp sink ADDR PORT SECONDS    count datagrams received with
 *                                    recvmmsg() from the first one for
 *                                    SECONDS, then print the count
 *
 * IPv4 only. The sink gives up if nothing arrives for 10 s.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define PAYLOAD 64
#define BATCH 64

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void flood(int fd, double seconds)
{
	static char buf[PAYLOAD];
	struct mmsghdr msgs[BATCH];
	struct iovec iov = { buf, sizeof(buf) };
	double end = now() + seconds;
	int i;

	memset(msgs, 0, sizeof(msgs));
	for (i = 0; i < BATCH; i++) {
		msgs[i].msg_hdr.msg_iov = &iov;
		msgs[i].msg_hdr.msg_iovlen = 1;
	}
	/* A full device queue drops, it does not block: keep sending. */
	while (now() < end)
		sendmmsg(fd, msgs, BATCH, 0);
}

static void sink(int fd, double seconds)
{
	static char bufs[BATCH][PAYLOAD + 1];
	struct mmsghdr msgs[BATCH];
	struct iovec iovs[BATCH];
	struct timeval tv = { 10, 0 };
	unsigned long count = 0;
	double end = 0;
	int i, n;

	memset(msgs, 0, sizeof(msgs));
	for (i = 0; i < BATCH; i++) {
		iovs[i].iov_base = bufs[i];
		iovs[i].iov_len = sizeof(bufs[i]);
		msgs[i].msg_hdr.msg_iov = &iovs[i];
		msgs[i].msg_hdr.msg_iovlen = 1;
	}
	if (setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)))
		err(1, "SO_RCVTIMEO");
	while (!end || now() < end) {
		n = recvmmsg(fd, msgs, BATCH, MSG_WAITFORONE, NULL);
		if (n < 0)
			err(1, "recvmmsg (no datagram for 10 s?)");
		if (!end)
			end = now() + seconds;
		count += n;
	}
	printf("%lu\n", count);
}

int main(int argc, char **argv)
{
	struct sockaddr_in sin = { .sin_family = AF_INET };
	double seconds;
	int fd;

	if (argc != 5 || (strcmp(argv[1], "flood") && strcmp(argv[1], "sink")))
		errx(2, "usage: wg_udp flood|sink ADDR PORT SECONDS");
	if (inet_pton(AF_INET, argv[2], &sin.sin_addr) != 1)
		errx(2, "bad IPv4 address %s", argv[2]);
	sin.sin_port = htons(atoi(argv[3]));
	seconds = atof(argv[4]);

	fd = socket(AF_INET, SOCK_DGRAM, 0);
	if (fd < 0)
		err(1, "socket");
	if (argv[1][0] == 'f') {
		if (connect(fd, (struct sockaddr *)&sin, sizeof(sin)))
			err(1, "connect");
		flood(fd, seconds);
	} else {
		if (bind(fd, (struct sockaddr *)&sin, sizeof(sin)))
			err(1, "bind");
		sink(fd, seconds);
	}
	return 0;
}

// SPDX-License-Identifier: GPL-2.0
/*
 * AF_ALG skcipher throughput with and without SO_ZERO_ON_FREE, for
 * scripts/bench af-alg: cbc(aes) encryption of 4 KiB and 64 KiB requests,
 * each one sendmsg() of the data with its IV and one read() of the result,
 * on one operation socket.
 *
 *   afalg_bench [-t SECONDS] [-r RUNS]
 *     Each run measures both sizes with the option off and on, in an order
 *     that alternates from run to run. One line per measurement:
 *     "afalg: RUN SIZE MODE MB/s".
 */
#define _GNU_SOURCE
#include <linux/if_alg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"

#ifndef SO_ZERO_ON_FREE
#define SO_ZERO_ON_FREE 86
#endif
#ifndef SOL_ALG
#define SOL_ALG 279
#endif

static double seconds = 2;

/* An operation socket of cbc(aes), the option set on it if @zof */
static int cbc_aes(int zof)
{
	struct sockaddr_alg sa = {
		.salg_family = AF_ALG, .salg_type = "skcipher", .salg_name = "cbc(aes)",
	};
	static const uint8_t key[16] = { 1 };
	int bfd, fd;

	bfd = socket(AF_ALG, SOCK_SEQPACKET, 0);
	if (bfd < 0 || bind(bfd, (void *)&sa, sizeof(sa)) ||
	    setsockopt(bfd, SOL_ALG, ALG_SET_KEY, key, sizeof(key)))
		die("cbc(aes) through AF_ALG (CONFIG_CRYPTO_USER_API_SKCIPHER?)");
	fd = accept(bfd, NULL, NULL);
	if (fd < 0)
		die("accept");
	if (setsockopt(fd, SOL_SOCKET, SO_ZERO_ON_FREE, &zof, sizeof(zof)))
		die("SO_ZERO_ON_FREE");
	close(bfd);
	return fd;
}

/* MB/s of encryption requests of @size bytes */
static double run(size_t size, int zof)
{
	char cbuf[CMSG_SPACE(sizeof(uint32_t)) +
		  CMSG_SPACE(sizeof(struct af_alg_iv) + 16)] = {};
	uint8_t *in = malloc(size), *out = malloc(size);
	struct iovec iov = { in, size };
	struct msghdr msg = {
		.msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = cbuf, .msg_controllen = sizeof(cbuf),
	};
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	int fd = cbc_aes(zof);
	double start, end, bytes = 0;
	struct af_alg_iv *iv;

	if (!in || !out)
		die("malloc");
	memset(in, 0x5a, size);
	c->cmsg_level = SOL_ALG;
	c->cmsg_type = ALG_SET_OP;
	c->cmsg_len = CMSG_LEN(sizeof(uint32_t));
	*(uint32_t *)CMSG_DATA(c) = ALG_OP_ENCRYPT;
	c = CMSG_NXTHDR(&msg, c);
	c->cmsg_level = SOL_ALG;
	c->cmsg_type = ALG_SET_IV;
	c->cmsg_len = CMSG_LEN(sizeof(*iv) + 16);
	iv = (void *)CMSG_DATA(c);
	iv->ivlen = 16;
	start = now();
	end = start + seconds;
	do {
		if (sendmsg(fd, &msg, 0) != (ssize_t)size)
			die("sendmsg");
		if (read(fd, out, size) != (ssize_t)size)
			die("read");
		bytes += size;
	} while (now() < end);
	end = now();
	close(fd);
	free(in);
	free(out);
	return bytes / (end - start) / 1e6;
}

int main(int argc, char **argv)
{
	static const size_t sizes[] = { 4096, 65536 };
	int runs = 5, opt, r, s, m;

	while ((opt = getopt(argc, argv, "t:r:")) != -1) {
		if (opt == 't')
			seconds = atof(optarg);
		else if (opt == 'r')
			runs = atoi(optarg);
		else
			return 2;
	}
	for (r = 0; r < runs; r++) {
		for (s = 0; s < 2; s++) {
			for (m = 0; m < 2; m++) {
				int zof = (m + r) % 2;

				printf("afalg: %d %zu %s %.1f\n", r, sizes[s],
				       zof ? "on" : "off", run(sizes[s], zof));
				fflush(stdout);
			}
		}
	}
	return 0;
}

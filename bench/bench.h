/* SPDX-License-Identifier: GPL-2.0 */
/* Helpers shared by the benchmark programs that run in the VM. */
#ifndef BENCH_H
#define BENCH_H

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* Seconds on the monotonic clock */
static inline double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* perror(@what), then exit with status 1 */
static inline void die(const char *what)
{
	perror(what);
	exit(1);
}

#endif

/*
 * tick.c — the floor of a one-second countdown: the least any program that
 * shows a countdown in a terminal must do. Once a second it wakes (one poll(2)
 * on the terminal, to an absolute deadline), reads the clock once and writes
 * the few cells that changed (about 70 bytes, cursor-addressed), nothing else.
 * The bench runs it beside the peers: its CPU is what the kernel and the
 * terminal charge for a wake-up and a write on this machine, which no
 * program can go under.
 *
 *   tick
 */
#define _DEFAULT_SOURCE
#include <poll.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

int
main(void)
{
	struct timespec next, now;
	char buf[128];

	clock_gettime(CLOCK_MONOTONIC, &next);
	for (long i = 0;; i++) {
		struct pollfd p = { STDIN_FILENO, POLLIN, 0 };
		long ms;
		int n;

		next.tv_sec++;
		clock_gettime(CLOCK_MONOTONIC, &now);
		ms = (next.tv_sec - now.tv_sec) * 1000 + (next.tv_nsec - now.tv_nsec) / 1000000;
		if (poll(&p, 1, ms > 0 ? (int)ms : 0) > 0)
			return 0;   /* a key: done */
		n = snprintf(buf, sizeof buf, "\033[6;68H%ld%ld\033[7;68H%ld \033[21;14H%ld:%02ld",
		    i % 10, i % 7, i % 3, i / 60, i % 60);
		if (write(STDOUT_FILENO, buf, (size_t)n) < 0)
			return 1;
	}
}

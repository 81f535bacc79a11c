/* clock.c — monotonic time, and session time scaled by --speed. */
#include "clock.h"

#include <time.h>

static int64_t
clock_mono_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

int64_t
clock_mono_ms(void)
{
	return clock_mono_us() / 1000;
}

void
vclock_init(struct vclock *c, int speed)
{
	c->origin_us = clock_mono_us();
	c->speed = speed < 1 ? 1 : speed;
}

int64_t
vclock_now(const struct vclock *c)
{
	/* Microseconds keep --speed 1000 exact to the session millisecond. */
	return (clock_mono_us() - c->origin_us) * c->speed / 1000;
}

int64_t
vclock_wait_ms(const struct vclock *c, int64_t when)
{
	int64_t left = when - vclock_now(c);

	if (left <= 0)
		return 0;
	return (left + c->speed - 1) / c->speed;
}

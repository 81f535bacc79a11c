/* clock.c — the wall clock, monotonic time, and session time scaled by --speed. */
#include "clock.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef SC_TEST_CLOCK
/*
 * Test builds only: SC_NOW pins the wall clock so that a test sees the same
 * hour of the day whenever it runs. The clock still advances from there.
 *   HH:MM             today at that local time
 *   YYYY-MM-DD HH:MM  that local time
 *   @SECONDS          that many seconds after the epoch
 *   +SECONDS/-SECONDS that far from the real time
 */
static int
clock_pin_parse(const char *s, time_t real, time_t *out)
{
	struct tm tm;
	char *end;
	long long v;

	if (*s == '@' || *s == '+' || *s == '-') {
		v = strtoll(s + 1, &end, 10);
		if (end == s + 1 || *end != '\0')
			return -1;
		*out = *s == '@' ? (time_t)v : *s == '+' ? real + (time_t)v : real - (time_t)v;
		return 0;
	}
	if (localtime_r(&real, &tm) == NULL)
		return -1;
	end = strchr(s, ' ') != NULL ? strptime(s, "%Y-%m-%d %H:%M", &tm) : strptime(s, "%H:%M", &tm);
	if (end == NULL || *end != '\0')
		return -1;
	tm.tm_sec = 0;
	tm.tm_isdst = -1;
	*out = mktime(&tm);
	return *out == (time_t)-1 ? -1 : 0;
}

static time_t
clock_pin_offset(time_t real)
{
	static int done;
	static time_t offset;
	const char *s = getenv("SC_NOW");
	time_t pinned;

	if (!done) {
		done = 1;
		if (s != NULL && *s != '\0' && clock_pin_parse(s, real, &pinned) == 0)
			offset = pinned - real;
	}
	return offset;
}
#endif

time_t
clock_real(void)
{
	return time(NULL);
}

time_t
clock_wall(void)
{
	time_t real = time(NULL);

#ifdef SC_TEST_CLOCK
	return real + clock_pin_offset(real);
#else
	return real;
#endif
}

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

void
clock_test_stall(void)
{
#ifdef SC_TEST_CLOCK
	const char *s = getenv("SC_STALL_MS");
	long ms = s != NULL ? strtol(s, NULL, 10) : 0;
	struct timespec ts = { ms / 1000, ms % 1000 * 1000000L };

	if (ms > 0)
		while (nanosleep(&ts, &ts) != 0)
			;
#endif
}

/* schedule.c — working hours and days for reminders, in local time. */
#include "schedule.h"
#include "i18n.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DAY_MIN (24 * 60)
#define ALL_DAYS 0x7fu

static const char *const day_names[7] = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };

void
schedule_init(struct schedule *s)
{
	s->from_min = 0;
	s->to_min = DAY_MIN;
	s->days = ALL_DAYS;
}

/* "9" or "8:30" (up to 24:00) at *p; advances *p. Returns minutes or -1. */
static int
parse_clock(const char **p)
{
	int h = 0, m = 0, digits = 0;

	while (isdigit((unsigned char)**p) && digits < 2) {
		h = h * 10 + (*(*p)++ - '0');
		digits++;
	}
	if (digits == 0)
		return -1;
	if (**p == ':') {
		(*p)++;
		if (!isdigit((unsigned char)(*p)[0]) || !isdigit((unsigned char)(*p)[1]))
			return -1;
		m = ((*p)[0] - '0') * 10 + ((*p)[1] - '0');
		*p += 2;
	}
	if (m > 59 || h * 60 + m > DAY_MIN)
		return -1;
	return h * 60 + m;
}

int
schedule_parse_hours(struct schedule *s, const char *text)
{
	const char *p = text;
	int from, to;

	if ((from = parse_clock(&p)) < 0 || *p++ != '-' || (to = parse_clock(&p)) < 0 ||
	    *p != '\0' || from >= to)
		return -1;
	s->from_min = from;
	s->to_min = to;
	return 0;
}

/* The weekday named by the three letters at p (any case), or -1. */
static int
parse_day(const char *p, size_t n)
{
	for (int d = 0; d < 7; d++)
		if (n == 3 && strncasecmp(p, day_names[d], 3) == 0)
			return d;
	return -1;
}

int
schedule_parse_days(struct schedule *s, const char *text)
{
	unsigned mask = 0;
	const char *p = text;

	for (;;) {
		size_t n = strcspn(p, ",-");
		int a = parse_day(p, n), b;

		if (a < 0)
			return -1;
		p += n;
		b = a;
		if (*p == '-') {
			n = strcspn(++p, ",-");
			if ((b = parse_day(p, n)) < 0)
				return -1;
			p += n;
		}
		for (int d = a;; d = (d + 1) % 7) {
			mask |= 1u << d;
			if (d == b)
				break;
		}
		if (*p == '\0')
			break;
		if (*p++ != ',')
			return -1;
	}
	s->days = mask;
	return 0;
}

bool
schedule_open(const struct schedule *s, time_t t)
{
	struct tm tm;
	int min;

	localtime_r(&t, &tm);
	min = tm.tm_hour * 60 + tm.tm_min;
	return (s->days & (1u << tm.tm_wday)) && min >= s->from_min && min < s->to_min;
}

/* Local time `min` minutes after the midnight `days` days after t's day. */
static time_t
day_at(time_t t, int days, int min)
{
	struct tm tm;

	localtime_r(&t, &tm);
	tm.tm_mday += days;
	tm.tm_hour = min / 60;
	tm.tm_min = min % 60;
	tm.tm_sec = 0;
	tm.tm_isdst = -1;
	return mktime(&tm);
}

time_t
schedule_next_open(const struct schedule *s, time_t t)
{
	if (s->days == 0 || schedule_open(s, t))
		return t;
	/* today's opening if it is still ahead, else the next open day's */
	for (int d = 0; d <= 7; d++) {
		time_t start = day_at(t, d, s->from_min);
		struct tm tm;

		localtime_r(&start, &tm);
		if (start >= t && (s->days & (1u << tm.tm_wday)))
			return start;
	}
	return t;
}

char *
schedule_hours_text(char *buf, size_t size, const struct schedule *s)
{
	if (s->from_min == 0 && s->to_min == DAY_MIN)
		snprintf(buf, size, "%s", _("any time"));
	else
		snprintf(buf, size, "%d:%02d-%d:%02d", s->from_min / 60, s->from_min % 60,
		    s->to_min / 60, s->to_min % 60);
	return buf;
}

char *
schedule_days_text(char *buf, size_t size, const struct schedule *s)
{
	size_t len = 0;

	if (s->days == ALL_DAYS) {
		snprintf(buf, size, "%s", _("every day"));
		return buf;
	}
	buf[0] = '\0';
	/* Monday first, as a working week reads */
	for (int i = 1; i <= 7; i++) {
		int d = i % 7;

		if ((s->days & (1u << d)) && len + 5 < size)
			len += (size_t)snprintf(buf + len, size - len, "%s%s", len ? "," : "", day_names[d]);
	}
	return buf;
}

/* schedule.h — working hours and days: when reminders may come. */
#ifndef SC_SCHEDULE_H
#define SC_SCHEDULE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/* Open from from_min to to_min (minutes after local midnight) on the days set in days. */
struct schedule {
	int from_min, to_min;   /* 0 <= from_min < to_min <= 1440 */
	unsigned days;          /* bit n set: weekday n open (0 Sunday .. 6 Saturday, as tm_wday) */
};

/* Open all day, every day. */
void schedule_init(struct schedule *s);

/* Set the hours from text like "9-18" or "8:30-17:15"; 0, or -1 (s unchanged) when malformed. */
int schedule_parse_hours(struct schedule *s, const char *text);

/*
 * Set the days from text like "mon-fri", "sat,sun", "mon,wed-fri" or
 * "fri-mon" (a range may wrap past Sunday); 0, or -1 (s unchanged).
 */
int schedule_parse_days(struct schedule *s, const char *text);

/* True when local time t falls inside the schedule. */
bool schedule_open(const struct schedule *s, time_t t);

/*
 * The first moment at or after t that is inside the schedule: t itself when
 * it is open, else the start of the next open stretch of hours.
 */
time_t schedule_next_open(const struct schedule *s, time_t t);

/* "9:00-18:00" / "any time", and "mon-fri" / "every day", into buf; return buf. */
char *schedule_hours_text(char *buf, size_t size, const struct schedule *s);
char *schedule_days_text(char *buf, size_t size, const struct schedule *s);

#endif

/*
 * history_status.c — what `status` shows, read from the history's end
 * backwards: as far as the current streak reaches and no further, so the
 * figure is exact and the cost grows with the streak, never with the file.
 */
#include "history_stats.h"
#include "history_stats_int.h"
#include "history_read.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "history.h"
#include "i18n.h"
#include "text.h"

/*
 * This many bytes read back with no readable line in them end the reading:
 * whatever lies beyond is not a history status can count on.
 */
#define JUNK_MOST (1024 * 1024)
/* Lines may be out of date order by this many days (a session ends after the next starts). */
#define TAIL_SLACK 2

struct tail {
	long today;
	struct history_status *st;  /* what is filled in */
	long *days;               /* counted session days, sorted and distinct after each block */
	size_t n, cap;
	long min_day;             /* earliest day of any line read, session or event */
	bool any_line;            /* a readable line was read */
	bool any_session;         /* a readable session line was read */
	bool at_start;            /* the lines read reach the file's start */
	size_t junk;              /* bytes read back since the last readable line */
	long back_to;             /* read at least back past this day */
	void (*also)(void *, const struct history_record *);
	void *also_arg;
};

static void
tail_add_day(struct tail *t, long day)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->days = xreallocarray(t->days, t->cap, sizeof *t->days);
	}
	t->days[t->n++] = day;
}

/* One line, newest first, as history_read() hands it back; *arg is the struct tail. */
static void
tail_line(void *arg, char *line, size_t n, size_t lineno)
{
	struct tail *t = arg;
	struct history_status *st = t->st;
	struct history_record r;
	char *cause;
	long day;

	(void)lineno;
	t->junk += n + 1;
	if (n == 0 || history_blank(line, n))
		return;
	history_record_init(&r);
	if (history_parse_line(line, n, &r, &cause) == -1) {
		free(cause);
		return;
	}
	t->junk = 0;
	if (t->also != NULL)
		t->also(t->also_arg, &r);
	day = history_record_day(&r);
	if (day <= t->today + 1) {   /* later is a wrong clock; tomorrow is a time zone ahead */
		if (!t->any_line || day < t->min_day)
			t->min_day = day;
		t->any_line = true;
		t->any_session |= r.event == HEV_SESSION;
		if (r.speed == 1 && history_record_counts(&r)) {
			tail_add_day(t, day);
			if (day == t->today) {
				st->today_seconds += r.active_s;
				st->today_sessions++;
			}
		}
	}
	history_record_done(&r);
}

/* A line too long to read counts as bytes with no readable line in them. */
static void
tail_overlong(void *arg, size_t lineno, size_t n)
{
	(void)lineno;
	((struct tail *)arg)->junk += n;
}

/*
 * After each block: the streak so far in st; stop once the lines read reach
 * back past its start, or once JUNK_MOST bytes in a row held no readable line.
 */
static int
tail_enough(void *arg, off_t done, bool at_start)
{
	struct tail *t = arg;
	struct history_status *st = t->st;
	int best;
	long best_end, low;

	(void)done;
	t->at_start = at_start;
	t->n = history_unique_days(t->days, t->n);
	history_streaks(t->days, t->n, t->today, &st->streak, &best, &best_end);
	low = st->streak > 0 ? t->days[t->n - 1] - st->streak + 1 : t->today - 1;
	if (t->back_to < low)
		low = t->back_to;
	return (t->any_line && t->min_day < low - TAIL_SLACK) || t->junk > JUNK_MOST ?
	    HISTORY_READ_STOP : HISTORY_READ_ON;
}

int
history_status_read_also(const char *path, long today, long back_to,
    void (*also)(void *, const struct history_record *), void *also_arg,
    struct history_status *st, char **cause)
{
	struct tail t = { .today = today, .st = st, .back_to = back_to, .also = also,
	    .also_arg = also_arg };
	struct history_reader rd = { .line = tail_line, .overlong = tail_overlong,
	    .block = tail_enough, .arg = &t, .backwards = true };
	int rc;

	memset(st, 0, sizeof *st);
	t.at_start = true;   /* a missing file is read to its start */
	rc = history_read(path, &rd, cause);
	st->none_recent = !t.any_session && !t.at_start;
	free(t.days);
	return rc;
}

int
history_status_read(const char *path, long today, struct history_status *st,
    char **cause)
{
	return history_status_read_also(path, today, today, NULL, NULL, st, cause);
}

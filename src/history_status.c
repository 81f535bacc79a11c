/*
 * history_status.c — what `status` shows, read from the history's end
 * backwards: as far as the current streak reaches and no further, so the
 * figure is exact and the cost grows with the streak, never with the file.
 */
#define _GNU_SOURCE  /* memrchr */
#include "history_stats.h"
#include "history_stats_int.h"

#include <sys/file.h>
#include <sys/stat.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "history.h"
#include "i18n.h"
#include "text.h"

/* The first block read from the end; each next one is twice as big, up to the most. */
#define BLOCK_FIRST (16 * 1024)
#define BLOCK_MOST (4 * 1024 * 1024)
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
	char *carry;              /* the start of a line the block read last cut in two */
	size_t ncarry;
	bool overlong;            /* the line being carried is longer than any line read */
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

static void
tail_line(struct tail *t, char *line, size_t n, long today, struct history_status *st)
{
	struct history_record r;
	char *cause;
	long day;

	t->junk += n + 1;
	if (n == 0 || n > HISTORY_LINE_MAX || history_blank(line, n))
		return;
	line[n] = '\0';
	history_record_init(&r);
	if (history_parse_line(line, n, &r, &cause) == -1) {
		free(cause);
		return;
	}
	t->junk = 0;
	if (t->also != NULL)
		t->also(t->also_arg, &r);
	day = history_record_day(&r);
	if (day <= today + 1) {   /* later is a wrong clock; tomorrow is a time zone ahead */
		if (!t->any_line || day < t->min_day)
			t->min_day = day;
		t->any_line = true;
		t->any_session |= r.event == HEV_SESSION;
		if (r.speed == 1 && history_record_counts(&r)) {
			tail_add_day(t, day);
			if (day == today) {
				st->today_seconds += r.active_s;
				st->today_sessions++;
			}
		}
	}
	history_record_done(&r);
}

/*
 * Feed t the lines of the block just read (blen bytes at buf, which has room
 * for t's carry and one byte more), newest first. The part before the
 * block's first newline is the end of a line begun further back: it is
 * carried to the next block, unless this block is the file's start.
 */
static void
tail_block(struct tail *t, char *buf, size_t blen, bool at_start, long today,
    struct history_status *st)
{
	size_t total = blen + t->ncarry, end = total, first;
	bool skip_last = t->overlong;   /* the newest piece belongs to a line too long to read */
	char *nl;

	if (t->ncarry > 0)
		memcpy(buf + blen, t->carry, t->ncarry);
	nl = memchr(buf, '\n', total);
	first = nl != NULL ? (size_t)(nl - buf) : total;
	while (end > first) {
		size_t from = (size_t)((char *)memrchr(buf + first, '\n', end - first) - buf) + 1;

		if (!skip_last)
			tail_line(t, buf + from, end - from, today, st);
		else
			t->junk += end - from + 1;
		skip_last = false;
		end = from - 1;
	}
	t->ncarry = 0;
	t->overlong = false;
	if (at_start) {
		if (!skip_last)
			tail_line(t, buf, first, today, st);
	} else if (skip_last || first > HISTORY_LINE_MAX) {
		t->overlong = true;
		t->junk += first;
	} else {
		t->carry = xrealloc(t->carry, first + 1);
		memcpy(t->carry, buf, first);
		t->ncarry = first;
	}
}

/* The streak so far in st; true when the lines read reach back past its start. */
static bool
tail_enough(struct tail *t, long today, struct history_status *st)
{
	int best;
	long best_end, low;

	t->n = history_unique_days(t->days, t->n);
	history_streaks(t->days, t->n, today, &st->streak, &best, &best_end);
	low = st->streak > 0 ? t->days[t->n - 1] - st->streak + 1 : today - 1;
	if (t->back_to < low)
		low = t->back_to;
	return t->any_line && t->min_day < low - TAIL_SLACK;
}

/*
 * Read fd (size bytes) backwards into st until the streak is known, or until
 * JUNK_MOST bytes in a row hold no readable line.
 */
static int
tail_read(int fd, off_t size, void *arg)
{
	struct tail *a = arg;
	struct tail t = { .today = a->today, .st = a->st, .back_to = a->back_to,
	    .also = a->also, .also_arg = a->also_arg };
	struct history_status *st = t.st;
	long today = t.today;
	off_t pos = size;
	size_t block = BLOCK_FIRST;
	int rc = 0;

	while (pos > 0) {
		off_t from = pos > (off_t)block ? pos - (off_t)block : 0;
		size_t len = (size_t)(pos - from);
		char *buf = xmalloc(len + t.ncarry + 1);

		if ((rc = history_read_at(fd, buf, len, from)) == 0)
			tail_block(&t, buf, len, from == 0, today, st);
		free(buf);
		pos = from;
		if (rc != 0 || tail_enough(&t, today, st) || t.junk > JUNK_MOST)
			break;
		if (block < BLOCK_MOST)
			block *= 2;
	}
	if (pos == 0 && rc == 0)
		tail_enough(&t, today, st);
	st->none_recent = !t.any_session && pos > 0;
	free(t.days);
	free(t.carry);
	return rc;
}

int
history_status_read_also(const char *path, long today, long back_to,
    void (*also)(void *, const struct history_record *), void *also_arg,
    struct history_status *st, char **cause)
{
	struct tail t = { .today = today, .st = st, .back_to = back_to, .also = also,
	    .also_arg = also_arg };

	memset(st, 0, sizeof *st);
	return history_read_file(path, tail_read, &t, cause);
}

int
history_status_read(const char *path, long today, struct history_status *st,
    char **cause)
{
	return history_status_read_also(path, today, today, NULL, NULL, st, cause);
}

/* history_stats.c — streaming the history log into streaks, minutes and trends. */
#include "history_stats.h"
#include "history_stats_int.h"
#include "history_read.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "text.h"

/* --- figures -------------------------------------------------------------- */

void
history_stats_init(struct history_stats *st, long today, int days)
{
	memset(st, 0, sizeof *st);
	st->today = today;
	st->days = days < 1 ? 1 : days;
	st->day_seconds = xcalloc((size_t)st->days, sizeof *st->day_seconds);
}

void
history_stats_done(struct history_stats *st)
{
	for (size_t i = 0; i < st->nroutines; i++)
		free(st->routines[i].id);
	free(st->routines);
	free(st->day_seconds);
	free(st->sdays);
	for (size_t i = 0; i < st->nhurt_recent; i++)
		free(st->hurt_recent[i]);
	free(st->hurt_recent);
	memset(st, 0, sizeof *st);
}

static struct history_routine_use *
routine_use(struct history_stats *st, const char *id)
{
	struct history_routine_use *u;

	for (size_t i = 0; i < st->nroutines; i++)
		if (strcmp(st->routines[i].id, id) == 0)
			return &st->routines[i];
	st->routines = xreallocarray(st->routines, st->nroutines + 1,
	    sizeof *st->routines);
	u = &st->routines[st->nroutines++];
	memset(u, 0, sizeof *u);
	u->id = xstrdup(id);
	return u;
}

static void
add_day(struct history_stats *st, long day)
{
	/* Sessions come mostly in date order: drop the easy duplicates now. */
	if (st->nsdays > 0 && st->sdays[st->nsdays - 1] == day)
		return;
	if (st->nsdays == st->sdays_cap) {
		st->sdays_cap = st->sdays_cap ? st->sdays_cap * 2 : 64;
		st->sdays = xreallocarray(st->sdays, st->sdays_cap, sizeof *st->sdays);
	}
	st->sdays[st->nsdays++] = day;
}

static void
add_checkin(struct history_stats *st, const struct history_record *r)
{
	struct history_checkin *c;

	if (r->tension_before < 0 && r->tension_after < 0)
		return;
	c = &st->checkins[st->ring_next++ % HISTORY_CHECKINS];
	c->before = (signed char)r->tension_before;
	c->after = (signed char)r->tension_after;
	c->counts = history_record_counts(r);
}

static void
add_window(struct history_stats *st, const struct history_record *r, long day)
{
	struct history_routine_use *u = routine_use(st, r->routine);

	st->day_seconds[day - (st->today - st->days + 1)] += r->active_s;
	st->window_seconds += r->active_s;
	st->window_sessions++;
	u->sessions++;
	u->seconds += r->active_s;
	if (r->tension_before >= 0) {
		st->before_sum += r->tension_before;
		st->before_n++;
	}
	if (r->tension_after >= 0) {
		st->after_sum += r->tension_after;
		st->after_n++;
	}
}

static void
add_recent(struct history_stats *st, const struct history_record *r)
{
	struct history_routine_use *u = routine_use(st, r->routine);

	u->recent++;
	u->recent_seconds += r->active_s;
	if (r->tension_after >= 0) {
		u->recent_after_n++;
		u->recent_after_sum += r->tension_after;
	}
}

/* Remember the record's hurt stretches, each id once. */
static void
add_hurt(struct history_stats *st, const struct history_record *r)
{
	for (size_t i = 0; i < r->nhurt; i++) {
		size_t k;

		for (k = 0; k < st->nhurt_recent; k++)
			if (strcmp(st->hurt_recent[k], r->hurt[i]) == 0)
				break;
		if (k == st->nhurt_recent)
			history_record_add(&st->hurt_recent, &st->nhurt_recent, r->hurt[i]);
	}
}

void
history_stats_forget_hurt(struct history_stats *st, const char *id)
{
	for (size_t k = 0; k < st->nhurt_recent; k++) {
		if (strcmp(st->hurt_recent[k], id) != 0)
			continue;
		free(st->hurt_recent[k]);
		memmove(&st->hurt_recent[k], &st->hurt_recent[k + 1],
		    (st->nhurt_recent - k - 1) * sizeof *st->hurt_recent);
		st->nhurt_recent--;
		return;
	}
}

void
history_stats_add(struct history_stats *st, const struct history_record *r)
{
	long day = history_record_day(r);

	if (st->also != NULL)
		st->also(st->also_arg, r);
	/* a stretch brought back after it hurt is no longer left out */
	if (r->event == HEV_STRETCH_BACK && r->stretch != NULL)
		history_stats_forget_hurt(st, r->stretch);
	if (r->event != HEV_SESSION) {
		if (day <= st->today && day > st->today - st->days) {
			st->reminders_skipped += r->event == HEV_REMIND_SKIPPED;
			st->reminders_snoozed += r->event == HEV_REMIND_SNOOZED;
		}
		return;
	}
	st->logged++;  /* a session line is written only once a hold began */
	/*
	 * A line from a wrong clock must not break a streak (history names it).
	 * Tomorrow is still a real date: written in a time zone ahead of ours.
	 */
	if (day > st->today + 1) {
		st->future++;
		return;
	}
	/* a hurt is a hurt, in a preview too */
	if (day <= st->today && day > st->today - HISTORY_HURT_DAYS)
		add_hurt(st, r);
	if (r->speed != 1) {
		st->previews++;
		return;
	}
	/* what the person answered is remembered, the next check-in offers it */
	add_checkin(st, r);
	/* begun but left before a stretch was done: logged, no evidence and no streak day */
	if (!history_record_counts(r)) {
		st->empty++;
		return;
	}
	if (st->sessions == 0 || day < st->first_day)
		st->first_day = day;
	st->sessions++;
	st->total_seconds += r->active_s;
	add_day(st, day);
	if (day <= st->today && day > st->today - st->days)
		add_window(st, r, day);
	if (!r->quit && day <= st->today && day > st->today - HISTORY_READY_DAYS)
		add_recent(st, r);
}

static int
cmp_day(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

static int
cmp_use(const void *a, const void *b)
{
	const struct history_routine_use *x = a, *y = b;

	if (x->sessions != y->sessions)
		return y->sessions - x->sessions;
	if (x->seconds != y->seconds)
		return (y->seconds > x->seconds) - (y->seconds < x->seconds);
	return strcmp(x->id, y->id);
}

size_t
history_unique_days(long *days, size_t n)
{
	size_t m = 0;

	if (n == 0)
		return 0;
	qsort(days, n, sizeof *days, cmp_day);
	for (size_t i = 0; i < n; i++)
		if (m == 0 || days[m - 1] != days[i])
			days[m++] = days[i];
	return m;
}

void
history_streaks(const long *days, size_t n, long today, int *current,
    int *best, long *best_end)
{
	int run = 0;

	*current = *best = 0;
	*best_end = 0;
	for (size_t i = 0; i < n; i++) {
		run = (i > 0 && days[i] == days[i - 1] + 1) ? run + 1 : 1;
		if (run > *best) {
			*best = run;
			*best_end = days[i];
		}
	}
	/* Later than today happens after flying west over the date line. */
	if (n > 0 && days[n - 1] >= today - 1)
		*current = run;
}

void
history_stats_finish(struct history_stats *st)
{
	struct history_checkin ring[HISTORY_CHECKINS];

	st->nsdays = history_unique_days(st->sdays, st->nsdays);
	history_streaks(st->sdays, st->nsdays, st->today, &st->streak_current,
	    &st->streak_best, &st->best_end);
	if (st->nroutines > 1)
		qsort(st->routines, st->nroutines, sizeof *st->routines, cmp_use);
	st->ncheckins = st->ring_next < HISTORY_CHECKINS ? st->ring_next : HISTORY_CHECKINS;
	if (st->ring_next > HISTORY_CHECKINS) {
		size_t start = st->ring_next % HISTORY_CHECKINS;

		for (size_t i = 0; i < HISTORY_CHECKINS; i++)
			ring[i] = st->checkins[(start + i) % HISTORY_CHECKINS];
		memcpy(st->checkins, ring, sizeof ring);
	}
	st->ring_next = st->ncheckins;
}

bool
history_routine_ready(const struct history_routine_use *u)
{
	return u->recent >= HISTORY_READY_SESSIONS && u->recent_after_n > 0 &&
	    u->recent_after_sum <= HISTORY_READY_TENSION * u->recent_after_n;
}

/* --- streaming lines ------------------------------------------------------ */

bool
history_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

/* What history_stats_load() feeds, and where its warnings go. */
struct load {
	struct history_stats *st;
	struct diag *d;
	char *name;               /* the file's path, made safe to print */
};

/* One line of the file into the stats; a warning when it is skipped. */
static void
load_line(void *arg, char *line, size_t n, size_t lineno)
{
	struct load *l = arg;
	struct history_record r;
	char *cause;

	if (history_blank(line, n))
		return;
	history_record_init(&r);
	if (history_parse_line(line, n, &r, &cause) == 0) {
		if (r.event == HEV_SESSION && history_record_day(&r) > l->st->today + 1)
			/* TRANSLATORS: A warning: the history file's path and the line number, then what is
			   wrong with that line. */
			diag_warn(l->d, _("%s:%zu: dated after tomorrow (a clock set wrong?): left out of "
			    "streaks and totals"), l->name, lineno);
		history_stats_add(l->st, &r);
		history_record_done(&r);
	} else {
		/* TRANSLATORS: the history file's path and a line number, then why the line was skipped. */
		diag_warn(l->d, _("%s:%zu: skipped: %s"), l->name, lineno, cause);
		free(cause);
	}
}

static void
load_overlong(void *arg, size_t lineno, size_t n)
{
	struct load *l = arg;

	(void)n;
	/* TRANSLATORS: the history file's path and a line number, then the longest line read, in bytes. */
	diag_warn(l->d, _("%s:%zu: skipped: line longer than %u bytes"), l->name, lineno,
	    HISTORY_LINE_MAX);
}

int
history_stats_load(const char *path, struct history_stats *st, struct diag *d)
{
	struct load l = { st, d, text_safe(path) };
	struct history_reader rd = { .line = load_line, .overlong = load_overlong, .arg = &l };
	char *cause;
	int rc = history_read(path, &rd, &cause);

	if (rc == -1) {
		diag_error(d, EXIT_NOINPUT, "%s", cause);
		free(cause);
	}
	free(l.name);
	return rc;
}

/* whatworks.c — per-routine and per-time-of-day figures from paired check-ins. */
#include "whatworks.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "history.h"
#include "i18n.h"

static const char *const time_names[WW_TIMES] = { "morning", "afternoon", "evening" };

const char *
whatworks_time_name(enum whatworks_time t)
{
	return time_names[t];
}

void
whatworks_init(struct whatworks *w, long today)
{
	memset(w, 0, sizeof *w);
	w->today = today;
	for (int t = 0; t < WW_TIMES; t++)
		w->times[t].key = xstrdup(time_names[t]);
	w->recent.key = xstrdup("recent");
	w->advice_day = LONG_MIN;
}

void
whatworks_done(struct whatworks *w)
{
	for (size_t i = 0; i < w->nroutines; i++)
		free(w->routines[i].key);
	free(w->routines);
	for (int t = 0; t < WW_TIMES; t++)
		free(w->times[t].key);
	free(w->recent.key);
	for (size_t i = 0; i < w->nhurts; i++)
		free(w->hurts[i].id);
	free(w->hurts);
	memset(w, 0, sizeof *w);
}

static struct whatworks_hurt *
hurt_of(struct whatworks *w, const char *id, bool add)
{
	struct whatworks_hurt *h;

	for (size_t i = 0; i < w->nhurts; i++)
		if (strcmp(w->hurts[i].id, id) == 0)
			return &w->hurts[i];
	if (!add)
		return NULL;
	w->hurts = xreallocarray(w->hurts, w->nhurts + 1, sizeof *w->hurts);
	h = &w->hurts[w->nhurts++];
	memset(h, 0, sizeof *h);
	h->id = xstrdup(id);
	return h;
}

/* Marks "this hurts" of a session, and a stretch brought back. */
static void
add_hurts(struct whatworks *w, const struct history_record *r, long day)
{
	struct whatworks_hurt *h;

	if (r->event == HEV_STRETCH_BACK && r->stretch != NULL &&
	    (h = hurt_of(w, r->stretch, false)) != NULL)
		h->n = 0;
	if (r->event != HEV_SESSION)
		return;
	for (size_t i = 0; i < r->nhurt; i++) {
		h = hurt_of(w, r->hurt[i], true);
		if (h->n == WHATWORKS_SWAP_HURTS) {
			memmove(h->day, h->day + 1, (WHATWORKS_SWAP_HURTS - 1) * sizeof *h->day);
			h->n--;
		}
		h->day[h->n++] = day;
	}
}

const char **
whatworks_swaps(const struct whatworks *w, size_t *n)
{
	const char **ids = xreallocarray(NULL, w->nhurts + 1, sizeof *ids);

	*n = 0;
	for (size_t i = 0; i < w->nhurts; i++)
		if (whatworks_swapped(w, w->hurts[i].id))
			ids[(*n)++] = w->hurts[i].id;
	return ids;
}

bool
whatworks_swapped(const struct whatworks *w, const char *id)
{
	for (size_t i = 0; i < w->nhurts; i++)
		if (strcmp(w->hurts[i].id, id) == 0)
			return w->hurts[i].n == WHATWORKS_SWAP_HURTS &&
			    w->hurts[i].day[0] > w->today - WHATWORKS_SWAP_DAYS;
	return false;
}

const struct whatworks_group *
whatworks_find(const struct whatworks *w, const char *id)
{
	for (size_t i = 0; i < w->nroutines; i++)
		if (strcmp(w->routines[i].key, id) == 0)
			return &w->routines[i];
	return NULL;
}

static struct whatworks_group *
routine_group(struct whatworks *w, const char *id)
{
	struct whatworks_group *g = (struct whatworks_group *)whatworks_find(w, id);

	if (g != NULL)
		return g;
	w->routines = xreallocarray(w->routines, w->nroutines + 1, sizeof *w->routines);
	g = &w->routines[w->nroutines++];
	memset(g, 0, sizeof *g);
	g->key = xstrdup(id);
	return g;
}

/* Morning 05:00-11:59, afternoon 12:00-16:59, evening 17:00-04:59, local to the line. */
static enum whatworks_time
time_of(const struct history_record *r)
{
	long long local = (long long)r->started + r->gmtoff;
	long sec = (long)(local % 86400);
	int hour;

	if (sec < 0)
		sec += 86400;
	hour = (int)(sec / 3600);
	return hour >= 5 && hour < 12 ? WW_MORNING : hour >= 12 && hour < 17 ? WW_AFTERNOON :
	    WW_EVENING;
}

/* Add a point (day, before) to g's trend sums when the day is within `days` of today. */
static void
add_point(struct whatworks_group *g, long today, long day, int days, int before)
{
	double x = (double)(day - today), y = before;

	if (day <= today - days)
		return;
	g->tn++;
	g->sx += x;
	g->sy += y;
	g->sxx += x * x;
	g->sxy += x * y;
}

static void
add_paired(struct whatworks_group *g, const struct history_record *r, long today, long day)
{
	if (g->nrose == WHATWORKS_ROSE_OF) {
		memmove(g->rose, g->rose + 1, (WHATWORKS_ROSE_OF - 1) * sizeof *g->rose);
		g->nrose--;
	}
	g->rose[g->nrose++] = r->tension_after > r->tension_before;
	g->n++;
	g->before_sum += r->tension_before;
	g->after_sum += r->tension_after;
	add_point(g, today, day, WHATWORKS_TREND_DAYS, r->tension_before);
}

void
whatworks_add(struct whatworks *w, const struct history_record *r)
{
	long day = history_record_day(r);

	if (r->event == HEV_ADVICE_SHOWN && day <= w->today && day > w->advice_day)
		w->advice_day = day;
	if (day <= w->today)
		add_hurts(w, r, day);
	/* evidence only from sessions with a stretch completed */
	if (!history_record_counts(r) || r->speed != 1 || day > w->today)
		return;
	if (r->tension_before >= 0) {
		memmove(w->last_before, w->last_before + 1,
		    (WHATWORKS_HIGH_RUN - 1) * sizeof *w->last_before);
		w->last_before[WHATWORKS_HIGH_RUN - 1] = r->tension_before;
		if (w->nlast < WHATWORKS_HIGH_RUN)
			w->nlast++;
		add_point(&w->recent, w->today, day, WHATWORKS_RISE_DAYS, r->tension_before);
	}
	if (r->tension_before < 0 || r->tension_after < 0)
		return;
	add_paired(routine_group(w, r->routine), r, w->today, day);
	add_paired(&w->times[time_of(r)], r, w->today, day);
}

void
whatworks_feed(void *w, const struct history_record *r)
{
	whatworks_add(w, r);
}

double
whatworks_before(const struct whatworks_group *g)
{
	return g->n > 0 ? (double)g->before_sum / g->n : 0;
}

double
whatworks_after(const struct whatworks_group *g)
{
	return g->n > 0 ? (double)g->after_sum / g->n : 0;
}

double
whatworks_change(const struct whatworks_group *g)
{
	return g->n > 0 ? (double)(g->after_sum - g->before_sum) / g->n : 0;
}

bool
whatworks_shown(const struct whatworks_group *g)
{
	return g->n >= WHATWORKS_MIN_PAIRED;
}

/* The least-squares slope of the trend points, per day; false when it has no meaning. */
static bool
slope(const struct whatworks_group *g, int min, double *per_day)
{
	double den = g->tn * g->sxx - g->sx * g->sx;

	if (g->tn < min || den <= 0)
		return false;
	*per_day = (g->tn * g->sxy - g->sx * g->sy) / den;
	return true;
}

bool
whatworks_trend(const struct whatworks_group *g, double *per_week)
{
	double d;

	if (!slope(g, WHATWORKS_MIN_PAIRED, &d))
		return false;
	*per_week = d * 7;
	return true;
}

/* Most relief (the most negative mean change) first; compared exactly, in whole sums. */
static int
cmp_relief(const void *a, const void *b)
{
	const struct whatworks_group *x = a, *y = b;
	long long cx = (long long)(x->after_sum - x->before_sum) * (y->n ? y->n : 1);
	long long cy = (long long)(y->after_sum - y->before_sum) * (x->n ? x->n : 1);

	if (whatworks_shown(x) != whatworks_shown(y))
		return whatworks_shown(x) ? -1 : 1;
	if (cx != cy)
		return cx < cy ? -1 : 1;
	if (x->n != y->n)
		return y->n - x->n;
	return strcmp(x->key, y->key);
}

void
whatworks_finish(struct whatworks *w)
{
	if (w->nroutines > 1)
		qsort(w->routines, w->nroutines, sizeof *w->routines, cmp_relief);
}

char *
whatworks_line(char *buf, size_t size, const char *name, const struct whatworks_group *g,
    const char *arrow)
{
	/* TRANSLATORS: The first %s is a routine's or stretch's name, then the average tension
	   before (0 to 10), an arrow ("→" or "->"), the average after, and the number of
	   sessions (the plural follows it). */
	snprintf(buf, size, ngettext("%s: %.1f %s %.1f on average over %d session",
	    "%s: %.1f %s %.1f on average over %d sessions", (unsigned long)g->n), name,
	    whatworks_before(g), arrow, whatworks_after(g), g->n);
	return buf;
}

bool
whatworks_high_run(const struct whatworks *w)
{
	if (w->nlast < WHATWORKS_HIGH_RUN)
		return false;
	for (int i = 0; i < WHATWORKS_HIGH_RUN; i++)
		if (w->last_before[i] < WHATWORKS_HIGH_TENSION)
			return false;
	return true;
}

bool
whatworks_rising(const struct whatworks *w)
{
	double d;

	return slope(&w->recent, WHATWORKS_RISE_MIN, &d) && d * 7 * 10 >= WHATWORKS_RISE_TENTHS;
}

bool
whatworks_rose(const struct whatworks_group *g)
{
	int n = 0;

	for (int i = 0; i < g->nrose; i++)
		n += g->rose[i];
	return n >= WHATWORKS_ROSE_TIMES;
}

const char **
whatworks_best(const struct whatworks *w, size_t *n)
{
	const char **ids = xreallocarray(NULL, w->nroutines + 1, sizeof *ids);

	*n = 0;
	for (size_t i = 0; i < w->nroutines; i++)
		if (whatworks_shown(&w->routines[i]) && !whatworks_rose(&w->routines[i]) &&
		    w->routines[i].after_sum < w->routines[i].before_sum)
			ids[(*n)++] = w->routines[i].key;
	return ids;
}

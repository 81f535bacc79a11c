/* programme.c — a programme's progress, from the history's events. */
#define _GNU_SOURCE  /* memmem */
#include "programme.h"

#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "diag.h"
#include "followup.h"
#include "history.h"
#include "history_read.h"
#include "history_stats.h"
#include "i18n.h"
#include "plan.h"
#include "text.h"
#include "today.h"

/* Every programme event's name starts so; lines with neither mark are not parsed at all. */
#define EVENT_MARK "programme-"
/* ... and so does a next-day answer, which may concern a programme's day. */
#define NEXT_DAY_MARK "\"next-day\""

void
programme_track_init(struct programme_track *t)
{
	memset(t, 0, sizeof *t);
	t->calm = 1000;
}

void
programme_track_done(struct programme_track *t)
{
	free(t->id);
	programme_track_init(t);
}

void
programme_track_add(struct programme_track *t, const struct history_record *r, long today)
{
	long day = history_record_day(r);

	if (day > today || r->programme == NULL)
		return;
	switch (r->event) {
	case HEV_PROGRAMME_START:
		free(t->id);
		t->id = xstrdup(r->programme);
		t->start_day = day;
		t->done = r->day > 1 ? r->day - 1 : 0;
		t->step_day = day - 1;
		t->rose = t->worse = false;
		t->calm = 1000;
		break;
	case HEV_PROGRAMME_DAY:
		/* a day dated before its programme began is none of its days; the same
		 * day again counts only as a held day done once more */
		if (t->id != NULL && strcmp(t->id, r->programme) == 0 && day >= t->start_day &&
		    (r->day > t->done || (r->day == t->done && day > t->step_day &&
		    (t->rose || t->worse || t->calm < PROGRAMME_CALM_DAYS)))) {
			t->done = r->day;
			t->step_day = day;
			t->rose = r->tension_before >= 0 && r->tension_after > r->tension_before;
			t->worse = false;
			t->calm++;
		}
		break;
	case HEV_NEXT_DAY:
		if (t->id != NULL && strcmp(t->id, r->programme) == 0 && r->day == t->done &&
		    r->answer == FOLLOWUP_WORSE) {
			t->worse = true;
			t->calm = 0;
		}
		break;
	case HEV_PROGRAMME_STOP:
		if (t->id != NULL && strcmp(t->id, r->programme) == 0)
			programme_track_done(t);
		break;
	default:
		break;
	}
}

/* A routine that goes deep somewhere. */
static bool
goes_deep(const struct routine *r)
{
	for (size_t i = 0; r != NULL && i < r->nitems; i++)
		if (r->items[i].stretch->level == LEVEL_DEEP)
			return true;
	return false;
}

/*
 * Hold the programme on the last day done when that day raised the tension
 * or the next-day check said worse, or when the day due goes deep within
 * PROGRAMME_CALM_DAYS days done of a "worse".
 */
static void
hold(const struct programme_track *t, const struct programme *p, struct programme_today *out)
{
	enum programme_hold why = t->rose ? PROG_HOLD_TENSION : t->worse ? PROG_HOLD_WORSE :
	    out->state == PROG_DUE && goes_deep(out->routine) && t->calm < PROGRAMME_CALM_DAYS ?
	    PROG_HOLD_DEEP : PROG_HOLD_NONE;

	if (why == PROG_HOLD_NONE || t->done < 1 || (size_t)t->done > p->ndays ||
	    p->days[t->done - 1].routine == NULL)
		return;
	out->state = PROG_DUE;
	out->day = t->done;
	out->note = p->days[t->done - 1].note;
	out->routine = p->days[t->done - 1].routine;
	out->held = why;
}

void
programme_today(const struct programme_track *t, const struct programme *p, long today,
    struct programme_today *out)
{
	int next = t->done + 1;
	long due_from = t->step_day + 1;

	memset(out, 0, sizeof *out);
	out->note = "";
	if (t->done > 0 && t->step_day >= today) {
		out->state = PROG_DONE_TODAY;
		out->day = t->done;
		return;
	}
	/* A rest day is taken by the calendar: it passes once its day is over. */
	while (next <= (int)p->ndays && p->days[next - 1].routine == NULL && due_from < today) {
		next++;
		due_from++;
	}
	if (next > (int)p->ndays) {
		out->state = PROG_FINISHED;
		out->day = (int)p->ndays;
		hold(t, p, out);
		return;
	}
	out->day = next;
	out->note = p->days[next - 1].note;
	out->routine = p->days[next - 1].routine;
	out->state = out->routine != NULL ? PROG_DUE : PROG_REST;
	if (out->routine != NULL && due_from < today)
		out->missed = (int)(today - due_from);
	hold(t, p, out);
}

bool
programme_session_counts(const struct programme_today *pt, const char *routine_id,
    int speed, bool quit, int *day)
{
	if (pt->state != PROG_DUE || speed != 1 || quit || pt->routine == NULL ||
	    strcmp(pt->routine->id, routine_id) != 0)
		return false;
	*day = pt->day;
	return true;
}

/* --- reading the events --------------------------------------------------- */

/* Programme events found, each record owned here. */
struct events {
	struct history_record *v;
	size_t n, cap;
};

static void
events_free(struct events *ev)
{
	for (size_t i = 0; i < ev->n; i++)
		history_record_done(&ev->v[i]);
	free(ev->v);
	memset(ev, 0, sizeof *ev);
}

/* What the backwards reading collects: the events newest first, and whether a start or stop is among them. */
struct scan {
	long today;
	struct events all;
	bool found;
};

/* Keep the line when it is a programme event (or a next-day answer) up to today. */
static void
scan_line(void *arg, char *line, size_t n, size_t lineno)
{
	struct scan *sc = arg;
	struct events *ev = &sc->all;
	struct history_record r;
	char *cause;

	(void)lineno;
	/* most lines are sessions: only those that name an event are parsed */
	if (memmem(line, n, EVENT_MARK, strlen(EVENT_MARK)) == NULL &&
	    memmem(line, n, NEXT_DAY_MARK, strlen(NEXT_DAY_MARK)) == NULL)
		return;
	history_record_init(&r);
	if (history_parse_line(line, n, &r, &cause) == -1)
		free(cause);
	else if (r.programme != NULL && history_record_day(&r) <= sc->today) {
		if (ev->n == ev->cap) {
			ev->cap = ev->cap ? ev->cap * 2 : 16;
			ev->v = xreallocarray(ev->v, ev->cap, sizeof *ev->v);
		}
		sc->found |= r.event == HEV_PROGRAMME_START || r.event == HEV_PROGRAMME_STOP;
		ev->v[ev->n++] = r;
		history_record_init(&r);
	}
	history_record_done(&r);
}

/*
 * After each block: enough once a start or a stop is among the events
 * (nothing before it matters), or once PROGRAMME_SCAN_MOST bytes are read
 * (`status` stays prompt on a huge file; a programme begun further back is
 * long over).
 */
static int
scan_enough(void *arg, off_t done, bool at_start)
{
	struct scan *sc = arg;

	(void)at_start;
	return sc->found || done >= PROGRAMME_SCAN_MOST ? HISTORY_READ_STOP : HISTORY_READ_ON;
}

int
programme_track_load(const char *path, long today, struct programme_track *t, char **cause)
{
	struct scan sc = { .today = today };
	struct history_reader rd = { .line = scan_line, .block = scan_enough, .arg = &sc,
	    .backwards = true, .first = PROGRAMME_SCAN_BLOCK, .most = PROGRAMME_SCAN_BLOCK };
	int rc = history_read(path, &rd, cause);

	for (size_t i = sc.all.n; rc == 0 && i-- > 0; )
		programme_track_add(t, &sc.all.v[i], today);
	events_free(&sc.all);
	return rc;
}

/* --- words ---------------------------------------------------------------- */

char *
programme_headline(char *buf, size_t size, const struct programme *p,
    const struct programme_today *pt, const char *sep, const struct today_needs *needs)
{
	char len[32];
	struct today *t;

	switch (pt->state) {
	case PROG_DUE:
		t = today_plan(pt->routine, needs);
		text_duration(len, sizeof len, today_seconds(t));
		if (today_state(t) == TODAY_RUNS)
			/* TRANSLATORS: day, days, a separator " · ", the routine, the separator, its length. */
			snprintf(buf, size, _("Day %d of %zu%s%s%s%s"), pt->day, p->ndays, sep,
			    pt->routine->name, sep, len);
		else
			/* TRANSLATORS: A programme's day whose routine does not run for this person (their
			   health conditions leave nothing of it): the day, the days it has, a separator
			   (" · " or " - "), then the routine's name. */
			snprintf(buf, size, _("Day %d of %zu%s%s"), pt->day, p->ndays, sep,
			    pt->routine->name);
		today_free(t);
		break;
	case PROG_REST:
		/* TRANSLATORS: A programme's line on the main menu: the day, the days it has, then a
		   separator (" · " or " - ") before "rest day". Keep it short: it is cut at the menu's
		   width. */
		snprintf(buf, size, _("Day %d of %zu%srest day"), pt->day, p->ndays, sep);
		break;
	case PROG_DONE_TODAY:
		if ((size_t)pt->day < p->ndays)
			/* TRANSLATORS: A programme's line on the main menu: the day done, the days it has, a
			   separator (" · " or " - "), then the next day's number. Keep it short: it is cut at
			   the menu's width. */
			snprintf(buf, size, _("Day %d of %zu done%sday %d is tomorrow"), pt->day,
			    p->ndays, sep, pt->day + 1);
		else
			/* TRANSLATORS: A programme's line on the main menu: the day done, the days it has, a
			   separator (" · " or " - "), then the programme's name. Keep it short: it is cut at
			   the menu's width. */
			snprintf(buf, size, _("Day %d of %zu done%s%s complete"), pt->day, p->ndays,
			    sep, p->name);
		break;
	case PROG_FINISHED:
		/* TRANSLATORS: the programme's name, then the days done and the days it has. */
		snprintf(buf, size, ngettext("%s complete: %zu of %zu day", "%s complete: %zu of %zu days",
		    p->ndays), p->name, p->ndays, p->ndays);
		break;
	}
	return buf;
}

char *
programme_hold_text(char *buf, size_t size, const struct programme_today *pt)
{
	if (pt->state != PROG_DUE || pt->held == PROG_HOLD_NONE)
		snprintf(buf, size, "%s", "");
	else if (pt->held == PROG_HOLD_TENSION)
		/* TRANSLATORS: %d is the programme's day that is offered again. */
		snprintf(buf, size, _("Day %d comes again: your back felt tighter after it than "
		    "before, so the programme waits before it moves on."), pt->day);
	else if (pt->held == PROG_HOLD_WORSE)
		/* TRANSLATORS: %d is the programme's day that is offered again. */
		snprintf(buf, size, _("Day %d comes again: the day after it you said your back felt "
		    "worse, so the programme waits before it moves on."), pt->day);
	else
		/* TRANSLATORS: %d is the programme's day that is offered again. "worse" is the answer
		   of the next-day check: use the same word as that answer. */
		snprintf(buf, size, _("Day %d comes again: the next day goes deeper, and that waits "
		    "for two days without \"worse\"."), pt->day);
	return buf;
}

char *
programme_resume_text(char *buf, size_t size, const struct programme_today *pt)
{
	if (pt->state != PROG_DUE || pt->missed <= 0)
		snprintf(buf, size, "%s", "");
	else if (pt->missed == 1)
		/* TRANSLATORS: %d is the programme's day that waits. */
		snprintf(buf, size, _("Welcome back: day %d waited a day for you. A missed day "
		    "never resets a programme; carry on from here."), pt->day);
	else
		/* TRANSLATORS: The first %d is the programme's day that waits, the second how many
		   days it waited (2 or more). */
		snprintf(buf, size, _("Welcome back: day %d waited %d days for you. A missed day "
		    "never resets a programme; carry on from here."), pt->day, pt->missed);
	return buf;
}

/* --- the running programme ------------------------------------------------ */

int
programme_current(const struct catalogue *c, const char *path, long today,
    struct programme_now *now, char **cause)
{
	memset(now, 0, sizeof *now);
	programme_track_init(&now->track);
	now->day = today;
	if (programme_track_load(path, today, &now->track, cause) == -1)
		return -1;
	if (now->track.id != NULL && c != NULL)
		now->p = catalogue_find_programme(c, now->track.id);
	if (now->p != NULL)
		programme_today(&now->track, now->p, today, &now->today);
	return 0;
}

void
programme_now_done(struct programme_now *now)
{
	programme_track_done(&now->track);
	memset(now, 0, sizeof *now);
}

void
programme_event(struct history_record *r, int kind, const struct programme *p, int day, long t)
{
	const struct routine *rt = day >= 1 && (size_t)day <= p->ndays ?
	    p->days[day - 1].routine : NULL;

	r->event = (enum history_event)kind;
	r->routine = xstrdup(rt != NULL ? rt->id : p->id);
	r->programme = xstrdup(p->id);
	r->day = day;
	r->started = r->ended = (time_t)t;
}

/* programme.c — a programme's progress, from the history's events. */
#include "programme.h"

#include <sys/file.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "diag.h"
#include "history.h"
#include "history_stats.h"
#include "i18n.h"
#include "plan.h"
#include "text.h"

/* Every programme event's name starts so; other lines are not parsed at all. */
#define EVENT_MARK "programme-"

void
programme_track_init(struct programme_track *t)
{
	memset(t, 0, sizeof *t);
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
		break;
	case HEV_PROGRAMME_DAY:
		/* a day dated before its programme began is none of its days */
		if (t->id != NULL && strcmp(t->id, r->programme) == 0 && r->day > t->done &&
		    day >= t->start_day) {
			t->done = r->day;
			t->step_day = day;
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
		return;
	}
	out->day = next;
	out->note = p->days[next - 1].note;
	out->routine = p->days[next - 1].routine;
	out->state = out->routine != NULL ? PROG_DUE : PROG_REST;
	if (out->routine != NULL && due_from < today)
		out->missed = (int)(today - due_from);
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

/* Parse the line at [s, e) and keep it when it is a programme event up to today. */
static void
scan_line(char *s, char *e, long today, struct events *ev)
{
	struct history_record r;
	char *cause, saved = *e;

	*e = '\0';
	history_record_init(&r);
	if (history_parse_line(s, (size_t)(e - s), &r, &cause) == -1)
		free(cause);
	else if (r.programme != NULL && history_record_day(&r) <= today) {
		if (ev->n == ev->cap) {
			ev->cap = ev->cap ? ev->cap * 2 : 16;
			ev->v = xreallocarray(ev->v, ev->cap, sizeof *ev->v);
		}
		ev->v[ev->n++] = r;
		history_record_init(&r);
	}
	history_record_done(&r);
	*e = saved;
}

/*
 * The first EVENT_MARK in [p, end), or NULL; *end must be '\0'. strstr is
 * fast, and a NUL byte (a damaged line) only makes it look further on.
 */
static char *
find_mark(char *p, const char *end)
{
	while (p < end) {
		char *hit = strstr(p, EVENT_MARK);

		if (hit != NULL)
			return hit;
		p += strlen(p) + 1;
	}
	return NULL;
}

/* The events among the lines of buf[0, n), in file order (buf[n] must be writable). */
static void
scan_block(char *buf, size_t n, long today, struct events *ev)
{
	char *p = buf, *end = buf + n, saved = *end;

	*end = '\0';
	while (p < end) {
		char *hit = find_mark(p, end);
		char *s, *e;

		if (hit == NULL)
			break;
		for (s = hit; s > p && s[-1] != '\n'; s--)
			;
		e = memchr(hit, '\n', (size_t)(end - hit));
		if (e == NULL)
			e = end;
		if ((size_t)(e - s) <= HISTORY_LINE_MAX)
			scan_line(s, e, today, ev);
		p = e + 1;
	}
	*end = saved;
}

/*
 * Read the file backwards a block at a time, keeping its programme events
 * newest first in *all, until a start or a stop is among them: nothing
 * before it matters, or until PROGRAMME_SCAN_MOST bytes are read (`status`
 * stays prompt on a huge file; a programme begun further back is long
 * over). A line cut by a block's start is carried to the block before it.
 */
static int
scan_back(int fd, off_t pos, long today, struct events *all)
{
	char *carry = NULL;
	size_t ncarry = 0;
	bool found = false;
	off_t end = pos;

	while (pos > 0 && !found && end - pos < PROGRAMME_SCAN_MOST) {
		off_t from = pos > PROGRAMME_SCAN_BLOCK ? pos - PROGRAMME_SCAN_BLOCK : 0;
		size_t len = (size_t)(pos - from), total = len + ncarry, skip = 0;
		char *buf = xmalloc(total + 1), *nl;
		struct events blk = { NULL, 0, 0 };

		if (history_read_at(fd, buf, len, from) == -1) {
			free(buf);
			free(carry);
			return -1;
		}
		if (ncarry > 0)
			memcpy(buf + len, carry, ncarry);
		free(carry);
		carry = NULL;
		ncarry = 0;
		if (from > 0) {
			/* the first line may have begun in the block before */
			nl = memchr(buf, '\n', total);
			skip = nl != NULL ? (size_t)(nl - buf) + 1 : total;
			if (skip - (nl != NULL) <= HISTORY_LINE_MAX) {
				ncarry = skip - (nl != NULL);
				carry = memcpy(xmalloc(ncarry + 1), buf, ncarry);
			}
		}
		scan_block(buf + skip, total - skip, today, &blk);
		for (size_t i = blk.n; i-- > 0; ) {
			found |= blk.v[i].event == HEV_PROGRAMME_START ||
			    blk.v[i].event == HEV_PROGRAMME_STOP;
			if (all->n == all->cap) {
				all->cap = all->cap ? all->cap * 2 : 16;
				all->v = xreallocarray(all->v, all->cap, sizeof *all->v);
			}
			all->v[all->n++] = blk.v[i];
		}
		free(blk.v);
		free(buf);
		pos = from;
	}
	free(carry);
	return 0;
}

/* The programme_track to feed, and the day, as history_read_file() passes them on. */
struct scan_args {
	long today;
	struct programme_track *t;
};

static int
scan_fd(int fd, off_t size, void *arg)
{
	struct scan_args *sa = arg;
	struct events all = { NULL, 0, 0 };
	int rc = scan_back(fd, size, sa->today, &all);

	for (size_t i = all.n; rc == 0 && i-- > 0; )
		programme_track_add(sa->t, &all.v[i], sa->today);
	events_free(&all);
	return rc;
}

int
programme_track_load(const char *path, long today, struct programme_track *t, char **cause)
{
	struct scan_args sa = { today, t };

	return history_read_file(path, scan_fd, &sa, cause);
}

/* --- words ---------------------------------------------------------------- */

char *
programme_headline(char *buf, size_t size, const struct programme *p,
    const struct programme_today *pt, const char *sep)
{
	char len[32];
	struct plan *pl;

	switch (pt->state) {
	case PROG_DUE:
		pl = plan_new(pt->routine);
		text_duration(len, sizeof len, pl->total_s);
		plan_free(pl);
		/* TRANSLATORS: day, days, a separator " · ", the routine, the separator, its length. */
		snprintf(buf, size, _("Day %d of %zu%s%s%s%s"), pt->day, p->ndays, sep,
		    pt->routine->name, sep, len);
		break;
	case PROG_REST:
		snprintf(buf, size, _("Day %d of %zu%srest day"), pt->day, p->ndays, sep);
		break;
	case PROG_DONE_TODAY:
		if ((size_t)pt->day < p->ndays)
			snprintf(buf, size, _("Day %d of %zu done%sday %d is tomorrow"), pt->day,
			    p->ndays, sep, pt->day + 1);
		else
			snprintf(buf, size, _("Day %d of %zu done%s%s complete"), pt->day, p->ndays,
			    sep, p->name);
		break;
	case PROG_FINISHED:
		snprintf(buf, size, _("%s complete: %zu of %zu days"), p->name, p->ndays, p->ndays);
		break;
	}
	return buf;
}

char *
programme_resume_text(char *buf, size_t size, const struct programme_today *pt)
{
	if (pt->state != PROG_DUE || pt->missed <= 0)
		snprintf(buf, size, "%s", "");
	else if (pt->missed == 1)
		snprintf(buf, size, _("Welcome back: day %d waited a day for you. A missed day "
		    "never resets a programme; carry on from here."), pt->day);
	else
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

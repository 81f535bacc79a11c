/* ui_words.c — a session's lines as both front ends word them: hurt, skipped, time, tension, streak. */
#include <stdio.h>

#include "frontend.h"
#include "history_stats.h"
#include "i18n.h"
#include "safety.h"
#include "session.h"
#include "text.h"

/* The stretch of item i of s's routine, or NULL past the end. */
static const struct stretch *
item_stretch(const struct session *s, size_t i)
{
	const struct routine *r = session_plan(s)->routine;

	return i < r->nitems ? r->items[i].stretch : NULL;
}

void
frontend_hurt_message(char *buf, size_t size, const struct session *s)
{
	const struct stretch *x = item_stretch(s, session_hurt_item(s));

	/* TRANSLATORS: %s is a stretch, %d the days it is left out of routines (7). */
	snprintf(buf, size, _("%s is marked \"hurt\" and left out for %d days."),
	    x != NULL ? x->name : _("This stretch"), HISTORY_HURT_DAYS);
}

void
frontend_time_line(char *buf, size_t size, const struct session *s, int64_t now, long span_s,
    int speed)
{
	/* the plan as the session screen showed it and the history records it */
	long plan_s = session_planned_s(s);
	char span[16], planned[16], active[16], sim[48] = "";

	if (speed != 1)
		/* TRANSLATORS: after the session's time at --speed N: " simulated at 10x speed". */
		snprintf(sim, sizeof sim, _(" simulated at %dx speed"), speed);
	/* TRANSLATORS: the session's time, the simulated note, the planned time, the time stretching. */
	snprintf(buf, size, _("%s%s (planned %s, %s of it stretching)"),
	    text_clock(span, sizeof span, span_s), sim,
	    text_clock(planned, sizeof planned, plan_s),
	    text_clock(active, sizeof active, (long)(session_active_ms(s, now) / 1000)));
}

const char *const *
frontend_summary_advice(const struct session *s, size_t *n)
{
	const struct routine *r = session_plan(s)->routine;
	unsigned areas = 0;
	const char *const *lines;

	/* the red flags of every body area a stretch marked hurt works */
	for (size_t i = 0; i < r->nitems; i++)
		if (session_item_state(s, i) == ITEM_HURT)
			areas |= r->items[i].stretch->areas;
	lines = safety_hurt_lines(areas, n);

	/* its first line says to come out and rest: only when the session stopped there */
	if (!session_was_quit(s) && *n > 0) {
		lines++;
		--*n;
	}
	return lines;
}

void
frontend_skip_message(char *buf, size_t size, const struct session *s)
{
	const struct stretch *x = item_stretch(s, session_hurt_item(s));

	if (x == NULL)
		*buf = '\0';
	else if (session_skip_ends_rest(s))
		/* TRANSLATORS: %s is the next stretch's name. */
		snprintf(buf, size, _("Rest skipped: on to %s"), x->name);
	else
		/* TRANSLATORS: %s is the stretch skipped. */
		snprintf(buf, size, _("Skipped %s"), x->name);
}

char *
frontend_tension_text(char *buf, size_t size, int before, int after, const char *arrow)
{
	char b[16] = "-", a[16] = "-";

	if (before >= 0)
		snprintf(b, sizeof b, "%d", before);
	if (after >= 0)
		snprintf(a, sizeof a, "%d", after);
	snprintf(buf, size, "%s %s %s", b, arrow, a);
	return buf;
}

char *
frontend_streak_text(char *buf, size_t size, int streak)
{
	/* TRANSLATORS: The summary's Streak row: %d is the days in a row with a session (5). */
	snprintf(buf, size, ngettext("%d day in a row", "%d days in a row", (unsigned long)streak), streak);
	return buf;
}

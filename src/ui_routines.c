/*
 * ui_routines.c — the routine lists both front ends show, as they run for
 * this person today (today_plan()): what is left out and why, the order,
 * what suits, what hurt lately.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "frontend.h"
#include "i18n.h"
#include "profile.h"
#include "text.h"
#include "today.h"

/* Up to this many routines left out are named under a list; more are counted. */
#define DROPPED_NAMED 3

struct today *
frontend_today(const struct run_opts *o, const struct routine *r)
{
	return today_plan(r, o->today);
}

size_t
frontend_drop_unsuited(const struct run_opts *o, const struct routine **list, size_t n,
    size_t *dropped)
{
	const struct routine **gone = xcalloc(n + 1, sizeof *gone);
	size_t kept = 0, ngone = 0;

	for (size_t i = 0; i < n; i++) {
		struct today *t = frontend_today(o, list[i]);

		if (today_state(t) != TODAY_NONE_SUITS)
			list[kept++] = list[i];
		else
			gone[ngone++] = list[i];
		today_free(t);
	}
	*dropped = ngone;
	memcpy(list + kept, gone, ngone * sizeof *gone);
	free(gone);
	return kept;
}

void
frontend_order(const struct run_opts *o, const struct routine **list, size_t n, int scope)
{
	enum routine_time own = scope == MENU_MORNING ? RTIME_MORNING :
	    scope == MENU_EVENING ? RTIME_EVENING : RTIME_ANY;
	const struct routine **rest = xcalloc(n + 1, sizeof *rest);
	size_t k = 0, nrest = 0;

	for (size_t i = 0; i < n; i++) {
		if (own == RTIME_ANY || list[i]->time == own)
			list[k++] = list[i];
		else
			rest[nrest++] = list[i];
	}
	memcpy(list + k, rest, nrest * sizeof *rest);
	free(rest);
	profile_suiting_first(o->profile, list, k, o->today);
	profile_suiting_first(o->profile, list + k, n - k, o->today);
}

/* Routines gone[i] for i in pick (n of them) named, joined by ", ", into buf (safe to show). */
static void
dropped_names(char *buf, size_t size, const struct routine *const *gone, const size_t *pick,
    size_t n)
{
	*buf = '\0';
	for (size_t i = 0; i < n; i++) {
		char *name = text_safe(gone[pick[i]]->name);
		size_t len = strlen(buf);

		snprintf(buf + len, size - len, "%s%s", i > 0 ? ", " : "", name);
		free(name);
	}
}

/*
 * The sentence on the n routines of gone listed in pick, left out for their
 * shape (a warm-up first and a calm end could not be kept) or because no
 * stretch suits, appended to buf: named when few and not brief, else counted.
 */
static void
dropped_part(char *buf, size_t size, const struct routine *const *gone, const size_t *pick,
    size_t n, bool shape, bool brief)
{
	size_t len = strlen(buf);
	char names[256];

	if (n == 0)
		return;
	if (len > 0 && len + 1 < size)
		buf[len++] = ' ';
	dropped_names(names, sizeof names, gone, pick, n);
	if ((brief || n > DROPPED_NAMED) && shape)
		/* TRANSLATORS: %zu counts the routines not shown in the list. */
		snprintf(buf + len, size - len, ngettext("%zu routine left out: with your health "
		    "conditions and settings, too few of its stretches are left to start gently and "
		    "end calmly.", "%zu routines left out: with your health conditions and settings, "
		    "too few of their stretches are left to start gently and end calmly.",
		    (unsigned long)n), n);
	else if (brief || n > DROPPED_NAMED)
		/* TRANSLATORS: %zu counts the routines not shown in the list. */
		snprintf(buf + len, size - len, ngettext("%zu routine left out: none of its stretches "
		    "suits your health conditions or your kneeling and floor settings.", "%zu routines "
		    "left out: none of their stretches suits your health conditions or your kneeling "
		    "and floor settings.", (unsigned long)n), n);
	else if (shape)
		/* TRANSLATORS: %s names the routines not shown in the list ("Back-Bend Relief, Upper-Back Reset"); the count decides the form. */
		snprintf(buf + len, size - len, ngettext("%s left out: with your health conditions "
		    "and settings, too few of its stretches are left to start gently and end calmly.",
		    "%s left out: with your health conditions and settings, too few of their stretches "
		    "are left to start gently and end calmly.", (unsigned long)n), names);
	else
		/* TRANSLATORS: %s names the routines not shown in the list ("Back-Bend Relief, Upper-Back Reset"); the count decides the form. */
		snprintf(buf + len, size - len, ngettext("%s left out: none of its stretches suits "
		    "your health conditions or your kneeling and floor settings.", "%s left out: none "
		    "of their stretches suits your health conditions or your kneeling and floor "
		    "settings.", (unsigned long)n), names);
}

const char *
frontend_dropped_line(const struct run_opts *o, const struct routine *const *gone, size_t n,
    bool brief, char *buf, size_t size)
{
	size_t *shape = xcalloc(n + 1, sizeof *shape), *none = xcalloc(n + 1, sizeof *none);
	size_t nshape = 0, nnone = 0, len;

	if (o->today != NULL && (o->today->adapt.conditions & COND_RECENT_SURGERY))
		/* TRANSLATORS: %zu counts the routines not shown in the list. */
		snprintf(buf, size, ngettext("%zu routine left out: after an operation only walking "
		    "and breathing, until your surgical team says more.", "%zu routines left out: after "
		    "an operation only walking and breathing, until your surgical team says more.",
		    (unsigned long)n), n);
	else {
		for (size_t i = 0; i < n; i++) {
			struct today *t = frontend_today(o, gone[i]);

			if (today_shape_lost(t))
				shape[nshape++] = i;
			else
				none[nnone++] = i;
			today_free(t);
		}
		*buf = '\0';
		dropped_part(buf, size, gone, none, nnone, false, brief);
		dropped_part(buf, size, gone, shape, nshape, true, brief);
		len = strlen(buf);
		/* TRANSLATORS: About your back is the main menu's entry of that name, as translated there. */
		snprintf(buf + len, size - len, " %s", _("Change your health conditions under About "
		    "your back."));
	}
	free(shape);
	free(none);
	return buf;
}

bool
frontend_stretch_hurt(const struct run_opts *o, const char *id)
{
	const char *const *hurt = o->today != NULL ? o->today->hurt : o->hurt;
	size_t n = o->today != NULL ? o->today->nhurt : o->nhurt;

	for (size_t k = 0; k < n; k++)
		if (strcmp(id, hurt[k]) == 0)
			return true;
	return false;
}

bool
frontend_routine_suits(const struct run_opts *o, const struct routine *r)
{
	return profile_suits_today(o->profile, r, o->today);   /* what runs, as it runs */
}

bool
frontend_routine_hurt(const struct run_opts *o, const struct routine *r, const char **which)
{
	for (size_t i = 0; i < r->nitems; i++) {
		if (frontend_stretch_hurt(o, r->items[i].stretch->id)) {
			if (which != NULL)
				*which = r->items[i].stretch->name;
			return true;
		}
	}
	return false;
}

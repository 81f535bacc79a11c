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
#include "today.h"

struct today *
frontend_today(const struct run_opts *o, const struct routine *r)
{
	return today_plan(r, o->today);
}

size_t
frontend_drop_unsuited(const struct run_opts *o, const struct routine **list, size_t n,
    size_t *dropped)
{
	size_t kept = 0;

	for (size_t i = 0; i < n; i++) {
		struct today *t = frontend_today(o, list[i]);

		if (today_state(t) != TODAY_NONE_SUITS)
			list[kept++] = list[i];
		today_free(t);
	}
	*dropped = n - kept;
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

const char *
frontend_dropped_line(const struct run_opts *o, size_t dropped, char *buf, size_t size)
{
	bool surgery = o->today != NULL && (o->today->adapt.conditions & COND_RECENT_SURGERY);

	if (surgery)
		/* TRANSLATORS: %zu counts the routines not shown in the list. */
		snprintf(buf, size, ngettext("%zu routine left out: after an operation only walking "
		    "and breathing, until your surgical team says more.", "%zu routines left out: after "
		    "an operation only walking and breathing, until your surgical team says more.",
		    (unsigned long)dropped), dropped);
	else
		/* TRANSLATORS: %zu counts the routines not shown in the list. */
		snprintf(buf, size, ngettext("%zu routine left out: none of its stretches suits your "
		    "health conditions or your kneeling and floor settings.", "%zu routines left out: "
		    "none of their stretches suits your health conditions or your kneeling and floor "
		    "settings.", (unsigned long)dropped), dropped);
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

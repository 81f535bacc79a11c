/* builder_fit.c — fit a routine to the minutes asked, or leave out what hurt lately. */
#include "builder.h"
#include "builder_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "history_stats.h"
#include "i18n.h"
#include "text.h"

/* Areas item i alone covers in b. */
static int
unique_areas(const struct built *b, size_t i)
{
	unsigned others = 0;

	for (size_t k = 0; k < b->n; k++)
		if (k != i)
			others |= b->items[k].stretch->areas;
	return __builtin_popcount(b->items[i].stretch->areas & ~others);
}

/* How many other stretches in b share each area of item i, summed: higher is more redundant. */
static int
overlap(const struct built *b, size_t i)
{
	int n = 0;

	for (size_t k = 0; k < b->n; k++)
		if (k != i)
			n += __builtin_popcount(b->items[k].stretch->areas & b->items[i].stretch->areas);
	return n;
}

/* True when another stretch of b is a variation of the same move as item i. */
static bool
repeats_family(const struct built *b, size_t i)
{
	for (size_t k = 0; k < b->n; k++)
		if (k != i && strcmp(b->items[k].stretch->family, b->items[i].stretch->family) == 0)
			return true;
	return false;
}

/*
 * The middle stretch least missed: a second variation of a move first, then
 * the one with the fewest areas of its own, then the one most overlapped,
 * then the later one.
 */
static size_t
least_essential(const struct built *b)
{
	size_t pick = 1;

	for (size_t i = 2; i + 1 < b->n; i++) {
		int d = (int)repeats_family(b, pick) - (int)repeats_family(b, i);

		if (d == 0)
			d = unique_areas(b, i) - unique_areas(b, pick);
		if (d == 0)
			d = overlap(b, pick) - overlap(b, i);
		if (d <= 0)
			pick = i;
	}
	return pick;
}

/* "Fitted ... left out A, B; shortened C 45 to 30 s." */
static char *
fit_note(const struct built *b, const struct routine *r, int minutes, long before, char *dropped)
{
	char *changed = NULL, *parts = NULL, *out, *t, was[16], now[16];
	bool longer = false;

	for (size_t i = 0; i < b->n; i++) {
		if (built_is_hold(&b->items[i]) && b->items[i].hold != b->base[i]) {
			/* TRANSLATORS: a hold that was changed: "Child's Pose 45 to 30 s". */
			t = xasprintf(_("%s %d to %d s"), b->items[i].stretch->name, b->base[i],
			    b->items[i].hold);
			longer = b->items[i].hold > b->base[i];
			built_add_name(&changed, t);
			free(t);
		}
	}
	if (dropped != NULL)
		parts = xasprintf(_("left out %s"), dropped);
	if (changed != NULL) {
		t = xasprintf(longer ? _("lengthened %s") : _("shortened %s"), changed);
		out = xasprintf("%s%s%s", parts ? parts : "", parts ? "; " : "", t);
		free(parts);
		free(t);
		parts = out;
	}
	text_clock(was, sizeof was, before);
	text_clock(now, sizeof now, b->seconds);
	if (b->seconds > minutes * 60L || b->seconds < minutes * 60L * (1 - BUILT_UNDER))
		/* TRANSLATORS: a routine, its length, the minutes asked, the nearest length, why; then what changed. */
		out = xasprintf(_("%s (%s) can come no nearer to %d min than %s: %s%s%s."), r->name, was,
		    minutes, now, b->seconds > minutes * 60L ?
		    _("it keeps its first and last stretch at their shortest holds") :
		    _("holds go to at most twice their length"), parts ? "; " : "", parts ? parts : "");
	else
		/* TRANSLATORS: a routine, its length, the minutes asked, what changed. */
		out = xasprintf(_("Fitted %s (%s) to %d min: %s."), r->name, was, minutes,
		    parts ? parts : _("unchanged"));
	free(parts);
	free(changed);
	return out;
}

struct built *
builder_fit(const struct routine *r, int minutes)
{
	struct built *b = built_new(r->nitems);
	long target = (long)minutes * 60, before;
	char *dropped = NULL;

	b->routine.time = r->time;
	b->routine.rest = r->rest;
	for (size_t i = 0; i < r->nitems; i++)
		built_insert(b, b->n, r->items[i], r->items[i].hold);
	before = built_total(b);
	/* leave stretches out before holds are cut short; the first and last stay */
	while (b->n > 2 && built_total(b) > target) {
		size_t i = least_essential(b);
		struct routine_item it = b->items[i];
		int base = b->base[i];

		built_remove(b, i);
		/* the last one out comes back when shorter holds make room for it */
		if (built_total(b) < target * (1 - BUILT_UNDER) && b->n > 1) {
			built_insert(b, i, it, base);
			if (built_balance(b, target) <= target && built_total(b) >= target * (1 - BUILT_UNDER))
				break;
			built_remove(b, i);
		}
		built_add_name(&dropped, it.stretch->name);
	}
	built_balance(b, target);
	b->name = xstrdup(r->name);
	b->description = xstrdup(r->description);
	built_finish(b, r->id);
	b->note = fit_note(b, r, minutes, before, dropped);
	free(dropped);
	return b;
}

struct built *
builder_without(const struct routine *r, const char *const *ids, size_t nids)
{
	struct built *b = built_new(r->nitems);
	char *left = NULL;

	b->routine.time = r->time;
	b->routine.rest = r->rest;
	for (size_t i = 0; i < r->nitems; i++) {
		bool out = false;

		for (size_t k = 0; k < nids && !out; k++)
			out = strcmp(r->items[i].stretch->id, ids[k]) == 0;
		if (out)
			built_add_name(&left, r->items[i].stretch->name);
		else
			built_insert(b, b->n, r->items[i], r->items[i].hold);
	}
	if (left == NULL) {
		built_free(b);
		return NULL;
	}
	b->name = xstrdup(r->name);
	b->description = xstrdup(r->description);
	built_finish(b, r->id);
	b->note = xasprintf(r->nitems - b->n > 1 ?
	    _("Left out, marked hurt in the last %d days: %s (--include-hurt keeps them).") :
	    _("Left out, marked hurt in the last %d days: %s (--include-hurt keeps it)."),
	    HISTORY_HURT_DAYS, left);
	free(left);
	return b;
}

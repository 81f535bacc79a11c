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
 * The area the routine is most for: each stretch after the warm-up counts
 * once, shared among its areas (a wrist stretch is all wrists).
 */
static unsigned
main_area(const struct routine *r)
{
	double weight[AREA_COUNT] = { 0 };
	int best = 0;

	for (size_t i = r->nitems > 1 ? 1 : 0; i < r->nitems; i++) {
		unsigned a = r->items[i].stretch->areas;

		for (int k = 0; k < AREA_COUNT; k++)
			if (a & (1u << k))
				weight[k] += 1.0 / __builtin_popcount(a);
	}
	for (int k = 1; k < AREA_COUNT; k++)
		if (weight[k] > weight[best])
			best = k;
	return 1u << best;
}

/* What a fitted routine keeps: a move (a hold, when it has one) for its main area. */
struct purpose {
	unsigned area;
	bool hold;
};

static bool
for_area(const struct purpose *p, const struct stretch *s)
{
	return (s->areas & p->area) && (!p->hold || s->kind == KIND_STATIC);
}

/* The main area of r, and whether a hold works it. */
static struct purpose
purpose_of(const struct routine *r)
{
	struct purpose p = { main_area(r), false };

	for (size_t i = 0; i < r->nitems; i++)
		p.hold |= (r->items[i].stretch->areas & p.area) && r->items[i].stretch->kind == KIND_STATIC;
	return p;
}

/* True when item i is the last of b for the main area, the last strength move or the last release. */
static bool
keeps_purpose(const struct built *b, size_t i, const struct purpose *main)
{
	const struct stretch *s = b->items[i].stretch;
	bool area = for_area(main, s), strength = s->kind == KIND_STRENGTH;
	bool release = s->kind == KIND_RELEASE;

	for (size_t k = 0; k < b->n; k++) {
		const struct stretch *o = b->items[k].stretch;

		if (k == i)
			continue;
		area &= !for_area(main, o);
		strength &= o->kind != KIND_STRENGTH;
		release &= o->kind != KIND_RELEASE;
	}
	return area || strength || release;
}

/*
 * The middle stretch least missed, never one that keeps the routine's
 * purpose: a second variation of a move first, then the one with the
 * fewest areas of its own, then the one most overlapped, then the later
 * one. Returns 0 when every middle stretch is needed.
 */
static size_t
least_essential(const struct built *b, const struct purpose *main)
{
	size_t pick = 0;

	for (size_t i = 1; i + 1 < b->n; i++) {
		int d;

		if (keeps_purpose(b, i, main))
			continue;
		if (pick == 0) {
			pick = i;
			continue;
		}
		d = (int)repeats_family(b, pick) - (int)repeats_family(b, i);

		if (d == 0)
			d = unique_areas(b, i) - unique_areas(b, pick);
		if (d == 0)
			d = overlap(b, pick) - overlap(b, i);
		if (d <= 0)
			pick = i;
	}
	return pick;
}

/* Fewer sets, then fewer reps (down to two thirds, and never under 3), until the total fits. */
static void
trim_counts(struct built *b, long target)
{
	bool moved = true;

	for (size_t i = 0; i < b->n; i++)
		while (b->items[i].sets > 1 && built_total(b) > target)
			b->items[i].sets--;
	while (moved && built_total(b) > target) {
		moved = false;
		for (size_t i = 0; i < b->n && built_total(b) > target; i++) {
			struct routine_item *it = &b->items[i];
			int least = it->stretch->reps * 2 / 3 > 3 ? it->stretch->reps * 2 / 3 : 3;

			if (it->reps > least) {
				it->reps--;
				moved = true;
			}
		}
	}
}

/* The names of the stretches still in b with fewer sets or reps than in r (malloc'd), or NULL. */
static char *
trimmed_names(const struct built *b, const struct routine *r)
{
	char *list = NULL;

	for (size_t i = 0; i < b->n; i++)
		for (size_t k = 0; k < r->nitems; k++)
			if (r->items[k].stretch == b->items[i].stretch &&
			    (b->items[i].sets < r->items[k].sets || b->items[i].reps < r->items[k].reps)) {
				built_add_name(&list, b->items[i].stretch->name);
				break;
			}
	return list;
}

/* "Fitted ... left out A, B; shortened C 45 to 30 s." */
static char *
fit_note(const struct built *b, const struct routine *r, int minutes, long before, char *dropped,
    char *trimmed)
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
	if (trimmed != NULL)
		/* TRANSLATORS: %s is a list of stretch names. One part of the changes made to fit the
		   minutes asked; the parts are joined with "; ". */
		parts = xasprintf(_("fewer sets or reps for %s"), trimmed);
	if (dropped != NULL) {
		/* TRANSLATORS: %s is a list of stretch names. One part of the changes made to fit the
		   minutes asked; the parts are joined with "; ". */
		t = xasprintf(_("left out %s"), dropped);
		out = xasprintf("%s%s%s", parts ? parts : "", parts ? "; " : "", t);
		free(parts);
		free(t);
		parts = out;
	}
	if (changed != NULL) {
		/* TRANSLATORS: %s is a list of holds that changed, such as "Child's Pose 30 to 45 s".
		   One part of the changes made to fit the minutes asked; the parts are joined with ";
		   ". */
		t = xasprintf(longer ? _("lengthened %s") :
		    /* TRANSLATORS: %s is a list of holds that changed, such as "Child's Pose 45 to 30 s".
		       One part of the changes made to fit the minutes asked; the parts are joined with ";
		       ". */
		    _("shortened %s"), changed);
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
		    _("it keeps its warm-up, its finish and what it is for, at their shortest holds") :
		    dropped != NULL ? _("no hold is lengthened while stretches are left out") :
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
	char *dropped = NULL, *trimmed = NULL;
	struct purpose main = purpose_of(r);
	size_t i;

	b->routine.time = r->time;
	b->routine.rest = r->rest;
	for (size_t k = 0; k < r->nitems; k++)
		built_insert(b, b->n, r->items[k], r->items[k].hold);
	before = built_total(b);
	/* fewer sets and reps, then stretches left out, before holds are cut short; the first and last stay */
	trim_counts(b, target);
	while (b->n > 2 && built_total(b) > target && (i = least_essential(b, &main)) != 0) {
		struct routine_item it = b->items[i];
		int base = b->base[i];

		built_remove(b, i);
		/* the last one out comes back when shorter holds make room for it */
		if (built_total(b) < target * (1 - BUILT_UNDER) && b->n > 1) {
			built_insert(b, i, it, base);
			if (built_balance_to(b, target, false) <= target &&
			    built_total(b) >= target * (1 - BUILT_UNDER))
				break;
			built_remove(b, i);
		}
		built_add_name(&dropped, it.stretch->name);
	}
	built_balance_to(b, target, dropped == NULL);
	b->name = xstrdup(r->name);
	b->description = xstrdup(r->description);
	built_finish(b, r->id);
	trimmed = trimmed_names(b, r);
	b->note = fit_note(b, r, minutes, before, dropped, trimmed);
	free(dropped);
	free(trimmed);
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
	/* TRANSLATORS: %d is the number of days (7), %s a list of stretch names. */
	b->note = xasprintf(ngettext("Left out, marked hurt in the last %d days: %s (--include-hurt keeps it).",
	    "Left out, marked hurt in the last %d days: %s (--include-hurt keeps them).", r->nitems - b->n),
	    HISTORY_HURT_DAYS, left);
	free(left);
	return b;
}

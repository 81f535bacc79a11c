/*
 * builder.c — a built routine and its holds: the bounds of a hold, bringing
 * the total within the minutes asked, and what builder_build.c and
 * builder_fit.c share.
 */
#include "builder.h"
#include "builder_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapt.h"
#include "diag.h"
#include "i18n.h"
#include "plan.h"

long
builder_seconds(const struct routine_item *items, size_t n, int rest)
{
	struct routine r = { .items = items, .nitems = n, .rest = rest };
	struct plan *p = plan_new(&r);
	long total = p->total_s;

	plan_free(p);
	return total;
}

static int
round_up(int v)
{
	return (v + BUILDER_HOLD_STEP - 1) / BUILDER_HOLD_STEP * BUILDER_HOLD_STEP;
}

void
builder_hold_bounds(const struct stretch *s, int base, int *lo, int *hi)
{
	int floor = round_up(s->hold / 2 > BUILDER_MIN_HOLD ? (s->hold + 1) / 2 : BUILDER_MIN_HOLD);

	if (s->min_hold > floor)
		floor = round_up(s->min_hold);
	*lo = floor < base ? floor : base;
	*hi = 2 * s->hold / BUILDER_HOLD_STEP * BUILDER_HOLD_STEP;
	if (*hi < base)
		*hi = base;
}

long
built_total(const struct built *b)
{
	return builder_seconds(b->items, b->n, b->routine.rest);
}

bool
built_is_hold(const struct routine_item *it)
{
	return it->reps == 0;
}

struct built *
built_new(size_t cap)
{
	struct built *b = xcalloc(1, sizeof *b);

	b->cap = cap ? cap : 1;
	b->items = xcalloc(b->cap, sizeof *b->items);
	b->base = xcalloc(b->cap, sizeof *b->base);
	return b;
}

void
built_insert(struct built *b, size_t at, struct routine_item it, int base)
{
	if (b->n == b->cap) {
		b->cap *= 2;
		b->items = xreallocarray(b->items, b->cap, sizeof *b->items);
		b->base = xreallocarray(b->base, b->cap, sizeof *b->base);
	}
	memmove(&b->items[at + 1], &b->items[at], (b->n - at) * sizeof *b->items);
	memmove(&b->base[at + 1], &b->base[at], (b->n - at) * sizeof *b->base);
	b->items[at] = it;
	b->base[at] = base;
	b->n++;
}

void
built_remove(struct built *b, size_t i)
{
	memmove(&b->items[i], &b->items[i + 1], (b->n - i - 1) * sizeof *b->items);
	memmove(&b->base[i], &b->base[i + 1], (b->n - i - 1) * sizeof *b->base);
	b->n--;
}

/* Put every hold back where it started. */
static void
reset_holds(struct built *b)
{
	for (size_t i = 0; i < b->n; i++)
		if (built_is_hold(&b->items[i]))
			b->items[i].hold = b->base[i];
}

/*
 * Whether hold i goes down before hold k: a deep hold before a gentler one
 * and the warm-up last, so the warm-up keeps its length while depth is cut;
 * then the one furthest above its start (in proportion).
 */
static bool
cut_first(const struct built *b, size_t i, double ri, size_t k, double rk)
{
	int ci = (i > 0) * 10 + (int)b->items[i].stretch->level;
	int ck = (k > 0) * 10 + (int)b->items[k].stretch->level;

	return ci != ck ? ci > ck : ri > rk;
}

/*
 * The hold to change next by one 5 s step: going down, by cut_first();
 * going up, the one least above its start. Returns b->n when none can move.
 */
static size_t
pick_hold(const struct built *b, int dir, long total, long limit)
{
	size_t best = b->n;
	double best_ratio = 0;

	for (size_t i = 0; i < b->n; i++) {
		const struct routine_item *it = &b->items[i];
		int lo, hi, to;
		double ratio;

		if (!built_is_hold(it))
			continue;
		builder_hold_bounds(it->stretch, b->base[i], &lo, &hi);
		to = dir < 0 ? (it->hold - 1) / BUILDER_HOLD_STEP * BUILDER_HOLD_STEP :
		    (it->hold / BUILDER_HOLD_STEP + 1) * BUILDER_HOLD_STEP;
		if (to < lo || to > hi)
			continue;
		/* lengthening must not take the routine past the limit */
		if (dir > 0 && total + (long)(to - it->hold) * it->sets *
		    (it->stretch->each_side ? 2 : 1) > limit)
			continue;
		ratio = (double)it->hold / b->base[i];
		if (best == b->n || (dir < 0 ? cut_first(b, i, ratio, best, best_ratio) : ratio < best_ratio)) {
			best = i;
			best_ratio = ratio;
		}
	}
	return best;
}

/* Step holds by 5 s until the total is within [target - 5 %, target]; returns it. */
long
built_balance(struct built *b, long target)
{
	return built_balance_to(b, target, true);
}

long
built_balance_to(struct built *b, long target, bool lengthen)
{
	long total;

	reset_holds(b);
	total = built_total(b);
	while (total > target) {
		size_t i = pick_hold(b, -1, total, target);

		if (i == b->n)
			break;
		b->items[i].hold = (b->items[i].hold - 1) / BUILDER_HOLD_STEP * BUILDER_HOLD_STEP;
		total = built_total(b);
	}
	while (lengthen && total < target * (1 - BUILT_UNDER)) {
		size_t i = pick_hold(b, +1, total, target);

		if (i == b->n)
			break;
		b->items[i].hold = (b->items[i].hold / BUILDER_HOLD_STEP + 1) * BUILDER_HOLD_STEP;
		total = built_total(b);
	}
	return total;
}

/* The total with every hold at its built_shortest. */
long
built_shortest(struct built *b)
{
	long total;
	int *keep = xcalloc(b->n ? b->n : 1, sizeof *keep);

	for (size_t i = 0; i < b->n; i++) {
		int lo, hi;

		keep[i] = b->items[i].hold;
		if (built_is_hold(&b->items[i])) {
			builder_hold_bounds(b->items[i].stretch, b->base[i], &lo, &hi);
			b->items[i].hold = lo;
		}
	}
	total = built_total(b);
	for (size_t i = 0; i < b->n; i++)
		b->items[i].hold = keep[i];
	free(keep);
	return total;
}

void
built_finish(struct built *b, const char *id)
{
	b->routine.id = id;
	b->routine.name = b->name;
	b->routine.description = b->description != NULL ? b->description : "";
	b->routine.items = b->items;
	b->routine.nitems = b->n;
	b->seconds = built_total(b);
}

void
builder_limit_supine(struct built *b, unsigned conditions, int minutes)
{
	struct adapt_needs n = { .conditions = conditions };
	struct routine_item *v = xreallocarray(NULL, b->n + 1, sizeof *v);
	char *words = NULL, *part, *next;
	size_t k;

	for (;;) {
		memcpy(v, b->items, b->n * sizeof *v);
		k = adapt_limit_supine(v, b->n, b->routine.rest, &n, false, &part);
		if (part == NULL)
			break;
		next = xasprintf("%s%s%s", words != NULL ? words : "", words != NULL ? "; " : "", part);
		free(words);
		free(part);
		words = next;
		/* left out only, the order kept: v is b without some items */
		for (size_t i = 0, j = 0; i < b->n;)
			if (j < k && b->items[i].stretch == v[j].stretch)
				i++, j++;
			else
				built_remove(b, i);
		built_balance(b, minutes * 60L);
	}
	free(v);
	b->routine.items = b->items;
	b->routine.nitems = b->n;
	b->seconds = built_total(b);
	if (words == NULL)
		return;
	/* TRANSLATORS: what a build for someone pregnant left out: "Knee to Chest left out for ...". */
	part = xasprintf(_("Adapted for your health conditions: %s."), words);
	free(words);
	words = xasprintf("%s%s%s", b->note != NULL ? b->note : "", b->note != NULL ? " " : "", part);
	free(part);
	free(b->note);
	b->note = words;
}

/* Append ", " (after the first) and text to a growing sentence part. */
void
built_add_name(char **list, const char *text)
{
	char *s = xasprintf("%s%s%s", *list ? *list : "", *list ? ", " : "", text);

	free(*list);
	*list = s;
}

const struct routine *built_routine(const struct built *b) { return &b->routine; }
long built_seconds(const struct built *b) { return b->seconds; }
const char *built_note(const struct built *b) { return b->note; }

unsigned
built_equipment(const struct built *b)
{
	unsigned e = 0;

	for (size_t i = 0; i < b->n; i++)
		e |= b->items[i].stretch->equipment;
	return e;
}

void
built_free(struct built *b)
{
	if (b == NULL)
		return;
	free(b->items);
	free(b->base);
	free(b->name);
	free(b->description);
	free(b->note);
	free(b);
}

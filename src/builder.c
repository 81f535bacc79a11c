/* builder.c — compose a routine from constraints; fit a routine to a time. */
#include "builder.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "history_stats.h"
#include "plan.h"

/* A routine lands within this share under the minutes asked. */
#define UNDER 0.05

struct built {
	struct routine routine;
	struct routine_item *items;
	int *base;              /* per item: the hold it started with, moved with it */
	size_t n, cap;
	char *name, *description, *note;
	long seconds;
};

/* splitmix64: small, good enough, and the same everywhere for a seed. */
static unsigned long long
rng_next(unsigned long long *state)
{
	unsigned long long z = (*state += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

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

static long
total_of(const struct built *b)
{
	return builder_seconds(b->items, b->n, b->routine.rest);
}

static bool
is_hold(const struct routine_item *it)
{
	return it->reps == 0;
}

static struct built *
built_new(size_t cap)
{
	struct built *b = xcalloc(1, sizeof *b);

	b->cap = cap ? cap : 1;
	b->items = xcalloc(b->cap, sizeof *b->items);
	b->base = xcalloc(b->cap, sizeof *b->base);
	return b;
}

static void
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

static void
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
		if (is_hold(&b->items[i]))
			b->items[i].hold = b->base[i];
}

/*
 * The hold to change next by one 5 s step: going down, the one furthest
 * above its start (in proportion); going up, the one least above it.
 * Returns b->n when none can move.
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

		if (!is_hold(it))
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
		if (best == b->n || (dir < 0 ? ratio > best_ratio : ratio < best_ratio)) {
			best = i;
			best_ratio = ratio;
		}
	}
	return best;
}

/* Step holds by 5 s until the total is within [target - 5 %, target]; returns it. */
static long
balance(struct built *b, long target)
{
	long total;

	reset_holds(b);
	total = total_of(b);
	while (total > target) {
		size_t i = pick_hold(b, -1, total, target);

		if (i == b->n)
			break;
		b->items[i].hold = (b->items[i].hold - 1) / BUILDER_HOLD_STEP * BUILDER_HOLD_STEP;
		total = total_of(b);
	}
	while (total < target * (1 - UNDER)) {
		size_t i = pick_hold(b, +1, total, target);

		if (i == b->n)
			break;
		b->items[i].hold = (b->items[i].hold / BUILDER_HOLD_STEP + 1) * BUILDER_HOLD_STEP;
		total = total_of(b);
	}
	return total;
}

/* The total with every hold at its shortest. */
static long
shortest(struct built *b)
{
	long total;
	int *keep = xcalloc(b->n ? b->n : 1, sizeof *keep);

	for (size_t i = 0; i < b->n; i++) {
		int lo, hi;

		keep[i] = b->items[i].hold;
		if (is_hold(&b->items[i])) {
			builder_hold_bounds(b->items[i].stretch, b->base[i], &lo, &hi);
			b->items[i].hold = lo;
		}
	}
	total = total_of(b);
	for (size_t i = 0; i < b->n; i++)
		b->items[i].hold = keep[i];
	free(keep);
	return total;
}

static void
built_finish(struct built *b, const char *id)
{
	b->routine.id = id;
	b->routine.name = b->name;
	b->routine.description = b->description != NULL ? b->description : "";
	b->routine.items = b->items;
	b->routine.nitems = b->n;
	b->seconds = total_of(b);
}

/* Append ", " (after the first) and text to a growing sentence part. */
static void
add_name(char **list, const char *text)
{
	char *s = xasprintf("%s%s%s", *list ? *list : "", *list ? ", " : "", text);

	free(*list);
	*list = s;
}

/* --- fitting a routine ---------------------------------------------------- */

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
	char *changed = NULL, *out;
	bool longer = false;

	for (size_t i = 0; i < b->n; i++) {
		if (is_hold(&b->items[i]) && b->items[i].hold != b->base[i]) {
			char *t = xasprintf("%s %d to %d s", b->items[i].stretch->name, b->base[i],
			    b->items[i].hold);

			longer = b->items[i].hold > b->base[i];
			add_name(&changed, t);
			free(t);
		}
	}
	if (b->seconds > minutes * 60L || b->seconds < minutes * 60L * (1 - UNDER))
		out = xasprintf("%s (%ld:%02ld) can come no nearer to %d min than %ld:%02ld%s%s%s%s%s.",
		    r->name, before / 60, before % 60, minutes, b->seconds / 60, b->seconds % 60,
		    b->seconds > minutes * 60L ? ": it keeps its first and last stretch at their "
		    "shortest holds" : ": holds go to at most twice their length",
		    dropped ? "; left out " : "", dropped ? dropped : "",
		    changed ? (longer ? "; lengthened " : "; shortened ") : "", changed ? changed : "");
	else
		out = xasprintf("Fitted %s (%ld:%02ld) to %d min: %s%s%s%s%s.", r->name,
		    before / 60, before % 60, minutes, dropped ? "left out " : "",
		    dropped ? dropped : "", dropped && changed ? "; " : "",
		    changed ? (longer ? "lengthened " : "shortened ") : "",
		    changed ? changed : dropped ? "" : "unchanged");
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
	before = total_of(b);
	/* leave stretches out before holds are cut short; the first and last stay */
	while (b->n > 2 && total_of(b) > target) {
		size_t i = least_essential(b);
		struct routine_item it = b->items[i];
		int base = b->base[i];

		built_remove(b, i);
		/* the last one out comes back when shorter holds make room for it */
		if (total_of(b) < target * (1 - UNDER) && b->n > 1) {
			built_insert(b, i, it, base);
			if (balance(b, target) <= target && total_of(b) >= target * (1 - UNDER))
				break;
			built_remove(b, i);
		}
		add_name(&dropped, it.stretch->name);
	}
	balance(b, target);
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
			add_name(&left, r->items[i].stretch->name);
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
	b->note = xasprintf("Left out, marked hurt in the last %d days: %s (--include-hurt keeps %s).",
	    HISTORY_HURT_DAYS, left, r->nitems - b->n > 1 ? "them" : "it");
	free(left);
	return b;
}

/* --- building a routine --------------------------------------------------- */

struct pool {
	const struct stretch **v;
	size_t n;
};

/*
 * Move the preferred stretches to the front of the pool, in the order of
 * req->prefer; the others keep their (shuffled) order behind them.
 */
static void
prefer_first(struct pool *p, const struct build_request *req)
{
	const struct stretch **out = xcalloc(p->n + 1, sizeof *out);
	size_t m = 0;

	for (size_t k = 0; k < req->nprefer; k++)
		for (size_t i = 0; i < p->n; i++)
			if (p->v[i] != NULL && strcmp(p->v[i]->id, req->prefer[k]) == 0) {
				out[m++] = p->v[i];
				p->v[i] = NULL;
			}
	for (size_t i = 0; i < p->n; i++)
		if (p->v[i] != NULL)
			out[m++] = p->v[i];
	memcpy(p->v, out, p->n * sizeof *p->v);
	free(out);
}

/* The stretches req allows, shuffled by the seed; the preferred ones (what works) first. */
static void
gather(const struct catalogue *c, const struct build_request *req, struct pool *p)
{
	unsigned long long state = req->seed;

	p->v = xcalloc(catalogue_stretch_count(c) + 1, sizeof *p->v);
	p->n = 0;
	for (size_t i = 0; i < catalogue_stretch_count(c); i++)
		if (builder_allows(catalogue_stretch(c, i), req))
			p->v[p->n++] = catalogue_stretch(c, i);
	for (size_t i = p->n; i > 1; i--) {
		size_t j = (size_t)(rng_next(&state) % i);
		const struct stretch *t = p->v[i - 1];

		p->v[i - 1] = p->v[j];
		p->v[j] = t;
	}
	if (req->nprefer > 0)
		prefer_first(p, req);
}

/*
 * Where a stretch goes among the middle ones: by position in the day's
 * direction (evenings go down to the floor, mornings rise from it), then
 * release, moving, strength and holds, gentle before deep.
 */
static int
order_key(const struct stretch *s, unsigned time)
{
	static const int kind_rank[] = {
		[KIND_RELEASE] = 0, [KIND_DYNAMIC] = 1, [KIND_STRENGTH] = 2, [KIND_STATIC] = 3,
	};
	int pos = s->position == POS_STANDING ? 0 : s->position == POS_SEATED ? 1 : 2;

	if (time == TIME_MORNING)
		pos = 2 - pos;
	return pos * 100 + kind_rank[s->kind] * 10 + (int)s->level;
}

/* Where s goes between the warm-up (item 0) and a fixed finish (when `finish`). */
static size_t
slot(const struct built *b, const struct stretch *s, unsigned time, bool finish)
{
	size_t end = finish ? b->n - 1 : b->n, i = b->n > 0 ? 1 : 0;

	while (i < end && order_key(b->items[i].stretch, time) <= order_key(s, time))
		i++;
	return i;
}

static bool
chosen(const struct built *b, const struct stretch *s)
{
	for (size_t i = 0; i < b->n; i++)
		if (b->items[i].stretch == s)
			return true;
	return false;
}

/* The hold a built routine starts a stretch on: its own, in whole 5 s where it is long. */
static int
start_hold(const struct stretch *s)
{
	if (s->reps > 0 || s->hold < BUILDER_MIN_HOLD)
		return s->hold;
	return (s->hold + BUILDER_HOLD_STEP / 2) / BUILDER_HOLD_STEP * BUILDER_HOLD_STEP;
}

/* Point the routine at the items (they move as they grow). */
static void
sync(struct built *b)
{
	b->routine.items = b->items;
	b->routine.nitems = b->n;
}

/* How a stretch must fit the time to be added. */
enum budget {
	BUDGET_NONE,      /* any length: an area must be covered */
	BUDGET_START,     /* within the minutes at the holds it starts on */
	BUDGET_SHORTEST,  /* within the minutes at the shortest holds */
};

struct job {
	const struct catalogue *c;
	const struct build_request *req;
	struct built *b;
	bool finish;         /* the last item is the fixed calm finish */
	long target;         /* seconds asked for */
};

static bool
in_budget(struct job *j, enum budget how)
{
	if (how == BUDGET_START)
		return total_of(j->b) <= j->target;
	return how == BUDGET_NONE || shortest(j->b) <= j->target;
}

/* Insert s at `at` if every rule still holds and the time allows; true when added. */
static bool
try_insert(struct job *j, const struct stretch *s, size_t at, enum budget how)
{
	struct routine_item it = { s, start_hold(s), s->reps, s->sets };

	if (chosen(j->b, s))
		return false;
	built_insert(j->b, at, it, it.hold);
	sync(j->b);
	if (!in_budget(j, how) || !builder_rules_hold(&j->b->routine, j->c, j->req, NULL)) {
		built_remove(j->b, at);
		sync(j->b);
		return false;
	}
	return true;
}

/* Add s where it belongs among the middle stretches. */
static bool
try_add(struct job *j, const struct stretch *s, enum budget how)
{
	return try_insert(j, s, slot(j->b, s, j->req->time, j->finish), how);
}

static bool
focus(const struct stretch *s, const struct build_request *req)
{
	return req->areas == 0 || (s->areas & req->areas) != 0;
}

/* The position most of the stretches for the focus are done in. */
static enum stretch_position
main_position(const struct pool *p, const struct build_request *req)
{
	int count[3] = { 0, 0, 0 }, best = 0;

	for (size_t i = 0; i < p->n; i++)
		if (focus(p->v[i], req))
			count[p->v[i]->position]++;
	for (int k = 1; k < 3; k++)
		if (count[k] > count[best])
			best = k;
	return (enum stretch_position)best;
}

/*
 * Open with a gentle moving stretch (the seed picks which): for the focus
 * and in the position most of it is done in, when there is one.
 */
static void
open_with(struct job *j, const struct pool *p)
{
	enum stretch_position pos = main_position(p, j->req);

	for (int pass = 0; pass < 4 && j->b->n == 0; pass++) {
		for (size_t i = 0; i < p->n && j->b->n == 0; i++) {
			const struct stretch *s = p->v[i];

			if (pass < 3 && (s->kind != KIND_DYNAMIC || s->level != LEVEL_GENTLE))
				continue;
			if ((pass < 2 && !focus(s, j->req)) || (pass == 0 && s->position != pos))
				continue;
			try_insert(j, s, 0, BUDGET_NONE);
		}
	}
}

/* An evening closes on a gentle hold, lying down where it can (the rules say so). */
static void
close_with(struct job *j, const struct pool *p)
{
	for (int pass = 0; pass < 2 && !j->finish; pass++) {
		for (size_t i = 0; i < p->n && !j->finish; i++) {
			const struct stretch *s = p->v[i];

			if (s->kind != KIND_STATIC || s->level != LEVEL_GENTLE ||
			    (pass == 0 && !focus(s, j->req)))
				continue;
			j->finish = try_insert(j, s, j->b->n, BUDGET_SHORTEST);
		}
	}
}

/* Past the minutes already: add the quickest stretch for area `bit` that keeps the rules. */
static bool
add_cheapest(struct job *j, const struct pool *p, unsigned bit)
{
	const struct stretch *best = NULL;
	long best_t = 0;

	for (size_t i = 0; i < p->n; i++) {
		const struct stretch *s = p->v[i];
		size_t at = slot(j->b, s, j->req->time, j->finish);

		if (!(s->areas & bit) || !try_insert(j, s, at, BUDGET_NONE))
			continue;
		if (best == NULL || shortest(j->b) < best_t) {
			best = s;
			best_t = shortest(j->b);
		}
		built_remove(j->b, at);
		sync(j->b);
	}
	return best != NULL && try_add(j, best, BUDGET_NONE);
}

/* Cover each area asked for; false (with *cause) when the rules leave one uncovered. */
static bool
cover(struct job *j, const struct pool *p, char **cause)
{
	for (unsigned bit = 1; bit < (1u << AREA_COUNT); bit <<= 1) {
		bool covered = false;

		if (!(j->req->areas & bit))
			continue;
		for (size_t i = 0; i < j->b->n; i++)
			covered |= (j->b->items[i].stretch->areas & bit) != 0;
		for (size_t i = 0; i < p->n && !covered; i++)
			if (p->v[i]->areas & bit)
				covered = try_add(j, p->v[i], BUDGET_SHORTEST);
		if (!covered)
			covered = add_cheapest(j, p, bit);
		if (!covered) {
			*cause = xasprintf("no stretch for the area '%s' fits the other constraints "
			    "in a routine a physiotherapist would give", catalogue_area_name(bit));
			return false;
		}
	}
	return true;
}

/* The focus areas and the areas next to them in the body. */
static unsigned
neighbours(unsigned areas)
{
	static const struct { unsigned area, near; } map[] = {
		{ AREA_NECK, AREA_SHOULDERS | AREA_UPPER_BACK },
		{ AREA_SHOULDERS, AREA_NECK | AREA_UPPER_BACK | AREA_CHEST },
		{ AREA_UPPER_BACK, AREA_NECK | AREA_SHOULDERS | AREA_MID_BACK | AREA_CHEST },
		{ AREA_MID_BACK, AREA_UPPER_BACK | AREA_LOWER_BACK | AREA_CHEST },
		{ AREA_LOWER_BACK, AREA_MID_BACK | AREA_HIPS | AREA_GLUTES | AREA_CORE },
		{ AREA_HIPS, AREA_LOWER_BACK | AREA_GLUTES | AREA_HAMSTRINGS },
		{ AREA_GLUTES, AREA_HIPS | AREA_LOWER_BACK | AREA_HAMSTRINGS },
		{ AREA_HAMSTRINGS, AREA_HIPS | AREA_GLUTES | AREA_LOWER_BACK },
		{ AREA_CORE, AREA_LOWER_BACK | AREA_HIPS },
		{ AREA_CHEST, AREA_SHOULDERS | AREA_UPPER_BACK },
	};
	unsigned near = areas;

	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (areas & map[i].area)
			near |= map[i].near;
	return near;
}

/* Fill towards the minutes: the focus, its neighbours, then anything, at the holds they start on
 * (balance() then lengthens holds into what is left). */
static void
fill(struct job *j, const struct pool *p)
{
	unsigned near = neighbours(j->req->areas);

	for (int pass = 0; pass < 3; pass++) {
		for (size_t i = 0; i < p->n; i++) {
			if (total_of(j->b) >= j->target * (1 - UNDER))
				return;
			if ((pass == 0 && !focus(p->v[i], j->req)) ||
			    (pass == 1 && j->req->areas != 0 && !(p->v[i]->areas & near)))
				continue;
			try_add(j, p->v[i], BUDGET_START);
		}
	}
}

/* Say why nothing fits, naming the constraint that empties the pool. */
static char *
nothing_fits(const struct build_request *req)
{
	char areas[200];

	catalogue_join_names(areas, sizeof areas, req->areas, catalogue_area_name, ", ");
	return xasprintf("no stretch fits%s%s%s%s%s%s; ask for less (drop --area, --without, "
	    "--at-desk or raise --level)",
	    req->time ? " the " : "", req->time ? catalogue_time_name(req->time) : "",
	    req->areas ? " for " : "", areas, req->at_desk ? " at a desk" : "",
	    req->without ? " with the equipment left out" : "");
}

/* The note when the time asked cannot be met: too short for the areas, or too long for the pool. */
static char *
time_note(const struct built *b, const struct build_request *req)
{
	char areas[200];

	if (b->seconds > req->minutes * 60L) {
		catalogue_join_names(areas, sizeof areas, req->areas, catalogue_area_name, ", ");
		return xasprintf("%s%s takes at least %ld:%02ld, more than the %d min asked.",
		    req->areas ? "Covering " : "A routine that keeps to the rules",
		    req->areas ? areas : "", b->seconds / 60, b->seconds % 60, req->minutes);
	}
	return xasprintf("These constraints allow at most %ld:%02ld of the %d min asked: "
	    "every stretch that fits is in, at up to twice its hold.",
	    b->seconds / 60, b->seconds % 60, req->minutes);
}

struct built *
builder_build(const struct catalogue *c, const struct build_request *req, char **cause)
{
	struct pool p;
	struct built *b;
	struct job j;
	char areas[200] = "";

	gather(c, req, &p);
	if (p.n == 0) {
		*cause = nothing_fits(req);
		free(p.v);
		return NULL;
	}
	b = built_new(p.n + 1);
	b->routine.rest = req->minutes < 5 ? 0 : 5;
	b->routine.time = req->time == TIME_MORNING ? RTIME_MORNING :
	    req->time == TIME_EVENING ? RTIME_EVENING : RTIME_ANY;
	j = (struct job){ c, req, b, false, (long)req->minutes * 60 };
	open_with(&j, &p);
	if (req->time == TIME_EVENING && b->n > 0)
		close_with(&j, &p);
	if (b->n == 0 || !cover(&j, &p, cause)) {
		if (b->n == 0)
			*cause = nothing_fits(req);
		built_free(b);
		free(p.v);
		return NULL;
	}
	fill(&j, &p);
	balance(b, j.target);
	catalogue_join_names(areas, sizeof areas, req->areas, catalogue_area_name, ", ");
	b->name = xasprintf("%d-minute %s%sroutine", req->minutes,
	    req->time ? catalogue_time_name(req->time) : req->at_desk ? "desk" : "",
	    req->time || req->at_desk ? " " : "");
	b->description = xasprintf("Built for %d minute%s%s%s (seed %lu).", req->minutes,
	    req->minutes == 1 ? "" : "s", req->areas ? ", focus: " : "", areas, req->seed);
	built_finish(b, "built");
	if (b->seconds > j.target || b->seconds < j.target * (1 - UNDER))
		b->note = time_note(b, req);
	free(p.v);
	return b;
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

/* builder.c — compose a routine from constraints; fit a routine to a time. */
#include "builder.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "plan.h"

/* How far a built routine may stray from the time asked for. */
#define TOLERANCE 0.10
/* Most sets the builder gives a hold when the pool is too small for the time. */
#define MAX_SETS 3

/* The hold an item started with, and the longest fitting may give it. */
struct bounds {
	int base, cap;
};

struct built {
	struct routine routine;
	struct routine_item *items;
	struct bounds *bounds;  /* per item, moved with it */
	size_t n;
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

static bool
is_hold(const struct routine_item *it)
{
	return it->reps == 0;
}

static int
min_hold(int base)
{
	return base < BUILDER_MIN_HOLD ? base : BUILDER_MIN_HOLD;
}

/* Set every hold to its base x f, within its bounds; returns the new total. */
static long
scale_holds(struct built *b, double f)
{
	for (size_t i = 0; i < b->n; i++) {
		const struct bounds *bd = &b->bounds[i];
		int h;

		if (!is_hold(&b->items[i]))
			continue;
		h = (int)(bd->base * f + 0.5);
		if (h < min_hold(bd->base))
			h = min_hold(bd->base);
		if (h > bd->cap)
			h = bd->cap;
		b->items[i].hold = h;
	}
	return builder_seconds(b->items, b->n, b->routine.rest);
}

/*
 * Scale holds so the total comes as near the target as the bounds allow.
 * Returns the total reached.
 */
static long
fit_holds(struct built *b, long target)
{
	double lo = 0.0, hi = 2.0, best_f = 1.0;
	long best, total;

	best = scale_holds(b, 1.0);
	/* the total only grows with f, so bisect on it */
	for (int k = 0; k < 40; k++) {
		double f = (lo + hi) / 2;

		total = scale_holds(b, f);
		if (labs(total - target) < labs(best - target) ||
		    (labs(total - target) == labs(best - target) && total < best)) {
			best = total;
			best_f = f;
		}
		if (total < target)
			lo = f;
		else if (total > target)
			hi = f;
		else
			break;
	}
	return scale_holds(b, best_f);
}

static bool
within(long total, long target)
{
	return total >= target * (1 - TOLERANCE) && total <= target * (1 + TOLERANCE);
}

static struct built *
built_new(size_t cap_items)
{
	struct built *b = xcalloc(1, sizeof *b);

	b->items = xcalloc(cap_items ? cap_items : 1, sizeof *b->items);
	b->bounds = xcalloc(cap_items ? cap_items : 1, sizeof *b->bounds);
	return b;
}

static void
built_add(struct built *b, const struct stretch *s, int hold, int reps, int sets)
{
	b->items[b->n] = (struct routine_item){ s, hold, reps, sets };
	b->bounds[b->n] = (struct bounds){ hold, 2 * s->hold > hold ? 2 * s->hold : hold };
	b->n++;
}

static void
built_remove(struct built *b, size_t i)
{
	memmove(&b->items[i], &b->items[i + 1], (b->n - i - 1) * sizeof *b->items);
	memmove(&b->bounds[i], &b->bounds[i + 1], (b->n - i - 1) * sizeof *b->bounds);
	b->n--;
}

/* Move item `from` to position `to` (to <= from), shifting those between. */
static void
built_move(struct built *b, size_t from, size_t to)
{
	struct routine_item it = b->items[from];
	struct bounds bd = b->bounds[from];

	memmove(&b->items[to + 1], &b->items[to], (from - to) * sizeof *b->items);
	memmove(&b->bounds[to + 1], &b->bounds[to], (from - to) * sizeof *b->bounds);
	b->items[to] = it;
	b->bounds[to] = bd;
}

static void
built_finish(struct built *b, const char *id)
{
	b->routine.id = id;
	b->routine.name = b->name;
	b->routine.description = b->description != NULL ? b->description : "";
	b->routine.items = b->items;
	b->routine.nitems = b->n;
	b->seconds = builder_seconds(b->items, b->n, b->routine.rest);
}

struct built *
builder_fit(const struct routine *r, int minutes)
{
	struct built *b = built_new(r->nitems);
	long target = (long)minutes * 60, total, before;
	char dropped[256] = "";
	size_t ndropped = 0;

	b->routine.time = r->time;
	b->routine.rest = r->rest;
	for (size_t i = 0; i < r->nitems; i++)
		built_add(b, r->items[i].stretch, r->items[i].hold, r->items[i].reps, r->items[i].sets);
	before = builder_seconds(b->items, b->n, b->routine.rest);
	total = fit_holds(b, target);
	/* too long even at the shortest holds: leave out stretches before the last */
	while (total > target * (1 + TOLERANCE) && b->n > 2) {
		size_t drop = b->n - 2;
		size_t len = strlen(dropped);

		snprintf(dropped + len, sizeof dropped - len, "%s%s", ndropped++ ? ", " : "",
		    b->items[drop].stretch->name);
		built_remove(b, drop);
		total = fit_holds(b, target);
	}
	b->name = xstrdup(r->name);
	b->description = xstrdup(r->description);
	if (within(total, target))
		b->note = xasprintf(total > before ? _("Fitted %s (%ld:%02ld) to %d min: holds lengthened%s%s.") :
		    total < before ? _("Fitted %s (%ld:%02ld) to %d min: holds shortened%s%s.") :
		    _("Fitted %s (%ld:%02ld) to %d min: holds unchanged%s%s."), r->name,
		    before / 60, before % 60, minutes, ndropped ? _(", left out ") : "", dropped);
	else
		b->note = xasprintf(_("%s can only be fitted to %ld:%02ld, the nearest to %d min%s%s."),
		    r->name, total / 60, total % 60, minutes, ndropped ? _("; left out ") : "", dropped);
	built_finish(b, r->id);
	return b;
}

/* Constraint checks for one stretch. */
static bool
fits(const struct stretch *s, const struct build_request *req, enum stretch_level cap)
{
	if (req->time != 0 && !(s->times & req->time))
		return false;
	if (s->level > cap)
		return false;
	if (s->equipment & req->without)
		return false;
	if (req->at_desk && s->position == POS_FLOOR)
		return false;
	for (size_t i = 0; i < req->navoid; i++)
		if (strcmp(req->avoid[i], s->id) == 0)
			return false;
	return true;
}

static enum stretch_level
level_cap(const struct build_request *req)
{
	enum stretch_level cap = req->level_given ? req->level :
	    req->time == TIME_EVENING ? LEVEL_DEEP : LEVEL_MODERATE;

	/* mornings are for loosening up, not for depth */
	if (req->time == TIME_MORNING && cap > LEVEL_MODERATE)
		cap = LEVEL_MODERATE;
	return cap;
}

static bool
chosen(const struct built *b, const struct stretch *s)
{
	for (size_t i = 0; i < b->n; i++)
		if (b->items[i].stretch == s)
			return true;
	return false;
}

static void
add_stretch(struct built *b, const struct stretch *s)
{
	built_add(b, s, s->hold, s->reps, s->sets);
}

/*
 * Order key: moving warm-ups first; then, so nobody gets up and down more
 * than once, standing before seated before floor; within a position gentle
 * before deeper (an evening's deepest holds thus come late).
 */
static int
order_key(const struct stretch *s, unsigned time)
{
	static const int position_rank[] = { [POS_STANDING] = 0, [POS_SEATED] = 1, [POS_FLOOR] = 2 };
	int phase = s->kind == KIND_DYNAMIC ? 0 : 1;
	int kind = 0;

	/* evenings release with the roller or ball before holding; mornings end on strength */
	if (time == TIME_EVENING)
		kind = s->kind == KIND_RELEASE ? 0 : 1;
	else
		kind = s->kind == KIND_STRENGTH ? 1 : 0;
	return phase * 1000 + position_rank[s->position] * 100 + (int)s->level * 10 + kind;
}

/* Stable insertion sort of the items by order_key (n is small). */
static void
order_items(struct built *b, unsigned time)
{
	for (size_t i = 1; i < b->n; i++) {
		int key = order_key(b->items[i].stretch, time);
		size_t j = i;

		while (j > 0 && order_key(b->items[j - 1].stretch, time) > key)
			j--;
		built_move(b, i, j);
	}
}

/* How well a stretch closes an evening: 0 not at all, else higher is calmer. */
static int
calmness(const struct stretch *s)
{
	if (s->level != LEVEL_GENTLE || s->kind != KIND_STATIC)
		return 0;
	return s->position == POS_FLOOR ? 3 : s->position == POS_SEATED ? 2 : 1;
}

/* End an evening on its calmest stretch, bringing one in from the pool if it is calmer. */
static void
end_calm(struct built *b, const struct stretch *const *pool, size_t npool)
{
	size_t best = b->n;
	int score = 0;
	const struct stretch *extra = NULL;

	for (size_t i = 0; i < b->n; i++) {
		if (calmness(b->items[i].stretch) > score) {
			score = calmness(b->items[i].stretch);
			best = i;
		}
	}
	for (size_t i = 0; i < npool; i++) {
		if (calmness(pool[i]) > score && !chosen(b, pool[i])) {
			score = calmness(pool[i]);
			extra = pool[i];
		}
	}
	if (extra != NULL)
		add_stretch(b, extra);
	else if (best < b->n) {
		struct routine_item it = b->items[best];
		struct bounds bd = b->bounds[best];

		built_remove(b, best);
		b->items[b->n] = it;
		b->bounds[b->n] = bd;
		b->n++;
	}
}

/* The cost in seconds one more stretch adds. */
static long
item_cost(const struct stretch *s, int rest)
{
	struct routine_item it = { s, s->hold, s->reps, s->sets };

	return builder_seconds(&it, 1, 0) + rest;
}

/*
 * Choose the stretches: coverage, a warm-up (from all that fit: it need not
 * work the focus areas), then fill from the focused pool towards the target.
 */
static void
choose(struct built *b, const struct stretch *const *pool, size_t npool,
    const struct stretch *const *all, size_t nall, const struct build_request *req, long target)
{
	long total;

	/* open with a moving stretch: covering the most requested areas, gentle if it can */
	if (target >= 120) {
		const struct stretch *warm = NULL;
		int best = -1;

		for (size_t i = 0; i < nall; i++) {
			int score = 2 * __builtin_popcount(all[i]->areas & req->areas) +
			    (all[i]->level == LEVEL_GENTLE);

			if (all[i]->kind == KIND_DYNAMIC && score > best) {
				best = score;
				warm = all[i];
			}
		}
		if (warm != NULL)
			add_stretch(b, warm);
	}
	for (unsigned bit = 1; bit < (1u << AREA_COUNT); bit <<= 1) {
		bool covered = false;

		if (!(req->areas & bit))
			continue;
		for (size_t i = 0; i < b->n; i++)
			covered |= (b->items[i].stretch->areas & bit) != 0;
		for (size_t i = 0; i < npool && !covered; i++) {
			if (pool[i]->areas & bit) {
				add_stretch(b, pool[i]);
				covered = true;
			}
		}
	}
	total = builder_seconds(b->items, b->n, b->routine.rest);
	for (size_t i = 0; i < npool && total < target * (1 - TOLERANCE / 2); i++) {
		long cost = item_cost(pool[i], b->routine.rest);

		if (chosen(b, pool[i]) || total + cost > target * (1 + TOLERANCE))
			continue;
		add_stretch(b, pool[i]);
		total += cost;
	}
	if (b->n == 0)
		add_stretch(b, pool[0]);
}

/*
 * Move the preferred stretches to the front of the pool, in the order of
 * req->prefer; the others keep their (shuffled) order behind them.
 */
static void
prefer_first(const struct stretch **pool, size_t n, const struct build_request *req)
{
	const struct stretch **out = xcalloc(n + 1, sizeof *out);
	size_t m = 0;

	for (size_t k = 0; k < req->nprefer; k++)
		for (size_t i = 0; i < n; i++)
			if (pool[i] != NULL && strcmp(pool[i]->id, req->prefer[k]) == 0) {
				out[m++] = pool[i];
				pool[i] = NULL;
			}
	for (size_t i = 0; i < n; i++)
		if (pool[i] != NULL)
			out[m++] = pool[i];
	memcpy(pool, out, n * sizeof *pool);
	free(out);
}

/*
 * Gather the stretches that fit, shuffled by the seed; when focused, only
 * those touching a requested area.
 */
static const struct stretch **
gather(const struct catalogue *c, const struct build_request *req, bool focused, size_t *n)
{
	size_t total = catalogue_stretch_count(c);
	const struct stretch **pool = xcalloc(total + 1, sizeof *pool);
	enum stretch_level cap = level_cap(req);
	unsigned long long state = req->seed;

	*n = 0;
	for (size_t i = 0; i < total; i++) {
		const struct stretch *s = catalogue_stretch(c, i);

		if (fits(s, req, cap) && (!focused || req->areas == 0 || (s->areas & req->areas)))
			pool[(*n)++] = s;
	}
	for (size_t i = *n; i > 1; i--) {
		size_t j = (size_t)(rng_next(&state) % i);
		const struct stretch *t = pool[i - 1];

		pool[i - 1] = pool[j];
		pool[j] = t;
	}
	if (req->nprefer > 0)
		prefer_first(pool, *n, req);
	return pool;
}

/* Say why nothing fits, naming the constraint that empties the pool. */
static char *
nothing_fits(const struct build_request *req)
{
	char areas[400], when[96] = "", where[480] = "";

	catalogue_join_names(areas, sizeof areas, req->areas, catalogue_area_label, ", ");
	if (req->time)
		/* TRANSLATORS: a part of "no stretch fits%s": the time of day ("the morning"). */
		snprintf(when, sizeof when, _(" the %s"), catalogue_time_label(req->time));
	if (req->areas)
		/* TRANSLATORS: a part of "no stretch fits%s": the areas asked for. */
		snprintf(where, sizeof where, _(" for %s"), areas);
	/* TRANSLATORS: %s%s%s%s are " the morning", " for hips", " at a desk", " with the equipment left out", each when asked. */
	return xasprintf(_("no stretch fits%s%s%s%s; ask for less (drop --area, --without, "
	    "--at-desk or raise --level)"), when, where, req->at_desk ? _(" at a desk") : "",
	    req->without ? _(" with the equipment left out") : "");
}

/* True when item i is the only one covering one of the requested areas. */
static bool
needed(const struct built *b, size_t i, unsigned areas)
{
	unsigned others = 0;

	for (size_t k = 0; k < b->n; k++)
		if (k != i)
			others |= b->items[k].stretch->areas;
	return (areas & ~others & b->items[i].stretch->areas) != 0;
}

/*
 * Make the routine the right length: longer holds and more sets when the
 * pool ran out, or stretches left out (never the first, the warm-up, nor the
 * last, nor one an area needs) when even the shortest holds run over.
 */
static long
tune(struct built *b, unsigned areas, long target)
{
	long total = fit_holds(b, target);

	for (int round = 0; round < MAX_SETS && total < target * (1 - TOLERANCE); round++) {
		for (size_t i = 0; i < b->n && total < target * (1 - TOLERANCE); i++) {
			if (is_hold(&b->items[i]) && b->items[i].sets < MAX_SETS) {
				b->items[i].sets++;
				total = fit_holds(b, target);
			}
		}
	}
	while (total > target * (1 + TOLERANCE) && b->n > 1) {
		size_t drop = b->n - 1;

		for (size_t i = b->n - 1; i-- > 1 && drop == b->n - 1; )
			if (!needed(b, i, areas))
				drop = i;
		if (drop == b->n - 1)
			break;
		built_remove(b, drop);
		total = fit_holds(b, target);
	}
	return total;
}

struct built *
builder_build(const struct catalogue *c, const struct build_request *req, char **cause)
{
	size_t npool, nall;
	const struct stretch **pool = gather(c, req, true, &npool);
	const struct stretch **all = gather(c, req, false, &nall);
	long target = (long)req->minutes * 60, total;
	struct built *b;
	char areas[200] = "";

	for (unsigned bit = 1; bit < (1u << AREA_COUNT); bit <<= 1) {
		bool found = false;

		if (!(req->areas & bit))
			continue;
		for (size_t i = 0; i < npool && !found; i++)
			found = (pool[i]->areas & bit) != 0;
		if (!found) {
			*cause = xasprintf(_("no stretch for the area '%s' fits the other constraints"),
			    catalogue_area_label(bit));
			free(pool);
			free(all);
			return NULL;
		}
	}
	if (npool == 0) {
		*cause = nothing_fits(req);
		free(pool);
		free(all);
		return NULL;
	}
	b = built_new(nall + 1);
	b->routine.rest = req->minutes < 5 ? 0 : 5;
	b->routine.time = req->time == TIME_MORNING ? RTIME_MORNING :
	    req->time == TIME_EVENING ? RTIME_EVENING : RTIME_ANY;
	choose(b, pool, npool, all, nall, req, target);
	order_items(b, req->time);
	/* the calm close need not work the focus areas either */
	if (req->time == TIME_EVENING)
		end_calm(b, all, nall);
	total = tune(b, req->areas, target);
	catalogue_join_names(areas, sizeof areas, req->areas, catalogue_area_label, ", ");
	b->name = xasprintf(req->time == TIME_MORNING ? _("%d-minute morning routine") :
	    req->time == TIME_EVENING ? _("%d-minute evening routine") :
	    req->at_desk ? _("%d-minute desk routine") : _("%d-minute routine"), req->minutes);
	if (req->areas)
		b->description = xasprintf(ngettext("Built for %d minute, focus: %s (seed %lu).",
		    "Built for %d minutes, focus: %s (seed %lu).", (unsigned long)req->minutes),
		    req->minutes, areas, req->seed);
	else
		b->description = xasprintf(ngettext("Built for %d minute (seed %lu).",
		    "Built for %d minutes (seed %lu).", (unsigned long)req->minutes), req->minutes, req->seed);
	if (!within(total, target))
		b->note = xasprintf(_("These constraints allow %ld:%02ld at most, the nearest to %d min."),
		    total / 60, total % 60, req->minutes);
	built_finish(b, "built");
	free(pool);
	free(all);
	return b;
}

const struct routine *built_routine(const struct built *b) { return &b->routine; }
long built_seconds(const struct built *b) { return b->seconds; }
const char *built_note(const struct built *b) { return b->note; }

void
built_free(struct built *b)
{
	if (b == NULL)
		return;
	free(b->items);
	free(b->bounds);
	free(b->name);
	free(b->description);
	free(b->note);
	free(b);
}

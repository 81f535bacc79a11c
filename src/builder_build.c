/* builder_build.c — compose a routine from constraints, keeping every rule of builder_rules.c. */
#include "builder.h"
#include "builder_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "text.h"

/* splitmix64: small, good enough, and the same everywhere for a seed. */
static unsigned long long
rng_next(unsigned long long *state)
{
	unsigned long long z = (*state += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

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

/* Order the pool by req->weigh, heaviest first; equal weights keep their shuffled order. */
static void
weigh_first(struct pool *p, const struct build_request *req)
{
	int *w = xcalloc(p->n + 1, sizeof *w);

	for (size_t i = 0; i < p->n; i++)
		w[i] = req->weigh(p->v[i], req->weigh_arg);
	for (size_t i = 1; i < p->n; i++) {
		const struct stretch *s = p->v[i];
		int ws = w[i];
		size_t j = i;

		for (; j > 0 && w[j - 1] < ws; j--) {
			p->v[j] = p->v[j - 1];
			w[j] = w[j - 1];
		}
		p->v[j] = s;
		w[j] = ws;
	}
	free(w);
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
	if (req->weigh != NULL)
		weigh_first(p, req);
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
	BUDGET_SHORTEST,  /* within the minutes at the built_shortest holds */
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
		return built_total(j->b) <= j->target;
	return how == BUDGET_NONE || built_shortest(j->b) <= j->target;
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
		if (best == NULL || built_shortest(j->b) < best_t) {
			best = s;
			best_t = built_shortest(j->b);
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
			*cause = xasprintf(_("no stretch for the area '%s' fits the other constraints "
			    "in a routine a physiotherapist would give"), catalogue_area_label(bit));
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
 * (built_balance() then lengthens holds into what is left). */
static void
fill(struct job *j, const struct pool *p)
{
	unsigned near = neighbours(j->req->areas);

	for (int pass = 0; pass < 3; pass++) {
		for (size_t i = 0; i < p->n; i++) {
			if (built_total(j->b) >= j->target * (1 - BUILT_UNDER))
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

	catalogue_join_names(areas, sizeof areas, req->areas, catalogue_area_label, ", ");
	/* TRANSLATORS: the parts say when, for which areas, at a desk, without equipment. */
	return xasprintf(_("no stretch fits%s%s%s%s%s%s; ask for less (drop --area, --without, "
	    "--at-desk or raise --level)"),
	    req->time ? " " : "", req->time ? catalogue_time_label(req->time) : "",
	    req->areas ? _(" for ") : "", areas, req->at_desk ? _(" at a desk") : "",
	    req->without ? _(" with the equipment left out") : "");
}

/* The note when the time asked cannot be met: too short for the areas, or too long for the pool. */
static char *
time_note(const struct built *b, const struct build_request *req)
{
	char areas[200], len[16];

	text_clock(len, sizeof len, b->seconds);
	if (b->seconds > req->minutes * 60L && req->areas) {
		catalogue_join_names(areas, sizeof areas, req->areas, catalogue_area_label, ", ");
		return xasprintf(_("Covering %s takes at least %s, more than the %d min asked."), areas,
		    len, req->minutes);
	}
	if (b->seconds > req->minutes * 60L)
		return xasprintf(_("A routine that keeps to the rules takes at least %s, more than the "
		    "%d min asked."), len, req->minutes);
	return xasprintf(_("These constraints allow at most %s of the %d min asked: "
	    "every stretch that fits is in, at up to twice its hold."), len, req->minutes);
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
	built_balance(b, j.target);
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
	built_finish(b, "built");
	if (b->seconds > j.target || b->seconds < j.target * (1 - BUILT_UNDER))
		b->note = time_note(b, req);
	free(p.v);
	return b;
}

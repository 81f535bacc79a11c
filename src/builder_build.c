/* builder_build.c — compose a routine from constraints, keeping every rule of builder_rules.c. */
#include "builder.h"
#include "builder_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "text.h"

/*
 * Where a stretch goes among the middle ones: by its start position in the
 * routine's direction (rising from lying on the back, or going down to it),
 * then release, moving, strength and holds, gentle before deep.
 */
static int
order_key(const struct stretch *s, bool rising)
{
	static const int kind_rank[] = {
		[KIND_RELEASE] = 0, [KIND_DYNAMIC] = 1, [KIND_STRENGTH] = 2, [KIND_STATIC] = 3,
	};
	int pos = catalogue_depth(s);

	if (rising)
		pos = 6 - pos;
	return pos * 100 + kind_rank[s->kind] * 10 + (int)s->level;
}

/*
 * Mornings rise from the floor, evenings go down to it; other times rise
 * when the warm-up is on the floor, else go down.
 */
static bool
rising(const struct built *b, unsigned time)
{
	if (time != 0)
		return time == TIME_MORNING;
	return b->n > 0 && b->items[0].stretch->position == POS_FLOOR;
}

/* Where s goes between the warm-up (item 0) and a fixed finish (when `finish`). */
static size_t
slot(const struct built *b, const struct stretch *s, unsigned time, bool finish)
{
	size_t end = finish ? b->n - 1 : b->n, i = b->n > 0 ? 1 : 0;
	bool up = rising(b, time);

	while (i < end && order_key(b->items[i].stretch, up) <= order_key(s, up))
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
	if (!in_budget(j, how) || !builder_rules_hold_so_far(&j->b->routine, j->c, j->req)) {
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

/* The position most of the stretches for the focus are done in; the floor when no area is asked. */
static enum stretch_position
main_position(const struct builder_pool *p, const struct build_request *req)
{
	int count[3] = { 0, 0, 0 }, best = 0;

	if (!req->at_desk && req->areas == 0)
		return POS_FLOOR;
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
 * and in the position most of it is done in, when there is one; else in
 * that position, so the focus does not begin with a trip to the floor.
 */
static void
open_with(struct job *j, const struct builder_pool *p)
{
	enum stretch_position pos = main_position(p, j->req);

	for (int pass = 0; pass < 5 && j->b->n == 0; pass++) {
		for (size_t i = 0; i < p->n && j->b->n == 0; i++) {
			const struct stretch *s = p->v[i];

			if (pass < 4 && (s->kind != KIND_DYNAMIC || s->level != LEVEL_GENTLE))
				continue;
			if ((pass < 2 && !focus(s, j->req)) || ((pass == 0 || pass == 2) && s->position != pos))
				continue;
			try_insert(j, s, 0, BUDGET_NONE);
		}
	}
}

/* An evening closes on a gentle hold, lying down where it can (the rules say so). */
static void
close_with(struct job *j, const struct builder_pool *p)
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
add_cheapest(struct job *j, const struct builder_pool *p, unsigned bit)
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
cover(struct job *j, const struct builder_pool *p, char **cause)
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
			/* TRANSLATORS: An error of stretchcoach build. %s is a body area as the lists name it
			   ("lower back"). */
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

/* True when the named rule holds for the routine as it stands. */
static bool
rule_holds(struct job *j, const char *name)
{
	for (size_t k = 0; k < builder_rule_count(); k++)
		if (strcmp(builder_rule_name(k), name) == 0)
			return builder_rule_check(k, &j->b->routine, j->c, j->req, NULL);
	return true;
}

/* The rules on shares of the time: the focus, and floor work. */
static bool
shares_hold(struct job *j)
{
	return rule_holds(j, "most time on the focus") && rule_holds(j, "floor work");
}

/* Take stretch s out of the routine again. */
static void
drop(struct job *j, const struct stretch *s)
{
	for (size_t i = 0; i < j->b->n; i++)
		if (j->b->items[i].stretch == s) {
			built_remove(j->b, i);
			sync(j->b);
			return;
		}
}

/* True when the stretches of b cover every area of `areas`. */
static bool
covers(const struct built *b, unsigned areas)
{
	unsigned covered = 0;

	for (size_t i = 0; i < b->n; i++)
		covered |= b->items[i].stretch->areas;
	return (covered & areas) == areas;
}

/* Take the lone floor move out when it is in the middle and not needed for an area; true when it was. */
static bool
drop_lone_floor(struct job *j)
{
	size_t last = j->finish ? j->b->n - 1 : j->b->n;

	for (size_t i = 1; i < last; i++) {
		struct routine_item it = j->b->items[i];
		int base = j->b->base[i];

		if (it.stretch->position != POS_FLOOR)
			continue;
		built_remove(j->b, i);
		sync(j->b);
		if (covers(j->b, j->req->areas))
			return true;
		built_insert(j->b, i, it, base);
		sync(j->b);
		return false;
	}
	return false;
}

/*
 * One floor move alone is a chore: around a focus take it out again, else
 * add a second that keeps the rules; a lone warm-up or finish on the floor
 * gets its second even past the minutes.
 */
static void
no_lone_floor(struct job *j, const struct builder_pool *p)
{
	if (rule_holds(j, "no lone trip to the floor"))
		return;
	if (j->req->areas != 0 && drop_lone_floor(j))
		return;
	for (int pass = 0; pass < 3; pass++)
		for (size_t i = 0; i < p->n; i++)
			if (p->v[i]->position == POS_FLOOR && try_add(j, p->v[i],
			    pass == 0 ? BUDGET_START : pass == 1 ? BUDGET_SHORTEST : BUDGET_NONE) &&
			    rule_holds(j, "no lone trip to the floor"))
				return;
	drop_lone_floor(j);
}

/* Fill towards the minutes: the focus, its neighbours, then anything, at the holds they start on
 * (built_balance() then lengthens holds into what is left). */
static void
fill(struct job *j, const struct builder_pool *p)
{
	unsigned near = neighbours(j->req->areas);

	for (int pass = 0; pass < 3; pass++) {
		for (size_t i = 0; i < p->n; i++) {
			const struct stretch *s = p->v[i];

			if (built_total(j->b) >= j->target * (1 - BUILT_UNDER))
				return;
			if ((pass == 0 && !focus(s, j->req)) ||
			    (pass == 1 && j->req->areas != 0 && !(s->areas & near)))
				continue;
			/* around a focus, other stretches stay in the warm-up's position */
			if (pass > 0 && j->req->areas != 0 && !focus(s, j->req) &&
			    s->position != j->b->items[0].stretch->position)
				continue;
			if (try_add(j, s, BUDGET_START) && !shares_hold(j))
				drop(j, s);
		}
	}
}

/* True when s serves the share rule `name` (the focus, or floor work). */
static bool
serves(struct job *j, const char *name, const struct stretch *s)
{
	return name[0] == 'm' ? focus(s, j->req) : s->position == POS_FLOOR;
}

/*
 * When no stretch can go, move time instead: the holds that do not serve
 * the share rule `name` at their shortest, those that do lengthened in 5 s
 * steps within the minutes until it holds.
 */
static void
tilt(struct job *j, const char *name)
{
	bool moved = true;
	int lo, hi;

	for (size_t i = 0; i < j->b->n; i++)
		if (built_is_hold(&j->b->items[i]) && !serves(j, name, j->b->items[i].stretch)) {
			builder_hold_bounds(j->b->items[i].stretch, j->b->base[i], &lo, &hi);
			j->b->items[i].hold = lo;
		}
	while (moved && !rule_holds(j, name)) {
		moved = false;
		for (size_t i = 0; i < j->b->n && !moved; i++) {
			struct routine_item *it = &j->b->items[i];

			if (!built_is_hold(it) || !serves(j, name, it->stretch))
				continue;
			builder_hold_bounds(it->stretch, j->b->base[i], &lo, &hi);
			if (it->hold + BUILDER_HOLD_STEP > hi)
				continue;
			it->hold += BUILDER_HOLD_STEP;
			moved = built_total(j->b) <= j->target;
			if (!moved)
				it->hold -= BUILDER_HOLD_STEP;
		}
	}
}

/*
 * Balancing may tip the time away from the focus or the floor: take middle
 * stretches that serve neither out until both hold, keeping the other
 * whole rules.
 */
static void
keep_shares(struct job *j)
{
	static const char *const shares[] = { "most time on the focus", "floor work" };

	for (size_t r = 0; r < 2; r++) {
		size_t last = j->finish ? j->b->n - 1 : j->b->n;

		for (size_t i = last; i-- > 1 && !rule_holds(j, shares[r]);) {
			struct routine_item it = j->b->items[i];
			int base = j->b->base[i];

			if (serves(j, shares[r], it.stretch))
				continue;
			built_remove(j->b, i);
			sync(j->b);
			if (!rule_holds(j, "no lone trip to the floor") && !drop_lone_floor(j)) {
				built_insert(j->b, i, it, base);
				sync(j->b);
				continue;
			}
			built_balance(j->b, j->target);
		}
	}
	built_balance(j->b, j->target);
	for (size_t r = 0; r < 2; r++)
		if (!rule_holds(j, shares[r]))
			tilt(j, shares[r]);
}

/* One composition for req (builder_int.h). */
struct built *
builder_compose(const struct catalogue *c, const struct build_request *req, char **cause,
    const struct stretch ***lost, size_t *nlost)
{
	struct builder_pool p;
	struct built *b;
	struct job j;
	const struct stretch **had;
	size_t nhad;

	builder_gather(c, req, &p);
	if (p.n == 0) {
		*cause = built_nothing_fits(req);
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
			*cause = built_nothing_fits(req);
		built_free(b);
		free(p.v);
		return NULL;
	}
	fill(&j, &p);
	no_lone_floor(&j, &p);
	built_balance(b, j.target);
	keep_shares(&j);
	free(p.v);
	if (!builder_rules_hold(&b->routine, c, req, NULL)) {
		char *given = built_constraints(req);

		/* TRANSLATORS: An error of stretchcoach build. %s is the options given, as typed:
		   "--time evening, --area neck, --at-desk". */
		*cause = xasprintf(_("no routine a physiotherapist would give fits these constraints "
		    "(%s); ask for less"), given);
		free(given);
		built_free(b);
		return NULL;
	}
	had = xcalloc(b->n + 1, sizeof *had);
	for (nhad = 0; nhad < b->n; nhad++)
		had[nhad] = b->items[nhad].stretch;
	builder_limit_supine(b, req->conditions, req->minutes);
	*nlost = 0;
	for (size_t i = 0, k = 0; i < nhad; i++)
		if (k < b->n && b->items[k].stretch == had[i])
			k++;
		else
			had[(*nlost)++] = had[i];
	*lost = had;
	return b;
}

/*
 * builder_rules.c — what a physiotherapist asks of a routine, as one table.
 * The builder keeps a stretch only when every rule still holds with it;
 * the tests check every built routine against the same table.
 */
#include "builder.h"
#include "builder_int.h"

#include <stdarg.h>
#include <string.h>

#include "diag.h"

struct rule_ctx {
	const struct routine *r;
	const struct catalogue *c;
	const struct build_request *req;
	char **why;
};

/* Say why a rule is broken (when asked) and return false. */
static bool broken(const struct rule_ctx *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static bool
broken(const struct rule_ctx *x, const char *fmt, ...)
{
	va_list ap;

	if (x->why != NULL) {
		va_start(ap, fmt);
		*x->why = xvasprintf(fmt, ap);
		va_end(ap);
	}
	return false;
}

enum stretch_level
builder_level_cap(const struct build_request *req)
{
	enum stretch_level cap = req->level_given ? req->level :
	    req->time == TIME_EVENING ? LEVEL_DEEP : LEVEL_MODERATE;

	/* mornings are for loosening up, not for depth */
	if (req->time == TIME_MORNING && cap > LEVEL_MODERATE)
		cap = LEVEL_MODERATE;
	return cap;
}

bool
builder_allows(const struct stretch *s, const struct build_request *req)
{
	unsigned needs_owning = s->equipment & BUILDER_OWNED_EQUIPMENT;

	if (req->time != 0 && !(s->times & req->time))
		return false;
	if (s->level > builder_level_cap(req))
		return false;
	if ((s->equipment & req->without) || (needs_owning & ~req->with))
		return false;
	/* a wrist stretch is for someone who asked for the wrists or the desk */
	if ((s->areas & ~(unsigned)AREA_WRISTS) == 0 && !(req->areas & AREA_WRISTS) && !req->at_desk)
		return false;
	if (req->at_desk && s->position == POS_FLOOR)
		return false;
	for (size_t i = 0; i < req->navoid; i++)
		if (strcmp(req->avoid[i], s->id) == 0)
			return false;
	return true;
}

/* True when some stretch of c that req allows passes test. */
static bool
offered(const struct rule_ctx *x, bool (*test)(const struct stretch *, const struct build_request *))
{
	for (size_t i = 0; i < catalogue_stretch_count(x->c); i++) {
		const struct stretch *s = catalogue_stretch(x->c, i);

		if (builder_allows(s, x->req) && test(s, x->req))
			return true;
	}
	return false;
}

static const struct stretch *
at(const struct rule_ctx *x, size_t i)
{
	return x->r->items[i].stretch;
}

static bool
is_deep_hold(const struct stretch *s)
{
	return s->kind == KIND_STATIC && s->level == LEVEL_DEEP;
}

/* Standing 2, seated 1, floor 0: a move to a higher rank is getting up. */
static int
height(const struct stretch *s)
{
	return s->position == POS_STANDING ? 2 : s->position == POS_SEATED ? 1 : 0;
}

/* --- the rules ------------------------------------------------------------ */

static bool
rule_suits(const struct rule_ctx *x)
{
	for (size_t i = 0; i < x->r->nitems; i++)
		if (!builder_allows(at(x, i), x->req))
			return broken(x, "%s does not suit the request (time of day, level, "
			    "equipment, desk or a recent hurt)", at(x, i)->id);
	return true;
}

static bool
gentle_moving(const struct stretch *s, const struct build_request *req)
{
	(void)req;
	return s->kind == KIND_DYNAMIC && s->level == LEVEL_GENTLE;
}

static bool
rule_warm_up(const struct rule_ctx *x)
{
	const struct stretch *s = at(x, 0);

	if (s->level != LEVEL_GENTLE || s->kind == KIND_STRENGTH || s->kind == KIND_RELEASE)
		return broken(x, "it opens with %s, not a gentle warm-up", s->id);
	if (s->kind != KIND_DYNAMIC && offered(x, gentle_moving))
		return broken(x, "it opens with the hold %s although a gentle moving stretch fits", s->id);
	return true;
}

/* Evenings only go down towards the floor; other times may get up once, and stay up. */
static bool
rule_one_direction(const struct rule_ctx *x)
{
	bool up = false;

	for (size_t i = 1; i < x->r->nitems; i++) {
		int from = height(at(x, i - 1)), to = height(at(x, i));

		if (to > from && x->req->time == TIME_EVENING)
			return broken(x, "up again for %s in the evening", at(x, i)->id);
		if (to < from && up)
			return broken(x, "down again to %s after getting up", at(x, i)->id);
		up |= to > from;
	}
	return true;
}

static bool
rule_one_of_a_family(const struct rule_ctx *x)
{
	for (size_t i = 0; i < x->r->nitems; i++)
		for (size_t k = i + 1; k < x->r->nitems; k++)
			if (strcmp(at(x, i)->family, at(x, k)->family) == 0)
				return broken(x, "%s and %s are variations of one move", at(x, i)->id,
				    at(x, k)->id);
	return true;
}

static bool
rule_strength_first(const struct rule_ctx *x)
{
	for (size_t i = 0; i < x->r->nitems; i++)
		for (size_t k = i + 1; k < x->r->nitems; k++)
			if (is_deep_hold(at(x, i)) && at(x, k)->kind == KIND_STRENGTH)
				return broken(x, "the strength move %s comes after the deep hold %s",
				    at(x, k)->id, at(x, i)->id);
	return true;
}

/* Work on a roller or ball: a release, or a move made on one. */
static bool
is_release(const struct stretch *s)
{
	return s->kind == KIND_RELEASE || (s->equipment & (EQUIP_FOAM_ROLLER | EQUIP_BALL));
}

static bool
rule_release(const struct rule_ctx *x)
{
	int n = 0;

	for (size_t i = 0; i < x->r->nitems; i++) {
		if (!is_release(at(x, i)))
			continue;
		n++;
		for (size_t k = 0; k < i && at(x, i)->kind == KIND_RELEASE; k++)
			if (at(x, k)->kind == KIND_STATIC && (at(x, k)->areas & at(x, i)->areas))
				return broken(x, "the release %s comes after the hold %s it prepares",
				    at(x, i)->id, at(x, k)->id);
	}
	if (n > x->req->minutes / 10)
		return broken(x, "%d roller or ball moves in %d minutes (one per 10 minutes)", n,
		    x->req->minutes);
	return true;
}

static bool
calm_floor(const struct stretch *s, const struct build_request *req)
{
	(void)req;
	return s->level == LEVEL_GENTLE && s->kind == KIND_STATIC && s->position == POS_FLOOR &&
	    (s->breath_in == 0 || s->breath_out >= s->breath_in);
}

/* A gentle hold on a long exhale off the feet: seated or lying (adapt_calm()'s sense of calm). */
static bool
calm_off_feet(const struct stretch *s, const struct build_request *req)
{
	(void)req;
	return s->level == LEVEL_GENTLE && s->kind == KIND_STATIC && s->position != POS_STANDING &&
	    (s->breath_in == 0 || s->breath_out >= s->breath_in);
}

static bool
rule_calm_finish(const struct rule_ctx *x)
{
	const struct stretch *s = at(x, x->r->nitems - 1);

	if (x->req->time != TIME_EVENING || x->r->nitems < 2)
		return true;
	if (s->level != LEVEL_GENTLE || s->kind != KIND_STATIC ||
	    (s->breath_in > 0 && s->breath_out < s->breath_in))
		return broken(x, "the evening ends on %s, not a gentle hold on a long exhale", s->id);
	if (s->position != POS_FLOOR && offered(x, calm_floor))
		return broken(x, "the evening ends on %s, not lying down", s->id);
	if (s->position == POS_STANDING && offered(x, calm_off_feet))
		return broken(x, "the evening ends on %s, standing", s->id);
	return true;
}

static bool
rule_desk(const struct rule_ctx *x)
{
	for (size_t i = 0; i < x->r->nitems && x->req->at_desk; i++)
		if (at(x, i)->position == POS_FLOOR)
			return broken(x, "%s is on the floor, at a desk", at(x, i)->id);
	return true;
}

static bool
rule_holds(const struct rule_ctx *x)
{
	for (size_t i = 0; i < x->r->nitems; i++) {
		const struct routine_item *it = &x->r->items[i];
		int lo, hi;

		if (it->reps > 0)
			continue;
		builder_hold_bounds(it->stretch, it->stretch->hold, &lo, &hi);
		if (it->hold < lo || it->hold > hi)
			return broken(x, "%s held %d s, outside %d..%d s", it->stretch->id, it->hold, lo, hi);
		if (it->hold % BUILDER_HOLD_STEP != 0 && it->hold != it->stretch->hold)
			return broken(x, "%s held %d s, not a whole 5 s", it->stretch->id, it->hold);
	}
	return true;
}

static bool
rule_one_trip_down(const struct rule_ctx *x)
{
	size_t n = x->r->nitems, floor = 0;

	for (size_t i = 0; i < n; i++)
		floor += at(x, i)->position == POS_FLOOR;
	if (floor != 1 || n < 2)
		return true;
	/* a morning may start in bed, an evening end lying down; else one floor move is a chore */
	if (x->req->time == TIME_MORNING && at(x, 0)->position == POS_FLOOR)
		return true;
	if (x->req->time == TIME_EVENING && at(x, n - 1)->position == POS_FLOOR)
		return true;
	for (size_t i = 0; i < n; i++)
		if (at(x, i)->position == POS_FLOOR)
			return broken(x, "down to the floor for %s alone", at(x, i)->id);
	return true;
}


/* A deep hold comes after a gentle move for the same part of the body. */
static bool
rule_warm_before_deep(const struct rule_ctx *x)
{
	for (size_t i = 0; i < x->r->nitems; i++) {
		bool warm = false;

		if (at(x, i)->level != LEVEL_DEEP)
			continue;
		for (size_t k = 0; k < i && !warm; k++)
			warm = at(x, k)->level == LEVEL_GENTLE && (at(x, k)->areas & at(x, i)->areas);
		if (!warm)
			return broken(x, "the deep %s comes before a gentle move for its region", at(x, i)->id);
	}
	return true;
}

/*
 * Seconds of the items that pass test, and of all of them; without the
 * warm-up and an evening's calm finish when `middle`.
 */
static void
share(const struct rule_ctx *x, bool (*test)(const struct rule_ctx *, const struct stretch *),
    bool middle, long *part, long *all)
{
	size_t from = middle ? 1 : 0, to = x->r->nitems;

	if (middle && x->req->time == TIME_EVENING && to > 1)
		to--;
	*part = *all = 0;
	for (size_t i = from; i < to; i++) {
		long t = (long)catalogue_item_work_seconds(&x->r->items[i]) * x->r->items[i].sets *
		    (at(x, i)->each_side ? 2 : 1);

		*all += t;
		if (test(x, at(x, i)))
			*part += t;
	}
}

static bool
in_focus(const struct rule_ctx *x, const struct stretch *s)
{
	return (s->areas & x->req->areas) != 0;
}

/* Most of the time between the warm-up and the finish goes to the areas asked for. */
static bool
rule_focus_share(const struct rule_ctx *x)
{
	long part, all;

	if (x->req->areas == 0)
		return true;
	share(x, in_focus, true, &part, &all);
	if (part * 2 < all)
		return broken(x, "%ld of %ld s go to the areas asked for", part, all);
	return true;
}

static bool
on_floor(const struct rule_ctx *x, const struct stretch *s)
{
	(void)x;
	return s->position == POS_FLOOR;
}

static bool
floor_move(const struct stretch *s, const struct build_request *req)
{
	(void)req;
	return s->position == POS_FLOOR;
}

/*
 * Without --at-desk or an area, a routine looks like the article's: at
 * least BUILT_FLOOR_SHARE of its time on the floor when floor work is allowed.
 */
static bool
rule_floor_work(const struct rule_ctx *x)
{
	long part, all;

	if (x->req->at_desk || x->req->areas != 0 || x->r->nitems < 3 || !offered(x, floor_move))
		return true;
	share(x, on_floor, false, &part, &all);
	if (part < all * BUILT_FLOOR_SHARE)
		return broken(x, "%ld of %ld s on the floor", part, all);
	return true;
}

/* A rule marked whole holds for the finished routine; while building it may not yet. */
static const struct {
	const char *name;
	bool (*check)(const struct rule_ctx *x);
	bool whole;
} rules[] = {
	{ "suits the request", rule_suits, false },
	{ "warm-up first", rule_warm_up, false },
	{ "one direction", rule_one_direction, false },
	{ "one of a family", rule_one_of_a_family, false },
	{ "strength before deep holds", rule_strength_first, false },
	{ "release before holds", rule_release, false },
	{ "calm evening finish", rule_calm_finish, false },
	{ "nothing on the floor at a desk", rule_desk, false },
	{ "holds in bounds", rule_holds, false },
	{ "no lone trip to the floor", rule_one_trip_down, true },
	{ "warm before deep", rule_warm_before_deep, false },
	{ "most time on the focus", rule_focus_share, true },
	{ "floor work", rule_floor_work, true },
};

size_t builder_rule_count(void) { return sizeof rules / sizeof rules[0]; }
const char *builder_rule_name(size_t k) { return rules[k].name; }

bool
builder_rule_check(size_t k, const struct routine *r, const struct catalogue *c,
    const struct build_request *req, char **why)
{
	struct rule_ctx x = { r, c, req, why };

	if (r->nitems == 0)
		return true;
	return rules[k].check(&x);
}

bool
builder_rules_hold(const struct routine *r, const struct catalogue *c,
    const struct build_request *req, char **why)
{
	for (size_t k = 0; k < builder_rule_count(); k++)
		if (!builder_rule_check(k, r, c, req, why))
			return false;
	return true;
}

bool
builder_rules_hold_so_far(const struct routine *r, const struct catalogue *c,
    const struct build_request *req)
{
	for (size_t k = 0; k < builder_rule_count(); k++)
		if (!rules[k].whole && !builder_rule_check(k, r, c, req, NULL))
			return false;
	return true;
}

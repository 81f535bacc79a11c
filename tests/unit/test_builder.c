/* test_builder.c — the builder's rules, on the bundled catalogue, for many requests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "builder.h"
#include "catalogue.h"
#include "diag.h"
#include "plan.h"

static struct catalogue *cat;

static int
setup(void **state)
{
	const char *paths[] = { "data/catalogue.json" };
	struct diag d;

	(void)state;
	diag_init(&d);
	cat = catalogue_load(paths, 1, &d);
	diag_print(&d, stderr);
	diag_done(&d);
	return cat == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	catalogue_free(cat);
	return 0;
}

/* Every rule of the builder for one request; messages name the request. */
static void
check_rules(const struct build_request *req, const struct built *b, const char *what)
{
	const struct routine *r = built_routine(b);
	long target = req->minutes * 60L, total = built_seconds(b);
	enum stretch_level cap = req->level_given ? req->level :
	    req->time == TIME_EVENING ? LEVEL_DEEP : LEVEL_MODERATE;
	struct plan *p = plan_new(r);
	unsigned covered = 0;

	if (req->time == TIME_MORNING && cap > LEVEL_MODERATE)
		cap = LEVEL_MODERATE;
	if (p->total_s != total)
		fail_msg("%s: built_seconds %ld but the plan takes %ld", what, total, p->total_s);
	if (built_note(b) == NULL && (total < target * 0.9 || total > target * 1.1))
		fail_msg("%s: %ld s for %ld s asked, and no note says so", what, total, target);
	if (built_note(b) != NULL && total >= target * 0.9 && total <= target * 1.1)
		fail_msg("%s: within the time but a note says otherwise: %s", what, built_note(b));
	if (r->nitems == 0)
		fail_msg("%s: empty routine", what);
	for (size_t i = 0; i < r->nitems; i++) {
		const struct stretch *s = r->items[i].stretch;

		covered |= s->areas;
		if (s->equipment & req->without)
			fail_msg("%s: %s needs excluded equipment", what, s->id);
		if (s->level > cap)
			fail_msg("%s: %s is %s, above the cap", what, s->id, catalogue_level_name(s->level));
		if (req->at_desk && s->position == POS_FLOOR)
			fail_msg("%s: %s is on the floor at a desk", what, s->id);
		if (req->time && !(s->times & req->time))
			fail_msg("%s: %s does not suit the time of day", what, s->id);
		if (i > 0 && r->items[i - 1].stretch == s)
			fail_msg("%s: %s twice in a row", what, s->id);
		if (r->items[i].hold > 0 && r->items[i].reps == 0 &&
		    (r->items[i].hold > 2 * s->hold || r->items[i].hold < (s->hold < 10 ? s->hold : 10)))
			fail_msg("%s: %s held %d s (catalogue %d s)", what, s->id, r->items[i].hold, s->hold);
	}
	if ((covered & req->areas) != req->areas)
		fail_msg("%s: areas not all covered", what);
	/* unilateral moves get both sides, in every set */
	for (size_t i = 0; i < p->nsteps; i++) {
		const struct step *st = &p->steps[i];

		if ((st->kind == STEP_HOLD || st->kind == STEP_REPS) && st->side == SIDE_LEFT) {
			if (i + 2 >= p->nsteps || p->steps[i + 1].kind != STEP_SWITCH ||
			    p->steps[i + 2].side != SIDE_RIGHT || p->steps[i + 2].stretch != st->stretch)
				fail_msg("%s: %s left side without its right", what, st->stretch->id);
		}
	}
	plan_free(p);
}

/* Mornings of two minutes or more open with a moving stretch when one fits. */
static void
check_morning(const struct built *b, const struct build_request *req, const char *what)
{
	const struct routine *r = built_routine(b);
	bool dynamic_fits = false;

	for (size_t i = 0; i < catalogue_stretch_count(cat); i++) {
		const struct stretch *s = catalogue_stretch(cat, i);

		if (s->kind == KIND_DYNAMIC && (s->times & TIME_MORNING) && !(s->equipment & req->without) &&
		    !(req->at_desk && s->position == POS_FLOOR) &&
		    (!req->level_given || s->level <= req->level) && s->level <= LEVEL_MODERATE)
			dynamic_fits = true;
	}
	if (req->minutes >= 2 && dynamic_fits && r->items[0].stretch->kind != KIND_DYNAMIC)
		fail_msg("%s: a morning that opens with %s, not a moving stretch", what, r->items[0].stretch->id);
}

/* Evenings end calm and keep the deepest holds after the warm-up. */
static void
check_evening(const struct built *b, const struct build_request *req, const char *what)
{
	bool calm_fits = false;

	/* is there any calm stretch these constraints allow? */
	for (size_t i = 0; i < catalogue_stretch_count(cat); i++) {
		const struct stretch *s = catalogue_stretch(cat, i);

		if (s->level == LEVEL_GENTLE && s->kind == KIND_STATIC && (s->times & TIME_EVENING) &&
		    !(s->equipment & req->without) && !(req->at_desk && s->position == POS_FLOOR))
			calm_fits = true;
	}
	const struct routine *r = built_routine(b);
	const struct stretch *last = r->items[r->nitems - 1].stretch;
	enum stretch_level deepest = LEVEL_GENTLE;

	const struct stretch *first = r->items[0].stretch;

	/* the deepest of the holds (a moving warm-up may be any level) */
	for (size_t i = 0; i < r->nitems; i++)
		if (r->items[i].reps == 0 && r->items[i].stretch->level > deepest)
			deepest = r->items[i].stretch->level;
	if (r->nitems > 1 && (last->level != LEVEL_GENTLE || last->kind != KIND_STATIC) && calm_fits)
		fail_msg("%s: evening ends on %s, not a calm stretch", what, last->id);
	if (r->nitems > 2 && deepest > LEVEL_GENTLE && r->items[0].reps == 0 && first->level == deepest)
		fail_msg("%s: evening opens with its deepest hold %s", what, first->id);
}

static unsigned long long rng = 12345;

static unsigned
rnd(unsigned n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)((rng >> 33) % n);
}

static void
random_requests(void **state)
{
	int built = 0, refused = 0;

	(void)state;
	for (int k = 0; k < 1000; k++) {
		struct build_request req = { 0 };
		struct built *b;
		char *cause = NULL, what[160];

		req.minutes = 1 + (int)rnd(60);
		req.time = rnd(3) == 0 ? 0 : rnd(2) ? TIME_MORNING : TIME_EVENING;
		for (int a = rnd(3); a > 0; a--)
			req.areas |= 1u << rnd(AREA_COUNT);
		if (rnd(2)) {
			req.level_given = true;
			req.level = (enum stretch_level)rnd(3);
		}
		if (rnd(3) == 0)
			req.without = 1u << rnd(EQUIP_COUNT);
		req.at_desk = rnd(4) == 0;
		req.seed = rnd(1000000);
		snprintf(what, sizeof what, "request %d (min %d time %u areas %x level %d/%d without %x desk %d seed %lu)",
		    k, req.minutes, req.time, req.areas, req.level_given, req.level, req.without,
		    req.at_desk, req.seed);
		b = builder_build(cat, &req, &cause);
		if (b == NULL) {
			/* refusals must say why, in one line */
			assert_non_null(cause);
			assert_null(strchr(cause, '\n'));
			free(cause);
			refused++;
			continue;
		}
		built++;
		check_rules(&req, b, what);
		if (req.time == TIME_MORNING)
			check_morning(b, &req, what);
		if (req.time == TIME_EVENING)
			check_evening(b, &req, what);
		built_free(b);
	}
	/* most requests are satisfiable with the bundled catalogue */
	assert_true(built > 800);
	print_message("built %d, refused %d\n", built, refused);
}

static void
same_seed_same_routine(void **state)
{
	struct build_request req = { .minutes = 12, .time = TIME_EVENING, .seed = 42 };
	struct built *a, *b, *c;
	char *cause = NULL;
	int differs = 0;

	(void)state;
	a = builder_build(cat, &req, &cause);
	b = builder_build(cat, &req, &cause);
	assert_non_null(a);
	assert_non_null(b);
	assert_int_equal(built_routine(a)->nitems, built_routine(b)->nitems);
	for (size_t i = 0; i < built_routine(a)->nitems; i++) {
		assert_ptr_equal(built_routine(a)->items[i].stretch, built_routine(b)->items[i].stretch);
		assert_int_equal(built_routine(a)->items[i].hold, built_routine(b)->items[i].hold);
	}
	/* and other seeds give other routines */
	for (unsigned long seed = 43; seed < 53; seed++) {
		req.seed = seed;
		c = builder_build(cat, &req, &cause);
		assert_non_null(c);
		if (built_routine(c)->nitems != built_routine(a)->nitems)
			differs++;
		else
			for (size_t i = 0; i < built_routine(a)->nitems; i++)
				if (built_routine(c)->items[i].stretch != built_routine(a)->items[i].stretch) {
					differs++;
					break;
				}
		built_free(c);
	}
	assert_true(differs >= 8);
	built_free(a);
	built_free(b);
}

static void
impossible_request_refused(void **state)
{
	/* at a desk, the quads are stretched only standing by a wall */
	struct build_request req = { .minutes = 10, .at_desk = true, .areas = AREA_QUADS,
	    .without = EQUIP_WALL, .level_given = true, .level = LEVEL_GENTLE, .time = TIME_EVENING };
	char *cause = NULL;
	struct built *b = builder_build(cat, &req, &cause);

	(void)state;
	assert_null(b);
	assert_non_null(cause);
	assert_non_null(strstr(cause, "quads"));
	free(cause);
}

static void
fit_scales_holds_within_bounds(void **state)
{
	const struct routine *r = catalogue_find_routine(cat, "evening-wind-down");
	struct built *shorter, *longer, *tiny;

	(void)state;
	assert_non_null(r);
	shorter = builder_fit(r, 7);
	longer = builder_fit(r, 14);
	tiny = builder_fit(r, 2);
	assert_in_range(built_seconds(shorter), 7 * 60 * 9 / 10, 7 * 60 * 11 / 10);
	assert_in_range(built_seconds(longer), 14 * 60 * 9 / 10, 14 * 60 * 11 / 10);
	/* two minutes needs stretches left out, and keeps the first and last */
	assert_true(built_routine(tiny)->nitems < r->nitems);
	assert_ptr_equal(built_routine(tiny)->items[0].stretch, r->items[0].stretch);
	assert_ptr_equal(built_routine(tiny)->items[built_routine(tiny)->nitems - 1].stretch,
	    r->items[r->nitems - 1].stretch);
	assert_non_null(strstr(built_note(tiny), "left out"));
	for (size_t i = 0; i < built_routine(shorter)->nitems; i++) {
		const struct routine_item *it = &built_routine(shorter)->items[i];

		if (it->reps == 0)
			assert_in_range(it->hold, it->stretch->hold < 10 ? it->stretch->hold : 10,
			    2 * it->stretch->hold);
	}
	built_free(shorter);
	built_free(longer);
	built_free(tiny);
}

static void
fit_too_long_says_nearest(void **state)
{
	const struct routine *r = catalogue_find_routine(cat, "desk-break");
	struct built *b;

	(void)state;
	b = builder_fit(r, 60);
	assert_true(built_seconds(b) < 60 * 60 * 9 / 10);
	assert_non_null(built_note(b));
	assert_non_null(strstr(built_note(b), "nearest"));
	built_free(b);
}

static void
seconds_match_plan(void **state)
{
	(void)state;
	for (size_t i = 0; i < catalogue_routine_count(cat); i++) {
		const struct routine *r = catalogue_routine(cat, i);
		struct plan *p = plan_new(r);

		assert_int_equal(builder_seconds(r->items, r->nitems, r->rest), p->total_s);
		plan_free(p);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(random_requests),
		cmocka_unit_test(same_seed_same_routine),
		cmocka_unit_test(impossible_request_refused),
		cmocka_unit_test(fit_scales_holds_within_bounds),
		cmocka_unit_test(fit_too_long_says_nearest),
		cmocka_unit_test(seconds_match_plan),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
